"""Hostile input never breaks factx: property tests on ``factx.extract``.

Guards the output contract of SPEC.md against any text at all: random Unicode, CJK-heavy
text, soups of numerals and units, and shuffled sentences of the sample articles must never
raise, and every fact must be an exact, sorted, non-overlapping, well-typed span that stands
in its sentence, with links only on numbers: a subject that is an exact span of its own line
outside the number, a time and a place that name date and place facts of the document. Also
guards paragraph additivity (facts never cross a line break, so a document's facts are its
paragraphs' facts, shifted) and determinism.

Example counts are fixed per test (``settings``) so the file runs in well under a minute on
two cores; ``pytest -s`` prints how many inputs were generated in total. No example database
is written (``database=None``): a failure is printed with its minimal input.

Hostile numerals (issue 13): currency signs before malformed numerals (``$5十百``), giant
numbers (thousands of digits, runs of 亿, zero denominators) must neither raise nor give a
value beyond ``factx.numerals.MAX_VALUE``. ``test_long_run_never_raises`` draws from every
generator here with a seeded random source; it runs ``FACTX_PROPERTY_RUNS`` inputs (default
3,000; issue 13 asks for ``FACTX_PROPERTY_RUNS=100000 python -m pytest -m slow
tests/test_properties.py``). The whole module is marked ``slow``.
"""

from __future__ import annotations

import math
import os
import random
import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from scoring import SAMPLES, load_text

import factx
from factx.lexicons import currency_prefixes
from factx.model import APPROX, TYPES
from factx.numerals import MAX_VALUE

pytestmark = pytest.mark.slow

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
            assert abs(f.value) <= MAX_VALUE, f
            assert isinstance(f.unit, str) and f.unit, f
        elif f.type == "date":
            assert isinstance(f.value, str) and DATE_VALUE.fullmatch(f.value), f
            assert f.unit is None, f
        else:
            assert f.value is None and f.unit is None, f
        if f.value_max is not None:
            assert f.type in NUMERIC, f
            assert type(f.value_max) in (int, float) and math.isfinite(f.value_max), f
            assert abs(f.value_max) <= MAX_VALUE, f
            # value_max >= value is checked on its own below (a known bug)
        assert isinstance(f.sentence, str) and f.text in f.sentence, f
        assert "\n" not in f.sentence, f
    check_links(doc, facts)


def check_links(doc: str, facts: list[factx.Fact]) -> None:
    """The link fields keep SPEC.md's promises: only numbers have them; a subject is an exact
    span of its own line that holds not the number itself; time and place name date and place
    facts of the same document."""
    dates = {f.value for f in facts if f.type == "date"}
    places = {f.name or f.text for f in facts if f.type == "place"} | {"中国"}
    for f in facts:
        links = (f.subject, f.subject_start, f.subject_end, f.change, f.basis, f.time, f.place)
        if f.type not in NUMERIC:
            assert links == (None,) * 7, f
            continue
        assert f.change in (None, "up", "down") and f.basis in (None, "yoy", "mom", "base"), f
        if f.subject is None:
            assert f.subject_start is None and f.subject_end is None, f
        else:
            assert 0 <= f.subject_start < f.subject_end <= len(doc), f
            assert doc[f.subject_start : f.subject_end] == f.subject and "\n" not in f.subject, f
            assert f.subject_end <= f.start or f.subject_start >= f.end, f"subject holds the number: {f}"
        assert f.time is None or f.time in dates, f
        assert f.place is None or f.place in places, f


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


#: Issue 13: what comes after a currency sign, and numbers no news text holds.
SIGNS = [*currency_prefixes(), "$ ", "￥ "]
MALFORMED = ["十百", "百十", "千千", "亿万亿", "点", "点点", "分之", "零分之", "0/0", "1/0", "1,00,0", "..", "·",
             "两两", "负负", "-", "--", "多余", "余多", "万多万"]
giant_number = st.one_of(
    st.integers(min_value=20, max_value=6000).map(lambda n: "9" * n),
    st.integers(min_value=2, max_value=3000).map(lambda n: "亿" * n),
    st.integers(min_value=2, max_value=600).map(lambda n: "万亿" * n),
    st.integers(min_value=29, max_value=200).map(lambda n: "一" * n),
    st.integers(min_value=10, max_value=400).map(lambda n: "1" + "0" * n + "." + "0" * n + "1"),
    st.integers(min_value=1, max_value=50).map(lambda n: "零分之" * n + "一"),
)
hostile_numeral = st.builds(
    lambda sign, head, mid, tail, unit: f"{sign}{head}{mid}{tail}{unit}",
    st.sampled_from(["", *SIGNS]),
    st.one_of(st.just(""), st.sampled_from(["5", "五", "3.5", "１２", "三四"])),
    st.one_of(st.sampled_from(MALFORMED), giant_number, numeral_soup),
    st.one_of(st.just(""), st.sampled_from(MALFORMED), giant_number),
    st.sampled_from(["", "元", "美元", "个", "年", "%", "万元", "亿", "分之一", "月", "日"]),
)
hostile_text = st.builds(
    lambda before, numeral, after: before + numeral + after,
    st.sampled_from(["", "收入", "约", "超过", "2023年", "全省", "第", "，"]),
    hostile_numeral,
    st.sampled_from(["", "。", "，增长5%", "以上", "左右", "\n3个"]),
)


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
@example("0年0%百%")  # (once a subject inside the next amount)
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


