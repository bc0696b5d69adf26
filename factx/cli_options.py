"""Option bundles of the ``factx`` command that shape its input and output, and their checks.

``input_extras`` adds ``--input-format`` and ``--save-text``; ``output_options`` adds
``-o``, ``-f``, ``--raw``, ``--fields``, ``--no-header`` and ``--context`` and hands
them to the command as one ``Output``. Both are decorators, like ``input_options``.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import click

from factx.inputs import INPUT_FORMATS
from factx.model import FIELDS, TYPES
from factx.writers import ALIASES, WRITERS


def check_types(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...] | None:
    """``--types`` given any number of times, each a comma-separated list: the types named,
    in contract order; None when the option is not given."""
    if not value:
        return None
    names = {name.strip() for item in value for name in item.split(",") if name.strip()}
    unknown = ", ".join(sorted(names - set(TYPES)))
    if unknown or not names:
        what = f"unknown type {unknown}" if unknown else "no type given"
        raise click.BadParameter(f"{what}; choose from {', '.join(TYPES)}")
    return tuple(t for t in TYPES if t in names)


def check_fields(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...] | None:
    """``--fields a,b,c``: the fields, in the order given; unknown names are a usage error."""
    if value is None:
        return None
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in FIELDS]
    if unknown or not names:
        what = f"unknown field {', '.join(unknown)}" if unknown else "no field given"
        raise click.BadParameter(f"{what}; choose from {','.join(FIELDS)}")
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise click.BadParameter(f"field {', '.join(repeated)} given twice")
    return tuple(names)


def stdin_is_terminal() -> bool:
    """Whether stdin is a terminal (or missing): then no PATH is a usage error."""
    return sys.stdin is None or sys.stdin.isatty()


def paths_or_stdin(paths: tuple[str, ...]) -> tuple[str, ...]:
    """The paths given, else ``-`` when stdin is not a terminal (as ripgrep does)."""
    if paths:
        return paths
    if stdin_is_terminal():
        raise click.UsageError("no input: name a PATH, or pipe text into factx (- reads stdin)")
    return ("-",)


INPUT_EXTRAS = (
    click.option(
        "--input-format", type=click.Choice(list(INPUT_FORMATS)),
        help="Read every input as this format (default: html for .html/.htm, else text).",
    ),
    click.option(
        "--save-text", type=click.Path(file_okay=False), metavar="DIR",
        help="Write the text facts were found in (offsets point into it) to DIR/<doc>.txt.",
    ),
)


@dataclass(frozen=True)
class Output:
    """Where and how facts are written: the output option bundle of ``extract``."""

    path: str | None
    fmt: str | None
    raw: bool
    fields: tuple[str, ...] | None
    header: bool
    context: int | None


_OUTPUT_OPTIONS = (
    click.option(
        "-o", "--output", metavar="FILE",
        help="Write here instead of stdout; the format follows the extension "
        "(.csv .tsv .jsonl .ndjson .json). Written in full or not at all.",
    ),
    click.option(
        "-f", "--format", "fmt", type=click.Choice([*WRITERS, *ALIASES, "parquet"]),
        help="Output format (default: from -o's extension; else table on a terminal, csv piped); "
        "ndjson is jsonl; parquet writes a folder of files, -o DIR.",
    ),
    click.option("--raw", is_flag=True, help="CSV/TSV: keep cells a spreadsheet would run as formulas."),
    click.option(
        "--fields", callback=check_fields, metavar="LIST",
        help="Only these fields, in this order, comma-separated (see docs/fields.md).",
    ),
    click.option("--no-header", is_flag=True, help="CSV/TSV: no header row."),
    click.option(
        "--context", type=click.IntRange(min=0), metavar="N",
        help="Cut the sentence to N characters on each side of the fact; 0 leaves it out.",
    ),
)


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the output options to a command, handed to it as one ``Output`` argument."""

    @functools.wraps(command)
    def wrapper(*args, output, fmt, raw, fields, no_header, context, **kwargs):
        shape = Output(output, ALIASES.get(fmt, fmt) if fmt else None, raw, fields, not no_header, context)
        return command(*args, out=shape, **kwargs)

    for option in reversed(_OUTPUT_OPTIONS):
        wrapper = option(wrapper)
    return wrapper
