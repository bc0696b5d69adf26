#!/usr/bin/env python3
"""Build ``factx/data/places.tsv``, the place gazetteer, from its sources.

Sources:

- ``divisions.csv`` and ``hk_mo_tw.csv`` from ``data/divisions/`` in the repository
  (or ``--divisions DIR``): the official full names, codes and hierarchy of China's
  divisions (NBS 2023; source and licence in ``data/divisions/README.md``);
- ``factx/data/places_extra.tsv``: the hand-kept lexicon (countries, regions, water
  bodies, mountains, foreign cities, old and literary names, abbreviations).

Output columns (tab-separated, one header row)::

    surface  name  level  adcode  parent  kind

One row per (surface, unit); rows are sorted, so running the script twice gives the
same bytes.  Short names are derived here (``陕西省`` -> ``陕西``, ``延边朝鲜族自治州``
-> ``延边``, ``神木市`` -> ``神木``); the rules are in the functions below.

Standard library only (with two stdlib-only modules of factx: the levels and kinds of
``factx.gazetteer`` and the township suffixes of ``factx.lexicons``).  Usage::

    python scripts/build_places.py [--divisions DIR] [--extra FILE] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's factx, whatever is installed

from factx.gazetteer import KINDS, LEVELS  # noqa: E402  (one definition, shared with the reader)
from factx.lexicons import TOWNSHIP_SUFFIXES  # noqa: E402

DEFAULT_DIVISIONS = ROOT / "data" / "divisions"
DEFAULT_EXTRA = ROOT / "factx" / "data" / "places_extra.tsv"
DEFAULT_OUT = ROOT / "factx" / "data" / "places.tsv"

HEADER = ("surface", "name", "level", "adcode", "parent", "kind")
LEVEL_RANK = {level: i for i, level in enumerate(LEVELS)}
KIND_RANK = {kind: i for i, kind in enumerate(KINDS)}

# The 55 minority nationalities, as they appear in unit names (with or without 族),
# plus 各族 (龙胜各族自治县).  Longest first so that 土家 wins over 土.
ETHNIC = sorted(
    (
        "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶",
        "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜",
        "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗",
        "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
        "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春",
        "赫哲", "门巴", "珞巴", "基诺", "各",
    ),
    key=lambda s: (-len(s), s),
)

# County-level names that are generic (many units share them, or they are common
# nouns): they keep only their full name.
GENERIC_COUNTY = frozenset((
    "城区", "郊区", "矿区", "市中区", "新区", "开发区", "高新区", "经济开发区", "市辖区",
    "东区", "西区", "南区", "北区", "中区", "城关区",
))
GENERIC_PARTS = ("开发区", "高新", "管理区", "示范区")

# Township rows that are institutions (farms, prisons, parks, offices), not places
# that news names.
TOWNSHIP_DROP = (
    "监狱", "农场", "林场", "开发区", "园区", "办事处", "管理区", "管委会", "工业区",
    "牧场", "渔场", "管理委员会", "直辖村级区划", "乡级单位", "兵团", "直属乡镇",
    "特殊乡镇", "保税", "试验区", "产业园",
)

PROVINCE_SUFFIXES = (
    "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市",
)
BANNER_HALVES = ("左", "右", "前", "中", "后", "联合")

PAREN = re.compile(r"^(?P<base>[^（）]+)（(?P<inner>[^（）]+)）$")


def strip_ethnic(stem: str) -> str:
    """Strip the ethnic names at the end of ``stem`` (the part before 自治州/县/旗).

    A one-character nationality is stripped only with its 族 (回族, 藏族); the
    longer ones also without it (蒙古, 哈萨克, 锡伯).  A name is only stripped
    while at least two characters remain; a stem that is nothing but an ethnic
    name (东乡族, 鄂温克族) loses its trailing 族.
    """
    changed = True
    while changed:
        changed = False
        for eth in ETHNIC:
            forms = (eth + "族", eth) if len(eth) > 1 else (eth + "族",)
            form = next((f for f in forms if stem.endswith(f)), None)
            if form and len(stem) - len(form) >= 2:
                stem = stem[: -len(form)]
                changed = True
                break
    if stem.endswith("族") and len(stem) > 2:
        stem = stem[:-1]
    return stem


def province_alias(name: str) -> str | None:
    """陕西省 -> 陕西, 广西壮族自治区 -> 广西, 香港特别行政区 -> 香港."""
    for suffix in PROVINCE_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def prefecture_alias(name: str) -> str | None:
    """榆林市 -> 榆林, 延边朝鲜族自治州 -> 延边, 阿里地区 -> 阿里, 兴安盟 -> 兴安."""
    if name.endswith("自治州"):
        stem = strip_ethnic(name[:-3])
    elif name.endswith("地区"):
        stem = name[:-2]
    elif name.endswith(("市", "盟")):
        stem = name[:-1]
    else:
        return None
    return stem if len(stem) >= 2 else None


def county_alias(name: str) -> str | None:
    """神木市 -> 神木, 汉滨区 -> 汉滨, 长白朝鲜族自治县 -> 长白; 沁县, 城区 -> None."""
    if name in GENERIC_COUNTY or any(part in name for part in GENERIC_PARTS):
        return None
    if name.endswith("新区") and len(name) >= 4:  # 浦东新区, 滨海新区 (not 清新区)
        return None
    if name.endswith(("自治县", "自治旗")):
        stem = strip_ethnic(name[:-3])
    elif name.endswith(("林区", "特区")) and len(name) >= 4:  # 神农架林区; 碑林区 is 碑林
        stem = name[:-2]
    elif name.endswith(("县", "市", "区", "旗")):
        stem = name[:-1]
        # 阿拉善左旗, 科尔沁右翼中旗, 达尔罕茂明安联合旗: the stem is no name.
        if name.endswith("旗") and stem.endswith(BANNER_HALVES):
            return None
    else:
        return None
    return stem if len(stem) >= 2 else None


def hmt_alias(name: str) -> str | None:
    """HK/MO/TW subdivisions: 台北市 -> 台北, 沙田区 -> 沙田 (区/市/县 only)."""
    if name in GENERIC_COUNTY:
        return None
    if name.endswith(("区", "市", "县")) and len(name) >= 3:
        return name[:-1]
    return None


class Gazetteer:
    """Collects rows, keeping one per (surface, unit) with the most official kind."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str, str, str, str], str] = {}

    def add(self, surface: str, name: str, level: str, adcode: str, parent: str,
            kind: str) -> None:
        if level not in LEVEL_RANK:
            raise ValueError(f"unknown level {level!r} for {surface}")
        if kind not in KIND_RANK:
            raise ValueError(f"unknown kind {kind!r} for {surface}")
        if not surface or any(c in surface for c in "\t\n"):
            raise ValueError(f"bad surface {surface!r}")
        key = (surface, name, level, adcode, parent)
        old = self.rows.get(key)
        if old is None or KIND_RANK[kind] < KIND_RANK[old]:
            self.rows[key] = kind

    def render(self) -> str:
        def order(item: tuple[tuple[str, str, str, str, str], str]) -> tuple:
            (surface, name, level, adcode, parent), kind = item
            # coded (mainland) units before the HK/MO/TW ones without a code
            return (surface, LEVEL_RANK[level], KIND_RANK[kind], not adcode, adcode, name,
                    parent)

        lines = ["\t".join(HEADER)]
        for key, kind in sorted(self.rows.items(), key=order):
            lines.append("\t".join((*key, kind)))
        return "\n".join(lines) + "\n"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_divisions(gaz: Gazetteer, folder: Path) -> tuple[dict[str, tuple[str, str, str]],
                                                         set[str]]:
    """Add every official unit and its derived short name.

    Returns code -> (name, level, parent chain) and the set of all chains
    (``陕西省``, ``陕西省/榆林市`` ...) for checking the lexicon.
    """
    rows = read_csv(folder / "divisions.csv")
    by_code = {r["code"]: r for r in rows}
    chains: dict[str, str] = {}  # code -> chain of names above it

    def chain(code: str) -> str:
        if code not in chains:
            parent = by_code[code]["parent_code"]
            if not parent:
                chains[code] = ""
            else:
                above = chain(parent)
                pname = by_code[parent]["name"]
                chains[code] = f"{above}/{pname}" if above else pname
        return chains[code]

    units: dict[str, tuple[str, str, str]] = {}
    paths: set[str] = set()
    for r in rows:  # sorted by code: parents come first
        code, name, level = r["code"], r["name"], r["level"]
        parent = chain(code)
        paths.add(f"{parent}/{name}" if parent else name)
        if level == "township":
            match = PAREN.match(name)
            if match:  # 东湖风景区街道（洪山）: the bracket only tells two rows apart
                name = match["base"]
            if (len(name) <= 2 or "（" in name or any(t in name for t in TOWNSHIP_DROP)
                    or (code[6] in "45" and not name.endswith(TOWNSHIP_SUFFIXES))
                    or name == by_code[r["parent_code"]]["name"]):  # 金门县 placeholder
                continue
            units[code] = (name, level, parent)
            gaz.add(name, name, "township", code, parent, "full")
            continue
        out_level = "county" if level == "zone" else level
        units[code] = (name, out_level, parent)
        gaz.add(name, name, out_level, code, parent, "full")
        if level == "province":
            alias = province_alias(name)
        elif level == "prefecture":
            alias = prefecture_alias(name)
        elif level == "county":
            alias = county_alias(name)
        else:  # zones keep their full name only
            alias = None
        if alias:
            gaz.add(alias, name, out_level, code, parent, "alias")
        if alias and name.endswith("自治州"):
            gaz.add(alias + "州", name, out_level, code, parent, "alias")  # 凉山州, 楚雄州: the everyday name

    # Hong Kong, Macao, Taiwan: names only, parent chains by name.
    hmt_chain: dict[str, str] = {}
    for r in read_csv(folder / "hk_mo_tw.csv"):
        name, level = r["name"], r["level"]
        province = by_code[r["province_code"]]["name"]
        above = r["parent_name"]
        parent = province if above == province else f"{province}/{above}"
        extra_alias = None
        match = PAREN.match(name)
        if match:  # 嘉模堂区（氹仔）: 氹仔 is the everyday name
            name, extra_alias = match["base"], match["inner"]
        if level == "prefecture":
            hmt_chain[name] = parent
        paths.add(f"{parent}/{name}")
        gaz.add(name, name, level, "", parent, "full")
        alias = hmt_alias(name)
        for short in (alias, extra_alias):
            if short and len(short) >= 2:
                gaz.add(short, name, level, "", parent, "alias")
    return units, paths


