"""Run the extraction on a Dask cluster (``pip install "factx[dask]"``).

The unit of work is a *task*: a short list of inputs, each read and extracted on a worker
by the same function as a local worker process (``batch._work``), so the rows are the
ones of a local run. Workers read the bytes themselves, from a path they can see (shared
storage) or an fsspec URL (``s3://…``, ``gcs://…``, ``file://…``); the client sends only
names. Tasks are pure (the same inputs give the same result, nothing else is written), so
the tasks of a worker that dies are simply run again by the scheduler.

Entry points:

- ``connect(scheduler)``: a ``distributed.Client`` for an address, or for ``local[:N]``
  (a ``LocalCluster`` of N worker processes, started and closed with the block).
- ``discover(paths, globs)``: ``reading.discover`` that also lists fsspec URLs
  (``factx.remote``).
- ``run(sources, options, client)``: one ``batch.Doc`` per source, in order, while the
  cluster works ahead on a bounded number of tasks.
- ``extract_bag(paths)``: a ``dask.bag.Bag`` of fact dicts; ``to_dataframe(bag)`` and
  ``to_parquet(bag, path)`` for outputs too big for one file.
"""

from __future__ import annotations

import math
import os
import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

import factx
from factx import batch
from factx.errors import DASK_INSTALL, FactxError, MissingDask
from factx.model import Fact
from factx.reading import InputError, Source
from factx.remote import discover, is_url, url_texts

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    from distributed import Client

#: What to install for this module.
INSTALL = DASK_INSTALL
#: Worker processes of ``local`` without a count.
LOCAL_WORKERS = 2
#: Inputs in one task at most, and their bytes (a bigger input is a task of its own).
TASK_DOCS = 32
TASK_BYTES = 1 << 20
#: Tasks per worker thread at least, when there are few inputs (so all workers get some).
TASKS_PER_THREAD = 4
#: Tasks submitted ahead of the one being written, per worker thread.
AHEAD = 2

TaskResult = list[tuple["list[Fact] | batch.Rows", int, InputError | None]]


def require() -> None:
    """Raise ``MissingDask`` unless ``dask.distributed`` can be imported."""
    try:
        import distributed  # noqa: F401
    except ImportError as err:
        raise MissingDask(f"Dask is not installed ({err.name or 'distributed'})") from None


def parse_scheduler(spec: str) -> tuple[str | None, int]:
    """``(address, 0)`` for a scheduler address, ``(None, N)`` for ``local`` / ``local:N``.

    Raises ``ValueError`` for ``local:`` with something other than a positive count.
    """
    if spec == "local":
        return None, LOCAL_WORKERS
    if spec.startswith("local:"):
        count = spec[len("local:") :]
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"local:N needs a number of workers N ≥ 1, not {count!r}")
        return None, int(count)
    return spec, 0


@contextmanager
def connect(scheduler: str | Client, *, keep_ctrl_c: bool = False, **cluster_options: Any) -> Iterator[Client]:
    """A client of ``scheduler``: a ``Client`` (used as is), an address such as
    ``tcp://host:8786``, or ``local[:N]`` for a ``LocalCluster`` of N single-threaded
    worker processes (``cluster_options`` go to it), closed when the block ends.

    ``keep_ctrl_c``: the workers of a local cluster ignore SIGINT, so that a terminal's
    Ctrl-C reaches only this process (the command line's choice; see ``_sigint_ignored``).
    """
    require()
    from distributed import Client, LocalCluster

    if isinstance(scheduler, Client):
        yield scheduler
        return
    address, workers = parse_scheduler(scheduler)
    cluster = None
    try:
        if address is None:
            # Port 0: no clash with another cluster's dashboard (and no warning about it).
            options: dict[str, Any] = {"threads_per_worker": 1, "dashboard_address": ":0"}
            if keep_ctrl_c:
                options["preload"] = ["factx._local_worker"]
            options.update(cluster_options)
            with _sigint_ignored() if keep_ctrl_c else nullcontext():
                cluster = LocalCluster(n_workers=workers, processes=True, **options)
            client = Client(cluster)
        else:
            try:
                client = Client(address, timeout="20s")
            except (OSError, TimeoutError) as err:
                raise FactxError(f"cannot reach the Dask scheduler at {address}: {err}") from err
        try:
            yield client
        finally:
            client.close()
    finally:
        if cluster is not None:
            cluster.close()


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """SIGINT ignored while the block starts worker processes: they inherit that (Python
    keeps an ignored SIGINT ignored), so Ctrl-C reaches only this process, which cancels
    the tasks and closes the cluster, instead of each worker dying with a traceback. A
    Ctrl-C while the workers start (about a second) is lost.
    Workers started again later ignore it through the ``factx._local_worker`` preload.
    (Blocking the signal instead is not inherited by processes Python starts.)"""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


