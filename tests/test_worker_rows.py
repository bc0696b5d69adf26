"""Worker processes write the rows of their facts (CSV, TSV, JSONL) and the parent only
writes the text: the output is the same byte for byte as the parent writing every fact."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import factx
from factx import batch
from factx.cli import cli
from factx.reading import discover
from factx.writers import RowFormat, writer_class

TEXT = "今年一季度，全省粮食产量达到1.2万吨，同比增长5%，北京市投资30亿元。\n"


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl"])
def test_render_is_what_the_writer_writes(fmt):
    facts = factx.extract(TEXT, doc="a.txt")
    assert len(facts) >= 4
    out = io.StringIO()
    writer = writer_class(fmt)(out, show_doc=True, context=4)
    for fact in facts:
        writer.write(fact)
    assert RowFormat(fmt, show_doc=True, context=4).render(facts) == out.getvalue()


def test_work_hands_back_rows_when_asked(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    [source], problems = discover([str(tmp_path / "a.txt")], ("*.txt",))
    assert not problems
    rows, chars, problem = batch._work(source, batch.Options(rows=RowFormat("jsonl")))
    assert problem is None and chars == len(TEXT)
    assert isinstance(rows, batch.Rows)
    lines = rows.text.splitlines()
    assert rows.total == len(lines) >= 4
    assert [json.loads(line)["text"] for line in lines] == ["1.2万吨", "5%", "北京市", "30亿元"]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_two_jobs_write_what_one_job_writes(tmp_path: Path, fmt):
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text(TEXT.replace("1.2", f"{i + 1}.2"), encoding="utf-8")
    runner = CliRunner()
    one = runner.invoke(cli, ["extract", str(tmp_path), "-j", "1", "-f", fmt, "-q"])
    two = runner.invoke(cli, ["extract", str(tmp_path), "-j", "2", "-f", fmt, "-q"])
    assert one.exit_code == two.exit_code == 0
    assert one.output == two.output
    assert "6.2" in two.output
