"""Output formats: one registry of writers that stream facts to a text stream.

A writer is used as ``start()``, ``write(fact)`` for each fact, ``finish()``; ``flush()``
pushes out what it holds (streamed input). Every format writes each fact as it comes;
the table, for reading on a terminal, is drawn a block of rows at a time.

Every writer takes the same shaping options: ``fields`` (which fields, in which order),
``header`` (CSV/TSV header row) and ``context`` (the sentence cut to that many
characters on each side of the fact; 0 leaves it out).
"""

from __future__ import annotations

import io
import json
import math
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, TextIO

from factx.model import FIELDS, TYPES, Fact

#: name -> writer class, in the order ``--format`` lists them.
WRITERS: dict[str, type[Writer]] = {}
#: Other names ``--format`` accepts, and the format each stands for.
ALIASES: dict[str, str] = {"ndjson": "jsonl"}

#: Style of each fact type in the table.
TYPE_STYLES = {
    "quantity": "cyan",
    "money": "green",
    "percent": "magenta",
    "place": "yellow",
    "date": "blue",
}


def register(cls: type[Writer]) -> type[Writer]:
    """Add a writer class to ``WRITERS`` under its ``name``."""
    WRITERS[cls.name] = cls
    return cls


def format_for_path(path: str) -> str | None:
    """The format a file name's extension asks for (``.csv .tsv .jsonl .json``), if any."""
    ext = os.path.splitext(path)[1].lower()
    return next((name for name, cls in WRITERS.items() if ext in cls.extensions), None)


def writer_class(name: str) -> type[Writer]:
    """The writer of a format name or alias (``ndjson`` is ``jsonl``)."""
    return WRITERS[ALIASES.get(name, name)]


def excerpt(fact: Fact, context: int | None) -> tuple[str, int, int]:
    """The fact's sentence cut to ``context`` characters on each side of the fact (None:
    whole; 0: empty), and where the fact is in it (-1, -1 when the sentence does not hold
    its text)."""
    sentence = fact.sentence
    at = sentence.find(fact.text) if fact.text else -1
    if context is None:
        return sentence, at, (at + len(fact.text) if at >= 0 else -1)
    if context <= 0:
        return "", -1, -1
    if at < 0:
        return sentence[: 2 * context], -1, -1
    lo = max(0, at - context)
    hi = min(len(sentence), at + len(fact.text) + context)
    return sentence[lo:hi], at - lo, at - lo + len(fact.text)


class Writer:
    """Base of the writers: ``raw`` turns off formula neutralising (CSV, TSV);
    ``show_doc`` adds a doc column to the table (more than one document); ``fields``,
    ``header`` and ``context`` shape the rows (see the module's docstring)."""

    name: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self, out: TextIO, *, raw: bool = False, show_doc: bool = False,
        fields: Sequence[str] | None = None, header: bool = True, context: int | None = None,
    ) -> None:
        unknown = [f for f in fields or () if f not in FIELDS]
        if unknown:
            raise ValueError(f"unknown fields: {', '.join(unknown)}")
        self.out = out
        self.raw = raw
        self.show_doc = show_doc
        self.fields: tuple[str, ...] = tuple(fields) if fields else FIELDS
        self.chosen = fields is not None  # fields named by the user (the table then shows them)
        self.header = header
        self.context = context

    def start(self) -> None:
        """Write what comes before the first fact."""

    def write(self, fact: Fact) -> None:
        """Write one fact."""
        raise NotImplementedError

    def flush(self) -> None:
        """Push out what has been written so far (input arriving on a pipe)."""
        self.out.flush()

    def finish(self) -> None:
        """Write what comes after the last fact."""

    def write_rows(self, text: str) -> None:
        """Write rows that ``RowFormat.render`` made of facts elsewhere (a worker process)."""
        self.out.write(text)

    def values(self, fact: Fact) -> list[Any]:
        """The fact's values of ``fields``, in order, the sentence cut to ``context``."""
        row = [getattr(fact, name) for name in self.fields]
        if self.context is not None and "sentence" in self.fields:
            row[self.fields.index("sentence")] = excerpt(fact, self.context)[0]
        return row

    def record(self, fact: Fact) -> dict[str, Any]:
        """``values`` as a dict (the JSON object of the fact)."""
        return dict(zip(self.fields, self.values(fact), strict=True))


# --- values and text that are safe to write ---------------------------------------------------

#: What a terminal would act on rather than show: control characters (C0, DEL, C1), line and
#: paragraph separators, and the bidirectional overrides and isolates.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` for a terminal: control characters written as escapes (``\\x1b``, ``\\u202e``)."""
    if not _INVISIBLE.search(text):
        return text
    return _INVISIBLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def number_text(value: int | float) -> str:
    """A number as text, whatever its size (Python refuses ``str()`` of an int of more than
    4300 digits; the library never makes one, but a writer must not fail on it)."""
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return str(value)
        except ValueError:
            return str(Decimal(value))
    return str(value)


def cell_text(value: Any) -> str:
    """The text of a CSV/TSV cell: None is empty, numbers as :func:`number_text`."""
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return number_text(value)
    return str(value)


#: A cell holding one of these is quoted in CSV and TSV: the quote, and every character some
#: reader ends a line at (``str.splitlines``), not only CR and LF.
_NEEDS_QUOTES = re.compile('["\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]')


