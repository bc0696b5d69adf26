"""The lean pipeline's internals keep their contracts: token lookups, the one-shot Fact,
overlap resolution's shortcut, WordSet's lookups and the collector pause.

Expected tokens are rjieba's dictionary cuts of short phrases, checked by hand.
"""

from __future__ import annotations

import gc

import pytest

import factx
from factx.candidate import Candidate
from factx.document import Document, Line
from factx.lexicons import WordSet
from factx.model import Fact
from factx.recognizers import amounts, dates
from factx.resolve import resolve
from factx.tagging import get_tagger

LINE = "我们在西安市，长安区 发布"  # 我们|在|西安市|，|长安区| |发布


def test_line_tokens_skip_separators():
    line = Line(LINE, get_tagger())
    assert line.token_at(3) == (3, 6, "ns")  # 西安市
    assert line.token_at(5) == (3, 6, "ns")
    assert line.token_at(6) is None  # ，
    assert line.token_at(10) is None  # the space
    assert line.token_at(11) == (11, 13, "v")  # 发布
    assert line.token_at(-1) is None and line.token_at(13) is None
    assert line.tokens_in(2, 12) == [(2, 3, "p"), (3, 6, "ns"), (7, 10, "ns"), (11, 13, "v")]
    assert line.tokens_in(5, 5) == []
    assert line.is_boundary(7) and not line.is_boundary(4) and line.is_boundary(6)


def test_document_tokens_keep_punctuation_and_plain_tags():
    doc = Document(LINE + "\nＡ股3.5%上涨", get_tagger(), get_tagger(hmm=False))
    assert doc.token_at(6) == (6, 7, "x")  # ， is a token of the document
    assert doc.token_at(13) is None  # the line break
    second = 14
    # dictionary-only cut: Ａ|股|3|.|5|%|上涨, non-Han tokens tagged by their characters
    assert doc.token_at(second) == (second, second + 1, "eng")
    assert doc.token_at(second + 3) == (second + 3, second + 4, "x")  # .
    assert doc.tokens_in(second + 2, second + 6) == [
        (second + 2, second + 3, "m"), (second + 3, second + 4, "x"), (second + 4, second + 5, "m"),
        (second + 5, second + 6, "x")]
    assert doc.token_at(-1) is None and doc.token_at(len(doc.text)) is None


@pytest.mark.parametrize("text", [
    LINE, "Ａ股3.5%上涨", "陕西公网安备13217300869141号，信息网络传播视听节目许可证", "智慧安防小区“百万警进千万家”",
    "江宁区大户刘长顺一边说", "同比增长12.5个百分点,GDP达到1.2万亿元"])
def test_dictionary_cut_derived_from_the_hmm_cut(text):
    plain = get_tagger(hmm=False)
    derived = plain.derive(text, get_tagger().raw_arrays(text))
    assert derived == plain.raw_arrays(text)
    doc = Document(text, get_tagger(), plain)
    assert doc._derive is not None and doc.tokens_in(0, len(text)) == plain(text)


def test_freeze_builds_the_same_fact_as_its_constructor():
    c = Candidate(3, 8, "money", value=5, unit="CNY", rule="amount", text="5万元人民", subject_span=(0, 2),
                  place="西安市")
    fact = c.freeze("d", "营收五万元人民币", "营收五万元人民币")
    expected = Fact(doc="d", type="money", text="5万元人民", start=3, end=8, value=5, unit="CNY",
                    sentence="营收五万元人民币", subject="营收", subject_start=0, subject_end=2, place="西安市",
                    rule="amount")
    assert fact == expected
    assert list(vars(fact).items()) == list(vars(expected).items())  # same fields, same order
    with pytest.raises(AttributeError):
        fact.value = 6  # type: ignore[misc]  # still frozen


def test_resolve_keeps_disjoint_candidates_and_picks_among_overlapping():
    a, b = Candidate(0, 2, "date"), Candidate(2, 5, "quantity")
    assert resolve([b, a]) == [a, b]
    long, short1, short2 = Candidate(0, 4, "place"), Candidate(0, 2, "place"), Candidate(3, 6, "place")
    assert resolve([long, short1]) == [long]
    assert resolve([long, short2, short1]) == [short1, short2]  # 5 characters beat 4
    assert resolve([Candidate(1, 1, "date"), Candidate(0, 3, "quantity", value=float("inf"))]) == []


def test_wordset_longest_prefix_and_suffix():
    words = WordSet(["全省", "全省各地", "省"])
    assert words.prefix_of("全省各地区") == "全省各地"
    assert words.prefix_of("在全省", 1) == "全省"
    assert words.prefix_of("在全省", 3) is None and words.prefix_of("", 0) is None
    assert words.suffix_of("江苏省") == "省" and words.suffix_of("到全省") == "全省"
    assert words.suffix_of("全省各地好", 4) == "全省各地"
    assert words.suffix_of("全省", 0) is None and words.suffix_of("全省", -1) is None
    assert words.suffix_of("全省", 5) == "省"  # (an end past the text reads its last characters)


