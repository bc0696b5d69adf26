"""Issue 13 at the command line: each test reproduces one attack, in a scratch folder.

Output targets (item 1), bad encodings (3), signals (4), terminal and spreadsheet injection
(5), unreadable, over-long, changing, truncated and UTF-32 inputs and endless stdin (6);
and issue 9's whole documents. Device tests use a device node made in tmp_path (root only),
never one under /dev. The signal tests run the real command in a subprocess.
"""

from __future__ import annotations

import codecs
import glob
import io
import json
import os
import random
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from fakes import PatternExtractor, install

import factx
from factx import reading
from factx.cli import ExitStatus, cli
from factx.reading import InputError, discover, iter_text

ROOT = os.geteuid() == 0
ARTICLE = "2023年，全省破获案件8.5万余起。\n"


@pytest.fixture
def run(tmp_path, monkeypatch):
    """``run(*args, input=None)`` in tmp_path, in process: (exit code, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str, input: str | bytes | None = None):
        result = CliRunner().invoke(cli, list(args), input=input)
        return result.exit_code, result.stdout_bytes.decode(), result.stderr_bytes.decode()

    return invoke


@pytest.fixture
def fake(monkeypatch):
    install(monkeypatch, PatternExtractor())


@pytest.fixture
def article(tmp_path):
    (tmp_path / "a.txt").write_text("收入3元，增长5%。\n", encoding="utf-8")
    return tmp_path / "a.txt"


def _only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- item 1: -o never replaces anything but a regular file --------------------------------


def test_o_through_a_symlink_writes_its_target(run, fake, article, tmp_path):
    (tmp_path / "real.csv").write_text("old\n")
    (tmp_path / "link.csv").symlink_to("real.csv")
    code, _, err = run("extract", "a.txt", "-o", "link.csv")
    assert code == 0, err
    assert (tmp_path / "link.csv").is_symlink()
    assert (tmp_path / "real.csv").read_text().startswith("doc,type")
    assert not list(tmp_path.glob(".*.tmp"))


def test_o_through_a_dangling_symlink_creates_its_target(run, fake, article, tmp_path):
    (tmp_path / "link.jsonl").symlink_to("made.jsonl")
    assert run("extract", "a.txt", "-o", "link.jsonl")[0] == 0
    assert (tmp_path / "link.jsonl").is_symlink()
    assert json.loads((tmp_path / "made.jsonl").read_text().splitlines()[0])["text"] == "3元"


def test_o_to_a_fifo_writes_into_it(run, fake, article, tmp_path):
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    code, _, err = run("extract", "a.txt", "-o", "out.csv")
    reader.join(10)
    assert code == 0, err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still a FIFO, not replaced by a file
    assert got and got[0].startswith(b"doc,type") and b"3\xe5\x85\x83" in got[0]
    assert _only(tmp_path) == ["a.txt", "out.csv"]


@pytest.mark.slow  # subprocess
def test_o_through_a_symlink_to_the_stdout_pipe(tmp_path):
    # like -o /dev/stdout with stdout a pipe, but through a link of our own in tmp_path
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "out.csv").symlink_to("/proc/self/fd/1")
    proc = subprocess.run(
        [sys.executable, "-m", "factx", "extract", "a.txt", "-o", "out.csv"],
        cwd=tmp_path, env=_env(), capture_output=True, timeout=60,
    )
    assert (proc.returncode, proc.stderr) == (0, b"")
    assert proc.stdout.startswith(b"doc,type") and "8.5万余起".encode() in proc.stdout
    assert os.readlink(tmp_path / "out.csv") == "/proc/self/fd/1"
    assert _only(tmp_path) == ["a.txt", "out.csv"]


def test_o_to_a_socket_is_an_error_and_leaves_it(run, fake, article, tmp_path):
    path = tmp_path / "s.csv"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        code, _, err = run("extract", "a.txt", "-o", "s.csv")
    finally:
        server.close()
    assert code == ExitStatus.ERROR
    assert err.startswith("factx: error: cannot write: ") and err.count("\n") == 1
    assert stat.S_ISSOCK(path.lstat().st_mode)
    assert _only(tmp_path) == ["a.txt", "s.csv"]


@pytest.mark.skipif(not ROOT, reason="mknod needs root")
def test_o_to_a_null_device_writes_to_it_and_keeps_it(run, fake, article, tmp_path):
    os.mknod(tmp_path / "null.csv", stat.S_IFCHR | 0o666, os.makedev(1, 3))  # like /dev/null
    code, out, err = run("extract", "a.txt", "-o", "null.csv")
    assert (code, out, err) == (0, "", "")
    assert stat.S_ISCHR((tmp_path / "null.csv").lstat().st_mode)
    assert _only(tmp_path) == ["a.txt", "null.csv"]


@pytest.mark.skipif(not ROOT, reason="mknod needs root")
def test_o_to_a_full_device_reports_the_full_disk(run, fake, article, tmp_path):
    os.mknod(tmp_path / "full.csv", stat.S_IFCHR | 0o666, os.makedev(1, 7))  # like /dev/full
    code, _, err = run("extract", "a.txt", "-o", "full.csv")
    assert code == ExitStatus.ERROR
    assert err == "factx: error: no space left on device\n"
    assert stat.S_ISCHR((tmp_path / "full.csv").lstat().st_mode)


def test_o_to_a_device_never_renames(monkeypatch, run, fake, article, tmp_path):
    # Without root: a character device at -o (as stat reports it) is opened, never replaced.
    target = tmp_path / "dev.csv"
    target.write_text("")
    real_stat = os.stat

    def fake_stat(path, *args, **kwargs):
        st = real_stat(path, *args, **kwargs)
        if os.path.abspath(path) == str(target):
            fields = list(st)
            fields[0] = stat.S_IFCHR | 0o666
            return os.stat_result(fields)
        return st

    monkeypatch.setattr(os, "stat", fake_stat)
    monkeypatch.setattr(os, "replace", lambda *a: pytest.fail("renamed over a device"))
    assert run("extract", "a.txt", "-o", "dev.csv")[0] == 0
    assert target.read_text().startswith("doc,type")


# --- item 3: bad encodings are usage errors; forced UTF-16 without BOM ---------------------


@pytest.mark.parametrize("name", ["rot13", "hex", "base64", "zlib", "idna"])
def test_a_codec_that_is_not_a_text_encoding_is_a_usage_error(run, fake, article, name):
    code, _, err = run("extract", "a.txt", "--encoding", name)
    assert code == ExitStatus.USAGE
    assert f"'{name}' is not a text encoding that factx can use" in err


@pytest.mark.parametrize("name", ["punycode", "unicode_escape", "raw_unicode_escape", "utf-7", "cp037"])
def test_odd_text_encodings_never_break_the_run(run, fake, tmp_path, name):
    (tmp_path / "w.txt").write_bytes(b"abc..def\\x \\u12 \xff\xfe+ZeVnLIqe-\n" + b"a" * 300 + b"\n")
    code, _, err = run("extract", "w.txt", "--encoding", name, "-f", "jsonl")
    assert code in (ExitStatus.OK, ExitStatus.ERROR, ExitStatus.USAGE) and "internal error" not in err, err


def test_forced_utf16_without_bom_on_a_big_file(run, fake, tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "WHOLE_SIZE", 1 << 12)  # take the streaming path
    text = "收入3元，增长5%。\n" * 2000
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16-le"))
    code, out, err = run("extract", "u16.txt", "--encoding", "utf-16", "-f", "jsonl")
    assert (code, err) == (0, "")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 4000 and all(text[r["start"] : r["end"]] == r["text"] for r in rows)


# --- item 5: terminals and spreadsheets -----------------------------------------------------


def test_markup_in_a_file_name_is_shown_as_is(run, fake, tmp_path):
    names = ["a[/]b.txt", "[link=mailto:x@y.z]x.txt", "[bold red]c.txt"]
    for name in names:  # a[/]b.txt is b.txt in the folder "a["
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("收入3元\n", encoding="utf-8")
    code, out, err = run("extract", *names, "-f", "table")
    assert code == 0, err
    assert "\x1b]8" not in out  # no hyperlink
    cells = out.replace("\n", "").replace("│", "").replace(" ", "")
    for name in names:  # markup would have eaten the [...] parts
        assert name.replace(" ", "") in cells
    code, out, err = run("summary", *names)
    assert code == 0, err
    cells = out.replace("\n", "").replace("│", "").replace(" ", "")
    assert all(name.replace(" ", "") in cells for name in names)


def test_escape_sequences_in_text_do_not_reach_the_terminal(run, fake, tmp_path):
    (tmp_path / "e\x1b[2J.txt").write_text("\x1b]52;c;ZXZpbA==\x07收入3元\x1b[2J\n", encoding="utf-8")
    code, out, err = run("extract", "e\x1b[2J.txt", "-f", "table")
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b]52;c;ZXZpbA==\\x07" in out.replace("\n", "").replace("│", "") or "\\x1b" in out


def test_a_newline_in_a_file_name_cannot_forge_a_message(run, fake, tmp_path):
    name = "x.txt\nfactx: all good"
    (tmp_path / name).write_bytes(b"\xff\xfe\xfd binary\x00")
    code, _, err = run("extract", name)
    assert code == ExitStatus.ERROR
    assert err.count("\n") == 1 and err.startswith("factx: error: ")
    assert "x.txt\\nfactx: all good" in err


@pytest.mark.parametrize("args", [["--\x1b[2J"], ["\x1b]52;c;eA==\x07"], ["extract", "--\x1b[2J", "a.txt"]])
def test_usage_errors_do_not_echo_escapes(run, args):
    code, _, err = run(*args)
    assert code == ExitStatus.USAGE
    assert "\x1b" not in err and "\x07" not in err and "\\x1b" in err


def test_a_bare_cr_in_a_tsv_cell_is_quoted_and_the_formula_guarded(run, monkeypatch, tmp_path):
    install(monkeypatch, PatternExtractor())
    (tmp_path / "a.txt").write_text("收入3元\r=HYPERLINK(1)\u2028x\n", encoding="utf-8")
    code, out, _ = run("extract", "a.txt", "-f", "tsv")
    assert code == 0
    lines = out.split("\n")
    assert len(lines) == 3 and lines[2] == ""  # header, one row, the final line end
    assert '"收入3元\r=HYPERLINK(1)\u2028x"' in lines[1]  # one quoted cell, no new row


def test_summary_csv_guards_formulas(run, monkeypatch, tmp_path):
    install(monkeypatch, PatternExtractor())
    (tmp_path / "=cmd.txt").write_text("收入3元\n", encoding="utf-8")
    (tmp_path / "+b.txt").write_text("收入4元\n", encoding="utf-8")
    code, out, _ = run("summary", "=cmd.txt", "+b.txt", "-f", "csv")
    assert code == 0
    keys = [line.split(",")[1] for line in out.splitlines() if line.startswith("docs,")]
    assert keys == ["'=cmd.txt", "'+b.txt"]


# --- item 6: unreadable, too long, changing, truncated, UTF-32, endless stdin --------------


def test_an_unreadable_named_file_is_skipped_not_a_usage_error(run, fake, article, tmp_path, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text("收入9元\n", encoding="utf-8")
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: "secret" not in str(path))
    real_open = os.open

    def deny(path, flags, *args, **kwargs):
        if "secret" in str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(reading.os, "open", deny)
    code, out, err = run("extract", "a.txt", "secret.txt")
    assert code == ExitStatus.SKIPPED
    assert "factx: error: cannot read: permission denied (secret.txt)" in err
    assert "3元" in out


def test_a_path_past_path_max_is_reported(tmp_path):
    top = tmp_path / "deep"
    top.mkdir()
    fd = os.open(top, os.O_RDONLY)
    try:
        for _ in range(20):  # 20 levels of 250 characters: past PATH_MAX (4096)
            os.mkdir("d" * 250, dir_fd=fd)
            fd, old = os.open("d" * 250, os.O_RDONLY, dir_fd=fd), fd
            os.close(old)
        with os.fdopen(os.open("a.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as f:
            f.write("收入3元\n")
    finally:
        os.close(fd)
    sources, problems = discover([str(top)])
    assert sources == []
    assert problems and "too long" in str(problems[0])


def test_a_file_that_changes_while_read_is_skipped_whole(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    decode = reading._decode_all

    def decode_then_append(data, encoding):
        with open(path, "a", encoding="utf-8") as f:  # someone writes while factx reads
            f.write("追加一行。\n")
        return decode(data, encoding)

    monkeypatch.setattr(reading, "_decode_all", decode_then_append)
    with pytest.raises(InputError) as info:
        list(iter_text(str(path)))
    assert info.value.what == reading.CHANGED and not info.value.partial


def test_a_big_file_that_changes_while_read_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "WHOLE_SIZE", 1000)
    monkeypatch.setattr(reading, "BLOCK_SIZE", 100)
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE * 200, encoding="utf-8")
    parts = iter_text(str(path))
    next(parts)
    with open(path, "a", encoding="utf-8") as f:
        f.write("追加一行。\n")
    with pytest.raises(InputError) as info:
        list(parts)
    assert info.value.what == reading.CHANGED and info.value.partial


def test_a_truncated_utf8_file_is_read_with_a_warning(run, fake, tmp_path):
    data = "收入3元，增长5%。中文".encode()[:-1]  # the last character cut short
    (tmp_path / "t.txt").write_bytes(data)
    code, out, err = run("extract", "t.txt", "-f", "jsonl")
    assert code == ExitStatus.SKIPPED
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["3元", "5%"]
    assert err.startswith("factx: warning: the last character is incomplete")
    assert err.count("\n") == 1


def test_a_truncated_file_in_a_worker_keeps_its_facts(run, fake, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes("收入3元，增长5%。中文".encode()[:-1])
    code, out, err = run("extract", "a.txt", "b.txt", "-f", "jsonl", "-j", "2")
    assert code == ExitStatus.SKIPPED
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["3元", "5%"] * 2
    assert err.count("factx: warning: the last character is incomplete") == 2


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be"])
def test_utf32_with_bom_is_read_as_utf32(tmp_path, encoding):
    bom = codecs.BOM_UTF32_BE if encoding.endswith("be") else b""  # "utf-32" writes its own
    (tmp_path / "a.txt").write_bytes(bom + ARTICLE.encode(encoding))
    assert list(iter_text(str(tmp_path / "a.txt"))) == [(0, ARTICLE)]


class _Endless(io.RawIOBase):
    """A stream that never ends, counting what was read from it."""

    def __init__(self, line: bytes) -> None:
        self.line = line
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = len(buffer)
        skip = self.given % len(self.line)
        chunk = (self.line * (n // len(self.line) + 2))[skip : skip + n]
        buffer[:n] = chunk
        self.given += n
        return n


def test_endless_stdin_is_streamed_not_spooled(monkeypatch):
    monkeypatch.setattr(reading, "WHOLE_SIZE", 1 << 16)
    monkeypatch.setattr(reading, "BLOCK_SIZE", 1 << 12)
    endless = _Endless("收入3元，增长5%。\n".encode())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(endless)))
    monkeypatch.setattr("tempfile.TemporaryFile", lambda *a, **k: pytest.fail("spooled"))
    parts = iter_text("-")
    first = [next(parts) for _ in range(5)]
    parts.close()
    assert all(part.endswith("\n") and len(part) <= 1 << 16 for _, part in first)
    assert endless.given < 1 << 20  # five parts read about five parts' worth


# --- issue 9: a document is extracted whole up to WHOLE_SIZE ------------------------------


@pytest.mark.slow  # 1.5 MiB extracted twice: about 30 s
def test_a_big_document_resolves_places_as_a_whole(run, tmp_path):
    filler = "。\n" * 750_000  # 1.5 MiB: more than the old 1 MiB part
    text = "南京市召开会议。\n" + filler + "鼓楼区有3个学校。\n"
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    assert (tmp_path / "big.txt").stat().st_size > 1.5 * (1 << 20)
    code, out, err = run("extract", "big.txt", "-f", "jsonl", "--types", "place")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    whole = [f.to_dict() for f in factx.extract(text, doc="big.txt", types=["place"])]
    assert rows == whole
    assert rows[-1]["text"] == "鼓楼区" and rows[-1]["parent"] == "江苏省/南京市"


def test_above_the_bound_parts_end_at_blank_lines(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "WHOLE_SIZE", 300)
    monkeypatch.setattr(reading, "BLOCK_SIZE", 64)
    paragraphs = [f"第{i}段第一行。\n第{i}段第二行，收入{i}元。\n" for i in range(60)]
    text = "\n".join(paragraphs)  # paragraphs separated by a blank line
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    parts = list(iter_text(str(tmp_path / "a.txt")))
    assert len(parts) > 3
    assert "".join(p for _, p in parts) == text
    for offset, part in parts[:-1]:
        assert len(part) <= 300 and part.endswith("\n\n")  # a paragraph is never cut
        assert text[offset : offset + len(part)] == part


# --- item 4: signals -----------------------------------------------------------------------


def _corpus(root: Path, files: int = 120) -> Path:
    news = root / "news"
    news.mkdir()
    for i in range(files):
        (news / f"{i:03d}.txt").write_text("2023年，南京市收入3元，增长5%。\n" * 100, encoding="utf-8")
    return news


def _env() -> dict:
    src = str(Path(__file__).resolve().parent.parent)
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")])))


def _group(pgid: int) -> list[int]:
    """Live processes of a process group (zombies aside)."""
    alive = []
    for path in glob.glob("/proc/[0-9]*/stat"):
        try:
            fields = Path(path).read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(int(Path(path).parent.name))
    return alive


def _handles_signals(pid: int) -> bool:
    """Whether the process has its SIGINT and SIGTERM handlers in place (/proc)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = int(next(line.split()[1] for line in status.splitlines() if line.startswith("SigCgt")), 16)
    return all(caught >> (s - 1) & 1 for s in (signal.SIGINT, signal.SIGTERM))


