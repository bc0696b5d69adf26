"""The prebuilt place_names.txt is what scripts/build_places.py makes of places.tsv, and
the look-ups that read it or bisect the raw file agree with the full table."""

from __future__ import annotations

from factx import gazetteer
from factx.lexicons import read_data


def test_place_names_file_is_up_to_date():
    # rebuild with `python scripts/build_places.py` after editing places.tsv
    assert read_data(gazetteer.NAMES_FILE) == gazetteer.render_names(read_data("places.tsv"))


def test_search_names_are_the_surfaces_without_townships_or_abbreviations():
    names = gazetteer.search_names()
    assert names == sorted(names)
    assert "北京市" in names and "神木" in names
    assert "陕" not in names  # a one-character abbreviation: a place only in combinations
    assert not any(n.endswith(("镇", "乡", "街道", "苏木")) for n in names)
    expected = sorted(s for s in gazetteer.surfaces() if not s.endswith(gazetteer.TOWNSHIP_SUFFIXES))
    assert names == expected


def test_rows_are_found_at_both_ends_of_the_file_and_not_between():
    keys = gazetteer._load().keys
    assert gazetteer.entries(keys[0]) and gazetteer.entries(keys[-1])
    assert gazetteer.entries("北京") and not gazetteer.entries("北京北京")
    assert gazetteer.entries("\ud800") == () and gazetteer.entries("") == ()


def test_is_surface_matches_the_set_of_surfaces():
    surfaces = gazetteer.surfaces()
    for text in ("北京", "陕", "京", "吉", "朝阳区", "不是地名", "尼斯"):
        assert gazetteer.is_surface(text) == (text in surfaces), text


def test_a_full_name_whose_suffix_the_hmm_glued_to_the_next_word_is_found_by_both_engines():
    import factx

    # rjieba guesses 槐店|乡教|了, jieba 槐|店|乡|教|了: a guessed word across the suffix cuts nothing
    text = "在槐店乡教了31年书的老教师回忆说。"
    for tokenizer in ("rjieba", "jieba"):
        places = [(f.text, f.start) for f in factx.extract(text, tokenizer=tokenizer) if f.type == "place"]
        assert places == [("槐店乡", 1)], tokenizer
    # a dictionary word after the name still cuts it (深圳|市民: the people, not the full name 深圳市)
    assert [f.text for f in factx.extract("深圳市民踊跃参加。") if f.type == "place"] == ["深圳"]
