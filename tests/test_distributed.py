"""Runs on a Dask cluster (factx.distributed, --scheduler, --format parquet): the same rows,
messages and exit codes as a local run, fsspec URLs, bags and Parquet, Ctrl-C, a worker
that dies. The cluster tests (marked slow) start a real LocalCluster of 2 processes."""

from __future__ import annotations

import codecs
import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from fakes import PatternExtractor, install

from factx import batch, distributed, parquet
from factx.cli import ExitStatus, cli
from factx.model import FIELDS
from factx.reading import InputError, Source

TESTS = Path(__file__).resolve().parent
ENCODE = (
    lambda text: text.encode("utf-8"),
    lambda text: text.encode("gb18030"),
    lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
)
BINARY = "news/2021/binary.txt"
INVALID = "news/2023/invalid.txt"


def make_corpus(root: Path, files: int = 300) -> None:
    """``files`` small articles under root/news in 4 folders, in three encodings, and two
    that cannot be read (binary, invalid UTF-8)."""
    for i in range(files):
        text = (
            f"{2020 + i % 4}年{i % 12 + 1}月，西安市第{i}批项目投资{i * 3 + 1}万元，"
            f"同比增长{i % 10}.5%。\r\n新建{i % 50 + 2}个站点，惠及{i * 7 + 10}户居民。\n"
        )
        path = root / "news" / str(2020 + i % 4) / f"{i:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(ENCODE[i % 3](text))
    (root / BINARY).write_bytes(b"\x7fELF\x02\x01\x01\x00" * 16)
    (root / INVALID).write_bytes("收入5元\n".encode() + b"\xc3\x28\xa0\xa1\xff")
    (root / "news" / ".hidden.txt").write_text("收入5元", encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("dask-corpus")
    make_corpus(root)
    return root


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
        silence_logs=logging.CRITICAL,
    ) as local:
        yield local


def invoke(root: Path, *args: str):
    """factx in this process, in ``root``: (exit code, stdout bytes, stderr text)."""
    old = os.getcwd()
    os.chdir(root)
    try:
        result = CliRunner().invoke(cli, list(args))
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout_bytes, result.stderr_bytes.decode()


@pytest.fixture(scope="module")
def local_run(corpus):
    """The reference: ``-j 1``, in this process, with the real extractor."""
    return invoke(corpus, "extract", "news", "-f", "jsonl", "-j", "1")


def rows_of(jsonl: bytes) -> list[dict]:
    return [json.loads(line) for line in jsonl.decode().splitlines()]


def run_cli(args: list[str], cwd: Path, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factx", *args], cwd=cwd, env=env, capture_output=True, timeout=120,
        **kwargs,
    )


def fake_env(tmp_path: Path, **extra: str) -> dict:
    """An environment whose Python processes (the CLI, the Dask workers it starts) use
    ``PatternExtractor``; FAKE_DELAY slows each document, FAKE_STARTED is created at the
    first document, FAKE_CRASH_ONCE (a marker file) makes the first worker that reads a
    doc containing FAKE_CRASH_DOC die (os._exit) once."""
    site = tmp_path / "fake_site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(
        f"import sys\nsys.path.insert(0, {str(TESTS)!r})\nimport fake_worker\n"
    )
    (site / "fake_worker.py").write_text(FAKE_WORKER)
    path = os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, "FAKE_DELAY": "0", **extra}


FAKE_WORKER = '''
import os
import fakes
import factx.extractor

fakes.patch_globally()
_fake = factx.extractor.get_extractor()


class Worker:
    def extract(self, text, doc="-", types=None):
        started = os.environ.get("FAKE_STARTED")
        if started and doc != "-":
            open(started, "a").close()
        marker = os.environ.get("FAKE_CRASH_ONCE")
        if marker and os.environ["FAKE_CRASH_DOC"] in doc:
            try:
                os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                pass
            else:
                os._exit(70)
        return _fake.extract(text, doc=doc, types=types)


factx.extractor.get_extractor = lambda tokenizer=None: Worker()
'''


# --- without a cluster ---------------------------------------------------------------------