# --- tasks -------------------------------------------------------------------------------


def extract_task(sources: list[Source], options: batch.Options) -> TaskResult:
    """On a worker: ``(facts, characters, problem)`` of each source, in order (``problem``:
    the ``InputError`` that skipped it, or read it only in part).

    Pure: it reads its inputs and returns; running it twice gives the same result."""
    return [
        batch._work(s, options, url_texts(s.path, options.encoding) if is_url(s.path) else None)
        for s in sources
    ]


def warmup_plugin(tokenizer: str | None = None) -> Any:
    """A worker plugin that loads the tokeniser and lexicons once per worker, when it joins
    (the extractor is a cached global of the worker process, so later tasks reuse it).
    Defined here so that importing this module does not import Dask."""
    from distributed import WorkerPlugin

    class Warmup(WorkerPlugin):
        name = f"factx-warmup-{tokenizer or 'default'}"
        idempotent = True

        def setup(self, worker: Any) -> None:
            with suppress(Exception):  # a broken extractor is reported per document
                factx.extract("预热", tokenizer=tokenizer)

    return Warmup()


def task_docs(inputs: int, threads: int) -> int:
    """Inputs per task: at most ``TASK_DOCS``, fewer when that would leave threads idle."""
    return max(1, min(TASK_DOCS, math.ceil(inputs / (threads * TASKS_PER_THREAD))))


def group(sources: Iterable[Source], docs: int, size: int = TASK_BYTES) -> Iterator[list[Source]]:
    """``sources`` in order, cut into tasks of at most ``docs`` inputs and about ``size``
    bytes; stdin ("-") alone, as it is read by the client."""
    task: list[Source] = []
    total = 0
    for source in sources:
        if task and (source.path == "-" or len(task) >= docs or total + source.size > size):
            yield task
            task, total = [], 0
        task.append(source)
        total += source.size
        if source.path == "-":
            yield task
            task, total = [], 0
    if task:
        yield task


class _Task:
    """A submitted task: its result fetched once, when its first input is written."""

    def __init__(self, future: Any, sources: list[Source], docs: list[str]) -> None:
        self.future = future
        self.sources = sources
        self.docs = docs
        self.results: TaskResult | None = None

    def result(self, index: int) -> tuple[list[Fact] | batch.Rows, int, InputError | None]:
        if self.results is None:
            self.results = _fetch(self.future, self.sources)
            self.future = None  # let the cluster forget it
        return self.results[index]

    def parts(self, index: int) -> batch.Parts:
        facts, chars, problem = self.result(index)
        if problem is not None and problem.partial:
            yield facts, chars  # what was read before the problem showed, as a local run does
        if problem is not None:  # named as the local run names it, not by the absolute path
            raise InputError(problem.what, self.docs[index], partial=problem.partial) from problem
        yield facts, chars


def _fetch(future: Any, sources: list[Source]) -> TaskResult:
    from distributed import KilledWorker

    what = sources[0].doc if len(sources) == 1 else f"{sources[0].doc} … {sources[-1].doc}"
    try:
        return future.result()
    except KilledWorker as err:
        raise FactxError(
            f"Dask workers died (out of memory?) each time they read {what}; try smaller tasks "
            "or more memory per worker"
        ) from err
    except InputError:
        raise
    except (OSError, TimeoutError) as err:
        raise FactxError(f"lost the Dask scheduler while reading {what}: {err}") from err
    except Exception as err:  # e.g. factx missing on a worker
        if type(err).__name__ == "CancelledError":
            raise FactxError(f"the Dask scheduler cancelled the task of {what}") from err
        raise FactxError(f"a Dask task failed on {what}: {type(err).__name__}: {err}") from err


