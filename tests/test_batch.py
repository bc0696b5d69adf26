"""Folders of files: discovery, encodings, worker processes, order, big files, stopping."""

from __future__ import annotations

import codecs
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner
from fakes import PatternExtractor, install, subprocess_env

from factx import batch, reading
from factx.cli import ExitStatus, cli
from factx.reading import discover

ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16-le": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "gb18030": lambda text: text.encode("gb18030"),
}
SKIPPED = {
    "news/binary.txt": "binary file (NUL bytes)",
    "news/broken.txt": "broken symbolic link",
    "news/invalid.txt": "not UTF-8 or GB18030 text; try --encoding gb18030",
}


def make_corpus(root: Path, files: int = 200) -> dict[str, str]:
    """A nested corpus under root/news; returns {doc: text} of the files that can be read."""
    readable = {}
    names = list(ENCODINGS)
    for i in range(files):
        encoding = names[i % len(names)]
        rel = f"news/{2020 + i % 4}/{i % 7:02d}/{i:03d}-{encoding}.txt"
        text = "".join(
            f"第{i}篇第{j}段：收入{i * 10 + j}元，同比增长{j}%，新建{i}个站点。\r\n"
            for j in range(1 + i % 5)
        )
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(ENCODINGS[encoding](text))
        readable[rel] = text
    news = root / "news"
    (news / "empty.txt").write_bytes(b"")
    readable["news/empty.txt"] = ""
    (news / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 10)
    (news / "invalid.txt").write_bytes("收入5元\n".encode() + b"\xc3\x28\xa0\xa1\xff")
    (news / "notes.md").write_text("收入5元", encoding="utf-8")  # not *.txt
    (news / ".cache").mkdir()
    (news / ".cache" / "x.txt").write_text("收入5元", encoding="utf-8")  # hidden
    os.symlink("nowhere.txt", news / "broken.txt")
    os.symlink("..", news / "2020" / "loop")  # back up to news/
    return readable


def run_cli(args: list[str], cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factx", *args], cwd=cwd, env=env, capture_output=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("corpus")
    return root, make_corpus(root)


def expected_rows(readable: dict[str, str], order: list[str]) -> list[dict]:
    fake = PatternExtractor()
    rows = []
    for doc in order:
        rows += [f.to_dict() for f in fake.extract(readable[doc], doc=doc)]
    return rows


def test_discovery_order_of_the_corpus(corpus, monkeypatch):
    root, readable = corpus
    monkeypatch.chdir(root)
    sources, problems = discover(["news"])
    found = sorted([*readable, "news/binary.txt", "news/invalid.txt"], key=lambda d: d.split("/"))
    assert [s.doc for s in sources] == found  # each once, sorted, loop and hidden skipped
    assert [p.where for p in problems] == ["news/broken.txt"]


@pytest.mark.slow  # subprocess with workers
def test_every_readable_file_once_and_skips_named(corpus, tmp_path):
    root, readable = corpus
    env = subprocess_env(tmp_path)
    result = run_cli(["extract", "news", "-f", "jsonl", "-j", "2"], root, env)
    assert result.returncode == ExitStatus.SKIPPED
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    order = [os.path.relpath(s.doc, root) for s in discover([str(root / "news")])[0]]
    assert rows == expected_rows(readable, [doc for doc in order if doc in readable])
    for row in rows:  # offsets point into the decoded text
        assert readable[row["doc"]][row["start"] : row["end"]] == row["text"]
    facts = len(rows)
    assert result.stderr.decode().splitlines() == [
        f"factx: error: {SKIPPED['news/broken.txt']} (news/broken.txt)",
        f"factx: error: {SKIPPED['news/binary.txt']} (news/binary.txt)",
        f"factx: error: {SKIPPED['news/invalid.txt']} (news/invalid.txt)",
        f"factx: {len(readable)} files read, 3 skipped, {facts} facts",
    ]


@pytest.mark.slow  # subprocesses and a worker pool
@pytest.mark.parametrize("fake", [True, False], ids=["fake-extractor", "real-extractor"])
def test_one_job_and_two_jobs_give_identical_bytes(corpus, tmp_path, fake):
    root, _ = corpus
    # With the fake, some files are big enough to be read in the main process while the
    # workers take the others.
    env = subprocess_env(tmp_path, local_size=300) if fake else None
    one = run_cli(["extract", "news", "-f", "csv", "-j", "1"], root, env)
    two = run_cli(["extract", "news", "-f", "csv", "-j", "2"], root, env)
    assert one.returncode == two.returncode == ExitStatus.SKIPPED
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    if fake:
        assert one.stdout.count(b"\r\n") > 1000


@pytest.mark.slow  # subprocess with workers
def test_output_file_with_workers(corpus, tmp_path):
    root, _ = corpus
    env = subprocess_env(tmp_path)
    out = tmp_path / "facts.jsonl"
    result = run_cli(["extract", "news", "-o", str(out), "-j", "2", "-q"], root, env)
    assert result.returncode == ExitStatus.SKIPPED
    assert result.stdout == b""
    piped = run_cli(["extract", "news", "-f", "jsonl", "-j", "1", "-q"], root, env)
    assert out.read_bytes() == piped.stdout


@pytest.mark.slow  # a worker pool
def test_the_pool_starts_and_stops(corpus):
    root, _ = corpus
    sources = discover([str(root / "news")])[0]
    docs = batch.run(sources, batch.Options(), jobs=2)
    with closing(docs):
        list(next(docs).parts())
        assert len(multiprocessing.active_children()) == 2
    for _ in range(50):  # terminated; give them a moment to be reaped
        if not multiprocessing.active_children():
            break
        time.sleep(0.1)
    assert multiprocessing.active_children() == []


@pytest.mark.slow  # subprocess with workers
def test_a_worker_that_dies_ends_the_run_with_one_line(corpus, tmp_path):
    root, _ = corpus
    env = subprocess_env(tmp_path, crash_on="news/2022/05")
    result = run_cli(["extract", "news", "-j", "2", "-o", str(tmp_path / "out.csv")], root, env)
    assert result.returncode == ExitStatus.ERROR
    last = result.stderr.decode().splitlines()[-1]
    assert last.startswith("factx: error: a worker process died (out of memory?) before news/")
    assert last.endswith(" was read; try -j 1")
    assert not (tmp_path / "out.csv").exists()


class _PoolStarted(Exception):
    pass


def _no_pool(*args, **kwargs):
    raise _PoolStarted


def test_one_small_file_uses_no_pool(tmp_path, monkeypatch):
    # batch.run imports the pool class when it needs one: a pool would raise here
    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _no_pool)
    (tmp_path / "a.txt").write_text("南京市有3个学校。", encoding="utf-8")
    docs = batch.run(discover([str(tmp_path)])[0], batch.Options(), jobs=8)
    doc = next(docs)
    facts = [f.text for part, _ in doc.parts() for f in part]  # extracted here, in this process
    assert multiprocessing.active_children() == []  # while the run is still open
    assert facts == ["南京市", "3个"]
    assert list(docs) == []


