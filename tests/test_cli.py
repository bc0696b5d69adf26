"""The ``factx`` command, in process: exact output, messages and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import NamedTuple

import pytest
from click.testing import CliRunner
from fakes import CSV, FACTS, HEADER, JSONL_ROWS, FixedExtractor, install

from factx import __version__
from factx.cli import ExitStatus, cli
from factx.writers import WRITERS


@pytest.fixture
def fake(monkeypatch):
    extractor = FixedExtractor()
    install(monkeypatch, extractor)
    return extractor


class Outcome(NamedTuple):
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def run(tmp_path, monkeypatch):
    """``run(*args, input=None)``: invoke factx in tmp_path; output as written (CRLF kept)."""
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str, input: str | bytes | None = None) -> Outcome:
        result = CliRunner().invoke(cli, list(args), input=input)
        return Outcome(
            result.exit_code, result.stdout_bytes.decode(), result.stderr_bytes.decode()
        )

    return invoke


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("2023年，全省破获案件8.5万余起。\n", encoding="utf-8")
    return path


def as_doc(text: str, doc: str) -> str:
    return text.replace("\r\n-,", f"\r\n{doc},").replace('"doc": "-"', f'"doc": "{doc}"')


def test_version(run):
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"factx {__version__}\n")


def test_python_m_factx_version():
    out = subprocess.run(
        [sys.executable, "-m", "factx", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout == f"factx {__version__}\n"


@pytest.mark.parametrize("command", [[], ["extract"], ["summary"]])
def test_every_command_has_help(run, command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: ")


def test_piped_output_defaults_to_csv(run, fake, article):
    result = run("extract", "a.txt")
    assert result.exit_code == 0
    assert result.stdout == as_doc(CSV, "a.txt")
    assert result.stderr == ""  # one file: nothing on stderr
    assert fake.calls == [("2023年，全省破获案件8.5万余起。\n", "a.txt", None)]


def test_stdin_is_doc_dash(run, fake):
    result = run("extract", "-", "--format", "jsonl", input="全省破获案件。\n".encode())
    assert result.exit_code == 0
    assert result.stdout == "\n".join(JSONL_ROWS) + "\n"
    assert fake.calls[0][:2] == ("全省破获案件。\n", "-")


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("csv", as_doc(CSV, "a.txt")),
        ("jsonl", as_doc("\n".join(JSONL_ROWS) + "\n", "a.txt")),
        ("json", as_doc("[\n" + ",\n".join(JSONL_ROWS) + "\n]\n", "a.txt")),
    ],
)
def test_formats(run, fake, article, fmt, expected):
    result = run("extract", "a.txt", "--format", fmt)
    assert (result.exit_code, result.stdout) == (0, expected)


def test_tsv_format(run, fake, article):
    lines = run("extract", "a.txt", "-f", "tsv").stdout.split("\n")
    assert lines[0] == HEADER.replace(",", "\t")
    assert lines[1].split("\t")[:6] == ["a.txt", "date", "2023年", "0", "5", "2023"]
    assert len(lines) == len(FACTS) + 2


def test_table_format(run, fake, article):
    result = run("extract", "a.txt", "-f", "table")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == (
        "5 facts: quantity 1, money 1, percent 1, place 1, date 1"
    )
    assert "8.5万余起" in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: no colour codes


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("out.csv", lambda text: text == as_doc(CSV, "a.txt")),
        ("out.tsv", lambda text: text.startswith("doc\ttype\t")),
        ("out.jsonl", lambda text: len(text.splitlines()) == len(FACTS)),
        ("out.json", lambda text: len(json.loads(text)) == len(FACTS)),
    ],
)
def test_output_file_format_from_extension(run, fake, article, tmp_path, name, check):
    result = run("extract", "a.txt", "-o", name)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    text = (tmp_path / name).read_bytes().decode("utf-8")
    assert check(text)
    assert sorted(os.listdir(tmp_path)) == sorted(["a.txt", name])  # no temp file left


def test_output_file_gets_normal_permissions(run, fake, article, tmp_path):
    run("extract", "a.txt", "-o", "out.csv")
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "out.csv").stat().st_mode & 0o777 == 0o666 & ~umask


def test_format_option_beats_extension(run, fake, article, tmp_path):
    assert run("extract", "a.txt", "-o", "out.txt", "-f", "jsonl").exit_code == 0
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").startswith('{"doc": "a.txt"')


def test_output_with_unknown_extension_is_a_usage_error(run, fake, article):
    result = run("extract", "a.txt", "-o", "out.txt")
    assert result.exit_code == ExitStatus.USAGE
    assert "cannot tell the format from the name 'out.txt'; use --format" in result.stderr


def test_types_are_passed_to_the_library(run, fake, article):
    result = run("extract", "a.txt", "--types", "percent, money", "-f", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(line)["type"] for line in result.stdout.splitlines()] == [
        "money", "percent"
    ]
    assert fake.calls[0][2] == ("money", "percent")


def test_unknown_type_is_a_usage_error(run, fake, article):
    result = run("extract", "a.txt", "--types", "money,weight")
    assert result.exit_code == ExitStatus.USAGE
    assert "unknown type weight; choose from quantity, money, percent, place, date" in (
        result.stderr
    )


def test_tokenizer_is_passed_to_the_library(run, monkeypatch, article):
    chosen = []

    def get_extractor(tokenizer=None):
        chosen.append(tokenizer)
        return FixedExtractor([])

    monkeypatch.setattr("factx.extractor.get_extractor", get_extractor)
    assert run("extract", "a.txt", "--tokenizer", "jieba").exit_code == 0
    assert chosen == ["jieba"]
    assert run("extract", "a.txt", "--tokenizer", "pkuseg").exit_code == ExitStatus.USAGE


def test_safe_csv_and_raw(run, fake, article):
    safe = run("extract", "a.txt").stdout.split("\r\n")[4]
    raw = run("extract", "a.txt", "--raw").stdout.split("\r\n")[4]
    assert safe == "a.txt,percent,'-3.9%,40,45,-3.9,,%,,'=同比-3.9%,,,,,,,,,,,,,,,,"
    assert raw == "a.txt,percent,-3.9%,40,45,-3.9,,%,,=同比-3.9%,,,,,,,,,,,,,,,,"


def test_safe_tsv(run, fake, article):
    row = run("extract", "a.txt", "-f", "tsv").stdout.split("\n")[4]
    assert row.split("\t")[9] == "'=同比-3.9%"


# --- errors ----------------------------------------------------------------------------------


def test_missing_path(run, fake):
    result = run("extract", "gone.txt")
    assert (result.exit_code, result.stdout) == (ExitStatus.ERROR, "")
    assert result.stderr == "factx: error: no such file or directory (gone.txt)\n"


def test_nothing_found_at_all(run, fake):
    result = run("extract", "a.txt", "b.txt")
    assert (result.exit_code, result.stdout) == (ExitStatus.ERROR, "")
    assert result.stderr == (
        "factx: error: no such file or directory (a.txt)\n"
        "factx: error: no such file or directory (b.txt)\n"
        "factx: 0 files read, 2 skipped, 0 facts\n"
    )


def test_no_path_on_a_terminal_is_a_usage_error(run, monkeypatch):
    monkeypatch.setattr("factx.cli_options.stdin_is_terminal", lambda: True)
    result = run("extract")
    assert result.exit_code == ExitStatus.USAGE
    assert result.stderr.endswith(
        "Error: no input: name a PATH, or pipe text into factx (- reads stdin)\n"
    )


def test_folder_without_matching_files(run, fake, tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.md").write_text("x")
    result = run("extract", "d")
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr == "factx: error: no files match *.txt (d)\n"


def test_undecodable_file(run, fake, tmp_path):
    (tmp_path / "bad.txt").write_bytes("正文".encode() + b"\xff\xfe\xfd")
    result = run("extract", "bad.txt")
    assert (result.exit_code, result.stdout) == (ExitStatus.ERROR, HEADER + "\r\n")
    assert result.stderr == (
        "factx: error: not UTF-8 or GB18030 text; try --encoding gb18030 (bad.txt)\n"
    )
    forced = run("extract", "bad.txt", "--encoding", "gb18030")
    assert forced.exit_code == 0


def test_unknown_encoding_is_a_usage_error(run, fake, article):
    result = run("extract", "a.txt", "--encoding", "klingon")
    assert result.exit_code == ExitStatus.USAGE
    assert "unknown encoding 'klingon'" in result.stderr


def test_binary_file(run, fake, tmp_path):
    (tmp_path / "x.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run("extract", "x.txt")
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr == "factx: error: binary file (NUL bytes) (x.txt)\n"


def test_empty_file(run, fake, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", "empty.txt")
    assert (result.exit_code, result.stdout, result.stderr) == (0, HEADER + "\r\n", "")
    assert fake.calls == []


def test_permission_denied(run, fake, article, monkeypatch):
    real_open = os.open

    def deny(path, *args, **kwargs):
        if os.fspath(path) == "a.txt":
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    result = run("extract", "a.txt")
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr == "factx: error: cannot read: permission denied (a.txt)\n"


def test_fifo_is_skipped_not_waited_on(run, fake, article, tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    result = run("extract", "pipe.txt", "a.txt")
    assert result.exit_code == ExitStatus.SKIPPED
    assert result.stderr == (
        "factx: error: not a regular file (FIFO, device or socket) (pipe.txt)\n"
        "factx: 1 file read, 1 skipped, 5 facts\n"
    )


def test_some_inputs_skipped(run, fake, article, tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    result = run("extract", ".", "-f", "jsonl")
    assert result.exit_code == ExitStatus.SKIPPED
    assert len(result.stdout.splitlines()) == len(FACTS)
    assert result.stderr == (
        "factx: error: binary file (NUL bytes) (./b.txt)\n"
        "factx: 1 file read, 1 skipped, 5 facts\n"
    )


def test_closing_count_for_many_files(run, fake, article, tmp_path):
    (tmp_path / "b.txt").write_text("x")
    result = run("extract", "a.txt", "b.txt", "-j", "1")
    assert result.exit_code == 0
    assert result.stderr == "factx: 2 files read, 0 skipped, 10 facts\n"
    assert run("extract", "a.txt", "b.txt", "-q").stderr == ""


@pytest.mark.skipif(sys.platform != "linux", reason="needs a filesystem of raw bytes")
def test_file_name_not_utf8(run, fake, tmp_path):
    name = os.fsdecode(b"bad\xff.txt")
    (tmp_path / name).write_bytes(b"\xff\xff")
    (tmp_path / "ok.txt").write_text("x")
    result = run("extract", ".", "-f", "jsonl", "-j", "1")
    assert result.exit_code == ExitStatus.SKIPPED
    assert "factx: error: not UTF-8 or GB18030 text; try --encoding gb18030 (./bad\\xff.txt)" in (
        result.stderr
    )
    (tmp_path / name).write_text("x")
    result = run("extract", ".", "-f", "jsonl")
    assert json.loads(result.stdout.splitlines()[0])["doc"] == "./bad\\xff.txt"


def test_output_in_a_missing_folder(run, fake, article):
    result = run("extract", "a.txt", "-o", "nowhere/out.csv")
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr == "factx: error: cannot write: no such folder (nowhere/out.csv)\n"


def test_output_is_a_folder(run, fake, article, tmp_path):
    (tmp_path / "d.csv").mkdir()
    result = run("extract", "a.txt", "-o", "d.csv")
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr == "factx: error: cannot write: is a folder (d.csv)\n"


@pytest.mark.parametrize("output", ["a.txt", "./a.txt", "link.txt"])
def test_output_equal_to_an_input_is_refused(run, fake, article, tmp_path, output):
    os.symlink("a.txt", tmp_path / "link.txt")
    before = article.read_bytes()
    result = run("extract", "a.txt", "-o", output, "-f", "csv")
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr == (
        f"factx: error: output is also an input; refusing to overwrite it ({output})\n"
    )
    assert article.read_bytes() == before


def test_output_inside_an_input_folder_is_refused_when_it_would_be_read(run, fake, tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("x")
    (tmp_path / "news" / "facts.txt").write_text("old")
    result = run("extract", "news", "-o", "news/facts.txt", "-f", "csv")
    assert result.exit_code == ExitStatus.ERROR
    assert (tmp_path / "news" / "facts.txt").read_text() == "old"


def test_nothing_readable_leaves_no_output_file(run, fake, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00")
    (tmp_path / "bad2.txt").write_bytes(b"\x00")
    result = run("extract", ".", "-o", "out.csv")
    assert result.exit_code == ExitStatus.ERROR
    assert sorted(os.listdir(tmp_path)) == ["bad.txt", "bad2.txt"]


def test_an_extractor_bug_skips_the_document(run, monkeypatch, article, tmp_path):
    class Broken:
        def extract(self, text, doc="-", types=None):
            if doc == "a.txt":
                raise ValueError("boom")
            return []

    monkeypatch.setattr("factx.extractor.get_extractor", lambda tokenizer=None: Broken())
    (tmp_path / "b.txt").write_text("x")
    result = run("extract", "a.txt", "b.txt")
    assert result.exit_code == ExitStatus.SKIPPED
    assert result.stderr.splitlines()[0] == (
        "factx: error: extraction failed: ValueError: boom (a.txt)"
    )


def test_interrupted_run_leaves_no_output(run, fake, article, tmp_path, monkeypatch):
    writer = WRITERS["csv"]
    calls = []

    def write(self, fact):
        calls.append(fact)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return original(self, fact)

    original = writer.write
    monkeypatch.setattr(writer, "write", write)
    result = run("extract", "a.txt", "-o", "out.csv")
    assert result.exit_code == ExitStatus.INTERRUPTED
    assert result.stderr == "factx: interrupted\n"
    assert os.listdir(tmp_path) == ["a.txt"]


def test_write_error_is_one_line(run, fake, article, monkeypatch):
    def full(self, fact):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(WRITERS["jsonl"], "write", full)
    result = run("extract", "a.txt", "-o", "out.jsonl")
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr == "factx: error: no space left on device\n"


# --- summary ---------------------------------------------------------------------------------


def test_summary_json(run, fake, article, tmp_path):
    (tmp_path / "b.txt").write_text("x")
    result = run("summary", ".", "-f", "json", "-q")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["types"][0] == {"type": "quantity", "count": 2}
    assert data["places"] == [{"place": "陕西省", "count": 2, "adcode": "610000"}]
    assert data["units"][0] == {"unit": "起", "count": 2, "sum": 170000, "min": 85000,
                                "max": 85000}
    assert {"unit": "CNY", "count": 2, "sum": 60000, "min": 30000, "max": 50000} in data["units"]
    assert data["docs"] == [
        {"doc": "./a.txt", "quantity": 1, "money": 1, "percent": 1, "place": 1, "date": 1,
         "facts": 5},
        {"doc": "./b.txt", "quantity": 1, "money": 1, "percent": 1, "place": 1, "date": 1,
         "facts": 5},
    ]


def test_summary_groups_places_by_code_not_by_name(run, tmp_path):
    # the real library: two districts named 鼓楼区 (Nanjing 320106, Fuzhou 350102; codes
    # looked up by hand in divisions.csv) stay two rows, the name told apart by its code
    (tmp_path / "nj.txt").write_text("南京市鼓楼区今年新增绿地12公顷，鼓楼区居民出行更方便。\n", encoding="utf-8")
    (tmp_path / "fz.txt").write_text("福州市鼓楼区发布消息，今年接待游客3万人次。\n", encoding="utf-8")
    result = run("summary", "nj.txt", "fz.txt", "-f", "json", "-q")
    assert result.exit_code == 0
    places = {(row["place"], row["adcode"]): row["count"] for row in json.loads(result.stdout)["places"]}
    assert places == {("南京市", "320100"): 1, ("鼓楼区 [320106]", "320106"): 2,
                      ("福州市", "350100"): 1, ("鼓楼区 [350102]", "350102"): 1}
    table = run("summary", "nj.txt", "fz.txt", "-q")
    assert "鼓楼区 [320106]" in table.stdout and "鼓楼区 [350102]" in table.stdout
    csv_out = run("summary", "nj.txt", "fz.txt", "-f", "csv", "-q").stdout
    assert "places,鼓楼区 [320106],2,,,,,,,,,,,,\r\n" in csv_out


def test_summary_csv(run, fake, article):
    result = run("summary", "a.txt", "-f", "csv")
    assert result.exit_code == 0
    assert result.stdout.split("\r\n")[:3] == [
        "table,key,count,sum,min,max,quantity,money,percent,place,date,si_unit,unit,rises,falls",
        "types,quantity,1,,,,,,,,,,,,",
        "types,money,1,,,,,,,,,,,,",
    ]
    assert "places,陕西省,1,,,,,,,,,,,,\r\n" in result.stdout
    assert "units,CNY,1,30000,30000,50000,,,,,,,,,\r\n" in result.stdout
    assert result.stdout.endswith("docs,a.txt,5,,,,1,1,1,1,1,,,,\r\n")


def test_summary_table(run, fake, article):
    result = run("summary", "a.txt")
    assert result.exit_code == 0
    for title in ("Facts per type", "Most mentioned places", "Most common units", "Documents"):
        assert title in result.stdout
    assert "30,000 – 50,000" in result.stdout


def test_summary_of_nothing_readable(run, fake, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00")
    result = run("summary", "bad.txt")
    assert (result.exit_code, result.stdout) == (ExitStatus.ERROR, "")


def test_summary_subjects(run, monkeypatch, article):
    from dataclasses import replace

    base = FACTS[1]  # 8.5万余起
    facts = [
        replace(base, subject="刑事案件", subject_start=9, subject_end=13),
        replace(base, start=30, end=36, value=1000, subject="刑事案件", subject_start=20, subject_end=24),
        replace(FACTS[3], value=10.5, subject="刑事案件", subject_start=9, subject_end=13, change="up",
                basis="yoy"),
        replace(FACTS[3], value=3.0, subject="刑事案件", subject_start=9, subject_end=13, change="down"),
    ]
    install(monkeypatch, FixedExtractor(facts))
    csv_out = run("summary", "a.txt", "-f", "csv").stdout
    # two levels of 起 add up; the two changes in % are counted as one rise and one fall
    assert "subjects,刑事案件,2,86000,,,,,,,,,起,0,0\r\n" in csv_out
    assert "subjects,刑事案件,2,,,,,,,,,,%,1,1\r\n" in csv_out
    table = run("summary", "a.txt").stdout
    assert "Most counted subjects" in table and "86,000" in table


# --- --traceback and FACTX_DEBUG: an internal error can be diagnosed ---------------------


def _broken_run(monkeypatch):
    def boom(*args, **kwargs):
        raise ZeroDivisionError("deep inside")

    monkeypatch.setattr("factx.cli_cluster.run", boom)


def test_an_internal_error_is_one_line_without_traceback(run, monkeypatch, article):
    monkeypatch.delenv("FACTX_DEBUG", raising=False)
    _broken_run(monkeypatch)
    result = run("extract", "a.txt")
    assert result.exit_code == ExitStatus.ERROR
    assert result.stderr == "factx: error: internal error: ZeroDivisionError: deep inside\n"


@pytest.mark.parametrize("how", ["option", "env"])
def test_traceback_option_and_env_show_the_traceback(run, monkeypatch, article, how):
    monkeypatch.delenv("FACTX_DEBUG", raising=False)
    _broken_run(monkeypatch)
    if how == "env":
        monkeypatch.setenv("FACTX_DEBUG", "1")
        result = run("extract", "a.txt")
    else:
        result = run("--traceback", "extract", "a.txt")
    assert result.exit_code == ExitStatus.ERROR
    lines = result.stderr.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert any("in boom" in line for line in lines)  # the frame where it was raised
    assert lines[-2] == "ZeroDivisionError: deep inside"
    assert lines[-1] == "factx: error: internal error: ZeroDivisionError: deep inside"


def test_factx_debug_0_is_off(run, monkeypatch, article):
    _broken_run(monkeypatch)
    monkeypatch.setenv("FACTX_DEBUG", "0")
    assert "Traceback" not in run("extract", "a.txt").stderr


def test_traceback_shows_why_an_extraction_failed(run, monkeypatch, article, tmp_path):
    class Broken:
        def extract(self, text, doc="-", types=None):
            raise ValueError("boom")

    monkeypatch.delenv("FACTX_DEBUG", raising=False)
    monkeypatch.setattr("factx.extractor.get_extractor", lambda tokenizer=None: Broken())
    result = run("--traceback", "extract", "a.txt")
    assert result.exit_code == ExitStatus.ERROR
    lines = result.stderr.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert "ValueError: boom" in lines
    assert lines[-1] == "factx: error: extraction failed: ValueError: boom (a.txt)"