def run(
    sources: Sequence[Source],
    options: batch.Options,
    client: Client,
    *,
    docs_per_task: int | None = None,
    ahead: int | None = None,
) -> Iterator[batch.Doc]:
    """One ``batch.Doc`` per source, in order, the sources read and extracted on the
    cluster of ``client`` (stdin by this process).

    At most ``ahead`` tasks (default: ``AHEAD`` per worker thread, and one more) are on the
    cluster at a time; earlier tasks get a higher priority. Close the iterator
    (``contextlib.closing``) to cancel the tasks not yet written.
    """
    threads = max(1, sum(client.nthreads().values()))
    docs = docs_per_task or task_docs(len(sources), threads)
    ahead = ahead or AHEAD * threads + 1
    client.register_plugin(warmup_plugin(options.tokenizer))
    run_id = uuid.uuid4().hex[:12]
    # Workers have their own working folder: send absolute paths, keep the doc names.
    remote = (
        s if s.path == "-" or is_url(s.path) else replace(s, path=os.path.abspath(s.path))
        for s in sources
    )
    window: deque[tuple[_Task | None, list[batch.Doc]]] = deque()
    try:
        tasks = enumerate(group(remote, docs))
        while True:
            for number, chunk in tasks:
                window.append(_submit(client, chunk, options, f"factx-extract-{run_id}-{number}", number))
                if len(window) >= ahead:
                    break
            if not window:
                break
            _, unit = window.popleft()
            yield from unit
    except BaseException:
        # Stopped early (Ctrl-C, closed pipe, error): forget the tasks still queued.
        pending = [task.future for task, _ in window if task is not None and task.future is not None]
        if pending:
            with suppress(Exception):
                client.cancel(pending)
        raise


def _submit(
    client: Client, chunk: list[Source], options: batch.Options, key: str, number: int
) -> tuple[_Task | None, list[batch.Doc]]:
    if chunk[0].path == "-":
        return None, [batch.Doc(chunk[0], partial(batch.extract_parts, chunk[0], options))]
    future = client.submit(extract_task, chunk, options, key=key, priority=-number)
    task = _Task(future, chunk, [s.doc for s in chunk])
    return task, [batch.Doc(s, partial(task.parts, i)) for i, s in enumerate(chunk)]


# --- bags, data frames, Parquet ----------------------------------------------------------


def extract_bag(
    paths: Iterable[str],
    *,
    globs: Sequence[str] = ("*.txt",),
    encoding: str | None = None,
    types: Sequence[str] | None = None,
    tokenizer: str | None = None,
    errors: str = "skip",
    docs_per_partition: int = TASK_DOCS,
) -> dask.bag.Bag:
    """A bag of the facts of ``paths`` (files, folders, fsspec URLs) as dicts in
    ``factx.FIELDS`` order; one partition per task of at most ``docs_per_partition`` inputs,
    partitions in input order. Listing happens now, reading when the bag is computed (on
    the current ``distributed.Client``, if there is one).

    ``errors="skip"`` leaves unreadable inputs out; ``"raise"`` fails on the first one
    with its ``InputError``. Raises ``InputError`` here when a path cannot be listed
    and ``errors="raise"``.
    """
    require()
    import dask.bag as db

    if errors not in ("skip", "raise"):
        raise ValueError(f"errors must be 'skip' or 'raise', not {errors!r}")
    sources, problems = discover(paths, globs)
    if problems and errors == "raise":
        raise problems[0]
    sources = [s if is_url(s.path) else replace(s, path=os.path.abspath(s.path)) for s in sources]
    if any(s.path == "-" for s in sources):
        raise ValueError("extract_bag cannot read stdin")
    options = batch.Options(encoding=encoding, types=tuple(types) if types else None, tokenizer=tokenizer)
    chunks = list(group(sources, docs_per_partition))
    if not chunks:
        return db.from_sequence([], npartitions=1)
    bag = db.from_sequence(chunks, npartitions=len(chunks))
    return bag.map_partitions(_partition_facts, options=options, errors=errors)


def _partition_facts(chunks: list[list[Source]], options: batch.Options, errors: str) -> list[dict]:
    rows: list[dict] = []
    for chunk in chunks:
        for facts, _, problem in extract_task(chunk, options):
            if problem is not None and errors == "raise":
                raise problem
            if (problem is None or problem.partial) and isinstance(facts, list):  # (no rows asked for)
                rows.extend(fact.to_dict() for fact in facts)
    return rows


def to_dataframe(bag: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """The facts of ``extract_bag`` as a data frame with the columns and types of
    ``factx.parquet.SCHEMA`` (Arrow-backed), one partition per bag partition."""
    import dask.dataframe as dd

    from factx import parquet

    meta = parquet.frame([])
    return dd.from_delayed([_frame_of(part) for part in bag.to_delayed()], meta=meta, verify_meta=False)


def _frame_of(part: Any) -> Any:
    from dask import delayed

    from factx import parquet

    return delayed(parquet.frame)(part)


def to_parquet(bag: dask.bag.Bag, path: str, **options: Any) -> None:
    """Write the facts of ``extract_bag`` as Parquet files ``part.NNNNN.parquet`` under the
    folder or URL ``path``, one per partition, each written by a worker (``options`` go to
    ``dask.dataframe.to_parquet``)."""
    from factx import parquet

    options.setdefault("name_function", parquet.part_name)
    options.setdefault("write_index", False)
    options.setdefault("schema", parquet.schema())
    to_dataframe(bag).to_parquet(path, **options)

