"""The ``factx`` command: read inputs, run the library, write facts. Errors become one line
on stderr and an exit status (``ExitStatus``); rich is imported only to draw."""

from __future__ import annotations

import codecs
import functools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, TextIO

import click

from factx import batch
from factx._version import __version__
from factx.errors import FactxError
from factx.model import TYPES, Fact
from factx.reading import InputError, Source, discover, display
from factx.writers import WRITERS, format_for_path


class ExitStatus(IntEnum):
    """The exit status of ``factx``."""

    OK = 0  #: every input was read
    ERROR = 1  #: nothing readable, or a fatal error (output, internal)
    USAGE = 2  #: bad command line (reported by click)
    SKIPPED = 3  #: some inputs were skipped, the others were read
    INTERRUPTED = 130  #: Ctrl-C


class OutputError(InputError):
    """An output that cannot be written."""


# --- the one error boundary -----------------------------------------------------------------


def _say(message: str) -> None:
    click.echo(f"factx: {message}", err=True)


class FactxGroup(click.Group):
    """Runs a command and turns what escapes from it into one line and an exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except FactxError as err:
            _say(f"error: {err}")
            ctx.exit(ExitStatus.ERROR)
        except KeyboardInterrupt:
            _say("interrupted")
            ctx.exit(ExitStatus.INTERRUPTED)
        except BrokenPipeError:
            # The reader went away (`factx ... | head`): stop quietly. Point stdout at devnull
            # so the interpreter's last flush does not complain (Python docs, "SIGPIPE").
            with suppress(OSError, ValueError, AttributeError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(ExitStatus.OK)
        except OSError as err:
            name = err.filename
            where = f" ({display(os.fsdecode(name))})" if isinstance(name, (str, bytes)) else ""
            _say(f"error: {(err.strerror or str(err)).lower()}{where}")
            ctx.exit(ExitStatus.ERROR)
        except Exception as err:  # a bug: still one line, never a traceback
            _say(f"error: internal error: {type(err).__name__}: {err}")
            ctx.exit(ExitStatus.ERROR)


@click.group(cls=FactxGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__, "-V", "--version", prog_name="factx", message="%(prog)s %(version)s"
)
def cli() -> None:
    """Pull quantities, money, percentages, places and dates out of Chinese news text."""


def main() -> None:
    """Entry point of the ``factx`` script and ``python -m factx``."""
    cli(prog_name="factx")


# --- shared input options -------------------------------------------------------------------


@dataclass(frozen=True)
class Inputs:
    """What to read and how: the input option bundle of every command."""

    paths: tuple[str, ...]
    globs: tuple[str, ...]
    jobs: int
    quiet: bool
    options: batch.Options


def _check_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {value!r}") from None
    return value


def _check_types(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> tuple[str, ...] | None:
    if value is None:
        return None
    names = {name.strip() for name in value.split(",") if name.strip()}
    unknown = ", ".join(sorted(names - set(TYPES)))
    if unknown or not names:
        what = f"unknown type {unknown}" if unknown else "no type given"
        raise click.BadParameter(f"{what}; choose from {', '.join(TYPES)}")
    return tuple(t for t in TYPES if t in names)


_INPUT_OPTIONS = (
    click.argument("paths", nargs=-1, required=True, metavar="PATH...", type=click.Path()),
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
    click.option(
        "--types", callback=_check_types, metavar="LIST",
        help=f"Only these fact types, comma-separated: {','.join(TYPES)}.",
    ),
    click.option(
        "--tokenizer", type=click.Choice(["rjieba", "jieba"]),
        help="Word segmenter (default: rjieba).",
    ),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar and no closing count."),
)


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the input options to a command, handed to it as one ``Inputs`` argument."""

    @functools.wraps(command)
    def wrapper(paths, globs, encoding, jobs, types, tokenizer, quiet, **kwargs):
        options = batch.Options(encoding=encoding, types=types, tokenizer=tokenizer)
        inputs = Inputs(paths, globs, jobs or os.cpu_count() or 1, quiet, options)
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
        self.read = self.skipped = self.facts = self.chars = 0
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
        self.bar.start()

    def say(self, message: str) -> None:
        """One line on stderr, above the bar when there is one."""
        if self.bar is None:
            _say(message)
        else:
            self.bar.console.print(f"factx: {message}", markup=False, highlight=False)

    def skip(self, err: InputError) -> None:
        """An input that was not read."""
        self.skipped += 1
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
        """OK, SKIPPED (some inputs skipped) or ERROR (nothing read)."""
        if not self.read:
            return ExitStatus.ERROR
        return ExitStatus.SKIPPED if self.skipped else ExitStatus.OK

    def report(self) -> None:
        """The closing count, when there was more than one input."""
        if self.read + self.skipped > 1 and not self.quiet:
            files = "file" if self.read == 1 else "files"
            facts = "fact" if self.facts == 1 else "facts"
            _say(f"{self.read} {files} read, {self.skipped} skipped, {self.facts} {facts}")


