"""The place gazetteer: the built data file, its loader, and the build script.

Expected values were checked by hand against ``data/divisions/divisions.csv``
and ``hk_mo_tw.csv``, not copied from the script's output.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import factx
from factx import gazetteer
from factx.gazetteer import KINDS, LEVELS, PlaceEntry, entries

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "factx" / "data"
SCRIPT = ROOT / "scripts" / "build_places.py"
DIVISIONS = ROOT / "data" / "divisions"

def build_module():
    spec = importlib.util.spec_from_file_location("build_places", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def find(surface: str, name: str, **fields: str | None) -> PlaceEntry:
    """The one entry of ``surface`` naming ``name`` (and matching ``fields``)."""
    hits = [
        e for e in entries(surface)
        if e.name == name and all(getattr(e, k) == v for k, v in fields.items())
    ]
    assert len(hits) == 1, (surface, name, fields, entries(surface))
    return hits[0]


# -- the build ------------------------------------------------------------------


@pytest.mark.slow  # runs the build script
def test_rebuild_is_byte_identical(tmp_path: Path) -> None:
    out = tmp_path / "places.tsv"
    subprocess.run(
        [sys.executable, str(SCRIPT), "--divisions", str(DIVISIONS), "--out", str(out)],
        check=True, capture_output=True,
    )
    assert out.read_bytes() == (DATA / "places.tsv").read_bytes(), (
        "factx/data/places.tsv is stale: run python scripts/build_places.py"
    )


def test_build_rejects_a_wrong_code(tmp_path: Path) -> None:
    extra = tmp_path / "extra.tsv"
    row = "神木县\t神木市\tcounty\t610882\t陕西省/榆林市"
    extra.write_text(f"#@kind old\n{row}\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="610882"):
        build_module().build(DIVISIONS, extra)


def test_build_rejects_an_unknown_parent(tmp_path: Path) -> None:
    extra = tmp_path / "extra.tsv"
    extra.write_text("瀛湖\t瀛湖\twater\t\t陕西省/汉滨市\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="unknown parent"):
        build_module().build(DIVISIONS, extra)


def test_data_file_is_well_formed() -> None:
    lines = (DATA / "places.tsv").read_bytes().decode("utf-8").split("\n")
    assert lines[0] == "surface\tname\tlevel\tadcode\tparent\tkind"
    assert lines[-1] == ""
    rows = [line.split("\t") for line in lines[1:-1]]
    assert len(rows) > 40000
    assert all(len(r) == 6 for r in rows)
    surfaces = [r[0] for r in rows]
    assert surfaces == sorted(surfaces), "rows must be sorted by surface (the loader bisects)"
    assert len({tuple(r[:5]) for r in rows}) == len(rows), "one row per (surface, unit)"
    for surface, name, level, adcode, _parent, kind in rows:
        assert level in LEVELS and kind in KINDS, (surface, level, kind)
        assert len(surface) > 1 or kind == "abbr", surface
        assert surface.strip() == surface and name, surface
        if adcode:
            ok = (
                (adcode.isdigit() and len(adcode) == (9 if level == "township" else 6))
                or (level == "country" and len(adcode) == 2 and adcode.isupper())
            )
            assert ok, (surface, level, adcode)


def test_derivation_rules() -> None:
    b = build_module()
    assert b.province_alias("内蒙古自治区") == "内蒙古"
    assert b.province_alias("新疆维吾尔自治区") == "新疆"
    assert b.province_alias("香港特别行政区") == "香港"
    assert b.prefecture_alias("克孜勒苏柯尔克孜自治州") == "克孜勒苏"
    assert b.prefecture_alias("伊犁哈萨克自治州") == "伊犁"
    assert b.prefecture_alias("海西蒙古族藏族自治州") == "海西"
    assert b.prefecture_alias("大兴安岭地区") == "大兴安岭"
    assert b.county_alias("赵县") is None
    assert b.county_alias("市中区") is None
    assert b.county_alias("浦东新区") is None
    assert b.county_alias("清新区") == "清新"
    assert b.county_alias("下花园区") == "下花园"
    assert b.county_alias("阿拉善左旗") is None
    assert b.county_alias("达尔罕茂明安联合旗") is None
    assert b.county_alias("准格尔旗") == "准格尔"
    assert b.county_alias("积石山保安族东乡族撒拉族自治县") == "积石山"
    assert b.county_alias("塔什库尔干塔吉克自治县") == "塔什库尔干"
    assert b.county_alias("鄂温克族自治旗") == "鄂温克"
    assert b.hmt_alias("台北市") == "台北"
    assert b.hmt_alias("东区") is None


# -- lookups, checked by hand against divisions.csv ---------------------------------

LOOKUPS = [
    # surface, name, level, adcode, parent, kind
    ("陕西", "陕西省", "province", "610000", None, "alias"),
    ("陕西省", "陕西省", "province", "610000", None, "full"),
    ("西安", "西安市", "prefecture", "610100", "陕西省", "alias"),
    ("榆林", "榆林市", "prefecture", "610800", "陕西省", "alias"),
    ("安康", "安康市", "prefecture", "610900", "陕西省", "alias"),
    ("神木", "神木市", "county", "610881", "陕西省/榆林市", "alias"),
    ("神木市", "神木市", "county", "610881", "陕西省/榆林市", "full"),
    ("神木县", "神木市", "county", "610881", "陕西省/榆林市", "old"),
    ("汉滨", "汉滨区", "county", "610902", "陕西省/安康市", "alias"),
    ("杨凌", "杨陵区", "county", "610403", "陕西省/咸阳市", "alias"),
    ("延边", "延边朝鲜族自治州", "prefecture", "222400", "吉林省", "alias"),
    ("恩施", "恩施土家族苗族自治州", "prefecture", "422800", "湖北省", "alias"),
    ("博尔塔拉", "博尔塔拉蒙古自治州", "prefecture", "652700", "新疆维吾尔自治区", "alias"),
    ("内蒙古", "内蒙古自治区", "province", "150000", None, "alias"),
    ("广西", "广西壮族自治区", "province", "450000", None, "alias"),
    ("宁夏", "宁夏回族自治区", "province", "640000", None, "alias"),
    ("西藏", "西藏自治区", "province", "540000", None, "alias"),
    ("香港", "香港特别行政区", "province", "810000", None, "alias"),
    ("台湾", "台湾省", "province", "710000", None, "alias"),
    ("东莞", "东莞市", "prefecture", "441900", "广东省", "alias"),
    ("仙桃", "仙桃市", "county", "429004", "湖北省", "alias"),
    ("神农架", "神农架林区", "county", "429021", "湖北省", "alias"),
    ("六枝", "六枝特区", "county", "520203", "贵州省/六盘水市", "alias"),
    ("长白", "长白朝鲜族自治县", "county", "220623", "吉林省/白山市", "alias"),
    ("东乡", "东乡族自治县", "county", "622926", "甘肃省/临夏回族自治州", "alias"),
    ("龙胜", "龙胜各族自治县", "county", "450328", "广西壮族自治区/桂林市", "alias"),
    ("河南", "河南蒙古族自治县", "county", "632324", "青海省/黄南藏族自治州", "alias"),
    ("新城", "新城区", "county", "610102", "陕西省/西安市", "alias"),
    ("沁县", "沁县", "county", "140430", "山西省/长治市", "full"),
    ("苏州工业园区", "苏州工业园区", "county", "320576", "江苏省/苏州市", "full"),
    ("浦东", "浦东新区", "county", "310115", "上海市", "alias"),
    ("大柴旦", "大柴旦行政委员会", "county", "632857", "青海省/海西蒙古族藏族自治州", "alias"),
    ("高家堡镇", "高家堡镇", "township", "610881101", "陕西省/榆林市/神木市", "full"),
    ("麟州街道", "麟州街道", "township", "610881003", "陕西省/榆林市/神木市", "full"),
    ("巴彦胡硕镇", "巴彦胡硕镇", "township", "152571101",
     "内蒙古自治区/锡林郭勒盟/乌拉盖管理区管委会", "full"),
    ("沙田区", "沙田区", "county", None, "香港特别行政区/新界", "full"),
    ("沙田", "沙田区", "county", None, "香港特别行政区/新界", "alias"),
    ("新界", "新界", "prefecture", None, "香港特别行政区", "full"),
    ("氹仔", "嘉模堂区", "county", None, "澳门特别行政区/澳门外岛", "alias"),
    ("台北", "台北市", "prefecture", None, "台湾省", "alias"),
    ("襄樊", "襄阳市", "prefecture", "420600", "湖北省", "old"),
    ("崇文区", "东城区", "county", "110101", "北京市", "old"),
    ("万县", "万州区", "county", "500101", "重庆市", "old"),
    ("三秦", "陕西省", "province", "610000", None, "literary"),
    ("鹭岛", "厦门市", "prefecture", "350200", "福建省", "literary"),
    ("鹏城", "深圳市", "prefecture", "440300", "广东省", "literary"),
    ("羊城", "广州市", "prefecture", "440100", "广东省", "literary"),
    ("蓉城", "成都市", "prefecture", "510100", "四川省", "literary"),
    ("冰城", "哈尔滨市", "prefecture", "230100", "黑龙江省", "literary"),
    ("春城", "昆明市", "prefecture", "530100", "云南省", "literary"),
    ("泉城", "济南市", "prefecture", "370100", "山东省", "literary"),
    ("榕城", "福州市", "prefecture", "350100", "福建省", "literary"),
    ("星城", "长沙市", "prefecture", "430100", "湖南省", "literary"),
    ("江城", "武汉市", "prefecture", "420100", "湖北省", "literary"),
    ("港澳台", "港澳台", "region", None, None, "abbr"),
    ("京津冀", "京津冀", "region", None, None, "abbr"),
    ("法国", "法国", "country", "FR", None, "lexicon"),
    ("美利坚合众国", "美国", "country", "US", None, "lexicon"),
    ("中华人民共和国", "中国", "country", "CN", None, "lexicon"),
    ("中华台北", "中华台北", "other", None, None, "lexicon"),
    ("首尔", "首尔", "other", None, "韩国", "lexicon"),
    ("汉城", "首尔", "other", None, "韩国", "old"),
    ("巴黎", "巴黎", "other", None, "法国", "lexicon"),
    ("陕北", "陕北", "region", None, "陕西省", "lexicon"),
    ("亚洲", "亚洲", "region", None, None, "lexicon"),
    ("长江", "长江", "water", None, None, "lexicon"),
    ("瀛湖", "瀛湖", "water", None, "陕西省/安康市", "lexicon"),
    ("黑龙江", "黑龙江", "water", None, None, "lexicon"),
    ("秦岭", "秦岭", "mountain", None, None, "lexicon"),
    ("华山", "华山", "mountain", None, "陕西省/渭南市", "lexicon"),
]


@pytest.mark.parametrize(("surface", "name", "level", "adcode", "parent", "kind"), LOOKUPS)
def test_lookup(surface, name, level, adcode, parent, kind) -> None:
    entry = find(surface, name, level=level, adcode=adcode, parent=parent)
    assert entry == PlaceEntry(name, level, adcode, parent, kind)


def test_ambiguous_full_names() -> None:
    assert {e.adcode for e in entries("鼓楼区")} == {"320106", "320302", "350102", "410204"}
    assert all(e.kind == "full" for e in entries("鼓楼区"))
    assert {e.adcode for e in entries("市中区")} == {"370103", "370402", "511002", "511102"}
    assert {e.adcode for e in entries("城区")} == {"140302", "140502", "441502"}


def test_largest_level_first() -> None:
    assert entries("河南")[0] == PlaceEntry("河南省", "province", "410000", None, "alias")
    assert entries("黑龙江")[0].level == "province"
    assert {e.adcode for e in entries("刚果")} == {"CD", "CG"}


def test_no_alias_for_generic_or_one_character_stems() -> None:
    for surface in ("沁", "赵", "市中", "城关", "苏州工业园", "阿拉善左", "浦东新"):
        assert entries(surface) == () or all(e.kind == "abbr" for e in entries(surface)), surface
    assert "沁" not in gazetteer.surfaces()
    for surface in ("城区", "郊区", "市中区"):
        assert all(e.kind == "full" and e.name == surface for e in entries(surface))


def test_dropped_townships() -> None:
    # institutional township-level rows of divisions.csv are not places
    assert entries("哈拉盖图农牧场") == ()
    assert entries("贺斯格乌拉牧场") == ()


def test_unknown_surface() -> None:
    assert entries("不是地名") == ()
    assert entries("") == ()


def test_one_character_abbreviations() -> None:
    abbr = gazetteer.abbreviations()
    assert abbr["陕"] == (PlaceEntry("陕西省", "province", "610000", None, "abbr"),)
    assert abbr["秦"][0].name == "陕西省"
    assert abbr["港"][0].name == "香港特别行政区"
    assert abbr["黔"][0].adcode == "520000"
    assert len(abbr) >= 34
    surfaces = gazetteer.surfaces()
    assert not set(abbr) & surfaces
    assert entries("陕") == abbr["陕"]
    assert all(len(s) > 1 for s in surfaces)


def test_surfaces() -> None:
    surfaces = gazetteer.surfaces()
    assert {"陕西", "陕西省", "神木", "三秦", "港澳台", "法国", "长江"} <= surfaces
    assert surfaces is gazetteer.surfaces()  # cached


def test_stopwords() -> None:
    for word in ("和平", "新华", "长安", "朝阳", "公安"):
        assert gazetteer.is_stopword(word), word
    # deictic words (L3) need no entry: they are no gazetteer names, so never proposed
    for word in ("全省", "全市", "省内", "南方", "沿海"):
        assert not gazetteer.entries(word), word
        assert [f.text for f in factx.extract(f"{word}上下齐心，推进各项工作。", types=["place"])] == [], word
    for word in ("神木", "新城", "陕西", "汉滨", "安康", "西安"):
        assert not gazetteer.is_stopword(word), word