def test_without_dask_one_line_naming_the_extra(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("收入5元", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` fails
    code, out, err = invoke(tmp_path, "extract", "a.txt", "--scheduler", "local:2")
    assert code == ExitStatus.USAGE
    assert out == b""
    assert err == (
        'factx: error: --scheduler needs Dask, which is not installed; install it with: '
        'pip install "factx[dask]"\n'
    )


def test_without_pyarrow_parquet_is_one_line(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("收入5元", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    code, _, err = invoke(tmp_path, "extract", "a.txt", "-f", "parquet", "-o", "out")
    assert code == ExitStatus.USAGE
    assert err == (
        "factx: error: Parquet needs pyarrow, which is not installed; install it with: "
        'pip install "factx[parquet]"\n'
    )
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("spec", ["local:0", "local:x", "local:"])
def test_bad_local_worker_count_is_a_usage_error(tmp_path, spec):
    code, _, err = invoke(tmp_path, "extract", "a.txt", "--scheduler", spec)
    assert code == ExitStatus.USAGE
    assert "local:N needs a number of workers N ≥ 1" in err


def test_urls_need_a_scheduler(tmp_path):
    code, out, err = invoke(tmp_path, "extract", "s3://bucket/news")
    assert (code, out) == (ExitStatus.USAGE, b"")
    assert err == "factx: error: URLs are read by Dask workers; add --scheduler ADDRESS or local (s3://bucket/news)\n"


def test_parse_scheduler():
    assert distributed.parse_scheduler("local") == (None, 2)
    assert distributed.parse_scheduler("local:5") == (None, 5)
    assert distributed.parse_scheduler("tcp://10.0.0.1:8786") == ("tcp://10.0.0.1:8786", 0)


def test_is_url():
    assert distributed.is_url("s3://bucket/a.txt")
    assert distributed.is_url("file:///tmp/a.txt")
    assert distributed.is_url("simplecache::s3://b/x") is False  # chained URLs are not supported
    assert not distributed.is_url("news/a.txt")
    assert not distributed.is_url("weird name://x.txt")


def _sources(*sizes: int) -> list[Source]:
    return [Source(f"d{i}.txt", f"d{i}.txt", size) for i, size in enumerate(sizes)]


def test_tasks_are_cut_by_count_and_bytes_and_keep_the_order():
    sources = _sources(*[10] * 7)
    assert [[s.doc for s in t] for t in distributed.group(sources, 3)] == [
        ["d0.txt", "d1.txt", "d2.txt"], ["d3.txt", "d4.txt", "d5.txt"], ["d6.txt"],
    ]
    # 100 bytes a task: 40+50 fit, 40+50+20 do not; the 500-byte input is a task of its own
    sizes = [len(t) for t in distributed.group(_sources(40, 50, 20, 500, 10, 10), 10, size=100)]
    assert sizes == [2, 1, 1, 2]
    # stdin is read by the client: alone, in its place
    stdin = Source("-", "-")
    chunks = list(distributed.group([*_sources(1, 1), stdin, *_sources(1)], 10))
    assert [[s.path for s in c] for c in chunks] == [["d0.txt", "d1.txt"], ["-"], ["d0.txt"]]


def test_task_size_leaves_no_thread_idle():
    assert distributed.task_docs(10_000, 2) == distributed.TASK_DOCS
    assert distributed.task_docs(80, 2) == 10  # 8 tasks: 4 per thread
    assert distributed.task_docs(3, 8) == 1


def test_file_url_discovery(corpus):
    url = (corpus / "news").as_uri()
    sources, problems = distributed.discover([url, url + "/2020/000.txt"])
    names = [s.doc for s in sources]
    assert problems == []
    assert len(names) == 302  # 300 articles, binary, invalid; .hidden.txt skipped, no duplicate
    assert names[:2] == [f"{url}/2020/000.txt", f"{url}/2020/004.txt"]
    assert names == sorted(names, key=lambda n: n.split("/"))
    assert all(s.path == s.doc and s.size > 0 for s in sources)
    pattern, _ = distributed.discover([f"{url}/202[12]/01*.txt"])
    assert [s.doc.rsplit("/", 2)[-2:] for s in pattern] == [
        ["2021", "013.txt"], ["2021", "017.txt"], ["2022", "010.txt"], ["2022", "014.txt"],
        ["2022", "018.txt"],
    ]
    missing, problems = distributed.discover([url + "/nothing.txt"])
    assert missing == [] and [str(p) for p in problems] == [f"no such file or directory ({url}/nothing.txt)"]


def test_a_task_reads_urls_with_the_rules_of_local_files(monkeypatch):
    import fsspec

    install(monkeypatch, PatternExtractor())
    memory = fsspec.filesystem("memory")
    text = "收入5元，增长3%。\r\n新建7个站点。\n"
    memory.pipe_file("/news/a.txt", codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    memory.pipe_file("/news/b.txt", text.encode("gb18030"))
    memory.pipe_file("/news/c.txt", b"\x00\x01binary")
    urls = ["memory://news/a.txt", "memory://news/b.txt", "memory://news/c.txt", "memory://news/d.txt"]
    results = distributed.extract_task([Source(u, u) for u in urls], batch.Options())
    expected = [f.to_dict() for f in PatternExtractor().extract(text)]
    for url, (facts, chars, problem) in zip(urls[:2], results[:2], strict=True):
        assert chars == len(text) and problem is None
        assert [f.to_dict() for f in facts] == [{**row, "doc": url} for row in expected]
        assert [f.text for f in facts] == ["5元", "3%", "7个"]
    assert [(facts, str(problem)) for facts, _, problem in results[2:]] == [
        ([], "binary file (NUL bytes) (memory://news/c.txt)"),
        ([], "cannot read: no such file (memory://news/d.txt)"),
    ]
    memory.rm("/news", recursive=True)


def test_parquet_folder_without_a_cluster(tmp_path, monkeypatch):
    install(monkeypatch, PatternExtractor())
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"收入{i}元，增长{i}%。\n新建{i}个站点。\n", encoding="utf-8")
    monkeypatch.setattr(parquet, "FILE_ROWS", 4)  # 15 facts: 4 files
    code, _, err = invoke(tmp_path, "extract", "0.txt", "1.txt", "2.txt", "3.txt", "4.txt", "-f", "parquet", "-o", "pq")
    assert (code, err) == (0, "factx: 5 files read, 0 skipped, 15 facts\n")
    assert sorted(os.listdir(tmp_path / "pq")) == [f"part.0000{i}.parquet" for i in range(4)]
    table = pq.read_table(tmp_path / "pq")
    assert table.column_names == list(FIELDS)
    rows = table.to_pylist()
    assert [(r["doc"], r["text"], r["value"]) for r in rows[:4]] == [
        ("0.txt", "0元", "0"), ("0.txt", "0%", "0"), ("0.txt", "0个", "0"), ("1.txt", "1元", "1"),
    ]
    assert [r["doc"] for r in rows] == [f"{i}.txt" for i in range(5) for _ in range(3)]
    assert rows[-1] | {"sentence": ""} == {name: None for name in FIELDS} | {
        "doc": "4.txt", "type": "quantity", "text": "4个", "start": 13, "end": 15, "value": "4",
        "unit": "个", "sentence": "",
    }
    # Run again over an earlier output: replaced whole; a folder of other files is refused.
    monkeypatch.setattr(parquet, "FILE_ROWS", 100)
    assert invoke(tmp_path, "extract", "0.txt", "-f", "parquet", "-o", "pq")[0] == 0
    assert os.listdir(tmp_path / "pq") == ["part.00000.parquet"]
    assert pq.read_table(tmp_path / "pq").num_rows == 3
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "keep.md").write_text("mine")
    code, _, err = invoke(tmp_path, "extract", "0.txt", "-f", "parquet", "-o", "notes")
    assert (code, err) == (
        ExitStatus.ERROR, "factx: error: cannot write: folder holds files other than Parquet parts (notes)\n"
    )
    assert os.listdir(tmp_path / "notes") == ["keep.md"]
    assert sorted(os.listdir(tmp_path)) == sorted(["0.txt", "1.txt", "2.txt", "3.txt", "4.txt", "pq", "notes"])


def test_parquet_types():
    from factx.model import Fact

    table = parquet.table([
        Fact("a", "money", "3至5万元", 0, 5, 30000, 50000, "CNY").to_dict(),
        Fact("a", "date", "2023年", 6, 11, "2023").to_dict(),
        Fact("a", "percent", "1.5%", 12, 16, 1.5, unit="%").to_dict(),
    ])
    assert str(table.schema.field("value").type) == "string"
    assert str(table.schema.field("start").type) == "int64"
    assert str(table.schema.field("value_max").type) == "double"
    assert table.column("value").to_pylist() == ["30000", "2023", "1.5"]
    assert table.column("value_max").to_pylist() == [50000.0, None, None]


# --- on a LocalCluster --------------------------------------------------------------------


@pytest.mark.slow
def test_scheduler_gives_the_local_rows_messages_and_exit_code(corpus, cluster, local_run):
    for fmt in ("jsonl", "csv"):
        local = local_run if fmt == "jsonl" else invoke(corpus, "extract", "news", "-f", fmt, "-j", "1")
        remote = invoke(corpus, "extract", "news", "-f", fmt, "--scheduler", cluster.scheduler_address)
        assert remote == local  # exit code, stdout bytes, stderr
    code, out, err = local_run
    assert code == ExitStatus.SKIPPED
    assert err.splitlines() == [
        f"factx: error: binary file (NUL bytes) ({BINARY})",
        f"factx: error: not UTF-8 or GB18030 text; try --encoding gb18030 ({INVALID})",
        f"factx: 300 files read, 2 skipped, {len(rows_of(out))} facts",
    ]
    rows = rows_of(out)
    assert rows[0]["doc"] == "news/2020/000.txt" and rows[-1]["doc"] == "news/2023/299.txt"
    assert {"date", "place", "money", "percent", "quantity"} <= {r["type"] for r in rows}


@pytest.mark.slow
def test_types_and_stdin_with_a_scheduler(corpus, cluster):
    args = ["extract", "news/2020/000.txt", "-", "news/2021", "-f", "jsonl", "--types", "money,place"]
    stdin = "投资5万元建设延安市站点。\n".encode()
    old = os.getcwd()
    os.chdir(corpus)
    try:
        local = CliRunner().invoke(cli, [*args, "-j", "1"], input=stdin)
        remote = CliRunner().invoke(cli, [*args, "--scheduler", cluster.scheduler_address], input=stdin)
    finally:
        os.chdir(old)
    assert remote.exit_code == local.exit_code == ExitStatus.SKIPPED
    assert remote.stdout_bytes == local.stdout_bytes
    rows = rows_of(local.stdout_bytes)
    assert {r["type"] for r in rows} == {"money", "place"}
    assert [r["doc"] for r in rows if r["doc"] == "-"] == ["-", "-"]


@pytest.mark.slow
def test_file_urls_on_the_cluster(corpus, cluster, local_run):
    url = (corpus / "news").as_uri()
    code, out, err = invoke(corpus, "extract", url, "-f", "jsonl", "--scheduler", cluster.scheduler_address)
    _, local_out, local_err = local_run
    assert code == ExitStatus.SKIPPED
    as_url = url[: -len("news")]
    assert rows_of(out) == [{**r, "doc": as_url + r["doc"]} for r in rows_of(local_out)]
    assert err == local_err.replace("(news/", f"({as_url}news/")


@pytest.mark.slow
def test_extract_bag_and_parquet_through_the_library(corpus, cluster, local_run, tmp_path):
    from distributed import Client

    expected = rows_of(local_run[1])
    news = str(corpus / "news")
    with Client(cluster):
        bag = distributed.extract_bag([news], docs_per_partition=40)
        assert bag.npartitions == 8  # 302 inputs, 40 a partition
        rows = bag.compute()
        assert rows == [{**r, "doc": os.path.join(str(corpus), r["doc"])} for r in expected]
        with pytest.raises(InputError, match=r"^binary file \(NUL bytes\) \(/.*/news/2021/binary.txt\)$"):
            distributed.extract_bag([news + "/2020", str(corpus / BINARY)], errors="raise").compute()
        assert list(distributed.to_dataframe(bag).columns) == list(FIELDS)
        distributed.to_parquet(bag, str(tmp_path / "pq"))
    assert sorted(os.listdir(tmp_path / "pq")) == [f"part.{i:05d}.parquet" for i in range(8)]
    table = pq.read_table(tmp_path / "pq")
    assert table.schema.equals(parquet.schema())
    assert table.to_pylist() == [_as_parquet({**r, "doc": os.path.join(str(corpus), r["doc"])}) for r in expected]


def _as_parquet(row: dict) -> dict:
    """A JSONL row as the Parquet columns hold it: value as text, value_max a float."""
    value = row["value"]
    return {
        **row,
        "value": None if value is None else str(value),
        "value_max": None if row["value_max"] is None else float(row["value_max"]),
    }


@pytest.mark.slow
def test_parquet_output_on_the_cluster(corpus, cluster, local_run, tmp_path):
    out = tmp_path / "facts"
    code, stdout, err = invoke(
        corpus, "extract", "news", "--scheduler", cluster.scheduler_address, "-f", "parquet", "-o", str(out)
    )
    assert (code, stdout, err) == (ExitStatus.SKIPPED, b"", local_run[2])
    assert pq.read_table(out).to_pylist() == [_as_parquet(r) for r in rows_of(local_run[1])]


@pytest.mark.slow
def test_local_cluster_started_by_the_command(corpus, tmp_path):
    env = fake_env(tmp_path)
    local = run_cli(["extract", "news", "-f", "jsonl", "-j", "1"], corpus, env)
    out = tmp_path / "facts.jsonl"
    remote = run_cli(["extract", "news", "--scheduler", "local:2", "-o", str(out)], corpus, env)
    assert remote.returncode == local.returncode == ExitStatus.SKIPPED
    assert remote.stdout == b""
    assert remote.stderr == local.stderr, remote.stderr.decode()  # no Dask log lines
    assert out.read_bytes() == local.stdout
    assert len(local.stdout.splitlines()) == 600  # the fake finds 5% and N个 in each article


@pytest.mark.slow
def test_a_worker_that_dies_mid_run_loses_nothing(corpus, tmp_path):
    local = run_cli(["extract", "news", "-f", "csv", "-j", "1"], corpus, fake_env(tmp_path))
    marker = tmp_path / "crashed"
    env = fake_env(tmp_path, FAKE_CRASH_ONCE=str(marker), FAKE_CRASH_DOC="news/2022/15")
    remote = run_cli(["extract", "news", "-f", "csv", "--scheduler", "local:2"], corpus, env)
    assert marker.exists()  # a worker did die, on news/2022/150.txt
    assert remote.returncode == ExitStatus.SKIPPED, remote.stderr.decode()
    assert remote.stdout == local.stdout
    assert remote.stderr == local.stderr


@pytest.mark.slow
def test_ctrl_c_cancels_closes_the_cluster_and_leaves_the_output(corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "facts.csv").write_text("old")
    started = tmp_path / "started"
    env = fake_env(tmp_path, FAKE_DELAY="0.05", FAKE_STARTED=str(started))
    factx = subprocess.Popen(
        [sys.executable, "-m", "factx", "extract", "news", "--scheduler", "local:2", "-o", str(out / "facts.csv")],
        cwd=corpus, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not started.exists() and factx.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert started.exists(), factx.stderr.read().decode() if factx.poll() is not None else "no start"
    os.killpg(factx.pid, signal.SIGINT)  # as a terminal does: the command and its workers
    _, stderr = factx.communicate(timeout=60)
    assert factx.returncode == ExitStatus.INTERRUPTED, stderr.decode()
    assert stderr.decode().splitlines()[-1] == "factx: interrupted"
    assert "Traceback" not in stderr.decode(), stderr.decode()
    assert os.listdir(out) == ["facts.csv"] and (out / "facts.csv").read_text() == "old"
    for _ in range(100):  # the workers end with the cluster
        try:
            os.killpg(factx.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.killpg(factx.pid, signal.SIGKILL)
        pytest.fail("processes of the local cluster were left running")
