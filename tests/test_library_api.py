"""The library's file and record helpers: extract_file, Fact.to_dict, to_records, frames."""

from __future__ import annotations

import json

import pytest
from fakes import FACTS

import factx
from factx.model import FIELDS


def test_extract_file_decodes_like_the_command(tmp_path):
    path = tmp_path / "gb.txt"
    path.write_bytes("2023年，全省破获案件8.5万余起。\r\n".encode("gb18030"))
    facts = factx.extract_file(path)
    assert [(f.doc, f.type, f.text, f.start, f.end) for f in facts] == [
        (str(path), "date", "2023年", 0, 5), (str(path), "quantity", "8.5万余起", 12, 18)
    ]
    assert factx.extract_file(str(path), types=["quantity"])[0].value == 85000


def test_extract_file_errors_are_factx_errors(tmp_path):
    with pytest.raises(factx.FactxError, match=r"^cannot read: no such file or directory \(.*nope.txt\)$"):
        factx.extract_file(tmp_path / "nope.txt")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    with pytest.raises(factx.FactxError, match="binary file"):
        factx.extract_file(tmp_path / "bin.txt")
    with pytest.raises(ValueError, match="unknown input format 'pdf'; choose from text, html"):
        factx.extract_file(tmp_path / "bin.txt", input_format="pdf")


def test_extract_file_with_a_forced_encoding(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("共5万元".encode("gb18030"))
    assert [f.text for f in factx.extract_file(path, encoding="gb18030")] == ["5万元"]


def test_to_dict_is_json_ready_and_in_field_order():
    for fact in FACTS:
        row = fact.to_dict()
        assert list(row) == list(FIELDS)
        assert json.loads(json.dumps(row, ensure_ascii=False)) == row


def test_to_records():
    records = factx.to_records(FACTS[:2], fields=["text", "value"])
    assert records == [{"text": "2023年", "value": "2023"}, {"text": "8.5万余起", "value": 85000}]
    assert factx.to_records([]) == []
    with pytest.raises(ValueError, match="unknown fields: weight"):
        factx.to_records(FACTS, fields=["weight"])


def test_to_pandas():
    pd = pytest.importorskip("pandas")
    frame = factx.to_pandas(FACTS)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(FIELDS)
    assert frame["value_max"].tolist()[2] == 50000
    assert frame.loc[4, "name"] == "陕西省"
    assert list(factx.to_pandas([], fields=["text"]).columns) == ["text"]


def test_to_polars():
    pl = pytest.importorskip("polars")
    frame = factx.to_polars(FACTS)
    assert frame.columns == list(FIELDS)
    assert frame.schema["start"] == pl.Int64
    assert frame.schema["value"] == pl.String
    assert frame.schema["si_value"] == pl.Float64
    assert frame["value"].to_list() == ["2023", "85000", "30000", "-3.9", None]
    assert factx.to_polars([]).shape == (0, len(FIELDS))


def test_public_names():
    for name in ("extract", "extract_file", "to_records", "to_pandas", "to_polars", "Fact", "FIELDS"):
        assert name in factx.__all__
        assert getattr(factx, name)