_PANGU = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9])|(?<=[0-9%])(?=[\u4e00-\u9fff])")


@_settings(300)
@given(sentence_mix)
def test_pangu_spacing_changes_no_fact_and_no_link(doc):
    # spaces between Han letters and digits (营业收入 12.5 亿元) are read closed up (factx/spacing.py)
    RUNS["pangu spacing"] += 1
    spaced = "\n".join(_PANGU.sub(" ", line) if re.search("[。！？；!?;]", line) else line for line in doc.split("\n"))

    def rows(facts):
        return [(f.type, f.text.replace(" ", ""), f.value, f.unit, (f.subject or "").replace(" ", ""), f.change,
                 f.basis, f.time, f.place) for f in facts]

    assert rows(extract_checked(spaced)) == rows(factx.extract(doc))


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
    # the one document-wide recognition step only adds places a paragraph names that another one
    # establishes (孟定镇 … 孟定, a village named again): every other fact is its paragraph's own
    assert [k for k in whole if k[2] != "place"] == [k for k in pieces if k[2] != "place"]
    assert set(pieces) <= set(whole)


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
@example("万四‰-06-三十六%")  # (the dash read as the second amount's sign had negated its upper end too)
@example("万分之5至2")
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


# --- issue 13: hostile numerals, and the long run -------------------------------------------


@_settings(1500)
@example("$5十百")
@example("9" * 5000 + "元")
@example("亿" * 2000 + "元")
@example("零分之一")
@example("HK$" + "9" * 40 + "亿")
@given(hostile_text)
def test_hostile_numerals_keep_the_contract(doc):
    RUNS["hostile numerals"] += 1
    extract_checked(doc)


@_settings(300)
@example("零分之一")
@example("亿" * 200)
@example("9" * 5000)
@given(st.one_of(giant_number, hostile_numeral))
def test_parse_number_raises_only_value_error(text):
    RUNS["parse_number"] += 1
    try:
        value = factx.parse_number(text)
    except ValueError:
        return
    assert math.isfinite(value) and abs(value) <= MAX_VALUE


#: Inputs of the long run (issue 13 asks for 100,000; the default keeps the suite short).
LONG_RUN = int(os.environ.get("FACTX_PROPERTY_RUNS", "3000"))


def _long_run_inputs(n: int, seed: int = 13):
    """``n`` inputs drawn from every generator above with a seeded random source (no
    shrinking: a failure is reported with its input, and the run goes on)."""
    rng = random.Random(seed)
    pieces = NUMERAL_PIECES + MALFORMED + SIGNS + list(CJK_PUNCT) + list("元个年月日%万亿西安市南京鼓楼区\n\u200b")
    for i in range(n):
        kind = i % 5
        if kind == 0:  # currency sign, malformed numeral, unit
            sign = rng.choice(["", *SIGNS])
            yield sign + "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        elif kind == 1:  # a giant number somewhere in a sentence
            n_digits = rng.choice([29, 40, 300, 4301, 6000])
            giant = rng.choice(["9" * n_digits, "亿" * (n_digits // 3), "零分之" * 3 + "一", "1" * n_digits + "万"])
            yield rng.choice(["", "收入", "$", "约"]) + giant + rng.choice(["", "元", "个", "%", "年"])
        elif kind == 2:  # numeral soup
            yield "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))
        elif kind == 3:  # random Unicode (no lone surrogates: those are refused on purpose)
            yield "".join(chr(rng.choice([rng.randrange(0x20, 0x7F), rng.randrange(0x4E00, 0x9FFF),
                                          rng.randrange(0xA0, 0xD7FF), rng.randrange(0xE000, 0x10FFFF)]))
                          for _ in range(rng.randrange(0, 30)))
        else:  # sample sentences with a hostile numeral spliced in
            sentence = rng.choice(SENTENCES)
            at = rng.randrange(len(sentence) + 1)
            splice = rng.choice(SIGNS) + rng.choice(MALFORMED) + rng.choice(["", "元", "亿元"])
            yield sentence[:at] + splice + sentence[at:]


def test_long_run_never_raises():
    failures = []
    for doc in _long_run_inputs(LONG_RUN):
        RUNS["long run"] += 1
        try:
            check_contract(doc, factx.extract(doc, doc="d"), "d")
        except Exception as err:  # noqa: BLE001 - counted and reported below
            failures.append((doc[:80], f"{type(err).__name__}: {err}"[:200]))
    assert failures == [], f"{len(failures)} of {LONG_RUN} inputs failed, e.g. {failures[:3]}"