def delimited_row(cells: list[Any], delimiter: str) -> str:
    """One row of CSV or TSV, without its line end: cells quoted the RFC 4180 way (``"``
    doubled) when they hold the delimiter, a quote or any line break."""
    out = []
    for cell in cells:
        text = cell_text(cell)
        if delimiter in text or _NEEDS_QUOTES.search(text):
            text = '"' + text.replace('"', '""') + '"'
        out.append(text)
    return delimiter.join(out)


#: What ``json.dumps(value, ensure_ascii=False)`` uses, made once: ``dumps`` with an argument
#: builds a new encoder at every call (a third of the time of writing a JSON row).
_JSON = json.JSONEncoder(ensure_ascii=False)


def json_value(value: Any) -> str:
    """One JSON value: numbers of any size exact, NaN and infinities as ``null``."""
    if value is None:
        return "null"
    if isinstance(value, (bool, str)):
        return _JSON.encode(value)
    if isinstance(value, int):
        return number_text(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "null"
    return json.dumps(value, ensure_ascii=False, default=str)


def json_object(row: dict[str, Any]) -> str:
    """A JSON object on one line, as ``json.dumps`` writes it, but never failing on a value."""
    return "{" + ", ".join(f"{_JSON.encode(k)}: {json_value(v)}" for k, v in row.items()) + "}"


# A cell a spreadsheet would run as a formula; plain numbers such as -3.9 are left alone,
# and so is a lone "-" (the doc name of stdin).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HARMLESS = re.compile(r"-|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise(cell: Any) -> Any:
    """``cell`` made safe for a spreadsheet: formula-like text gets a leading ``'`` (OWASP)."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START) and not _HARMLESS.fullmatch(cell):
        return "'" + cell
    return cell


@register
class TableWriter(Writer):
    """Aligned columns for a terminal, coloured by type, drawn a block of rows at a time
    (see ``factx.table``), then a line counting facts per type."""

    name = "table"

    def start(self) -> None:
        from factx.table import Table

        self.table = Table(self.out, fields=self.fields if self.chosen else None,
                           show_doc=self.show_doc, context=self.context)
        self.counts: Counter[str] = Counter()

    def write(self, fact: Fact) -> None:
        self.table.add(fact)
        self.counts[fact.type] += 1

    def flush(self) -> None:
        self.table.draw()
        self.out.flush()

    def finish(self) -> None:
        self.table.draw()
        self.out.write(summary_line(self.counts) + "\n")


def summary_line(counts: Counter[str]) -> str:
    """``"5 facts: quantity 2, money 1, ..."`` with the types in contract order."""
    total = sum(counts.values())
    if not total:
        return "no facts"
    per_type = ", ".join(f"{t} {counts[t]}" for t in TYPES if counts[t])
    return f"{total} fact{'s' * (total != 1)}: {per_type}"


@register
class CsvWriter(Writer):
    """RFC 4180 CSV: header of FIELDS, quoted as needed, CRLF line ends, None as empty."""

    name = "csv"
    extensions = (".csv",)
    delimiter: ClassVar[str] = ","
    line_end: ClassVar[str] = "\r\n"

    def start(self) -> None:
        if self.header:
            self.out.write(delimited_row(list(self.fields), self.delimiter) + self.line_end)

    def write(self, fact: Fact) -> None:
        row = self.values(fact)
        cells = row if self.raw else [neutralise(cell) for cell in row]
        self.out.write(delimited_row(cells, self.delimiter) + self.line_end)


@register
class TsvWriter(CsvWriter):
    """Like CSV with tabs between cells and ``\\n`` line ends (cells quoted as needed)."""

    name, extensions, delimiter, line_end = "tsv", (".tsv",), "\t", "\n"


@register
class JsonlWriter(Writer):
    """One JSON object a line, fields in FIELDS order, UTF-8 as is."""

    name = "jsonl"
    extensions = (".jsonl", ".ndjson")

    def write(self, fact: Fact) -> None:
        self.out.write(json_object(self.record(fact)) + "\n")


@register
class JsonWriter(Writer):
    """A JSON array written one object at a time: ``[``, objects joined by ``,\\n``, ``]``."""

    name = "json"
    extensions = (".json",)

    def start(self) -> None:
        self.out.write("[")
        self.separator = "\n"

    def write(self, fact: Fact) -> None:
        self.out.write(self.separator + json_object(self.record(fact)))
        self.separator = ",\n"

    def finish(self) -> None:
        self.out.write("]\n" if self.separator == "\n" else "\n]\n")


#: Formats whose rows do not depend on the rows before them: a worker can write them.
ROW_FORMATS = ("csv", "tsv", "jsonl")


@dataclass(frozen=True)
class RowFormat:
    """How a writer of ``ROW_FORMATS`` turns facts into rows, sent to the worker processes so
    that they hand back text: the parent then only writes it, in order."""

    fmt: str
    raw: bool = False
    show_doc: bool = False
    fields: tuple[str, ...] | None = None
    header: bool = True
    context: int | None = None

    def render(self, facts: Sequence[Fact]) -> str:
        """The rows of ``facts``, exactly as the writer would write them one by one."""
        out = io.StringIO()
        writer = writer_class(self.fmt)(out, raw=self.raw, show_doc=self.show_doc, fields=self.fields,
                                        header=self.header, context=self.context)
        for fact in facts:
            writer.write(fact)
        return out.getvalue()