def read_extra(path: Path) -> Iterable[tuple[int, list[str], str]]:
    """Rows of places_extra.tsv with their line number and the kind in force.

    ``#@newer`` starts a block of units newer than divisions.csv: kind ``full``, given
    as the kind ``newer`` here so that ``load_extra`` checks them apart.
    """
    kind = "lexicon"
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if line.startswith("#@newer"):
            kind = "newer"
            continue
        if line.startswith("#@kind"):
            kind = line.split()[1]
            if kind not in KIND_RANK:
                raise SystemExit(f"{path}:{lineno}: unknown kind {kind!r}")
            continue
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 5:
            cols += [""] * (5 - len(cols))
        if len(cols) != 5:
            raise SystemExit(f"{path}:{lineno}: expected 5 columns, got {len(cols)}")
        yield lineno, [c.strip() for c in cols], kind


def load_extra(gaz: Gazetteer, path: Path, units: dict[str, tuple[str, str, str]],
               paths: set[str]) -> None:
    """Add the hand-kept lexicon, checking it against the official data."""
    rows = list(read_extra(path))
    countries = {cols[1] for _, cols, _ in rows if cols[2] == "country"}
    errors: list[str] = []
    for lineno, (surface, name, level, adcode, parent), kind in rows:
        where = f"{path.name}:{lineno}: {surface}"
        if level not in LEVEL_RANK:
            errors.append(f"{where}: unknown level {level!r}")
            continue
        if len(surface) < 2 and kind != "abbr":
            errors.append(f"{where}: one-character surfaces must be kind abbr")
        if kind == "newer":
            # a unit newer than the table: its code must be new and its parent known
            kind = "full"
            if adcode in units:
                errors.append(f"{where}: {adcode} is already {units[adcode]} in divisions.csv")
            if parent not in paths or f"{parent}/{name}" in paths:
                errors.append(f"{where}: parent {parent!r} unknown, or the unit is not new")
        elif adcode.isdigit():
            unit = units.get(adcode)
            if unit is None:
                errors.append(f"{where}: no unit {adcode} in divisions.csv")
            elif unit != (name, level, parent):
                errors.append(f"{where}: {adcode} is {unit}, not {(name, level, parent)}")
        elif adcode and not (len(adcode) == 2 and adcode.isupper() and adcode.isalpha()):
            errors.append(f"{where}: adcode {adcode!r} is neither a code nor ISO alpha-2")
        if parent and not adcode.isdigit() and parent not in paths and parent not in countries:
            errors.append(f"{where}: unknown parent {parent!r}")
        gaz.add(surface, name, level, adcode, parent, kind)
    if errors:
        raise SystemExit("places_extra.tsv has errors:\n" + "\n".join(errors))


