"""Text with spaces between Chinese and numbers (pangu spacing: 营业收入 12.5 亿元，同比增长 30.2%)
is read as if they were not there (factx/spacing.py): the same facts and links as the text
without them, at the offsets of the text as given."""

from __future__ import annotations

import re

import pytest
from scoring import SAMPLES, load_text

import factx
from factx.spacing import close_up, gaps

_PANGU = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9])|(?<=[0-9%])(?=[\u4e00-\u9fff])")


def pangu(text: str) -> str:
    """``text`` with a space at every boundary of Han letters and digits, in lines with a sentence end."""
    return "\n".join(_PANGU.sub(" ", line) if re.search("[。！？]", line) else line for line in text.split("\n"))


def test_which_spaces_are_closed():
    text = "营业收入 12.5 亿元，增长 30.2 %。\n约5.9万人 152所幼儿园停办\n记者 王明　报道。iPhone 15 发布。"
    assert [text[s:e] for s, e in gaps(text)] == [" "] * 5
    closed, kept = close_up(text)
    assert closed.split("\n")[0] == "营业收入12.5亿元，增长30.2%。"
    assert closed.split("\n")[1] == "约5.9万人 152所幼儿园停办"  # (a headline: the space parts two phrases)
    assert closed.split("\n")[2] == "记者 王明　报道。iPhone 15发布。"  # (Han-Han, U+3000, ASCII-ASCII stay)
    assert all(closed[i] == text[k] for i, k in enumerate(kept))
    assert close_up("营业收入12.5亿元。") is None


def test_spaced_text_gets_the_links_of_the_closed_text():
    text = "据公司财报，2023 年全年实现营业收入 12.5 亿元，同比增长 30.2%；净利润 1.8 亿元，比上年减少 5 %。"
    rows = [(f.text, f.start, f.subject, f.change, f.basis, f.time) for f in factx.extract(text)]
    assert rows == [
        ("2023 年", 6, None, None, None, None),
        ("12.5 亿元", 21, "营业收入", None, None, "2023"),
        ("30.2%", 34, "营业收入", "up", "yoy", "2023"),
        ("1.8 亿元", 44, "净利润", None, None, "2023"),
        ("5 %", 57, "净利润", "down", "yoy", "2023"),
    ]
    facts = factx.extract(text)
    assert all(text[f.start : f.end] == f.text for f in facts)
    assert facts[1].sentence == "据公司财报，2023 年全年实现营业收入 12.5 亿元，同比增长 30.2%；"


def test_a_subject_keeps_the_space_written_inside_it():
    text = "全市共有 A 级景区 56 家。"
    (fact,) = factx.extract(text)
    assert (fact.text, fact.subject, text[fact.subject_start : fact.subject_end]) == ("56 家", "A 级景区", "A 级景区")


def test_a_date_range_written_with_spaces():
    (date, count) = factx.extract("1 至 10 月，全市新增企业 3200 家。")
    assert (date.text, date.value, count.time, count.subject) == ("1 至 10 月", "--01/--10", "--01/--10", "企业")


@pytest.mark.parametrize("name", ["economy_quarterly", "police_annual_report", "hospital_pharmacist_story",
                                  "supermarket_vegetable_price_survey"])
def test_a_sample_with_pangu_spacing_gives_the_same_facts(name):
    text = load_text(SAMPLES / f"{name}.txt")
    spaced = pangu(text)
    assert spaced != text

    def rows(t: str) -> list[tuple]:
        return [(f.type, f.text.replace(" ", ""), f.value, f.value_max, f.unit, f.approx, f.name,
                 (f.subject or "").replace(" ", ""), f.change, f.basis, f.time, f.place) for f in factx.extract(t)]

    assert rows(spaced) == rows(text)
