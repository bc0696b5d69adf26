"""Run the extractor over many inputs, in worker processes when it pays, results in order."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

import factx
from factx.errors import FactxError
from factx.model import Fact
from factx.reading import InputError, Source

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

#: Inputs bigger than this (bytes) are streamed in the main process, never collected whole.
LOCAL_SIZE = 8 << 20
#: Documents handed to the pool ahead of the one being written, per worker.
AHEAD = 4

Parts = Iterator[tuple[list[Fact], int]]


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
    pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(options.tokenizer,))
    try:
        window: deque[Doc] = deque()
        todo = iter(sources)
        while True:
            for source in todo:
                if _poolable(source):
                    future = _submit(pool, source, options)
                    window.append(Doc(source, partial(_unpack, future.result, source)))
                else:
                    window.append(Doc(source, partial(extract_parts, source, options)))
                if len(window) >= workers * AHEAD:
                    break
            if not window:
                break
            yield window.popleft()
    except BaseException:
        # Stopped early (Ctrl-C, closed pipe, error): end the workers now rather than let
        # them finish their documents (Python 3.14 has pool.terminate_workers() for this).
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
        raise
    finally:
        # Waiting for the pool's manager thread here keeps the interpreter's exit from
        # racing it (CPython 3.11 can then print "Bad file descriptor").
        pool.shutdown(wait=True, cancel_futures=True)


def _poolable(source: Source) -> bool:
    return source.path != "-" and source.size <= LOCAL_SIZE


def _init_worker(tokenizer: str | None) -> None:
    """Leave Ctrl-C to the main process, and load the tokeniser and lexicons once."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A broken extractor is reported per document by _work; failing here would break the
    # whole pool instead.
    with suppress(Exception):
        factx.extract("预热", tokenizer=tokenizer)


def _work(
    source: Source, options: Options, texts: Iterable[tuple[int, str]] | None = None
) -> tuple[list[Fact], int] | InputError:
    """In a worker: every fact of one input and its length, or why it was skipped."""
    facts: list[Fact] = []
    chars = 0
    try:
        for part, n in extract_parts(source, options, texts):
            facts.extend(part)
            chars += n
    except InputError as err:
        return err
    return facts, chars


def _submit(pool: ProcessPoolExecutor, source: Source, options: Options) -> Future:
    """The future result of ``_work`` on ``source``; failed at once if the pool is broken."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(_work, source, options)
    except BrokenProcessPool as err:
        future: Future = Future()
        future.set_exception(err)
        return future


def _unpack(result: Callable[[], tuple[list[Fact], int] | InputError], source: Source) -> Parts:
    from concurrent.futures.process import BrokenProcessPool

    try:
        outcome = result()
    except BrokenProcessPool as err:
        raise FactxError(
            f"a worker process died (out of memory?) before {source.doc} was read; try -j 1"
        ) from err
    if isinstance(outcome, InputError):
        raise outcome
    yield outcome