def add_region_forms(gaz: Gazetteer) -> None:
    """A region is also written with 地区 after its name (苏南 -> 苏南地区, 拉美 -> 拉美地区), the
    longer form being its own name, as with 华北地区; added where the lexicon lacks it."""
    surfaces = {key[0] for key in gaz.rows}
    whole = ("地区", "区", "地带", "平原", "盆地", "高原", "半岛", "大陆")  # (already a region's full form)
    for (surface, _name, level, adcode, parent), kind in list(gaz.rows.items()):
        longer = surface + "地区"
        if level == "region" and kind != "abbr" and not surface.endswith(whole) and longer not in surfaces:
            gaz.add(longer, longer, level, adcode, parent, "lexicon")
            surfaces.add(longer)


def build(divisions: Path, extra: Path) -> str:
    """The text of places.tsv built from the divisions folder and the lexicon."""
    gaz = Gazetteer()
    units, paths = load_divisions(gaz, divisions)
    load_extra(gaz, extra, units, paths)
    add_region_forms(gaz)
    add_autonomous_county_forms(gaz)
    return gaz.render()


def add_autonomous_county_forms(gaz: Gazetteer) -> None:
    """The everyday name of an autonomous county or banner, its short name with 县 or 旗
    (玉屏侗族自治县 -> 玉屏县, 长阳土家族自治县 -> 长阳县, 莫力达瓦达斡尔族自治旗 -> 莫力达瓦旗),
    as 楚雄州 is of 楚雄彝族自治州; not where that name is already some unit's surface
    (东乡县, the old name of 东乡区)."""
    taken = {key[0] for key in gaz.rows}
    for (surface, name, level, adcode, parent), kind in list(gaz.rows.items()):
        if kind != "alias" or level != "county" or not name.endswith(("自治县", "自治旗")):
            continue
        everyday = surface + name[-1]
        if everyday not in taken:
            gaz.add(everyday, name, level, adcode, parent, "alias")


def render_names(text: str) -> str:
    """place_names.txt for the text of places.tsv (the rule lives in factx.gazetteer)."""
    sys.path.insert(0, str(ROOT))
    from factx.gazetteer import render_names as render

    return render(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--divisions", type=Path, default=DEFAULT_DIVISIONS,
                        help="folder with divisions.csv and hk_mo_tw.csv "
                             "(default: data/divisions in the repository)")
    parser.add_argument("--extra", type=Path, default=DEFAULT_EXTRA,
                        help="hand-kept lexicon (default: factx/data/places_extra.tsv)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="output file (default: factx/data/places.tsv)")
    args = parser.parse_args(argv)
    for name in ("divisions.csv", "hk_mo_tw.csv"):
        if not (args.divisions / name).is_file():
            parser.error(f"{args.divisions / name} not found")
    text = build(args.divisions, args.extra)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(text.encode("utf-8"))
    n = text.count("\n") - 1
    print(f"wrote {args.out} ({n} rows, {len(text.encode('utf-8'))} bytes)", file=sys.stderr)
    names = args.out.with_name("place_names.txt")  # what the place recogniser reads to start
    names.write_bytes(render_names(text).encode("utf-8"))
    print(f"wrote {names}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
