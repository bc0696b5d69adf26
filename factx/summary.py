"""An overview of a corpus: facts per type, places, units and documents."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import zip_longest
from typing import Any, TextIO

from factx.model import TYPES, Fact
from factx.numbers import in_bounds
from factx.writers import TYPE_STYLES, delimited_row, neutralise, number_text, visible

Tables = dict[str, list[dict[str, Any]]]


@dataclass
class UnitStats:
    """How often a unit occurs, and the sum, least and greatest of its numeric values (values
    beyond ``numbers.MAX_VALUE``, which the library never makes, are counted but not summed)."""

    count: int = 0
    sum: int | float = 0
    min: int | float | None = None
    max: int | float | None = None

    def add(self, fact: Fact) -> None:
        """Count one fact with this unit (ranges count their upper end for ``max``)."""
        self.count += 1
        value = fact.value
        if isinstance(value, (int, float)) and not isinstance(value, bool) and in_bounds(value):
            high = fact.value_max if fact.value_max is not None and in_bounds(fact.value_max) else value
            self.sum += value
            self.min = value if self.min is None else min(self.min, value)
            self.max = high if self.max is None else max(self.max, high)


class Summary:
    """Counts gathered one fact at a time; ``tables()`` gives the overview."""

    def __init__(self) -> None:
        self.types: Counter[str] = Counter()
        self.places: Counter[str] = Counter()
        self.units: dict[str, UnitStats] = {}
        self.docs: dict[str, Counter[str]] = {}

    def add_doc(self, doc: str) -> None:
        """Count a document that was read (it may have no facts)."""
        self.docs.setdefault(doc, Counter())

    def add(self, fact: Fact) -> None:
        """Count one fact."""
        self.types[fact.type] += 1
        self.docs.setdefault(fact.doc, Counter())[fact.type] += 1
        if fact.type == "place":
            self.places[fact.name or fact.text] += 1
        if fact.unit is not None:
            self.units.setdefault(fact.unit, UnitStats()).add(fact)

    def tables(self, top: int = 10) -> Tables:
        """The overview as named tables of rows; ``top`` limits places and units."""
        units = sorted(self.units.items(), key=lambda item: -item[1].count)[:top]
        return {
            "types": [{"type": t, "count": self.types[t]} for t in TYPES],
            "places": [{"place": p, "count": n} for p, n in self.places.most_common(top)],
            "units": [
                {"unit": u, "count": s.count, "sum": s.sum, "min": s.min, "max": s.max}
                for u, s in units
            ],
            "docs": [
                {"doc": d, **{t: c[t] for t in TYPES}, "facts": sum(c.values())}
                for d, c in self.docs.items()
            ],
        }


def write_json(tables: Tables, out: TextIO) -> None:
    """One JSON object holding the tables (their numbers are bounded: see ``UnitStats``)."""
    json.dump(tables, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(tables: Tables, out: TextIO) -> None:
    """All tables in one CSV: a ``table`` column, the row's name as ``key``, then the
    numbers (``sum``/``min``/``max`` for units, a count per type for documents). Cells a
    spreadsheet would run as formulas are neutralised, as in ``factx extract``."""
    header = ["table", "key", "count", "sum", "min", "max", *TYPES]
    out.write(delimited_row(header, ",") + "\r\n")
    for name, rows in tables.items():
        for row in rows:
            key, *cells = row.items()  # the first column names the row
            record = {"table": name, "key": key[1], **dict(cells)}
            if name == "docs":
                record["count"] = record.pop("facts")
            out.write(delimited_row([neutralise(record.get(h)) for h in header], ",") + "\r\n")


def _number(value: int | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    try:
        return f"{value:,}"
    except ValueError:  # more than 4300 digits
        return number_text(value)


def write_table(tables: Tables, out: TextIO) -> None:
    """Rich tables for reading on a terminal."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, highlight=False)

    def show(title: str, columns: list[str], rows: list[list[str]], styles=()) -> None:
        if not rows:
            return
        console.print(title, style="bold", markup=False)
        table = Table(header_style="bold")
        table.add_column(columns[0], overflow="fold")
        for column in columns[1:]:
            table.add_column(column, justify="right")
        for row, style in zip_longest(rows, styles):
            table.add_row(*(Text(visible(cell)) for cell in row), style=style)  # never markup
        console.print(table)

    types = tables["types"]
    show(
        "Facts per type",
        ["type", "facts"],
        [[r["type"], _number(r["count"])] for r in types],
        [TYPE_STYLES[r["type"]] for r in types],
    )
    show(
        "Most mentioned places",
        ["place", "mentions"],
        [[r["place"], _number(r["count"])] for r in tables["places"]],
    )
    show(
        "Most common units",
        ["unit", "facts", "sum", "min – max"],
        [
            [r["unit"], _number(r["count"]), _number(r["sum"]),
             f"{_number(r['min'])} – {_number(r['max'])}" if r["min"] is not None else ""]
            for r in tables["units"]
        ],
    )
    show(
        "Documents",
        ["doc", *TYPES, "facts"],
        [[r["doc"], *(_number(r[t]) for t in TYPES), _number(r["facts"])] for r in tables["docs"]],
    )


#: ``--format`` of ``factx summary`` -> writer of the tables.
FORMATS: dict[str, Callable[[Tables, TextIO], None]] = {
    "table": write_table,
    "csv": write_csv,
    "json": write_json,
}
