"""Run the extractor over many inputs, in worker processes when it pays, results in order."""

from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

import factx
from factx import interrupt
from factx.errors import FactxError
from factx.model import Fact
from factx.reading import InputError, Source

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from factx.writers import RowFormat

#: Inputs bigger than this (bytes) are streamed in the main process, never collected whole.
LOCAL_SIZE = 8 << 20
#: Documents handed to the pool ahead of the one being written, per worker.
AHEAD = 4



class Rows(NamedTuple):
    """Facts a worker process already wrote as rows (``Options.rows``): the text, and how
    many facts it holds. The parent writes the text as it is."""

    text: str
    total: int


Parts = Iterator[tuple["list[Fact] | Rows", int]]


@dataclass(frozen=True)
class Options:
    """How each input is read and extracted."""

    encoding: str | None = None
    types: tuple[str, ...] | None = None
    tokenizer: str | None = None
    #: A name of ``factx.inputs.INPUT_FORMATS``; None: by extension.
    input_format: str | None = None
    #: A folder to write the text of each input to (``--save-text``).
    save_text: str | None = None
    #: Set: worker processes hand back the rows of their facts in this format (``Rows``),
    #: not the facts, so that the parent only writes them in order.
    rows: RowFormat | None = None


@dataclass(frozen=True)
class Doc:
    """One input's result: ``parts()`` yields ``(facts, characters)``, or raises InputError."""

    source: Source
    parts: Callable[[], Parts]


def extract_parts(
    source: Source, options: Options, texts: Iterable[tuple[int, str]] | None = None
) -> Parts:
    """The facts of one input, part by part, with offsets into the whole text.

    ``texts`` stands for reading ``source.path`` (``(offset, part)`` pairs, as ``iter_text``
    gives them; factx.distributed passes the text of a URL this way).
    """
    for base, text in read_parts(source, options) if texts is None else texts:
        try:
            facts = factx.extract(
                text, doc=source.doc, types=options.types, tokenizer=options.tokenizer
            )
        except Exception as err:  # a bug on one document must not end the run
            raise InputError(f"extraction failed: {type(err).__name__}: {err}", source.doc) from err
        if base:
            facts = [replace(f, start=f.start + base, end=f.end + base) for f in facts]
        yield facts, len(text)


def read_parts(source: Source, options: Options) -> Iterator[tuple[int, str]]:
    """The text of one input in its input format, saved as it goes with ``save_text``."""
    from factx.inputs import format_of, saving

    parts = format_of(source.path, options.input_format).read(source.path, options.encoding)
    return saving(parts, options.save_text, source.doc) if options.save_text else parts


def run(sources: Sequence[Source], options: Options, jobs: int = 1) -> Iterator[Doc]:
    """One ``Doc`` per source, in order; ``jobs > 1`` reads and extracts in worker processes.

    Close the iterator (``contextlib.closing``) to stop the workers early.
    """
    pooled = sum(1 for s in sources if _poolable(s))
    if jobs <= 1 or pooled <= 1:
        for source in sources:
            yield Doc(source, partial(extract_parts, source, options))
        return

    from concurrent.futures import ProcessPoolExecutor  # here: it takes 40 ms to import

    workers = min(jobs, pooled)
    pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(options.tokenizer, os.getpid()))
    stopped = False
    try:
        window: deque[Doc] = deque()
        todo = iter(sources)
        while True:
            for source in todo:
                if _poolable(source):
                    future = _submit(pool, source, options)
                    window.append(Doc(source, partial(_unpack, future, source)))
                else:
                    window.append(Doc(source, partial(extract_parts, source, options)))
                if len(window) >= workers * AHEAD:
                    break
            if not window:
                break
            yield window.popleft()
    except BaseException:
        # Stopped early (a signal, closed pipe, error): end the workers now rather than let
        # them finish their documents (Python 3.14 has pool.terminate_workers() for this).
        _stop_workers(pool)
        stopped = True
        raise
    finally:
        # Waiting for the pool's manager thread here keeps the interpreter's exit from
        # racing it (CPython 3.11 can then print "Bad file descriptor"); a signal waits
        # until the workers are gone. After _stop_workers the wait is bounded.
        with interrupt.deferred():
            manager = getattr(pool, "_executor_manager_thread", None)
            pool.shutdown(wait=not stopped, cancel_futures=True)
            if stopped and manager is not None:
                manager.join(5)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's worker processes and let its manager thread end."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(5)
    # A worker killed while it sent a result leaves the manager thread waiting for the rest
    # of the message: closing this process's copy of the pipe's write end (the workers'
    # copies died with them) turns that wait into an end of file, and the thread ends.
    with suppress(Exception):
        pool._result_queue._writer.close()  # type: ignore[attr-defined]


def _poolable(source: Source) -> bool:
    return source.path != "-" and source.size <= LOCAL_SIZE


def _init_worker(tokenizer: str | None, parent: int) -> None:
    """Leave Ctrl-C to the main process, die with it, and load the tokeniser and lexicons once.

    The worker starts with SIGINT and SIGTERM blocked (``_submit`` forks it so): it ignores
    SIGINT, dies at once on SIGTERM (the main process ends its workers so), asks Linux to
    kill it when the main process dies, and only then lets the signals in."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with(parent)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, interrupt.SIGNALS)
    if os.getppid() != parent:  # the main process is gone already
        os._exit(1)
    # A broken extractor is reported per document by _work; failing here would break the
    # whole pool instead.
    with suppress(Exception):
        factx.extract("预热", tokenizer=tokenizer)
    # What is loaded now (dictionaries, lexicons, the place automaton) lives as long as the
    # worker: out of the collector's sight, the collections between documents stay short.
    gc.freeze()


def _die_with(parent: int) -> None:
    """On Linux, have the kernel send SIGKILL to this process when its parent dies."""
    import sys

    if not sys.platform.startswith("linux"):
        return
    with suppress(Exception):
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG


def _work(
    source: Source, options: Options, texts: Iterable[tuple[int, str]] | None = None
) -> tuple[list[Fact] | Rows, int, InputError | None]:
    """In a worker: the facts of one input (as ``Rows`` when ``options.rows`` says how),
    its length, and why it was skipped or read only in part (then the facts are those
    read before, handed on with a warning)."""
    facts: list[Fact] = []
    chars = 0
    problem = None
    try:
        for part, n in extract_parts(source, options, texts):
            assert isinstance(part, list)  # (rows are rendered here, below)
            facts.extend(part)
            chars += n
    except InputError as err:
        problem = err
    if options.rows is not None:
        return Rows(options.rows.render(facts), len(facts)), chars, problem
    return facts, chars, problem


def _submit(pool: ProcessPoolExecutor, source: Source, options: Options) -> Future:
    """The future result of ``_work`` on ``source``; failed at once if the pool is broken."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    try:
        with interrupt.deferred():  # a worker forked now starts with the signals blocked
            return pool.submit(_work, source, options)
    except BrokenProcessPool as err:
        future: Future = Future()
        future.set_exception(err)
        return future


def _unpack(future: Future, source: Source) -> Parts:
    from concurrent.futures import wait
    from concurrent.futures.process import BrokenProcessPool

    try:
        while not wait([future], timeout=0.2).done:
            interrupt.check()  # wake up now and then: a signal may have gone to another thread
        outcome = future.result()
    except BrokenProcessPool as err:
        raise FactxError(
            f"a worker process died (out of memory?) before {source.doc} was read; try -j 1"
        ) from err
    facts, chars, problem = outcome
    if problem is not None and problem.partial:
        yield facts, chars
    if problem is not None:
        raise problem
    yield facts, chars
