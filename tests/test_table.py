"""The terminal table: exact layouts at a fixed width, link fields, blocks, colour."""

from __future__ import annotations

import io

import pytest

from factx import table as table_module
from factx.model import Fact
from factx.table import Table, value_cell, window

SENTENCE = "一季度，全省规模以上工业增加值同比增长6.8%，增速比上年全年加快1.2个百分点。"


def fact(**fields) -> Fact:
    base = {"doc": "a.txt", "type": "percent", "text": "6.8%", "start": 19, "end": 23, "value": 6.8,
            "unit": "%", "sentence": SENTENCE}
    return Fact(**{**base, **fields})


def draw(facts, width=80, colour=False, **options) -> str:
    out = io.StringIO()
    table = Table(out, width=width, colour=colour, **options)
    for f in facts:
        table.add(f)
    table.draw()
    return out.getvalue()


def test_plain_rows_at_80_columns():
    assert draw([fact(), fact(type="place", text="全省", start=4, end=6, value=None, unit=None, name="陕西省")]) == (
        "type     text  value   unit  sentence\n"
        "───────  ────  ──────  ────  ───────────────────────────────────────────────────\n"
        "percent  6.8%  6.8     %     …模以上工业增加值同比增长6.8%，增速比上年全年加快1…\n"
        "place    全省  陕西省        一季度，全省规模以上工业增加值同比增长6.8%，增速…\n"
    )


def test_link_fields_show_as_subject_and_change():
    rows = [
        fact(subject="规模以上工业增加值", subject_start=6, subject_end=15, change="up", basis="yoy"),
        fact(text="1.2个百分点", value=1.2, unit="个百分点", change="down", sentence="加快1.2个百分点。"),
    ]
    assert draw(rows) == (
        "type     text         value      unit      subject     sentence\n"
        "───────  ───────────  ─────────  ────────  ──────────  ─────────────────────────\n"
        "percent  6.8%         6.8 ↑ yoy  %         规模以上…   …值同比增长6.8%，增速比…\n"
        "percent  1.2个百分点  1.2 ↓      个百分点              加快1.2个百分点。\n"
    )


@pytest.mark.parametrize(
    ("fields", "cell"),
    [
        ({"value": 85000, "approx": "more_than"}, ">85000"),
        ({"value": 30000, "value_max": 50000}, "30000–50000"),
        ({"value": 3, "approx": "about", "change": "up", "basis": "mom"}, "≈3 ↑ mom"),
        ({"value": 2, "basis": "base"}, "2 base"),
        ({"type": "place", "value": None, "name": None}, ""),
        ({"type": "date", "value": "2024-03-29T10:08:13"}, "2024-03-29T10:08:13"),
        ({"value": 13237000000.5}, "13237000000.5"),
    ],
)
def test_value_cell(fields, cell):
    assert value_cell(fact(**fields)) == cell


def test_narrow_terminal_drops_the_sentence_never_a_value():
    row = fact(text="1323.7万吨", value=13237000, unit="吨", type="quantity")
    assert draw([row], width=40) == (
        "type      text        value     unit\n"
        "────────  ──────────  ────────  ────\n"
        "quantity  1323.7万吨  13237000  吨\n"
    )
    text = draw([row], width=20)  # too narrow even for the values: they are still whole
    assert "1323.7万吨  13237000" in text


def test_doc_column_is_shortened_from_the_left():
    row = fact(doc="news/2024/03/29/economy/quarterly-report.txt")
    text = draw([row], show_doc=True)
    assert text.splitlines()[2].startswith("…my/quarterly-report.txt  percent  6.8%")
    assert len(text.splitlines()[2].split("  ")[0]) == 24


def test_context_limits_the_sentence_and_zero_drops_it():
    assert draw([fact()], context=3).splitlines()[2] == "percent  6.8%  6.8    %     …比增长6.8%，增速…"
    assert draw([fact()], context=0).splitlines()[0] == "type     text  value  unit"


def test_fields_choose_columns():
    assert draw([fact()], fields=("unit", "text", "start")) == (
        "unit  text  start\n"
        "────  ────  ─────\n"
        "%     6.8%  19\n"
    )


def test_rows_are_drawn_a_block_at_a_time_and_the_header_repeats_on_a_new_layout(monkeypatch):
    monkeypatch.setattr(table_module, "BLOCK", 2)
    out = io.StringIO()
    t = Table(out, width=40, colour=False, context=0)
    t.add(fact())
    assert out.getvalue() == ""  # held until the block is full
    t.add(fact())
    assert out.getvalue().count("\n") == 4  # header, rule, two rows
    t.add(fact())
    t.add(fact())
    assert out.getvalue().count("type") == 1  # same layout: no new header
    t.add(fact(text="123456789%", value=123456789))
    t.draw()
    lines = out.getvalue().splitlines()
    assert lines[-3:] == [
        "type     text        value      unit",
        "───────  ──────────  ─────────  ────",
        "percent  123456789%  123456789  %",
    ]


def test_colour_by_type_with_the_fact_highlighted():
    text = draw([fact(sentence="增长6.8%。")], colour=True)
    assert text.splitlines()[0] == "\x1b[1mtype     text  value  unit  sentence\x1b[0m"
    assert text.splitlines()[2] == "\x1b[35mpercent  6.8%  6.8    %     增长\x1b[1;7m6.8%\x1b[22;27m。\x1b[0m"


def test_window_keeps_the_fact_and_marks_cuts():
    assert window("甲乙丙丁戊己庚", 3, 4, 8) == ("…丙丁戊…", 2, 3)
    assert window("甲乙", 0, 1, 8) == ("甲乙", 0, 1)
    assert window("甲乙丙丁戊己庚", -1, -1, 6) == ("甲乙…", -1, -1)


def test_memory_is_bounded_by_the_block():
    out = io.StringIO()
    t = Table(out, width=80, colour=False)
    for _ in range(table_module.BLOCK * 3 + 1):
        t.add(fact())
        assert len(t.rows) < table_module.BLOCK
