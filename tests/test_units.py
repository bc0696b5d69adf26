"""The unit and currency lexicons: well-formed, unambiguous, and exact against pint.

``pint`` (a test-only dependency) is the independent reference for every SI factor: each
unit record of ``factx/data/units.tsv`` that has a factor is named here as a pint
expression, and the two must agree. Chinese market units that pint lacks are written in
terms of their legal definitions (1 市尺 = 1/3 m, 1 市斤 = 500 g, 1 亩 = 60 平方丈).
"""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

import pytest

from factx import lexicons
from factx.lexicons import (
    CURRENCY_ROLES,
    SI_UNITS,
    UNIT_FLAGS,
    UNIT_KINDS,
    approx_markers,
    currency_rows,
    unit_records,
    units,
)
from factx.measures import convert, exact
from factx.model import APPROX
from factx.numerals import MAGNITUDE

pint = pytest.importorskip("pint")
UREG = pint.UnitRegistry()

ROOT = Path(__file__).resolve().parent.parent
CODE = sorted((ROOT / "factx").rglob("*.py"))

#: Canonical unit name -> the same unit as a pint expression.
PINT = {
    # length
    "千米": "kilometer", "米": "meter", "厘米": "centimeter", "毫米": "millimeter",
    "微米": "micrometer", "纳米": "nanometer", "市里": "500 meter", "海里": "nautical_mile",
    "英里": "mile", "英尺": "foot", "英寸": "inch", "码": "yard", "丈": "10 / 3 meter",
    "尺": "1 / 3 meter", "寸": "1 / 30 meter", "光年": "light_year",
    # mass
    "吨": "tonne", "载重吨": "tonne", "千克": "kilogram", "克": "gram", "毫克": "milligram", "微克": "microgram",
    "市斤": "500 gram", "市两": "50 gram", "磅": "pound", "盎司": "ounce", "克拉": "carat", "担": "100 * 500 gram",
    # area (亩 = 60 square 丈; 顷 = 100 亩; pint's acre is the US survey acre)
    "平方千米": "kilometer ** 2", "平方米": "meter ** 2", "平方厘米": "centimeter ** 2",
    "平方": "meter ** 2", "亩": "60 * (10 / 3 meter) ** 2", "公顷": "hectare",
    "顷": "100 * 60 * (10 / 3 meter) ** 2", "英亩": "43560 foot ** 2",
    # volume
    "立方米": "meter ** 3", "立方千米": "kilometer ** 3", "立方厘米": "centimeter ** 3",
    "升": "liter", "毫升": "milliliter", "加仑": "US_liquid_gallon", "桶": "oil_barrel",
    # energy (1 kgce = 7000 international kilocalories)
    "千瓦时": "kilowatt_hour", "瓦时": "watt_hour", "兆瓦时": "megawatt_hour",
    "吉瓦时": "gigawatt_hour", "太瓦时": "terawatt_hour", "焦耳": "joule", "千焦": "kilojoule",
    "兆焦": "megajoule", "千卡": "kilocalorie", "卡路里": "calorie",
    "吨标准煤": "1000 * 7000 * 1000 international_calorie",
    # power
    "瓦": "watt", "千瓦": "kilowatt", "兆瓦": "megawatt", "吉瓦": "gigawatt",
    "马力": "metric_horsepower",
    # speed
    "千米每小时": "kilometer / hour", "米每秒": "meter / second", "节": "knot",
    # data (decimal prefixes)
    "比特": "bit", "兆比特": "megabit", "吉比特": "gigabit",
    "字节": "byte", "千字节": "kilobyte", "兆字节": "megabyte", "吉字节": "gigabyte",
    "太字节": "terabyte", "拍字节": "petabyte", "艾字节": "exabyte",
    # frequency
    "赫兹": "hertz", "千赫": "kilohertz", "兆赫": "megahertz", "吉赫": "gigahertz",
    # duration (a year of 365.25 days, a month a twelfth of it)
    "年": "julian_year", "年头": "julian_year", "月": "julian_year / 12", "天": "day",
    "周": "week", "工作日": "day", "小时": "hour", "分钟": "minute", "秒": "second",
    "毫秒": "millisecond",
    "刻钟": "15 minute", "旬": "10 day", "载": "julian_year", "周年": "julian_year",
    "岁": "julian_year", "昼夜": "day", "世纪": "100 julian_year", "季度": "julian_year / 4",
}
#: Temperature scales: pint unit name.
PINT_TEMPERATURE = {"摄氏度": "degC", "华氏度": "degF"}
#: Pint's name of each SI unit of the contract.
PINT_SI = {
    "m": "meter", "m2": "meter ** 2", "m3": "meter ** 3", "kg": "kilogram", "s": "second",
    "m/s": "meter / second", "W": "watt", "J": "joule", "degC": "degC", "B": "byte", "Hz": "hertz",
}

