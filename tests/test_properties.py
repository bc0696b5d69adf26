"""Hostile input never breaks factx: property tests on ``factx.extract``.

Guards the output contract of SPEC.md against any text at all: random Unicode, CJK-heavy
text, soups of numerals and units, and shuffled sentences of the sample articles must never
raise, and every fact must be an exact, sorted, non-overlapping, well-typed span that stands
in its sentence. Also guards paragraph additivity (facts never cross a line break, so a
document's facts are its paragraphs' facts, shifted) and determinism.

Example counts are fixed per test (``settings``) so the file runs in well under a minute on
two cores; ``pytest -s`` prints how many inputs were generated in total. No example database
is written (``database=None``): a failure is printed with its minimal input.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from scoring import SAMPLES, load_text

import factx
from factx.model import APPROX, TYPES

NUMERIC = ("quantity", "money", "percent")
#: One ISO-like date (2023, 2023-06-01, --03-21, ---05) with an optional time.
_ISO = r"(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?|---\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?"
DATE_VALUE = re.compile(rf"{_ISO}(?:/{_ISO})?", re.ASCII)

#: Generated inputs per test, printed at the end of the module (``pytest -s``).
RUNS: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def _report_counts():
    yield
    total = sum(RUNS.values())
    detail = ", ".join(f"{name} {n}" for name, n in RUNS.items())
    print(f"\ntest_properties: {total} generated inputs ({detail})")


@pytest.fixture(scope="module", autouse=True)
def _warm_up():
    factx.extract("预热：2023年3月，西安市降雨约35毫米。")  # load the tokenizer and lexicons once


def _settings(n: int):
    return settings(
        max_examples=n,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# --- the contract -----------------------------------------------------------------------


def check_contract(doc: str, facts: list[factx.Fact], name: str = "-") -> None:
    """Every fact of ``doc`` keeps SPEC.md's promises."""
    previous_end = 0
    for f in facts:
        assert f.doc == name
        assert f.type in TYPES, f
        assert isinstance(f.start, int) and isinstance(f.end, int)
        assert 0 <= f.start < f.end <= len(doc), f
        assert f.text == doc[f.start : f.end], f
        assert "\n" not in f.text, f
        assert f.start >= previous_end, f"overlapping or unsorted: {f}"
        previous_end = f.end
        assert f.approx in (*APPROX, None), f
        if f.type in NUMERIC:
            assert type(f.value) in (int, float) and math.isfinite(f.value), f
            assert isinstance(f.unit, str) and f.unit, f
        elif f.type == "date":
            assert isinstance(f.value, str) and DATE_VALUE.fullmatch(f.value), f
            assert f.unit is None, f
        else:
            assert f.value is None and f.unit is None, f
        if f.value_max is not None:
            assert f.type in NUMERIC, f
            assert type(f.value_max) in (int, float) and math.isfinite(f.value_max), f
            # value_max >= value is checked on its own below (a known bug)
        assert isinstance(f.sentence, str) and f.text in f.sentence, f
        assert "\n" not in f.sentence, f


def extract_checked(doc: str) -> list[factx.Fact]:
    facts = factx.extract(doc, doc="d")
    check_contract(doc, facts, "d")
    return facts


# --- strategies ---------------------------------------------------------------------------

CJK_PUNCT = "，。、；：？！“”‘’（）《》【】—…·「」『』〔〕　"
cjk_text = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from(CJK_PUNCT),
        st.sampled_from("0123456789\n "),
    ),
    max_size=120,
)

NUMERAL_PIECES = [
    *"0123456789", *"零一二两三四五六七八九十百千万亿", *"余多约近超", "%", "‰", "成", "至", "、",
    "点", "分之", *"年月日", "元", "个", "公里", "-", ".", "/",
]
numeral_soup = st.lists(st.sampled_from(NUMERAL_PIECES), max_size=40).map("".join)


SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]*")


def _sample_sentences() -> list[str]:
    out: list[str] = []
    for path in sorted(SAMPLES.glob("*.txt")):
        out.extend(s for s in SENTENCE.findall(load_text(path)) if s.strip())
    return out


SENTENCES = _sample_sentences()
sentence_mix = st.builds(
    lambda parts, sep: sep.join(parts),
    st.lists(st.sampled_from(SENTENCES), max_size=8),
    st.sampled_from(["", "\n"]),
)
#: A paragraph: no line break inside.
paragraph = st.one_of(
    st.lists(st.sampled_from(SENTENCES), max_size=4).map("".join),
    numeral_soup,
    cjk_text.map(lambda s: s.replace("\n", "")),
    st.text(max_size=30).map(lambda s: s.replace("\n", "")),
)


# --- never an exception, always the contract ------------------------------------------


@_settings(2000)
@given(st.text(max_size=200))
def test_random_unicode_keeps_the_contract(doc):
    RUNS["unicode"] += 1
    extract_checked(doc)


@_settings(2000)
@given(cjk_text)
def test_cjk_text_keeps_the_contract(doc):
    RUNS["cjk"] += 1
    extract_checked(doc)


@_settings(4000)
@given(numeral_soup)
def test_numeral_soup_keeps_the_contract(doc):
    RUNS["numeral soup"] += 1
    extract_checked(doc)


@_settings(2000)
@given(st.lists(numeral_soup, min_size=1, max_size=6), st.sampled_from(["", "\n", "，", "的"]))
def test_joined_numeral_soups_keep_the_contract(soups, sep):
    RUNS["numeral soups joined"] += 1
    extract_checked(sep.join(soups))


@_settings(1000)
@given(sentence_mix)
def test_sample_sentence_mixtures_keep_the_contract(doc):
    RUNS["sample mixtures"] += 1
    extract_checked(doc)


# --- paragraph additivity and determinism ---------------------------------------------


def _key(f: factx.Fact, shift: int = 0) -> tuple:
    # place resolution (name, level, adcode, parent) is per document: left out on purpose
    return (f.start + shift, f.end + shift, f.type, f.value, f.value_max, f.unit, f.approx)


@_settings(800)
@given(st.lists(paragraph, max_size=6))
def test_a_document_is_the_sum_of_its_paragraphs(paragraphs):
    RUNS["additivity"] += 1
    doc = "\n".join(paragraphs)
    whole = [_key(f) for f in extract_checked(doc)]
    pieces = []
    offset = 0
    for p in paragraphs:
        pieces.extend(_key(f, offset) for f in factx.extract(p, doc="d"))
        offset += len(p) + 1
    assert whole == pieces


@_settings(600)
@given(st.one_of(sentence_mix, numeral_soup, cjk_text, st.text(max_size=100)))
def test_extraction_is_deterministic(doc):
    RUNS["determinism"] += 1
    first = factx.extract(doc)
    second = factx.extract(doc)
    assert [f.to_dict() for f in first] == [f.to_dict() for f in second]


# --- once known bugs, now fixed -------------------------------------------------------------------------


@_settings(300)
@example("1-0年")
@example("气温10至5℃")
@given(numeral_soup)
def test_value_max_is_never_below_value(doc):
    RUNS["range order"] += 1
    for f in factx.extract(doc):
        assert f.value_max is None or f.value_max >= f.value, f


@_settings(100)
@example("\ud800")
@example("西安\udc80市3个")
@given(st.text(st.characters(exclude_categories=()), max_size=50))
def test_lone_surrogates_are_no_crash(doc):
    RUNS["surrogates"] += 1
    try:
        facts = factx.extract(doc, doc="d")
    except factx.FactxError:
        return  # refusing such text with the library's own error would be fine
    check_contract(doc, facts, "d")