def _si(n: float) -> str:
    for unit in ("", "k", "M"):
        if n < 1000:
            return f"{n:.0f}{unit}"
        n /= 1000
    return f"{n:.0f}G"


def _discover(inputs: Inputs) -> tuple[list[Source], list[InputError]]:
    """The inputs found; ends the run (one line, exit 1) when there is nothing to read."""
    sources, problems = discover(inputs.paths, inputs.globs)
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
) -> ExitStatus:
    """Extract every source in order, handing each fact to ``on_fact`` and the name of each
    document read to ``on_doc``; report skipped inputs and the closing count."""
    with Tally(len(sources) + len(problems), inputs.quiet) as tally:
        for problem in problems:
            tally.skip(problem)
        with closing(batch.run(sources, inputs.options, inputs.jobs)) as docs:
            for doc in docs:
                tally.start_bar()
                try:
                    with closing(doc.parts()) as parts:
                        for facts, chars in parts:
                            for fact in facts:
                                on_fact(fact)
                            tally.part(len(facts), chars)
                except InputError as err:
                    tally.skip(err)
                else:
                    tally.done()
                    on_doc(doc.source.doc)
    tally.report()
    return tally.status()


# --- output ---------------------------------------------------------------------------------


def _stdout() -> TextIO:
    """Standard output, writing UTF-8 with no newline translation."""
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
    """Where facts go: stdout, or a temporary file beside ``path`` that replaces it only
    when the block ends without an exception."""
    if path is None:
        out = _stdout()
        yield out
        out.flush()
        return
    import tempfile

    folder, name = os.path.split(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder or ".")
    except OSError as err:
        raise OutputError(f"cannot write: {(err.strerror or '').lower()}", display(path)) from err
    try:
        with open(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        os.chmod(tmp, _new_file_mode(path))
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


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
@click.option(
    "-o", "--output", metavar="FILE",
    help="Write here instead of stdout; the format follows the extension "
    "(.csv .tsv .jsonl .json). Written in full or not at all.",
)
@click.option(
    "-f", "--format", "fmt", type=click.Choice(list(WRITERS)),
    help="Output format (default: from -o's extension; else table on a terminal, csv piped).",
)
@click.option(
    "--raw", is_flag=True, help="CSV/TSV: keep cells a spreadsheet would run as formulas."
)
def extract(inputs: Inputs, output: str | None, fmt: str | None, raw: bool) -> None:
    """Extract the facts of files, folders (every --glob file under them) or - (stdin)."""
    fmt = fmt or _default_format(output)
    sources, problems = _discover(inputs)
    target = _check_output(output, sources)
    with _output(target) as out:
        writer = WRITERS[fmt](out, raw=raw, show_doc=len(sources) > 1)
        writer.start()
        status = _process(inputs, sources, problems, writer.write)
        writer.finish()
        if status == ExitStatus.ERROR:  # nothing was read: leave no output file behind
            raise click.exceptions.Exit(status)
    raise click.exceptions.Exit(status)


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
    status = _process(inputs, sources, problems, overview.add, overview.add_doc)
    if status != ExitStatus.ERROR:
        SUMMARY_FORMATS[fmt](overview.tables(top), _stdout())
    raise click.exceptions.Exit(status)
