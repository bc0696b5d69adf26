"""The terminal table of ``factx extract``: aligned columns, drawn a block of rows at a time.

Rows are held until ``BLOCK`` of them are in (or ``draw()`` is called), then laid out to
the terminal's width and written, so memory stays bounded and the first rows show at
once. Values and numbers are never cut: when the line is too narrow, the sentence column
is shortened around the fact, then left out; the ``doc`` and ``subject`` columns are
kept short. The header is written again whenever a block needs a different layout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from factx.model import Fact

#: Rows laid out together.
BLOCK = 200
#: Colour of each fact type (ANSI SGR codes).
TYPE_COLOURS = {"quantity": "36", "money": "32", "percent": "35", "place": "33", "date": "34"}
#: How ``approx`` shows before a value.
APPROX_SIGNS = {"more_than": ">", "less_than": "<", "about": "≈"}
CHANGE_SIGNS = {"up": "↑", "down": "↓"}
#: Widest a doc and a subject cell get (terminal cells); longer ones are shortened with "…".
DOC_WIDTH = 24
SUBJECT_WIDTH = 10
#: Narrowest useful sentence column; below it the column is left out.
MIN_SENTENCE = 12
GAP = "  "


def cell_len(text: str) -> int:
    """Terminal cells ``text`` takes (Chinese characters take two)."""
    from rich.cells import cell_len as _cell_len

    return _cell_len(text)


def number(value: Any) -> str:
    """A value as written in a cell: numbers in full (whatever their size), None as nothing."""
    from factx.writers import cell_text

    return cell_text(value)


def value_cell(fact: Fact) -> str:
    """The value column: approx sign, value (``lo–hi`` for a range), then the change
    (``↑ yoy``) when link fields are set; a place shows its resolved name."""
    if fact.type == "place":
        return fact.name or ""
    text = number(fact.value)
    if fact.value_max is not None:
        text += f"–{number(fact.value_max)}"
    if fact.approx in APPROX_SIGNS and text:
        text = APPROX_SIGNS[fact.approx] + text
    change = " ".join(filter(None, [CHANGE_SIGNS.get(fact.change or "", fact.change), fact.basis]))
    return f"{text} {change}" if change else text


@dataclass(frozen=True)
class Column:
    """A table column: its header, the cell of a fact, and how it may shrink: ``keep``
    (never cut), ``left`` (cut at the start, to ``limit``), ``right`` (cut at the end,
    to ``limit``), ``sentence`` (fills the rest of the line)."""

    name: str
    cell: Callable[[Fact], str]
    fit: str = "keep"
    limit: int = 0


def _field(name: str) -> Callable[[Fact], str]:
    return lambda fact: number(getattr(fact, name))


DEFAULT_COLUMNS = (
    Column("type", lambda f: f.type),
    Column("text", lambda f: f.text),
    Column("value", value_cell),
    Column("unit", lambda f: f.unit or ""),
    Column("subject", lambda f: f.subject or "", "right", SUBJECT_WIDTH),
    Column("sentence", lambda f: f.sentence, "sentence"),
)
DOC_COLUMN = Column("doc", lambda f: f.doc, "left", DOC_WIDTH)
#: Columns left out of a block when none of its rows has a value there.
OPTIONAL = frozenset(("unit", "subject"))


def columns_for(fields: Sequence[str] | None, show_doc: bool) -> tuple[Column, ...]:
    """The default columns, or one column per named field (doc, subject and sentence
    keep their special fitting)."""
    if fields is None:
        return ((DOC_COLUMN,) if show_doc else ()) + DEFAULT_COLUMNS
    special = {"doc": DOC_COLUMN, "sentence": DEFAULT_COLUMNS[-1], "subject": DEFAULT_COLUMNS[-2]}
    return tuple(special.get(name) or Column(name, _field(name)) for name in fields)


def shorten(text: str, width: int, side: str) -> str:
    """``text`` cut to ``width`` cells with "…" at the end cut (``right``) or start (``left``)."""
    if cell_len(text) <= width:
        return text
    chars = list(text) if side == "right" else list(reversed(text))
    out, used = [], 1
    for c in chars:
        used += cell_len(c)
        if used > width:
            break
        out.append(c)
    return "".join(out) + "…" if side == "right" else "…" + "".join(reversed(out))


def window(sentence: str, lo: int, hi: int, width: int) -> tuple[str, int, int]:
    """The part of ``sentence`` around ``[lo:hi]`` that fits ``width`` cells, "…" where
    it is cut, and where ``[lo:hi]`` is in the result."""
    if cell_len(sentence) <= width:
        return sentence, lo, hi
    if lo < 0:
        return shorten(sentence, width, "right"), -1, -1
    start, end = lo, hi
    used = cell_len(sentence[lo:hi]) + 2  # two ellipses at most
    grew = True
    while grew:
        grew = False
        for side in (0, 1):
            if side == 0 and start > 0 and used + cell_len(sentence[start - 1]) <= width:
                start -= 1
                used += cell_len(sentence[start])
                grew = True
            elif side == 1 and end < len(sentence) and used + cell_len(sentence[end]) <= width:
                used += cell_len(sentence[end])
                end += 1
                grew = True
    left = "…" if start > 0 else ""
    right = "…" if end < len(sentence) else ""
    return left + sentence[start:end] + right, lo - start + len(left), hi - start + len(left)


class Table:
    """Facts laid out in blocks of rows; ``add`` a fact, ``draw`` what is held."""

    def __init__(
        self, out: TextIO, *, fields: Sequence[str] | None = None, show_doc: bool = False,
        context: int | None = None, width: int | None = None, colour: bool | None = None,
    ) -> None:
        if width is None or colour is None:
            from rich.console import Console

            console = Console(file=out)  # knows COLUMNS, NO_COLOR, FORCE_COLOR and terminals
            width = console.width if width is None else width
            if colour is None:
                colour = console.is_terminal and console.color_system is not None and not console.no_color
        self.out = out
        self.width = width
        self.colour = colour
        self.context = context
        self.columns = columns_for(fields, show_doc)
        if context == 0:  # the sentence left out
            self.columns = tuple(c for c in self.columns if c.fit != "sentence")
        self.rows: list[Fact] = []
        self.layout: tuple[tuple[str, int], ...] | None = None

    def add(self, fact: Fact) -> None:
        """Hold a fact; a full block is drawn."""
        self.rows.append(fact)
        if len(self.rows) >= BLOCK:
            self.draw()

    def draw(self) -> None:
        """Lay out and write the rows held."""
        if not self.rows:
            return
        from factx.writers import visible  # control characters shown, never acted on

        rows, self.rows = self.rows, []
        cells = [[visible(c.cell(f)) for c in self.columns] for f in rows]
        columns = [
            (i, c) for i, c in enumerate(self.columns)
            if c.name not in OPTIONAL or self.layout and c.name in dict(self.layout) or any(r[i] for r in cells)
        ]
        widths: dict[str, int] = {}
        for i, column in columns:
            if column.fit == "sentence":
                continue
            need = max(cell_len(column.name), *(cell_len(r[i]) for r in cells))
            if column.fit in ("left", "right"):
                need = min(need, max(column.limit, cell_len(column.name)))
            widths[column.name] = max(need, dict(self.layout or ()).get(column.name, 0))
        fixed = sum(widths.values()) + len(GAP) * (len(columns) - 1)
        sentence = next((c for _, c in columns if c.fit == "sentence"), None)
        if sentence is not None:
            room = self.width - fixed
            if room < MIN_SENTENCE:
                columns = [(i, c) for i, c in columns if c is not sentence]
            else:
                widths[sentence.name] = room
        layout = tuple((c.name, widths[c.name]) for _, c in columns)
        if layout != self.layout:
            self._header(layout)
            self.layout = layout
        lines = [self._line(fact, row, columns, widths) for fact, row in zip(rows, cells, strict=True)]
        self.out.write("\n".join(lines) + "\n")

    def _header(self, layout: tuple[tuple[str, int], ...]) -> None:
        names = GAP.join(_pad(name, width) for name, width in layout).rstrip()
        rule = GAP.join("─" * width for _, width in layout)
        if self.colour:
            names = f"\x1b[1m{names}\x1b[0m"
        self.out.write(f"{names}\n{rule}\n")

    def _line(self, fact: Fact, row: list[str], columns: list[tuple[int, Column]], widths: dict[str, int]) -> str:
        colour = TYPE_COLOURS.get(fact.type) if self.colour else None
        parts = []
        for i, column in columns:
            width = widths[column.name]
            if column.fit == "sentence":
                parts.append(self._sentence(fact, width, colour))
                continue
            text = row[i]
            if column.fit in ("left", "right"):
                text = shorten(text, width, column.fit)
            parts.append(_pad(text, width))
        line = GAP.join(parts).rstrip()
        return f"\x1b[{colour}m{line}\x1b[0m" if colour else line

    def _sentence(self, fact: Fact, width: int, colour: str | None) -> str:
        from factx.writers import excerpt, visible

        text, lo, hi = excerpt(fact, self.context)
        if self.context is not None and text != fact.sentence:  # show where --context cut it
            before = fact.sentence.find(text) > 0
            after = fact.sentence.find(text) + len(text) < len(fact.sentence)
            text = "…" * before + text + "…" * after
            lo, hi = (lo + before, hi + before) if lo >= 0 else (lo, hi)
        text, lo, hi = window(text.replace("\n", " "), lo, hi, width)
        if colour and lo >= 0:
            return f"{visible(text[:lo])}\x1b[1;7m{visible(text[lo:hi])}\x1b[22;27m{visible(text[hi:])}"
        return visible(text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - cell_len(text))
