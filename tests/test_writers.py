"""The output formats, on a fixed list of facts."""

from __future__ import annotations

import json

import pytest
from fakes import CSV, HEADER, JSONL_ROWS, render

from factx.model import FIELDS
from factx.writers import WRITERS, format_for_path, neutralise, summary_line, writer_class


def test_registry_lists_every_format_once():
    assert list(WRITERS) == ["table", "csv", "tsv", "jsonl", "json"]
    assert writer_class("ndjson") is WRITERS["jsonl"]


def test_csv_is_rfc4180_with_crlf_and_neutralised_formulas():
    assert render("csv") == CSV


def test_csv_raw_keeps_formulas():
    lines = render("csv", raw=True).split("\r\n")
    assert lines[4] == "-,percent,-3.9%,40,45,-3.9,,%,,=同比-3.9%,,,,,,,,,,,,,,,,"


def test_csv_without_facts_is_the_header():
    assert render("csv", []) == HEADER + "\r\n"


def test_tsv_uses_tabs_and_lf():
    expected = CSV.replace(",", "\t").replace("\r\n", "\n")
    # the one cell with a comma of its own keeps it
    expected = expected.replace('"损失""3至5万元""\t 其余"', '"损失""3至5万元"", 其余"')
    assert render("tsv") == expected


def test_jsonl_is_one_object_a_line_in_field_order():
    text = render("jsonl")
    assert text == "\n".join(JSONL_ROWS) + "\n"
    assert list(json.loads(text.splitlines()[0])) == list(FIELDS)


def test_json_is_an_array_streamed_one_object_a_line():
    text = render("json")
    assert text == "[\n" + ",\n".join(JSONL_ROWS) + "\n]\n"
    assert json.loads(text)[1]["value"] == 85000


def test_json_without_facts_is_an_empty_array():
    assert render("json", []) == "[]\n"
    assert render("jsonl", []) == ""


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+2", "'=1+2"),
        ("+86 10 1234", "'+86 10 1234"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-3.9", "-3.9"),
        ("+5", "+5"),
        ("-1e5", "-1e5"),
        ("-", "-"),
        ("8.5万余起", "8.5万余起"),
        (-3.9, -3.9),
        (None, None),
    ],
)
def test_neutralise(cell, safe):
    assert neutralise(cell) == safe


@pytest.mark.parametrize(
    ("path", "fmt"),
    [("a.csv", "csv"), ("A.CSV", "csv"), ("d/a.tsv", "tsv"), ("a.jsonl", "jsonl"),
     ("a.ndjson", "jsonl"), ("a.json", "json"), ("a.txt", None), ("a", None)],
)
def test_format_for_path(path, fmt):
    assert format_for_path(path) == fmt


def test_table_without_facts():
    assert render("table", []) == "no facts\n"


def test_summary_line_counts_in_type_order():
    from collections import Counter

    assert summary_line(Counter({"place": 2, "money": 1})) == "3 facts: money 1, place 2"
    assert summary_line(Counter({"date": 1})) == "1 fact: date 1"
