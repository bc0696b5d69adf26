"""The ``factx`` command: read inputs, run the library, write facts. Errors become one line
on stderr and an exit status (``ExitStatus``); rich is imported only to draw."""

from __future__ import annotations

import codecs
import dataclasses
import functools
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, TextIO, TypeVar

import click

from factx import batch, cli_cluster, interrupt
from factx._version import __version__
from factx.cli_options import INPUT_EXTRAS, Output, check_types, output_options, paths_or_stdin
from factx.errors import FactxError, OutputError
from factx.model import TYPES, Fact
from factx.reading import InputError, Source, display
from factx.writers import ROW_FORMATS, RowFormat, format_for_path, visible, writer_class

T = TypeVar("T")


class ExitStatus(IntEnum):
    """The exit status of ``factx``."""

    OK = 0  #: every input was read
    ERROR = 1  #: nothing readable, or a fatal error (output, internal)
    USAGE = 2  #: bad command line (reported by click)
    SKIPPED = 3  #: some inputs were skipped or read incompletely, the others were read
    INTERRUPTED = 130  #: Ctrl-C (SIGINT)
    TERMINATED = 143  #: SIGTERM


# --- the one error boundary -----------------------------------------------------------------


def _say(message: str) -> None:
    click.echo(f"factx: {visible(message)}", err=True)


