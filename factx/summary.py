"""An overview of a corpus: facts per type, places, units, totals per dimension in SI, documents."""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import zip_longest
from typing import Any, TextIO

from factx.lexicons import SI_UNITS
from factx.model import TYPES, Fact
from factx.writers import TYPE_STYLES

Tables = dict[str, list[dict[str, Any]]]


@dataclass
class UnitStats:
    """How often a unit occurs, and the sum, least and greatest of its numeric values."""

    count: int = 0
    sum: int | float = 0
    min: int | float | None = None
    max: int | float | None = None

    def add(self, fact: Fact) -> None:
        """Count one fact with this unit (ranges count their upper end for ``max``)."""
        self.count += 1
        value = fact.value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            high = fact.value_max if fact.value_max is not None else value
            self.sum += value
            self.min = value if self.min is None else min(self.min, value)
            self.max = high if self.max is None else max(self.max, high)


@dataclass
class DimensionStats:
    """Facts of one dimension (length, mass, ...) and the sum, least and greatest of their SI values."""

    count: int = 0
    sum: int | float = 0
    min: int | float | None = None
    max: int | float | None = None

    def add(self, fact: Fact) -> None:
        """Count one fact of this dimension (SI values only where the dimension has an SI unit)."""
        self.count += 1
        value = fact.si_value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            high = fact.si_value_max if fact.si_value_max is not None else value
            self.sum += value
            self.min = value if self.min is None else min(self.min, value)
            self.max = high if self.max is None else max(self.max, high)


class Summary:
    """Counts gathered one fact at a time; ``tables()`` gives the overview."""

    def __init__(self) -> None:
        self.types: Counter[str] = Counter()
        self.places: Counter[str] = Counter()
        self.units: dict[str, UnitStats] = {}
        self.dimensions: dict[str, DimensionStats] = {}
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
        if fact.dimension is not None:
            self.dimensions.setdefault(fact.dimension, DimensionStats()).add(fact)

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
            "dimensions": [
                {"dimension": d, "count": s.count, "sum": s.sum if SI_UNITS[d] else None,
                 "min": s.min, "max": s.max, "si_unit": SI_UNITS[d]}
                for d in SI_UNITS
                if (s := self.dimensions.get(d)) is not None
            ],
            "docs": [
                {"doc": d, **{t: c[t] for t in TYPES}, "facts": sum(c.values())}
                for d, c in self.docs.items()
            ],
        }


def write_json(tables: Tables, out: TextIO) -> None:
    """One JSON object holding the tables."""
    json.dump(tables, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(tables: Tables, out: TextIO) -> None:
    """All tables in one CSV: a ``table`` column, the row's name as ``key``, then the
    numbers (``sum``/``min``/``max`` for units and, in ``si_unit``, for dimensions; a count
    per type for documents)."""
    header = ["table", "key", "count", "sum", "min", "max", *TYPES, "si_unit"]
    writer = csv.DictWriter(out, header, lineterminator="\r\n")
    writer.writeheader()
    for name, rows in tables.items():
        for row in rows:
            key, *cells = row.items()  # the first column names the row
            record = {"table": name, "key": key[1], **dict(cells)}
            if name == "docs":
                record["count"] = record.pop("facts")
            writer.writerow(record)


def _number(value: int | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value and abs(value) < 0.01:
            return f"{value:.3g}"  # 4e-05 kg, not 0
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:,}"


def write_table(tables: Tables, out: TextIO) -> None:
    """Rich tables for reading on a terminal."""
    from rich.console import Console
    from rich.table import Table

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
            table.add_row(*row, style=style)
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
        "Totals per dimension (SI)",
        ["dimension", "facts", "SI unit", "sum", "min – max"],
        [
            [r["dimension"], _number(r["count"]), r["si_unit"] or "", _number(r["sum"]),
             f"{_number(r['min'])} – {_number(r['max'])}" if r["min"] is not None else ""]
            for r in tables["dimensions"]
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