RECORDS = unit_records()
WITH_SI = [r for r in RECORDS if r.si is not None and r.kind != "percent"]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-12 * max(abs(a), abs(b), 1e-300)


# --- the records are well-formed --------------------------------------------------------

def test_kinds_dimensions_and_flags_are_known():
    for r in RECORDS:
        assert r.kind in UNIT_KINDS - {"currency"}, r
        assert r.dimension in SI_UNITS and r.dimension != "money", r
        assert r.surfaces, r
        for surface, flags in r.surfaces:
            assert surface and surface == surface.strip() and "\t" not in surface, r
            assert flags <= UNIT_FLAGS, (surface, flags - UNIT_FLAGS)
            assert not flags & {"generic", "clause_end", "end_only"}, (surface, "currency-only flag on a unit")


def test_factors_match_dimensions():
    for r in RECORDS:
        if r.kind == "percent":
            assert r.dimension == "ratio" and r.si is not None and r.si > 0, r
        elif SI_UNITS[r.dimension] is None:
            assert r.si is None and r.offset == 0, f"{r.name}: a {r.dimension} has no SI factor"
        else:
            assert r.si is not None and r.si > 0, f"{r.name}: a {r.dimension} needs an SI factor"
        if r.offset:
            assert r.dimension == "temperature", r


def test_record_names_are_unique():
    names = [r.name for r in RECORDS]
    assert len(names) == len(set(names))


def test_no_surface_belongs_to_two_units():
    seen: dict[tuple[str, bool], str] = {}
    for r in RECORDS:
        for surface, flags in r.surfaces:
            key = (surface, "compound" in flags)
            assert key not in seen, f"{surface!r} in {seen.get(key)} and {r.name}"
            seen[key] = r.name


def test_no_surface_is_both_a_unit_and_a_currency():
    unit_surfaces = {s for r in RECORDS for s, flags in r.surfaces}
    for row in currency_rows():
        if row.role == "unit":
            for surface, _ in row.surfaces:
                assert surface not in unit_surfaces, f"{surface!r} is a unit and a {row.code} word"


def test_currency_rows_are_well_formed():
    per_role: dict[str, set[str]] = {}
    codes_with_unit = {row.code for row in currency_rows() if row.role == "unit"}
    for row in currency_rows():
        assert re.fullmatch(r"[A-Z]{3}", row.code), row
        assert row.role in CURRENCY_ROLES, row
        assert row.code in codes_with_unit, f"{row.code} has no unit word"
        assert 0 < row.scale <= 1, row
        for surface, flags in row.surfaces:
            assert flags <= {"generic", "clause_end", "end_only", "tail", "after_ge"}, (surface, flags)
            seen = per_role.setdefault(row.role, set())
            assert surface not in seen, f"{surface!r} twice as a currency {row.role}"
            seen.add(surface)
    assert set(per_role) == CURRENCY_ROLES


def test_approx_markers_are_known():
    table = approx_markers()
    for position in ("before", "inner", "after"):
        assert table[position], position
        assert set(table[position].values()) <= set(APPROX), position
    rows = list(lexicons.data_lines("approx.tsv"))
    assert all(len(row) == 3 and row[1] in ("before", "inner", "after") for row in rows)


def test_units_table_keeps_every_plain_surface():
    table = units()
    for r in RECORDS:
        for surface, flags in r.surfaces:
            if "compound" not in flags:
                assert table[surface].name == r.name, surface


