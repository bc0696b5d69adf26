"""The place gazetteer: every surface a place can take in text, and the units it names.

The data is ``factx/data/places.tsv`` (built by ``scripts/build_places.py`` from the NBS
division codes and the hand-kept ``places_extra.tsv``) and ``factx/data/place_stop.txt``.
Both load lazily on first use, once per process.

>>> [e.name for e in entries("神木")]
['神木市']
>>> entries("鼓楼区")[0].parent
'江苏省/南京市'
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

__all__ = [
    "KINDS",
    "LEVELS",
    "PlaceEntry",
    "abbreviations",
    "entries",
    "is_stopword",
    "surfaces",
]

LEVELS = (
    "country", "province", "prefecture", "county", "township",
    "region", "water", "mountain", "road", "other",
)
"""Levels a place entry can have, from the largest administrative unit down."""

KINDS = ("full", "alias", "old", "literary", "abbr", "lexicon")
"""How a surface relates to its unit: official full name, derived short name, former
name, literary name, abbreviation, or an entry of the hand-kept lexicon."""


class PlaceEntry(NamedTuple):
    """One unit a surface can denote."""

    name: str
    """Standard full name of the unit (``神木市``)."""
    level: str
    """One of :data:`LEVELS`."""
    adcode: str | None
    """NBS code (6 digits, 9 for townships), ISO 3166-1 alpha-2 for countries, or None."""
    parent: str | None
    """Chain of names above the unit (``陕西省/榆林市``), the country abroad, or None."""
    kind: str
    """One of :data:`KINDS`."""


class _Table(NamedTuple):
    lines: list[str]  # rows of places.tsv without the header, sorted by surface
    keys: list[str]  # keys[i] is the surface of lines[i]


_table: _Table | None = None
_cache: dict[str, tuple[PlaceEntry, ...]] = {}
_surfaces: frozenset[str] | None = None
_abbr: frozenset[str] | None = None
_abbreviations: dict[str, tuple[PlaceEntry, ...]] | None = None
_stop: frozenset[str] | None = None


def _data(name: str) -> str:
    from factx.lexicons import read_data

    return read_data(name)


def _load() -> _Table:
    """Read places.tsv once; rows are parsed only when looked up.

    The build script sorts the rows by surface, so a surface's rows are found by
    bisection in ``keys``: no per-row dictionary work at load time.
    """
    global _table
    if _table is None:
        lines = _data("places.tsv").split("\n")[1:]
        if lines and not lines[-1]:
            lines.pop()
        _table = _Table(lines, [line[: line.find("\t")] for line in lines])
    return _table


def _parse(surface: str) -> tuple[PlaceEntry, ...]:
    lines, keys = _load()
    i = bisect_left(keys, surface)
    if i == len(keys) or keys[i] != surface:
        return ()
    out = []
    for line in lines[i: bisect_right(keys, surface, i)]:
        _, name, level, adcode, parent, kind = line.split("\t")
        out.append(PlaceEntry(name, level, adcode or None, parent or None, kind))
    return tuple(out)


def _abbr_only() -> frozenset[str]:
    """One-character surfaces all of whose rows are abbreviations."""
    global _abbr
    if _abbr is None:
        singles = {k for k in _load().keys if len(k) == 1}
        _abbr = frozenset(k for k in singles if all(e.kind == "abbr" for e in entries(k)))
    return _abbr


def entries(surface: str) -> tuple[PlaceEntry, ...]:
    """Every unit ``surface`` can denote, largest level first; ``()`` when unknown.

    One-character abbreviations (``陕``) are found here too, although
    :func:`surfaces` leaves them out.
    """
    found = _cache.get(surface)
    if found is None:
        found = _parse(surface)
        if found:  # unknown strings are not kept: callers may probe many
            _cache[surface] = found
    return found


def surfaces() -> frozenset[str]:
    """Every known surface except the one-character abbreviations (``陕``, ``京``)."""
    global _surfaces
    if _surfaces is None:
        _surfaces = frozenset(_load().keys).difference(_abbr_only())
    return _surfaces


def abbreviations() -> dict[str, tuple[PlaceEntry, ...]]:
    """One-character official abbreviations -> their units (``陕`` -> 陕西省).

    They are places only inside combined abbreviations (``川陕``); alone they are
    not (``陕ICP备``, DECISIONS L5).  Returns a new dict on each call.
    """
    global _abbreviations
    if _abbreviations is None:
        _abbreviations = {s: entries(s) for s in sorted(_abbr_only())}
    return dict(_abbreviations)


def is_stopword(surface: str) -> bool:
    """True for surfaces that are not places on their own (``和平``, ``全省``, ``南方``)."""
    global _stop
    if _stop is None:
        words = (line.split("#", 1)[0].strip() for line in _data("place_stop.txt").split("\n"))
        _stop = frozenset(w for w in words if w)
    return surface in _stop