def test_early_exits_keep_dates_after_common_lead_characters():
    line = Line("公司公元2023年大约5月元月开业", get_tagger())
    assert [c.value for c in dates.recognize(line)] == ["2023", "--05", "--01"]
    assert amounts.recognize(Line("没有数字的一行", get_tagger())) == []
    assert dates.recognize(Line("没有日期", get_tagger())) == []


def test_extract_resumes_the_collector(monkeypatch):
    assert gc.isenabled()
    factx.extract("2023年，全省破获案件5.5万余起。")
    assert gc.isenabled()
    gc.disable()
    try:
        factx.extract("2023年，全省破获案件5.5万余起。")
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()

    def boom(doc, found):
        raise RuntimeError("stage failed")

    import factx.extractor as extractor

    monkeypatch.setattr(extractor, "STAGES", (boom,))
    with pytest.raises(RuntimeError):
        factx.extract("5.5万余起")
    assert gc.isenabled()


def test_document_token_edges_agree_with_token_at():
    doc = Document(LINE + "\n\nＡ股3.5%上涨\n", get_tagger(), get_tagger(hmm=False))
    assert doc.starts_token(3) and not doc.starts_token(4) and doc.ends_token(6) and not doc.ends_token(5)
    for pos in range(-2, len(doc.text) + 2):
        tok = doc.token_at(pos)
        assert doc.starts_token(pos) == (tok is None or tok[0] == pos)
        before = doc.token_at(pos - 1)
        assert doc.ends_token(pos) == (before is None or before[1] == pos)


def test_tokens_back_is_tokens_in_reversed():
    doc = Document(LINE + "\nＡ股3.5%上涨", get_tagger(), get_tagger(hmm=False))
    assert list(doc.tokens_back(2, 12)) == [(11, 13, "v"), (10, 11, "x"), (7, 10, "ns"), (6, 7, "x"), (3, 6, "ns"),
                                            (2, 3, "p")]
    for start in range(-1, len(doc.text) + 1):
        for end in range(start, len(doc.text) + 2, 3):
            assert list(doc.tokens_back(start, end)) == list(reversed(doc.tokens_in(start, end)))


def test_deictic_lookup_prefers_the_named_level_then_the_nearest():
    from factx.stages.scope import _EarlierPlaces

    earlier = _EarlierPlaces()
    assert earlier.target("全市") is None
    xian = Candidate(0, 3, "place", text="西安市", name="西安市", level="prefecture")
    ruijin = Candidate(5, 8, "place", text="瑞金市", name="瑞金市", level="county")
    china = Candidate(9, 11, "place", text="中国", name="中国", level="country")
    for place in (xian, ruijin, china):
        earlier.append(place)
    assert earlier.target("全市") is xian  # a prefecture-level city before the nearer county-level one
    assert earlier.target("全国") is china
    assert earlier.target("全省") is None
    other = Candidate(12, 15, "place", text="吉安市", name="吉安市", level="prefecture")
    earlier.append(other)
    assert earlier.target("全市") is other


def test_amounts_over_lines_as_line_by_line():
    texts = ["营收五万元，同比增长12.5%", "", "没有数字的一行", "第三季度3.5亿元、2.1亿元和一半", "http://a.cn/3.5%"]
    lines = [Line(t, get_tagger()) for t in texts]
    assert amounts.recognize_lines(lines) == [amounts.recognize(Line(t, get_tagger())) for t in texts]


def test_gated_scans_find_what_the_whole_patterns_find():
    """The basis pattern tried only at the characters that open it finds the overlapped search's
    matches, and the names lookahead behind a first-character test the plain one's."""
    import re
    from pathlib import Path

    from factx.lexicons import alternation, nonfacts
    from factx.stages.clauses import BASIS_INITIAL, basis_pattern

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.parent.glob("samples/*.txt"))]
    texts.append("比去年同期多投产，与上年相比，和去年同比增长，较上月下降2%，跟前5天相比，环比上升，占比较上年提高")
    pattern = basis_pattern()
    names = re.compile(rf"(?=({alternation(nonfacts()['name'])}))")
    for text in texts:
        whole = [m.span() for m in pattern.finditer(text, overlapped=True)]
        gated = [m.span() for lead in BASIS_INITIAL.finditer(text) if (m := pattern.match(text, lead.start()))]
        assert gated == whole
        assert [m.span(1) for m in amounts._names().finditer(text)] == [m.span(1) for m in names.finditer(text)]


def test_alternation_matches_as_the_plain_longest_first_one():
    """``alternation`` groups words by their first character and puts lone one-character words in
    a class; its matches are those of the plain alternation, longest word first."""
    import random
    import re

    import regex

    from factx.lexicons import alternation

    def plain(words):
        return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))

    rng = random.Random(7)
    letters = "ab万元吨.c"
    for _ in range(500):
        words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 6))}
        text = "".join(rng.choice(letters + "x") for _ in range(12))
        for template in ("(?:{})", "(?:{})b", "(?=({}))"):
            old, new = re.compile(template.format(plain(words))), re.compile(template.format(alternation(words)))
            assert [m.span(m.lastindex or 0) for m in old.finditer(text)] == \
                [m.span(m.lastindex or 0) for m in new.finditer(text)], (words, text, template)
