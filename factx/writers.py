"""Output formats: one registry of writers that stream facts to a text stream.

A writer is used as ``start()``, ``write(fact)`` for each fact, ``finish()``. Every
format but ``table`` writes each fact as it comes; the table is for reading on a
terminal and is drawn when all facts are in.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TextIO

from factx.model import FIELDS, TYPES, Fact

if TYPE_CHECKING:
    from rich.text import Text

#: name -> writer class, in the order ``--format`` lists them.
WRITERS: dict[str, type[Writer]] = {}

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


class Writer:
    """Base of the writers: ``raw`` turns off formula neutralising (CSV, TSV);
    ``show_doc`` adds a doc column to the table (more than one document)."""

    name: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]] = ()

    def __init__(self, out: TextIO, *, raw: bool = False, show_doc: bool = False) -> None:
        self.out = out
        self.raw = raw
        self.show_doc = show_doc

    def start(self) -> None:
        """Write what comes before the first fact."""

    def write(self, fact: Fact) -> None:
        """Write one fact."""
        raise NotImplementedError

    def finish(self) -> None:
        """Write what comes after the last fact."""


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


def json_value(value: Any) -> str:
    """One JSON value: numbers of any size exact, NaN and infinities as ``null``."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int):
        return number_text(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "null"
    return json.dumps(value, ensure_ascii=False, default=str)


def json_object(row: dict[str, Any]) -> str:
    """A JSON object on one line, as ``json.dumps`` writes it, but never failing on a value."""
    return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {json_value(v)}" for k, v in row.items()) + "}"


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
    """A rich table, coloured by type, then a line counting facts per type."""

    name = "table"
    context = 12  # characters of the sentence shown on each side of the fact

    def start(self) -> None:
        from rich.console import Console
        from rich.table import Table

        self.console = Console(file=self.out, highlight=False)
        self.table = Table(header_style="bold")
        if self.show_doc:
            self.table.add_column("doc", overflow="fold")
        for column in ("type", "text", "value", "unit", "approx"):
            self.table.add_column(column)
        self.table.add_column("sentence", ratio=1, overflow="fold")
        self.counts: Counter[str] = Counter()

    def write(self, fact: Fact) -> None:
        from rich.text import Text

        value = "" if fact.value is None else cell_text(fact.value)
        if fact.value_max is not None:
            value += f"–{cell_text(fact.value_max)}"
        # Text cells, never markup: a file name or a sentence is shown as it is (visibly)
        plain = [fact.type, fact.text, value, fact.unit or "", fact.approx or ""]
        cells: list[Text] = [Text(visible(str(cell))) for cell in plain]
        cells.append(self._excerpt(fact))
        if self.show_doc:
            cells.insert(0, Text(visible(fact.doc)))
        self.table.add_row(*cells, style=TYPE_STYLES.get(fact.type))
        self.counts[fact.type] += 1

    def _excerpt(self, fact: Fact) -> Text:
        from rich.text import Text

        sentence = fact.sentence
        at = sentence.find(fact.text)
        if at < 0:
            return Text(visible(sentence))
        lo = max(0, at - self.context)
        hi = min(len(sentence), at + len(fact.text) + self.context)
        text = Text("…" if lo else "")
        text.append(visible(sentence[lo:at]))
        text.append(visible(fact.text), style="bold reverse")
        text.append(visible(sentence[at + len(fact.text) : hi]) + ("…" if hi < len(sentence) else ""))
        return text

    def finish(self) -> None:
        if self.counts:
            self.console.print(self.table)
        self.console.print(summary_line(self.counts), markup=False)


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
        self.out.write(delimited_row(list(FIELDS), self.delimiter) + self.line_end)

    def write(self, fact: Fact) -> None:
        row = [getattr(fact, name) for name in FIELDS]
        cells = row if self.raw else [neutralise(cell) for cell in row]
        self.out.write(delimited_row(cells, self.delimiter) + self.line_end)


@register
class TsvWriter(CsvWriter):
    """Like CSV with tabs between cells and ``\\n`` line ends (cells quoted as needed)."""

    name = "tsv"
    extensions = (".tsv",)
    delimiter: ClassVar[str] = "\t"
    line_end: ClassVar[str] = "\n"


@register
class JsonlWriter(Writer):
    """One JSON object a line, fields in FIELDS order, UTF-8 as is."""

    name = "jsonl"
    extensions = (".jsonl", ".ndjson")

    def write(self, fact: Fact) -> None:
        self.out.write(json_object(fact.to_dict()) + "\n")


@register
class JsonWriter(Writer):
    """A JSON array written one object at a time: ``[``, objects joined by ``,\\n``, ``]``."""

    name = "json"
    extensions = (".json",)

    def start(self) -> None:
        self.out.write("[")
        self.separator = "\n"

    def write(self, fact: Fact) -> None:
        self.out.write(self.separator + json_object(fact.to_dict()))
        self.separator = ",\n"

    def finish(self) -> None:
        self.out.write("]\n" if self.separator == "\n" else "\n]\n")
