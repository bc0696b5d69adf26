"""Issue 13: hostile values, lines and text never get through (library and writers).

Each test reproduces one attack of the issue; the CLI-level ones (output targets, signals,
terminal escapes, unreadable inputs) are in tests/test_hostile_cli.py.
"""

from __future__ import annotations

import io
import json
import math

import pytest
from fakes import render

import factx
from factx.document import MAX_SENTENCE
from factx.model import FIELDS, Fact
from factx.numerals import MAX_DIGITS, MAX_VALUE, parse_decimal
from factx.writers import WRITERS

# --- item 3: one hostile value never aborts a document ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "9" * 5000 + "元",  # more digits than Python turns into a str
        "$5十百",  # a currency sign before a malformed numeral (was a ValueError)
        "亿" * 200_000 + "元",  # a run of 亿 (was decimal.Overflow)
        "零分之一的人",  # a zero denominator (was decimal.DivisionByZero)
        "$" + "9" * 40,
        "约" + "1" * 31 + "万元",
        "一二三四五六七八九十" * 5 + "个",
        "1" * 28 + "亿亿亿元",  # within the digit bound, beyond the value bound
        "十百月五日",
    ],
)
def test_hostile_numbers_are_no_facts_and_no_exception(text):
    facts = factx.extract(text)
    for f in facts:
        for v in (f.value, f.value_max):
            assert v is None or isinstance(v, str) or (math.isfinite(v) and abs(v) <= MAX_VALUE)


def test_a_giant_number_next_to_good_facts_leaves_them():
    text = "全市有3个公园，" + "9" * 5000 + "元，增长5%。"
    assert [(f.text, f.value) for f in factx.extract(text)] == [("3个", 3), ("5%", 5)]


@pytest.mark.parametrize("text", ["零分之一", "0/0", "亿" * 5, "9" * (MAX_DIGITS + 1), "亿" * 130_000])
def test_parse_number_raises_only_value_error(text):
    with pytest.raises(ValueError):
        factx.parse_number(text)


def test_the_bounds_themselves_are_numbers():
    assert parse_decimal("9" * MAX_DIGITS) == int("9" * MAX_DIGITS)
    assert factx.parse_number("1" + "0" * 14 + "亿亿") == 10**30 == MAX_VALUE  # still a number
    with pytest.raises(ValueError):
        parse_decimal("2" + "0" * 14 + "亿亿")
    with pytest.raises(ValueError):
        parse_decimal("1" + "0" * 28)  # 29 digits


def test_writers_never_fail_on_any_value():
    # The library never makes such values; a Fact built by hand may hold them.
    giant = 10**5000 + 1
    fact = Fact("d", "quantity", "x", 0, 1, giant, float("inf"), "个", sentence="x")
    for name in WRITERS:
        out = io.StringIO()
        writer = WRITERS[name](out)
        writer.start()
        writer.write(fact)
        writer.finish()
        assert "10000" in out.getvalue() or name == "table"
    row = json.loads(render("jsonl", [fact]), parse_int=str)
    assert row["value"] == "1" + "0" * 4999 + "1" and row["value_max"] is None  # inf: null


# --- item 2: a long line without sentence punctuation ----------------------------------


def test_a_long_unpunctuated_line_gives_bounded_sentences():
    line = "1个" * 2_000  # 4 000 characters, 2 000 facts, no sentence end
    facts = factx.extract(line)
    assert len(facts) == 2_000
    assert max(len(f.sentence) for f in facts) <= MAX_SENTENCE
    assert all(f.text in f.sentence for f in facts)
    csv = render("csv", list(facts))
    assert len(csv) < 2 * MAX_SENTENCE * len(facts)  # was 4 000 characters a row


def test_an_over_long_sentence_is_cut_after_a_comma():
    assert MAX_SENTENCE == 256  # the figures below are worked out for it
    line = "甲" * 200 + "，" + "乙" * 100 + "有3个学校" + "丙" * 300
    (fact,) = factx.extract(line, types=["quantity"])
    # pieces: [0, 201) ends after the comma (found in the second half); [201, 457) is cut hard
    assert fact.sentence == line[201:457]
    assert fact.sentence.startswith("乙" * 100 + "有3个学校")


def test_a_short_sentence_is_whole():
    text = "甲" * 100 + "，有3个学校。"
    (fact,) = factx.extract(text, types=["quantity"])
    assert fact.sentence == text


# --- item 6: a zero-width character inside a number ---------------------------------------


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_a_format_character_inside_a_year_makes_no_quantity(mark):
    text = f"20{mark}23年，全省破获案件8.5万起。"
    facts = factx.extract(text)
    assert [(f.type, f.text) for f in facts] == [("quantity", "8.5万起")]


def test_a_format_character_after_a_non_digit_changes_nothing():
    assert [f.text for f in factx.extract("共\u200b23年")] == ["23年"]


def test_every_field_is_written():
    assert set(json.loads(render("jsonl", [Fact("d", "date", "x", 0, 1, "2023")]))) == set(FIELDS)