class FactxGroup(click.Group):
    """Runs a command and turns what escapes from it into one line and an exit status."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except click.ClickException as err:  # a bad option may quote control characters
            setattr(err, "message", visible(err.message))  # noqa: B010 (typed Final in click 8.5)
            raise

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.ClickException as err:  # a usage error: it may quote what was typed
            setattr(err, "message", visible(err.message))  # noqa: B010
            raise
        except click.exceptions.Exit:
            _stop_if_interrupted(ctx)  # a signal whose exception was lost on the way
            raise
        except click.Abort:
            raise
        except (interrupt.Interrupted, KeyboardInterrupt) as err:
            _stop(ctx, err)
        except BaseException as err:
            _stop_if_interrupted(ctx)  # whatever broke, broke because of the signal
            _fail(ctx, err)


def _stop(ctx: click.Context, err: BaseException) -> None:
    """One line and exit 130 (Ctrl-C) or 143 (SIGTERM)."""
    stop = err if isinstance(err, interrupt.Interrupted) else interrupt.Interrupted(signal.SIGINT)
    _say(stop.message)
    ctx.exit(stop.status)


def _stop_if_interrupted(ctx: click.Context) -> None:
    stop = interrupt.received()
    if stop is not None:
        _stop(ctx, stop)


def _fail(ctx: click.Context, err: BaseException) -> None:
    """What escaped from a command, as one line and an exit status."""
    if isinstance(err, FactxError):
        _say(f"error: {err}")
        ctx.exit(ExitStatus.ERROR)
    if isinstance(err, BrokenPipeError):
        # The reader went away (`factx ... | head`): stop quietly. Point stdout at devnull
        # so the interpreter's last flush does not complain (Python docs, "SIGPIPE").
        with suppress(OSError, ValueError, AttributeError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        ctx.exit(ExitStatus.OK)
    if isinstance(err, OSError):
        name = err.filename
        where = f" ({display(os.fsdecode(name))})" if isinstance(name, (str, bytes)) else ""
        _say(f"error: {(err.strerror or str(err)).lower()}{where}")
        ctx.exit(ExitStatus.ERROR)
    if isinstance(err, Exception):  # a bug: one line, and its traceback only when asked for
        _show_traceback(err)
        _say(f"error: internal error: {type(err).__name__}: {err}")
        ctx.exit(ExitStatus.ERROR)
    raise err  # SystemExit, GeneratorExit


#: The environment variable that turns ``--traceback`` on (any value but empty or 0).
DEBUG_ENV = "FACTX_DEBUG"


def _debugging() -> bool:
    """Whether ``--traceback`` was given or ``FACTX_DEBUG`` is set."""
    if os.environ.get(DEBUG_ENV, "") not in ("", "0"):
        return True
    ctx = click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.find_root().params.get("traceback"))


def _show_traceback(err: BaseException) -> None:
    """The traceback of an internal error on stderr, when debugging (see ``_debugging``)."""
    if _debugging():
        import traceback

        click.echo("".join(traceback.format_exception(err)).rstrip("\n"), err=True)


@click.group(cls=FactxGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__, "-V", "--version", prog_name="factx", message="%(prog)s %(version)s"
)
@click.option(
    "--traceback", is_flag=True,
    help=f"Print the traceback of an internal error (a bug) too; also set by {DEBUG_ENV}=1.",
)
def cli(traceback: bool) -> None:
    """Pull quantities, money, percentages, places and dates out of Chinese news text."""


def main() -> None:
    """Run the command (``factx.__main__.main`` routes the signals first)."""
    try:
        interrupt.reset()  # (inside the try: a signal may come while they run)
        interrupt.install()
        cli(prog_name="factx")
    except interrupt.Interrupted as stop:  # outside a command: while the options are read
        _say(stop.message)
        _exit_now(stop.status)
    except SystemExit as done:
        if interrupt.received() is not None:
            _exit_now(done.code)
        interrupt.settle()  # the run is over: a signal now changes nothing
        _exit_quickly(done.code)
        raise


def _exit_quickly(code: Any) -> None:
    """End a finished run without the interpreter's teardown (freeing every object of the
    gazetteer and the patterns takes longer than some runs), once the output is flushed.

    Only when no worker process was ever started (their pool's exit handler must run)
    and the streams flush cleanly; otherwise the caller exits the ordinary way."""
    if "multiprocessing" in sys.modules or not (code is None or isinstance(code, int)):
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None and not stream.closed:
                stream.flush()
    except Exception:  # noqa: BLE001 - a broken pipe and the like: the ordinary exit reports it
        return
    os._exit(code or 0)


def _exit_now(code: Any) -> None:
    """Exit after an interruption without the interpreter's exit handlers: one of them
    joins the worker pool's threads, which a killed worker may have left waiting."""
    for stream in (sys.stdout, sys.stderr):
        with suppress(Exception):
            stream.flush()
    os._exit(code if isinstance(code, int) else ExitStatus.ERROR)


# --- shared input options -------------------------------------------------------------------


@dataclass(frozen=True)
class Inputs:
    """What to read and how: the input option bundle of every command."""

    paths: tuple[str, ...]
    globs: tuple[str, ...]
    jobs: int
    quiet: bool
    options: batch.Options
    scheduler: str | None = None  #: --scheduler: a Dask cluster (factx.cli_cluster)


def _check_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {value!r}") from None
        try:  # codecs that are not bytes -> text (rot13, hex) or cannot replace bad bytes (idna)
            b"a\xff".decode(value, "replace")
            codecs.getincrementaldecoder(value)("replace")
        except (LookupError, UnicodeError, ValueError, TypeError):
            raise click.BadParameter(f"{value!r} is not a text encoding that factx can use") from None
    return value


_INPUT_OPTIONS = (
    # readable=False: an unreadable input is skipped when it is read (exit 3), not a usage error
    click.argument("paths", nargs=-1, metavar="[PATH]...", type=click.Path(readable=False)),
    click.option(
        "--glob", "globs", multiple=True, default=("*.txt",), show_default=True, metavar="PATTERN",
        help="File names to read in folders (repeatable).",
    ),
    click.option(
        "--encoding", callback=_check_encoding, metavar="NAME",
        help="Decode every input with this encoding, bad bytes replaced by U+FFFD "
        "(default: detect UTF-8, UTF-16 with BOM, GB18030).",
    ),
    click.option(
        "-j", "--jobs", type=click.IntRange(min=1), metavar="N",
        help="Worker processes (default: number of CPUs).",
    ),
    cli_cluster.SCHEDULER_OPTION,
    click.option(
        "--types", multiple=True, callback=check_types, metavar="LIST",
        help=f"Only these fact types, comma-separated or repeated: {','.join(TYPES)}.",
    ),
    click.option(
        "--tokenizer", type=click.Choice(["rjieba", "jieba"]),
        help="Word segmenter (default: rjieba).",
    ),
    *INPUT_EXTRAS,
    click.option("-q", "--quiet", is_flag=True, help="No progress bar and no closing count."),
)


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the input options to a command, handed to it as one ``Inputs`` argument."""

    @functools.wraps(command)
    def wrapper(paths, globs, encoding, jobs, types, tokenizer, input_format, save_text, quiet, scheduler=None,
                **kwargs):
        options = batch.Options(
            encoding=encoding, types=types, tokenizer=tokenizer, input_format=input_format,
            save_text=save_text,
        )
        inputs = Inputs(paths_or_stdin(paths), globs, jobs or os.cpu_count() or 1, quiet, options, scheduler)
        return command(inputs, **kwargs)

    for option in reversed(_INPUT_OPTIONS):
        wrapper = option(wrapper)
    return wrapper


# --- running over the inputs ----------------------------------------------------------------


class Tally:
    """Counts inputs read and skipped, facts and characters; says so on stderr, with a
    progress bar while it runs when stderr is a terminal."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.total = total
        self.quiet = quiet
        self.read = self.skipped = self.incomplete = self.facts = self.chars = 0
        self.bar: Any = None

    def __enter__(self) -> Tally:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None

    def start_bar(self) -> None:
        """Show the progress bar, if stderr is a terminal and there is more than one input.

        Call it once the worker processes exist: they must not be forked while the bar's
        refresh thread runs."""
        if self.bar is not None or self.total < 2 or self.quiet or not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(
            TextColumn("files"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[facts]} facts"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        done = self.read + self.skipped
        self.task = self.bar.add_task("", total=self.total, completed=done, facts=0, rate="")
        with interrupt.deferred():  # its refresh thread leaves the signals to the main thread
            self.bar.start()

    def say(self, message: str) -> None:
        """One line on stderr, above the bar when there is one."""
        if self.bar is None:
            _say(message)
        else:
            self.bar.console.print(f"factx: {visible(message)}", markup=False, highlight=False)

    def skip(self, err: InputError) -> None:
        """An input that was not read, or read only in part (``err.partial``)."""
        if getattr(err, "partial", False):
            self.read += 1
            self.incomplete += 1
            self.say(f"warning: {err}; the facts read before this were written")
        else:
            self.skipped += 1
            cause = err.__cause__
            if cause is not None and not isinstance(cause, (FactxError, OSError, UnicodeError)):
                _show_traceback(cause)  # the extractor failed on this input: a bug
            self.say(f"error: {err}")
        if self.bar is not None:
            self.bar.advance(self.task)

    def part(self, facts: int, chars: int) -> None:
        """Progress within an input."""
        self.facts += facts
        self.chars += chars
        if self.bar is not None:
            elapsed = self.bar.tasks[0].elapsed or 0
            rate = f"{_si(self.chars / elapsed)} chars/s" if elapsed else ""
            self.bar.update(self.task, facts=self.facts, rate=rate)

    def done(self) -> None:
        """An input read to the end."""
        self.read += 1
        if self.bar is not None:
            self.bar.advance(self.task)

    def status(self) -> ExitStatus:
        """OK, SKIPPED (some inputs skipped or read incompletely) or ERROR (nothing read)."""
        if not self.read:
            return ExitStatus.ERROR
        return ExitStatus.SKIPPED if self.skipped or self.incomplete else ExitStatus.OK

    def report(self) -> None:
        """The closing count, when there was more than one input."""
        if self.read + self.skipped > 1 and not self.quiet:
            files = "file" if self.read == 1 else "files"
            facts = "fact" if self.facts == 1 else "facts"
            _say(f"{self.read} {files} read, {self.skipped} skipped, {self.facts} {facts}")


@contextmanager
def _closed(items: Iterator[T]) -> Iterator[Iterator[T]]:
    """``items``, closed when the block ends if it is a generator (this stops the workers
    and cluster tasks that produce it): ``contextlib.closing`` for an ``Iterator``."""
    try:
        yield items
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()


def _si(n: float) -> str:
    for unit in ("", "k", "M"):
        if n < 1000:
            return f"{n:.0f}{unit}"
        n /= 1000
    return f"{n:.0f}G"


def _discover(inputs: Inputs) -> tuple[list[Source], list[InputError]]:
    """The inputs found; ends the run (one line, exit 1) when there is nothing to read."""
    sources, problems = cli_cluster.discover(inputs.paths, inputs.globs, inputs.scheduler)
    if not problems and not sources:
        where = ", ".join(display(p) for p in inputs.paths)
        raise InputError(f"no files match {' '.join(inputs.globs)}", where)
    if not sources:  # report, and write nothing at all (not even a CSV header)
        with Tally(len(problems), inputs.quiet) as tally:
            for problem in problems:
                tally.skip(problem)
        tally.report()
        raise click.exceptions.Exit(tally.status())
    return sources, problems


def _process(
    inputs: Inputs,
    sources: list[Source],
    problems: list[InputError],
    on_fact: Callable[[Fact], object],
    on_doc: Callable[[str], object] = lambda doc: None,
    on_part: Callable[[], object] | None = None,
    finish: Callable[[Tally], object] = lambda tally: None,
    on_rows: Callable[[str], object] | None = None,
) -> ExitStatus:
    """Extract every source in order, handing each fact to ``on_fact`` (or rows written by
    a worker, with ``inputs.options.rows``, to ``on_rows``), the name of each document read
    to ``on_doc``, calling ``on_part`` after each part (streamed stdin) and ``finish`` at
    the end; then report skipped inputs and the closing count."""
    with Tally(len(sources) + len(problems), inputs.quiet) as tally:
        for problem in problems:
            tally.skip(problem)
        with _closed(cli_cluster.run(sources, inputs.options, inputs.jobs, inputs.scheduler)) as docs:
            for doc in docs:
                tally.start_bar()
                try:
                    with _closed(doc.parts()) as parts:
                        for facts, chars in parts:
                            interrupt.check()
                            if isinstance(facts, batch.Rows):
                                on_rows(facts.text)  # type: ignore[misc]
                                tally.part(facts.total, chars)
                            else:
                                for fact in facts:
                                    on_fact(fact)
                                tally.part(len(facts), chars)
                            if on_part is not None:
                                on_part()
                except InputError as err:
                    tally.skip(err)
                    if err.partial:
                        on_doc(doc.source.doc)
                else:
                    tally.done()
                    on_doc(doc.source.doc)
        finish(tally)  # the table's last rows before the closing count
    tally.report()
    return tally.status()


# --- output ---------------------------------------------------------------------------------


def _stdout() -> TextIO:
    """Standard output, writing UTF-8 with no newline translation."""
    if sys.stdout is None or sys.stdout.closed:  # started with stdout closed (`factx ... >&-`)
        raise OutputError("cannot write: standard output is closed")
    with suppress(AttributeError):
        sys.stdout.reconfigure(encoding="utf-8", newline="")  # type: ignore[union-attr]
    return sys.stdout


def _check_output(output: str | None, sources: list[Source]) -> str | None:
    """The file to write (None: stdout), refused when its folder is missing, it is a
    folder, or it is one of the inputs."""
    if output in (None, "-"):
        return None
    where = display(output)
    folder = os.path.dirname(output) or "."
    if not os.path.isdir(folder):
        raise OutputError("cannot write: no such folder", where)
    try:
        st = os.stat(output)
    except FileNotFoundError:
        return output
    if os.path.isdir(output):
        raise OutputError("cannot write: is a folder", where)
    if any(s.inode == (st.st_dev, st.st_ino) for s in sources):
        raise OutputError("output is also an input; refusing to overwrite it", where)
    return output


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """Where facts go: stdout; a device, FIFO or socket, written directly; or a regular
    file (or a new one), through a temporary file beside it that replaces it only when the
    block ends without an exception. A symbolic link is followed to what it names."""
    if path is None:
        out = _stdout()
        yield out
        out.flush()
        return
    import stat
    import tempfile

    try:
        mode: int | None = os.stat(path).st_mode  # through symbolic links
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):  # never renamed over: written to
        # (opened by its own name: /dev/stdout and /proc/self/fd/N resolve only so)
        try:
            out = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as err:
            raise OutputError(f"cannot write: {(err.strerror or '').lower()}", display(path)) from err
        with out:
            yield out
        return
    path = os.path.realpath(path)  # a symbolic link: its target is replaced, not the link
    folder, name = os.path.split(path)
    tmp = None
    try:
        with interrupt.deferred():  # a signal now would leave the file without its name
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder or ".")
        with open(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        with interrupt.deferred():  # the commit: interrupted before it, or finished
            interrupt.check()
            os.chmod(tmp, _new_file_mode(path))
            os.replace(tmp, path)
            interrupt.settle()
    except OSError as err:
        _remove(tmp)
        if tmp is None:
            raise OutputError(f"cannot write: {(err.strerror or '').lower()}", display(path)) from err
        raise
    except BaseException:
        _remove(tmp)
        raise


def _remove(tmp: str | None) -> None:
    if tmp is not None:
        with suppress(OSError):
            os.unlink(tmp)


def _new_file_mode(path: str) -> int:
    """The mode of the file being replaced, or what a new file gets under the umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


# --- commands -------------------------------------------------------------------------------


@cli.command()
@input_options
@output_options
def extract(inputs: Inputs, out: Output) -> None:
    """Extract the facts of files, folders (every --glob file under them) or - (stdin).

    With no PATH, reads stdin when it is not a terminal; text arriving on a pipe is
    extracted and written a line at a time."""
    fmt = out.fmt or _default_format(out.path)
    sources, problems = _discover(inputs)
    if fmt == cli_cluster.PARQUET:
        process = functools.partial(_process, inputs, sources, problems)
        raise click.exceptions.Exit(cli_cluster.write_parquet(out.path, sources, process))
    target = _check_output(out.path, sources)
    show_doc = len(sources) > 1
    if fmt in ROW_FORMATS and inputs.jobs > 1 and inputs.scheduler is None:
        # worker processes write the rows themselves; the parent only puts them in order
        fields = tuple(out.fields) if out.fields is not None else None
        rows = RowFormat(fmt, raw=out.raw, show_doc=show_doc, fields=fields, header=out.header, context=out.context)
        inputs = dataclasses.replace(inputs, options=dataclasses.replace(inputs.options, rows=rows))
    with _output(target) as stream:
        writer = writer_class(fmt)(stream, raw=out.raw, show_doc=show_doc, fields=out.fields, header=out.header,
                                   context=out.context)
        writer.start()
        status = _process(
            inputs, sources, problems, writer.write,
            on_part=writer.flush if target is None and _streams_stdin(sources) else None,
            finish=lambda tally: writer.finish(), on_rows=writer.write_rows,
        )
        if status == ExitStatus.ERROR:  # nothing was read: leave no output file behind
            raise click.exceptions.Exit(status)
    raise click.exceptions.Exit(status)


def _streams_stdin(sources: list[Source]) -> bool:
    from factx.inputs import stdin_is_stream

    return any(s.path == "-" for s in sources) and stdin_is_stream()


def _default_format(output: str | None) -> str:
    if output not in (None, "-"):
        fmt = format_for_path(output)
        if fmt is None:
            raise click.BadParameter(
                f"cannot tell the format from the name {display(output)!r}; use --format",
                param_hint="'-o'",
            )
        return fmt
    return "table" if sys.stdout.isatty() else "csv"


@cli.command("summary")
@input_options
@click.option(
    "-f", "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
    show_default=True, help="table to read; csv or json for machines.",
)
@click.option(
    "--top", type=click.IntRange(min=1), default=10, show_default=True, metavar="N",
    help="Rows in the places and units tables.",
)
def summary_command(inputs: Inputs, fmt: str, top: int) -> None:
    """An overview of a corpus: facts per type, places, units, totals per dimension in SI, documents."""
    sources, problems = _discover(inputs)
    from factx.summary import FORMATS as SUMMARY_FORMATS  # only this command needs it
    from factx.summary import Summary

    overview = Summary()

    def finish(tally: Tally) -> None:  # the tables, then the closing count
        if tally.read:
            SUMMARY_FORMATS[fmt](overview.tables(top), _stdout())

    status = _process(inputs, sources, problems, overview.add, overview.add_doc, finish=finish)
    raise click.exceptions.Exit(status)