def test_two_small_files_do_start_a_pool(tmp_path, monkeypatch):
    # the counterpart: the check above would see a pool
    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _no_pool)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("x")
    with pytest.raises(_PoolStarted):
        next(batch.run(discover([str(tmp_path)])[0], batch.Options(), jobs=8))


@pytest.mark.slow  # subprocesses
def test_closed_pipe_ends_quietly(corpus, tmp_path):
    root, _ = corpus
    env = subprocess_env(tmp_path)
    for jobs in ("1", "2"):
        factx = subprocess.Popen(
            [sys.executable, "-m", "factx", "extract", "news", "-j", jobs],
            cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        head = subprocess.Popen(["head", "-n", "1"], stdin=factx.stdout, stdout=subprocess.PIPE)
        factx.stdout.close()  # only head reads it now
        first, _ = head.communicate(timeout=60)
        assert factx.wait(timeout=60) == 0
        assert first.startswith(b"doc,type,text,")
        # the skipped files were named; then silence: no traceback, no closing count
        assert factx.stderr.read().decode().splitlines() == [
            f"factx: error: {SKIPPED['news/broken.txt']} (news/broken.txt)"
        ]
        factx.stderr.close()


@pytest.mark.slow  # signal to a subprocess with workers
def test_ctrl_c_stops_workers_and_leaves_no_output(corpus, tmp_path):
    root, _ = corpus
    env = subprocess_env(tmp_path, delay=0.05)
    out = tmp_path / "out" / "facts.csv"
    out.parent.mkdir()
    factx = subprocess.Popen(
        [sys.executable, "-m", "factx", "extract", "news", "-j", "2", "-o", str(out)],
        cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    time.sleep(1.5)
    factx.send_signal(signal.SIGINT)
    stdout, stderr = factx.communicate(timeout=60)
    assert factx.returncode == ExitStatus.INTERRUPTED
    assert stderr.decode().splitlines()[-1] == "factx: interrupted", stderr.decode()
    assert "Traceback" not in stderr.decode()
    assert list(out.parent.iterdir()) == []


def test_a_big_file_is_read_in_parts_with_exact_offsets(tmp_path, monkeypatch):
    text = "".join(
        f"第{i}行：收入{i}元，增长{i % 100}%。\n" if i % 40 == 0 else "平安建设持续推进。\n"
        for i in range(40_000)
    )
    (tmp_path / "big.txt").write_bytes(text.encode("gb18030"))
    monkeypatch.setattr(reading, "WHOLE_SIZE", 1 << 16)  # read whole up to 64 KiB, else in parts
    monkeypatch.setattr(reading, "BLOCK_SIZE", 1 << 14)  # several reads to a part
    assert (tmp_path / "big.txt").stat().st_size > 3 * reading.WHOLE_SIZE
    fake = PatternExtractor()
    calls = []

    class Counting:
        def extract(self, part, doc="-", types=None):
            calls.append(len(part))
            return fake.extract(part, doc=doc, types=types)

    install(monkeypatch, Counting())
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["extract", "big.txt", "-f", "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(calls) > 3  # extracted in parts, not as a whole
    assert all(n <= reading.WHOLE_SIZE for n in calls)
    assert rows == [f.to_dict() for f in fake.extract(text, doc="big.txt")]
    assert len(rows) == 2_000  # 1 000 lines with two amounts each
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)


def test_big_stdin(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "BLOCK_SIZE", 1024)
    text = "".join(f"收入{i}元\r\n" for i in range(5000))
    install(monkeypatch, PatternExtractor())
    result = CliRunner().invoke(
        cli, ["extract", "-", "-f", "jsonl"], input=codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 5000
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)
    assert rows[-1]["doc"] == "-"
