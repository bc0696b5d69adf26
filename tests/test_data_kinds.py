"""Every kind, role, position and flag in the data files under factx/data is read by some
code, and every one the code reads is in the data (no dead rows, no silent misses).

nonfacts.tsv, date_words.tsv and links.tsv have their own tests (test_units.py and
test_links.py); this file covers the other vocabularies."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factx import lexicons
from factx.model import APPROX

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "factx").rglob("*.py")))


def _column(name: str, index: int) -> set[str]:
    return {row[index] for row in lexicons.data_lines(name)}


def _read(pattern: str) -> set[str]:
    """Quoted names the code reads through ``pattern`` (one group: a quoted name or a tuple of them)."""
    out: set[str] = set()
    for m in re.finditer(pattern, SOURCE):
        for group in filter(None, m.groups()):
            out.update(re.findall(r"""["'](\w+)["']""", group))
    return out


CASES = {
    # file, column: how the code reads it
    ("approx.tsv", 1): r"""(?:markers|approx_markers\(\))\[(["']\w+["'])\]""",
    ("place_context.tsv", 0): r"""_ctx\((["']\w+["'])\)""",
    ("currencies.tsv", 1): r"""(?:_currency_role, |role == )(["']\w+["'])|role in (\([^)]*\))""",
    ("unit_context.tsv", 0): r"""context\[(["']\w+["'])\]""",
    ("units.tsv", 1): r"""\b(?:unit|u|rec)\.kind (?:==|!=) (["']\w+["'])|\b(?:unit|u|rec)\.kind in (\([^)]*\))""",
}


@pytest.mark.parametrize(("name", "column"), list(CASES))
def test_every_kind_in_the_data_is_read_and_every_kind_read_exists(name, column):
    in_data = _column(name, column)
    read = _read(CASES[name, column])
    if name == "units.tsv":
        read.discard("currency")  # currency units come from currencies.tsv
    if name == "approx.tsv":
        read.discard("before_set")  # built from the "before" rows by lexicons.approx_markers
    assert in_data - read == set(), f"{name}: the data holds kinds no code reads"
    assert read - in_data == set(), f"{name}: the code reads kinds the data lacks"


def test_declared_kinds_match_the_data():
    assert _column("currencies.tsv", 1) == lexicons.CURRENCY_ROLES
    assert _column("units.tsv", 1) == lexicons.UNIT_KINDS - {"currency"}
    assert _column("units.tsv", 2) | {"money"} == set(lexicons.SI_UNITS)
    assert _column("approx.tsv", 2) <= set(APPROX)


def test_every_unit_flag_is_used_and_read():
    used = set()
    for name, column in (("units.tsv", 6), ("currencies.tsv", 3)):
        for row in lexicons.data_lines(name):
            if len(row) > column:
                used.update(f for f in re.split(r"[,\s]", row[column]) if f in lexicons.UNIT_FLAGS)
            for own in re.findall(r"\[([\w,]+)\]", row[-1]):  # a surface's own flags: 月[ge_only], 角[end_only,tail]
                used.update(own.split(","))
    read = set(re.findall(r"""["'](\w+)["'] in flags""", SOURCE))
    assert used == lexicons.UNIT_FLAGS
    assert read == lexicons.UNIT_FLAGS