def _signal_run(tmp_path: Path, signum: int, group: bool, delay: float, jobs: str = "2"):
    root = tmp_path / f"run{random.randrange(10**9)}"
    root.mkdir()
    _corpus(root)
    out = root / "out"
    out.mkdir()
    (out / "facts.csv").write_text("old\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "factx", "extract", "news", "-j", jobs, "-o", str(out / "facts.csv")],
        cwd=root, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    deadline = time.monotonic() + 10
    while not _handles_signals(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.001)
    time.sleep(delay)
    if group:
        os.killpg(proc.pid, signum)
    else:
        proc.send_signal(signum)
    _, stderr = proc.communicate(timeout=60)
    time.sleep(0.2)
    return proc, stderr.decode(), out


def _check_stopped(proc, stderr: str, out: Path, signum: int) -> None:
    if proc.returncode == 0:  # the run ended before the signal came: then it is complete
        assert (out / "facts.csv").read_text().startswith("doc,type")
    else:
        name = "interrupted" if signum == signal.SIGINT else "terminated"
        assert (proc.returncode, stderr) == (128 + signum, f"factx: {name}\n")
        assert (out / "facts.csv").read_text() == "old\n"
    assert _only(out) == ["facts.csv"]  # no temporary file
    assert _group(proc.pid) == []  # no worker left


@pytest.mark.slow  # signal storm on subprocesses
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
@pytest.mark.parametrize("group", [True, False], ids=["group", "main"])
@pytest.mark.parametrize("delay", [0.0, 0.05, 0.6])
def test_a_signal_at_start_up_or_mid_run_ends_cleanly(tmp_path, signum, group, delay):
    proc, stderr, out = _signal_run(tmp_path, signum, group, delay)
    assert proc.returncode != 0  # 120 files take seconds: the signal always comes first
    _check_stopped(proc, stderr, out, signum)


@pytest.mark.slow
def test_signals_at_random_moments(tmp_path):
    """Issue 13's probe: 120 signals at random moments, every one a clean ending."""
    rng = random.Random(13)
    for _ in range(int(os.environ.get("FACTX_SIGNAL_RUNS", "120"))):
        signum = rng.choice([signal.SIGINT, signal.SIGTERM])
        proc, stderr, out = _signal_run(tmp_path, signum, rng.random() < 0.5, rng.uniform(0, 1.5))
        _check_stopped(proc, stderr, out, signum)


@pytest.mark.slow  # signals to a subprocess
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_without_workers_ends_cleanly(tmp_path, signum):
    proc, stderr, out = _signal_run(tmp_path, signum, True, 0.5, jobs="1")
    assert proc.returncode != 0
    _check_stopped(proc, stderr, out, signum)


@pytest.mark.slow  # signal to a subprocess
def test_ctrl_c_while_the_command_line_loads(tmp_path):
    # The signal arrives while click is being imported: one line, exit 130, no traceback.
    script = (
        "import builtins, os, signal, sys\n"
        "real = builtins.__import__\n"
        "def hook(name, *args, **kwargs):\n"
        "    if name == 'click':\n"
        "        builtins.__import__ = real\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "    return real(name, *args, **kwargs)\n"
        "builtins.__import__ = hook\n"
        "sys.argv = ['factx', 'extract', 'a.txt']\n"
        "from factx.__main__ import main\n"
        "main()\n"
    )
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=_env(), capture_output=True, timeout=60)
    assert (proc.returncode, proc.stderr.decode(), proc.stdout) == (130, "factx: interrupted\n", b"")


@pytest.mark.slow  # subprocess with workers
def test_workers_die_with_a_killed_main_process(tmp_path):
    root = tmp_path / "r"
    root.mkdir()
    _corpus(root)
    proc = subprocess.Popen(
        [sys.executable, "-m", "factx", "extract", "news", "-j", "2", "-f", "jsonl"],
        cwd=root, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.monotonic() + 20
    while len(_group(proc.pid)) < 3 and time.monotonic() < deadline:  # main + 2 workers
        time.sleep(0.01)
    assert len(_group(proc.pid)) == 3
    proc.kill()
    proc.wait(10)
    deadline = time.monotonic() + 10
    while _group(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _group(proc.pid) == []