def test_kilo_units_and_the_magnitude_grammar_agree():
    """千 is a magnitude except at the start of a unit name (Q2): numerals.MAGNITUDE lists the
    characters after 千 that start one, and they must be exactly those of the lexicon."""
    kilo = set(re.search(r"千\(\?!\[(.+?)\]\)", MAGNITUDE).group(1))
    lexicon = {s[1] for r in RECORDS for s, _ in r.surfaces if s.startswith("千") and len(s) > 1}
    assert kilo == lexicon


# --- SI factors against pint --------------------------------------------------------------

def test_every_si_unit_has_a_reference():
    assert set(PINT) | set(PINT_TEMPERATURE) == {r.name for r in WITH_SI}


@pytest.mark.parametrize("record", [r for r in WITH_SI if r.dimension != "temperature"], ids=lambda r: r.name)
def test_si_factor_agrees_with_pint(record):
    si_unit = PINT_SI[SI_UNITS[record.dimension]]
    reference = UREG.Quantity(PINT[record.name]).to(si_unit).magnitude
    assert _close(float(record.si), reference), (record.name, record.si, reference)


@pytest.mark.parametrize("name", sorted(PINT_TEMPERATURE))
@pytest.mark.parametrize("value", [-40, -5, 0, 32, 37, 98.6, 212, 1000])
def test_temperature_scales_agree_with_pint(name, value):
    unit = units()[next(s for r in WITH_SI if r.name == name for s, _ in r.surfaces)]
    reference = UREG.Quantity(value, PINT_TEMPERATURE[name]).to("degC").magnitude
    assert _close(float(convert(unit, value)), reference) or abs(float(convert(unit, value)) - reference) < 1e-12


def test_spec_examples_are_exact():
    table = units()
    assert convert(table["吨"], 13237000) == 13237000000
    assert convert(table["亩"], 120) == 80000
    assert convert(table["公里"], Fraction(7, 2)) == 3500
    assert convert(table["小时"], 2) == 7200
    assert convert(table["华氏度"], 98.6) == 37
    assert convert(table["千瓦时"], 500) == 1800000000
    assert convert(table["个月"], 12) == convert(table["年"], 1) == 365.25 * 86400
    assert exact(0.1) == Fraction(1, 10)


# --- every data kind the code reads exists, and every kind in the data is read -------------

_READS = re.compile(r"""(?:words|nonfacts\(\))\[["'](\w+)["']\]|_words\(\s*["'](\w+)["']""")


def _kinds_read() -> set[str]:
    out: set[str] = set()
    for path in CODE:
        for m in _READS.finditer(path.read_text(encoding="utf-8")):
            out.add(m.group(1) or m.group(2))
    return out


def test_every_nonfacts_kind_is_read_and_exists():
    in_data = {row[0] for row in lexicons.data_lines("nonfacts.tsv")}
    read = _kinds_read()
    assert read - in_data == set(), "the code reads kinds the data lacks"
    assert in_data - read == set(), "the data holds kinds no code reads"


def test_every_data_file_is_read():
    data = {p.name for p in (ROOT / "factx" / "data").iterdir() if not p.name.startswith(".")}
    source = "\n".join(p.read_text(encoding="utf-8") for p in CODE)
    source += (ROOT / "scripts" / "build_places.py").read_text(encoding="utf-8")
    for name in data:
        assert f'"{name}"' in source, f"{name} is never read"


def test_every_date_word_kind_is_read():
    source = (ROOT / "factx" / "recognizers" / "dates.py").read_text(encoding="utf-8")
    in_data = {row[0] for row in lexicons.data_lines("date_words.tsv")}
    read = set(re.findall(r"""_words\(\)\[["'](\w+)["']\]""", source))
    assert in_data == read


def test_unit_context_names_known_units():
    names = {r.name for r in RECORDS}
    surfaces = {s for r in RECORDS for s, _ in r.surfaces}
    for position, word, name, surface in lexicons.data_lines("unit_context.tsv"):
        assert position in ("before", "number", "after", "per_hour"), position
        assert name in names and surface in surfaces, (word, name, surface)
