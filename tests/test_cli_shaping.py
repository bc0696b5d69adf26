"""Output a user shapes (--fields, --no-header, ndjson, --context, repeated --types), stdin
by default and streamed, and the command's behaviour on closed pipes: exact output and
exit codes. Facts come from the fixed list of ``fakes``."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner
from fakes import FACTS, FixedExtractor, install, subprocess_env

from factx.cli import ExitStatus, cli
from factx.model import FIELDS


@pytest.fixture
def fake(monkeypatch):
    extractor = FixedExtractor()
    install(monkeypatch, extractor)
    return extractor


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("2023年，全省破获案件8.5万余起。\n", encoding="utf-8")

    def invoke(*args, input=None):
        result = CliRunner().invoke(cli, list(args), input=input)
        return result.exit_code, result.stdout_bytes.decode(), result.stderr_bytes.decode()

    return invoke


# --- --fields --------------------------------------------------------------------------------


def test_fields_choose_and_order_csv_columns(run, fake):
    code, out, err = run("extract", "a.txt", "--fields", "value,text,type")
    assert (code, err) == (0, "")
    assert out == (
        "value,text,type\r\n"
        "2023,2023年,date\r\n"
        "85000,8.5万余起,quantity\r\n"
        "30000,3至5万元,money\r\n"
        "-3.9,'-3.9%,percent\r\n"
        ",陕西,place\r\n"
    )


def test_fields_in_jsonl_and_json(run, fake):
    code, out, _ = run("extract", "a.txt", "-f", "jsonl", "--fields", "text, name")
    assert code == 0
    assert out.splitlines()[4] == '{"text": "陕西", "name": "陕西省"}'
    code, out, _ = run("extract", "a.txt", "-f", "json", "--fields", "unit")
    assert json.loads(out) == [{"unit": None}, {"unit": "起"}, {"unit": "CNY"}, {"unit": "%"}, {"unit": None}]


def test_fields_in_tsv_without_header(run, fake):
    code, out, _ = run("extract", "a.txt", "-f", "tsv", "--fields", "start,end", "--no-header")
    assert (code, out) == (0, "0\t5\n13\t19\n25\t31\n40\t45\n50\t52\n")


def test_fields_in_the_table(run, fake):
    code, out, _ = run("extract", "a.txt", "-f", "table", "--fields", "text,adcode")
    assert code == 0
    assert out == (
        "text       adcode\n"
        "─────────  ──────\n"
        "2023年\n"
        "8.5万余起\n"
        "3至5万元\n"
        "-3.9%\n"
        "陕西       610000\n"
        "5 facts: quantity 1, money 1, percent 1, place 1, date 1\n"
    )


def test_unknown_field_is_a_usage_error_listing_the_fields(run, fake):
    code, out, err = run("extract", "a.txt", "--fields", "text,weight")
    assert (code, out) == (ExitStatus.USAGE, "")
    assert err.splitlines()[-1] == (
        f"Error: Invalid value for '--fields': unknown field weight; choose from {','.join(FIELDS)}"
    )


def test_a_field_given_twice_is_a_usage_error(run, fake):
    code, _, err = run("extract", "a.txt", "--fields", "text,text")
    assert code == ExitStatus.USAGE
    assert err.splitlines()[-1] == "Error: Invalid value for '--fields': field text given twice"


def test_no_header_csv(run, fake):
    code, out, _ = run("extract", "a.txt", "--no-header", "--fields", "text")
    assert (code, out) == (0, "2023年\r\n8.5万余起\r\n3至5万元\r\n'-3.9%\r\n陕西\r\n")


def test_ndjson_is_jsonl(run, fake):
    assert run("extract", "a.txt", "-f", "ndjson")[1] == run("extract", "a.txt", "-f", "jsonl")[1]
    code, _, err = run("extract", "a.txt", "-o", "out.ndjson")
    assert (code, err) == (0, "")
    with open("out.ndjson", encoding="utf-8") as f:
        assert len(f.read().splitlines()) == len(FACTS)


# --- --context -------------------------------------------------------------------------------


def test_context_cuts_the_sentence_around_the_fact(run, fake):
    code, out, _ = run("extract", "a.txt", "--fields", "text,sentence", "--context", "2", "-f", "jsonl")
    assert code == 0
    # 2023年，全省破获案件8.5万余起。: two characters each side of the fact, no more
    assert [json.loads(x)["sentence"] for x in out.splitlines()] == [
        "2023年，全", "案件8.5万余起。", '失"3至5万元",', "同比-3.9%", "陕西:推"
    ]


def test_context_zero_leaves_the_sentence_out(run, fake):
    code, out, _ = run("extract", "a.txt", "--fields", "text,sentence", "--context", "0")
    assert (code, out.splitlines()[1]) == (0, "2023年,")
    code, out, _ = run("extract", "a.txt", "-f", "table", "--context", "0")
    assert "sentence" not in out and "全省破获" not in out


def test_negative_context_is_a_usage_error(run, fake):
    assert run("extract", "a.txt", "--context", "-1")[0] == ExitStatus.USAGE


def test_a_long_line_gives_a_bounded_row(run, monkeypatch, tmp_path):
    from dataclasses import replace

    sentence = "数" * 45000 + "共5万元" + "字" * 45000
    install(monkeypatch, FixedExtractor([replace(FACTS[2], text="5万元", sentence=sentence)]))
    code, out, _ = run("extract", "a.txt", "--context", "20", "--no-header", "--fields", "sentence")
    assert (code, out) == (0, "数" * 19 + "共5万元" + "字" * 20 + "\r\n")


# --- --types ---------------------------------------------------------------------------------


def test_types_repeated_and_comma_separated_add_up(run, fake):
    code, out, _ = run("extract", "a.txt", "--types", "money", "--types", "place,date", "--fields", "type")
    assert (code, out) == (0, "type\r\ndate\r\nmoney\r\nplace\r\n")
    assert fake.calls[0][2] == ("money", "place", "date")


def test_unknown_type_among_repeated_ones(run, fake):
    code, _, err = run("extract", "a.txt", "--types", "money", "--types", "weight")
    assert code == ExitStatus.USAGE
    assert "unknown type weight; choose from quantity, money, percent, place, date" in err


# --- stdin -----------------------------------------------------------------------------------


def test_no_path_reads_stdin_when_it_is_not_a_terminal(run, fake):
    code, out, err = run("extract", "--fields", "doc,text", "--no-header", input="全省破获案件。\n")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["-,2023年", "-,8.5万余起", "-,3至5万元", "-,'-3.9%", "-,陕西"]
    assert fake.calls == [("全省破获案件。\n", "-", None)]


@pytest.fixture
def pipe_stdin(monkeypatch):
    """Make the command treat stdin as a pipe (streamed a line at a time)."""
    monkeypatch.setattr("factx.inputs.stdin_is_stream", lambda: True)


def test_a_pipe_is_extracted_a_line_at_a_time(run, fake, pipe_stdin):
    code, out, _ = run("extract", "-f", "jsonl", "--fields", "text", input="第一行\n\n第三行 no newline")
    assert code == 0
    assert [c[0] for c in fake.calls] == ["第一行\n", "\n", "第三行 no newline"]
    assert len(out.splitlines()) == 3 * len(FACTS)


def test_streamed_offsets_count_from_the_start(run, monkeypatch, pipe_stdin):
    from fakes import PatternExtractor

    install(monkeypatch, PatternExtractor())
    code, out, _ = run("extract", "-f", "csv", "--fields", "text,start,end", "--no-header", input="共3个\n又5元\n")
    assert (code, out) == (0, "3个,1,3\r\n5元,5,7\r\n")


def test_streamed_gb18030_and_a_bad_later_line(run, fake, pipe_stdin):
    data = b"ascii first\n" + "第二行\n".encode("gb18030") + b"\xff\xfe\n"
    code, _, err = run("extract", "-q", input=data)
    assert code == ExitStatus.ERROR
    assert [c[0] for c in fake.calls] == ["ascii first\n", "第二行\n"]
    assert err == "factx: error: line 3 is not GB18030 text (-)\n"


def test_streamed_big5_is_refused(run, fake, pipe_stdin):
    line = "台北市政府今年預算為一千二百億元，較去年增加百分之五，市長表示將用於交通建設。\n"
    code, _, err = run("extract", input=line.encode("big5"))
    assert code == ExitStatus.ERROR
    assert err == (
        "factx: error: line 1 looks like Big5 (traditional Chinese), not GB18030; use --encoding big5 (-)\n"
    )
    code, _, err = run("extract", "--encoding", "big5", input=line.encode("big5"))
    assert (code, fake.calls[-1][0]) == (0, line)


@pytest.mark.slow  # subprocess
def test_a_real_pipe_gets_rows_before_it_is_closed(tmp_path):
    """``tail -f feed | factx extract``: a row comes out while the pipe is still open."""
    env = subprocess_env(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "factx", "extract", "-f", "jsonl", "--fields", "text,start"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path,
    )
    try:
        proc.stdin.write("共3个\n".encode())
        proc.stdin.flush()
        first = proc.stdout.readline()  # would block until EOF without streaming
        assert first == b'{"text": "3\xe4\xb8\xaa", "start": 1}\n'
        proc.stdin.write("再5元\n".encode())
        proc.stdin.close()
        assert proc.stdout.read() == '{"text": "5元", "start": 5}\n'.encode()
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
        proc.wait()


# --- closed pipes, closed stdout, order of messages --------------------------------------------


def _many_lines(tmp_path, n=3000):
    (tmp_path / "big.txt").write_text("".join(f"第{i}行共{i}个。\n" for i in range(n)), encoding="utf-8")


@pytest.mark.parametrize(
    "args", [["extract", "-f", "table"], ["extract", "-f", "csv"], ["summary"], ["summary", "-f", "json"]]
)
@pytest.mark.slow  # subprocesses
def test_head_closing_the_pipe_exits_0_quietly(tmp_path, args):
    _many_lines(tmp_path)
    env = subprocess_env(tmp_path)
    script = f"{sys.executable} -m factx {' '.join(args)} big.txt | head -n 2 > /dev/null; echo ${{PIPESTATUS[0]}}"
    done = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert (done.stdout, done.stderr) == ("0\n", "")


@pytest.mark.slow  # subprocess
def test_closed_stdout_is_one_line(tmp_path):
    _many_lines(tmp_path, 3)
    env = subprocess_env(tmp_path)
    for args in (["extract", "-f", "table"], ["summary"]):
        done = subprocess.run(
            ["bash", "-c", f"{sys.executable} -m factx {' '.join(args)} big.txt >&-"],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
        )
        assert (done.returncode, done.stderr) == (1, "factx: error: cannot write: standard output is closed\n")


@pytest.mark.slow  # subprocess
def test_closing_count_comes_after_the_table(tmp_path):
    _many_lines(tmp_path, 3)
    (tmp_path / "b.txt").write_text("共5元\n", encoding="utf-8")
    env = subprocess_env(tmp_path)
    for args, last_out in ((["extract", "-f", "table"], "4 facts: quantity 3, money 1"), (["summary"], None)):
        done = subprocess.run(
            [sys.executable, "-m", "factx", *args, "big.txt", "b.txt", "-j", "1"],
            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60,
        )
        lines = done.stdout.splitlines()
        assert lines[-1] == "factx: 2 files read, 0 skipped, 4 facts"
        if last_out:
            assert lines[-2] == last_out


@pytest.mark.slow  # subprocess
def test_stream_timing_is_not_asserted_but_output_is_flushed_per_line(tmp_path):
    """The same check as above through a slow writer: the first row is out within the
    time the second line is held back."""
    env = subprocess_env(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "factx", "extract", "--fields", "text", "--no-header"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, cwd=tmp_path,
    )
    try:
        proc.stdin.write("共7个\n".encode())
        proc.stdin.flush()
        start = time.monotonic()
        assert proc.stdout.readline() == "7个\r\n".encode()
        assert time.monotonic() - start < 60
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
        proc.wait()


def test_summary_json_keeps_chinese(run, fake):
    code, out, _ = run("summary", "a.txt", "-f", "json")
    assert code == 0
    assert '"place": "陕西省"' in out and "\\u" not in out
