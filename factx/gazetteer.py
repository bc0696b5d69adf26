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

import os
from typing import NamedTuple

from factx.lexicons import TOWNSHIP_SUFFIXES  # names ending in these are found from their suffix

__all__ = [
    "KINDS",
    "LEVELS",
    "PlaceEntry",
    "abbreviations",
    "entries",
    "is_stopword",
    "is_surface",
    "search_names",
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
_raw: bytes | None = None
_cache: dict[str, tuple[PlaceEntry, ...]] = {}
_surfaces: frozenset[str] | None = None
_abbr: frozenset[str] | None = None
_names: list[str] | None = None
_abbreviations: dict[str, tuple[PlaceEntry, ...]] | None = None
_stop: frozenset[str] | None = None
#: Strings looked up and not found (up to ``_UNKNOWN_LENGTH`` characters; cleared when full).
_unknown: set[str] = set()
_UNKNOWN_LENGTH = 12
_UNKNOWN_MAX = 1 << 16

#: The prebuilt list of names (``scripts/build_places.py`` writes it beside places.tsv).
NAMES_FILE = "place_names.txt"


def render_names(places_tsv: str) -> str:
    """The text of place_names.txt for the text of places.tsv: the one-character surfaces
    that are only abbreviations, then the names to search for (sorted)."""
    kinds: dict[str, set[str]] = {}
    for line in places_tsv.split("\n")[1:]:
        if line:
            cells = line.split("\t")
            kinds.setdefault(cells[0], set()).add(cells[5])
    abbr = sorted(k for k, v in kinds.items() if len(k) == 1 and v == {"abbr"})
    names = sorted(k for k in kinds if k not in set(abbr) and not k.endswith(TOWNSHIP_SUFFIXES))
    return "".join([
        "# Built by scripts/build_places.py from places.tsv; do not edit.\n",
        "#@abbr\n", *(f"{a}\n" for a in abbr),
        "#@names\n", *(f"{n}\n" for n in names),
    ])


def _data(name: str) -> str:
    from factx.lexicons import read_data

    return read_data(name)


def _bytes() -> bytes:
    """places.tsv as UTF-8 bytes, read once and never decoded whole: rows are found in it by
    bisection (UTF-8 bytes sort as their code points do) and decoded one by one."""
    global _raw
    if _raw is None:
        from factx.lexicons import DATA_DIR

        with open(os.path.join(DATA_DIR, "places.tsv"), "rb") as f:
            _raw = f.read()
    return _raw


def _load() -> _Table:
    """Every row of places.tsv, split into lines (only ``surfaces`` needs them all)."""
    global _table
    if _table is None:
        lines = _bytes().decode("utf-8").split("\n")[1:]
        if lines and not lines[-1]:
            lines.pop()
        _table = _Table(lines, [line[: line.find("\t")] for line in lines])
    return _table


def _rows(surface: str) -> list[str]:
    """The rows of ``surface``: a bisection over the lines of the sorted file itself, so a
    look-up reads a few lines, and starting reads no hundred thousand rows."""
    raw = _bytes()
    key = surface.encode("utf-8")
    lo, hi = raw.find(b"\n") + 1, len(raw)  # line starts; the first row follows the header
    while lo < hi:
        mid = (lo + hi) // 2
        start = raw.rfind(b"\n", lo - 1, mid) + 1  # the start of the line holding mid (>= lo)
        if raw[start : raw.find(b"\t", start)] < key:
            end = raw.find(b"\n", start)
            lo = len(raw) if end < 0 else end + 1
        else:
            hi = start
    out = []
    key += b"\t"
    while raw.startswith(key, lo):
        end = raw.find(b"\n", lo)
        end = len(raw) if end < 0 else end
        out.append(raw[lo:end].decode("utf-8"))
        lo = end + 1
    return out


def _parse(surface: str) -> tuple[PlaceEntry, ...]:
    if not surface or "\t" in surface or "\n" in surface:
        return ()
    try:
        rows = _rows(surface)
    except UnicodeEncodeError:  # a lone surrogate: no surface
        return ()
    out = []
    for line in rows:
        _, name, level, adcode, parent, kind = line.split("\t")
        out.append(PlaceEntry(name, level, adcode or None, parent or None, kind))
    return tuple(out)


def _prebuilt() -> None:
    """Read place_names.txt: the one-character abbreviations and the names to search for."""
    global _abbr, _names
    section = ""
    abbr: list[str] = []
    names: list[str] = []
    for line in _data(NAMES_FILE).split("\n"):
        if line.startswith("#@"):
            section = line[2:]
        elif line and not line.startswith("#"):
            (abbr if section == "abbr" else names).append(line)
    _abbr, _names = frozenset(abbr), names


def _abbr_only() -> frozenset[str]:
    """One-character surfaces all of whose rows are abbreviations."""
    if _abbr is None:
        _prebuilt()
    assert _abbr is not None
    return _abbr


def search_names() -> list[str]:
    """The names the place recogniser searches for, sorted: every surface but the
    one-character abbreviations and the township names (镇, 乡, 街道, 苏木), which are
    found from their suffix. Prebuilt in place_names.txt (a hundred thousand rows of
    places.tsv need not be read to start)."""
    if _names is None:
        _prebuilt()
    assert _names is not None
    return _names


def is_surface(text: str) -> bool:
    """``text in surfaces()``, without building the set of every surface."""
    return bool(entries(text)) and text not in _abbr_only()


def entries(surface: str) -> tuple[PlaceEntry, ...]:
    """Every unit ``surface`` can denote, largest level first; ``()`` when unknown.

    One-character abbreviations (``陕``) are found here too, although
    :func:`surfaces` leaves them out.
    """
    found = _cache.get(surface)
    if found is None:
        if surface in _unknown:
            return ()
        found = _parse(surface)
        if found:
            _cache[surface] = found
        elif len(surface) <= _UNKNOWN_LENGTH:  # short probes repeat (callers try many cuts)
            if len(_unknown) >= _UNKNOWN_MAX:
                _unknown.clear()
            _unknown.add(surface)
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
