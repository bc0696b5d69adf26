"""An overview of a corpus: facts per type, places, units, totals per dimension in SI, documents."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import zip_longest
from typing import Any, TextIO, TypeGuard

from factx.lexicons import SI_UNITS
from factx.model import TYPES, Fact
from factx.numerals import in_bounds
from factx.writers import TYPE_STYLES, delimited_row, neutralise, number_text, visible

Tables = dict[str, list[dict[str, Any]]]


@dataclass
class _Totals:
    """A count, and the sum, least and greatest of the values taken."""

    count: int = 0
    sum: int | float = 0
    min: int | float | None = None
    max: int | float | None = None

    def _take(self, value: int | float, high: int | float) -> None:
        """Add ``value`` to the sum and the bounds (``high``: a range's upper end, else ``value``)."""
        self.sum += value
        self.min = value if self.min is None else min(self.min, value)
        self.max = high if self.max is None else max(self.max, high)


def _plain(value: object) -> TypeGuard[int | float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@dataclass
class UnitStats(_Totals):
    """How often a unit occurs, and the sum, least and greatest of its numeric values (values
    beyond ``numerals.MAX_VALUE``, which the library never makes, are counted but not summed)."""

    def add(self, fact: Fact) -> None:
        """Count one fact with this unit (ranges count their upper end for ``max``)."""
        self.count += 1
        value = fact.value
        if _plain(value) and in_bounds(value):
            high = fact.value_max if fact.value_max is not None and in_bounds(fact.value_max) else value
            self._take(value, high)


@dataclass
class DimensionStats(_Totals):
    """Facts of one dimension (length, mass, ...) and the sum, least and greatest of their SI values."""

    def add(self, fact: Fact) -> None:
        """Count one fact of this dimension (SI values only where the dimension has an SI unit)."""
        self.count += 1
        value = fact.si_value
        if _plain(value):
            self._take(value, fact.si_value_max if fact.si_value_max is not None else value)


@dataclass
class SubjectStats:
    """What a corpus says of one subject in one unit: how often, the total of its levels,
    and how many of its numbers are rises and falls."""

    count: int = 0
    total: int | float | None = None
    rises: int = 0
    falls: int = 0

    def add(self, fact: Fact) -> None:
        self.count += 1
        if fact.change == "up":
            self.rises += 1
        elif fact.change == "down":
            self.falls += 1
        elif isinstance(fact.value, (int, float)) and not isinstance(fact.value, bool):
            self.total = (self.total or 0) + fact.value  # levels only: a rise of 5% adds up to nothing


#: A place as the summary counts it: (adcode, name, parent). Two units of the same name
#: (鼓楼区 of Nanjing and of Fuzhou) have different codes and stay apart; a place without
#: a code is told apart by its name and parent.
PlaceKey = tuple[str | None, str, str | None]


class Summary:
    """Counts gathered one fact at a time; ``tables()`` gives the overview."""

    def __init__(self) -> None:
        self.types: Counter[str] = Counter()
        self.places: Counter[PlaceKey] = Counter()
        self.units: dict[str, UnitStats] = {}
        self.dimensions: dict[str, DimensionStats] = {}
        self.docs: dict[str, Counter[str]] = {}
        self.subjects: dict[tuple[str, str], SubjectStats] = {}

    def add_doc(self, doc: str) -> None:
        """Count a document that was read (it may have no facts)."""
        self.docs.setdefault(doc, Counter())

    def add(self, fact: Fact) -> None:
        """Count one fact."""
        self.types[fact.type] += 1
        self.docs.setdefault(fact.doc, Counter())[fact.type] += 1
        if fact.type == "place":
            self.places[(fact.adcode, fact.name or fact.text, None if fact.adcode else fact.parent)] += 1
        if fact.unit is not None:
            self.units.setdefault(fact.unit, UnitStats()).add(fact)
            if fact.subject:
                self.subjects.setdefault((fact.subject, fact.unit), SubjectStats()).add(fact)
        if fact.dimension is not None:
            self.dimensions.setdefault(fact.dimension, DimensionStats()).add(fact)

    def tables(self, top: int = 10) -> Tables:
        """The overview as named tables of rows; ``top`` limits places, units and subjects."""
        units = sorted(self.units.items(), key=lambda item: -item[1].count)[:top]
        subjects = sorted(self.subjects.items(), key=lambda item: -item[1].count)[:top]
        return {
            "types": [{"type": t, "count": self.types[t]} for t in TYPES],
            "places": _place_rows(self.places.most_common(top)),
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
            "subjects": [
                {"subject": subject, "unit": unit, "count": st.count, "sum": st.total, "rises": st.rises,
                 "falls": st.falls}
                for (subject, unit), st in subjects
            ],
            "docs": [
                {"doc": d, **{t: c[t] for t in TYPES}, "facts": sum(c.values())}
                for d, c in self.docs.items()
            ],
        }


def _place_rows(counted: list[tuple[PlaceKey, int]]) -> list[dict[str, Any]]:
    """Rows of the places table; ``place`` is the name, with the code in brackets when
    another row of the table has the same name (鼓楼区 [320106], 鼓楼区 [350102])."""
    names = Counter(name for (_, name, _), _n in counted)
    rows = []
    for (adcode, name, parent), n in counted:
        label = name
        if names[name] > 1:
            label = f"{name} [{adcode or parent or '?'}]"
        rows.append({"place": label, "count": n, "adcode": adcode})
    return rows


def write_json(tables: Tables, out: TextIO) -> None:
    """One JSON object holding the tables (their numbers are bounded: see ``UnitStats``)."""
    json.dump(tables, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_csv(tables: Tables, out: TextIO) -> None:
    """All tables in one CSV: a ``table`` column, the row's name as ``key``, then the
    numbers (``sum``/``min``/``max`` for units and, in ``si_unit``, for dimensions; a count
    per type for documents; ``unit``, ``rises`` and ``falls`` for subjects). Cells a
    spreadsheet would run as formulas are neutralised, as in ``factx extract``."""
    header = ["table", "key", "count", "sum", "min", "max", *TYPES, "si_unit", "unit", "rises", "falls"]
    out.write(delimited_row(header, ",") + "\r\n")
    for name, rows in tables.items():
        for row in rows:
            key, *cells = row.items()  # the first column names the row
            record = {"table": name, "key": key[1], **dict(cells)}
            if name == "docs":
                record["count"] = record.pop("facts")
            record.pop("adcode", None)  # the places' code is in the key when names clash
            out.write(delimited_row([neutralise(record.get(h)) for h in header], ",") + "\r\n")


def _number(value: int | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value and abs(value) < 0.01:
            return f"{value:.3g}"  # 4e-05 kg, not 0
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

    class _Console(Console):
        def on_broken_pipe(self) -> None:  # rich would exit with status 1; the CLI exits 0
            raise BrokenPipeError

    console = _Console(file=out, highlight=False)

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
        "Totals per dimension (SI)",
        ["dimension", "facts", "SI unit", "sum", "min – max"],
        [
            [r["dimension"], _number(r["count"]), r["si_unit"] or "", _number(r["sum"]),
             f"{_number(r['min'])} – {_number(r['max'])}" if r["min"] is not None else ""]
            for r in tables["dimensions"]
        ],
    )
    show(
        "Most counted subjects",
        ["subject", "unit", "facts", "total of levels", "↑", "↓"],
        [
            [r["subject"], r["unit"], _number(r["count"]), _number(r["sum"]),
             _number(r["rises"]), _number(r["falls"])]
            for r in tables["subjects"]
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
