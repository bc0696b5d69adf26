"""Output formats: one registry of writers that stream facts to a text stream.

A writer is used as ``start()``, ``write(fact)`` for each fact, ``finish()``; ``flush()``
pushes out what it holds (streamed input). Every format writes each fact as it comes;
the table, for reading on a terminal, is drawn a block of rows at a time.

Every writer takes the same shaping options: ``fields`` (which fields, in which order),
``header`` (CSV/TSV header row) and ``context`` (the sentence cut to that many
characters on each side of the fact; 0 leaves it out).
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections import Counter
from collections.abc import Sequence
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

    def values(self, fact: Fact) -> list[Any]:
        """The fact's values of ``fields``, in order, the sentence cut to ``context``."""
        row = [getattr(fact, name) for name in self.fields]
        if self.context is not None and "sentence" in self.fields:
            row[self.fields.index("sentence")] = excerpt(fact, self.context)[0]
        return row

    def record(self, fact: Fact) -> dict[str, Any]:
        """``values`` as a dict (the JSON object of the fact)."""
        return dict(zip(self.fields, self.values(fact), strict=True))


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
    dialect: ClassVar[dict[str, str]] = {"delimiter": ",", "lineterminator": "\r\n"}

    def start(self) -> None:
        self.rows = csv.writer(self.out, **self.dialect)
        if self.header:
            self.rows.writerow(self.fields)

    def write(self, fact: Fact) -> None:
        row = self.values(fact)
        self.rows.writerow(row if self.raw else [neutralise(cell) for cell in row])


@register
class TsvWriter(CsvWriter):
    """Like CSV with tabs between cells and ``\\n`` line ends (cells quoted as needed)."""

    name = "tsv"
    extensions = (".tsv",)
    dialect: ClassVar[dict[str, str]] = {"delimiter": "\t", "lineterminator": "\n"}


@register
class JsonlWriter(Writer):
    """One JSON object a line, fields in FIELDS order, UTF-8 as is."""

    name = "jsonl"
    extensions = (".jsonl", ".ndjson")

    def write(self, fact: Fact) -> None:
        self.out.write(json.dumps(self.record(fact), ensure_ascii=False) + "\n")


@register
class JsonWriter(Writer):
    """A JSON array written one object at a time: ``[``, objects joined by ``,\\n``, ``]``."""

    name = "json"
    extensions = (".json",)

    def start(self) -> None:
        self.out.write("[")
        self.separator = "\n"

    def write(self, fact: Fact) -> None:
        self.out.write(self.separator + json.dumps(self.record(fact), ensure_ascii=False))
        self.separator = ",\n"

    def finish(self) -> None:
        self.out.write("]\n" if self.separator == "\n" else "\n]\n")
