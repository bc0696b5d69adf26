"""Loads the rule data under ``factx/data/`` lazily, once per process."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache, partial

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def read_data(name: str) -> str:
    """The text of a file under factx/data/ (read as bytes: no newline translation)."""
    with open(os.path.join(DATA_DIR, name), "rb") as f:
        return f.read().decode("utf-8")


def data_lines(name: str) -> Iterator[list[str]]:
    """Tab-separated rows of a data file, comments and blank lines skipped."""
    text = read_data(name)
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield line.split("\t")


#: Unit kinds of units.tsv (currency words come from currencies.tsv).
UNIT_KINDS = frozenset({"classifier", "admin", "measure", "time", "percent", "currency"})
#: Dimensions of SPEC contract v2, with the SI unit each one is converted to (None: no SI unit).
SI_UNITS: dict[str, str | None] = {
    "count": None, "length": "m", "area": "m2", "volume": "m3", "mass": "kg", "duration": "s",
    "speed": "m/s", "power": "W", "energy": "J", "temperature": "degC", "data": "B",
    "frequency": "Hz", "money": None, "ratio": None, "other": None,
}
#: Flags a unit surface may carry.
UNIT_FLAGS = frozenset({
    "digit", "container", "after_ge", "ge_only", "compound", "generic", "clause_end", "tail", "discount",
    "points", "numeral", "end_only",
})
#: The endings of township-level unit names (镇, 乡, 街道, 苏木), for the recogniser and the
#: gazetteer build.
TOWNSHIP_SUFFIXES = ("镇", "乡", "街道", "苏木")
#: Roles of a currencies.tsv row.
CURRENCY_ROLES = frozenset({"unit", "sub", "sign", "word", "tail", "ends"})


@dataclass(frozen=True)
class Unit:
    """A word that may follow a number, with what it makes of it."""

    surface: str
    kind: str  # classifier, admin, measure, time, percent, currency
    #: The canonical name of the unit (its record in units.tsv; the ISO code for currencies).
    name: str = ""
    dimension: str = "other"
    #: value * si + offset is the value in ``SI_UNITS[dimension]``; None: no SI unit.
    si: Fraction | None = None
    offset: Fraction = Fraction(0)
    #: Percent: to per-hundred (‰ -> 1/10); currency: to the main unit (美分 -> 1/100).
    scale: Fraction = Fraction(1)
    code: str | None = None  # ISO 4217 code for currencies
    digit_only: bool = False
    container: bool = False
    after_ge: bool = False
    ge_only: bool = False
    compound: bool = False
    generic: bool = False
    clause_end: bool = False
    end_only: bool = False
    tail: bool = False
    discount: bool = False
    points: bool = False
    numeral: bool = False

    @property
    def factor(self) -> Decimal:
        """``scale`` as a Decimal (exact for the scales the data uses)."""
        return Decimal(self.scale.numerator) / Decimal(self.scale.denominator)


@dataclass(frozen=True)
class UnitRecord:
    """One row of units.tsv: a unit with all the surfaces it is written with."""

    name: str
    kind: str
    dimension: str
    si: Fraction | None
    offset: Fraction
    surfaces: tuple[tuple[str, frozenset[str]], ...]  # (surface, flags)


def _fraction(text: str) -> Fraction | None:
    return Fraction(text) if text.strip() else None


def _surfaces(field: str, flags: frozenset[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """``个月 月[ge_only]`` -> ((个月, flags), (月, flags | {ge_only}))."""
    out = []
    for item in field.split(" "):
        if not item:
            continue
        own: frozenset[str] = frozenset()
        if item.endswith("]") and "[" in item:
            item, _, rest = item[:-1].partition("[")
            own = frozenset(rest.split(","))
        out.append((item, flags | own))
    return tuple(out)


@lru_cache(maxsize=1)
def unit_records() -> tuple[UnitRecord, ...]:
    """Every record of units.tsv, in file order."""
    out = []
    for row in data_lines("units.tsv"):
        name, kind, dimension, factor, offset, surfaces = row[:6]
        flags = frozenset(f for f in (row[6] if len(row) > 6 else "").split(",") if f)
        out.append(UnitRecord(name, kind, dimension, _fraction(factor), _fraction(offset) or Fraction(0),
                              _surfaces(surfaces, flags)))
    return tuple(out)


@dataclass(frozen=True)
class CurrencyRow:
    """One row of currencies.tsv."""

    code: str
    role: str
    scale: Fraction
    surfaces: tuple[tuple[str, frozenset[str]], ...]


@lru_cache(maxsize=1)
def currency_rows() -> tuple[CurrencyRow, ...]:
    """Every row of currencies.tsv, in file order."""
    return tuple(
        CurrencyRow(code, role, _fraction(factor) or Fraction(1), _surfaces(surfaces, frozenset()))
        for code, role, factor, surfaces in data_lines("currencies.tsv")
    )


def _unit(surface: str, rec: UnitRecord, flags: frozenset[str]) -> Unit:
    percent = rec.kind == "percent"
    return Unit(
        surface, rec.kind, rec.name, rec.dimension,
        si=None if percent else rec.si, offset=rec.offset,
        scale=rec.si if percent and rec.si is not None else Fraction(1),
        digit_only="digit" in flags, container="container" in flags,
        after_ge="after_ge" in flags, ge_only="ge_only" in flags, compound="compound" in flags,
        tail="tail" in flags, discount="discount" in flags, points="points" in flags,
        numeral="numeral" in flags,
    )


def _currency(surface: str, row: CurrencyRow, flags: frozenset[str]) -> Unit:
    return Unit(surface, "currency", row.code, "money", scale=row.scale, code=row.code,
                compound=row.role == "sub", generic="generic" in flags, clause_end="clause_end" in flags,
                end_only="end_only" in flags, tail="tail" in flags, after_ge="after_ge" in flags)


@lru_cache(maxsize=1)
def all_units() -> dict[str, Unit]:
    """Every unit surface, compound-only ones included (3小时20分: 分 is a minute there)."""
    out: dict[str, Unit] = {}
    for rec in unit_records():
        for surface, flags in rec.surfaces:
            if "compound" in flags and surface in out:
                continue  # 分 alone stays the classifier; compound_units() has the minute
            out[surface] = _unit(surface, rec, flags)
    for row in currency_rows():
        if row.role in ("unit", "sub"):
            for surface, flags in row.surfaces:
                if row.role == "sub" and surface in out:
                    continue
                out[surface] = _currency(surface, row, flags)
    return out


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """Every surface that may follow a number on its own -> Unit (units.tsv and currencies.tsv)."""
    return {s: u for s, u in all_units().items() if not u.compound}


@lru_cache(maxsize=1)
def place_context() -> dict[str, WordSet]:
    """kind (person_before, surname, …) -> the words of place_context.tsv: the words around a
    name that say what it is (read by the place recogniser and by the link stages)."""
    out: dict[str, set[str]] = {}
    for row in data_lines("place_context.tsv"):
        out.setdefault(row[0], set()).add(row[1])
    return {k: WordSet(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def compound_units() -> dict[str, dict[str, Unit]]:
    """dimension (or currency code) -> surface -> Unit, for the second part of a compound amount."""
    out: dict[str, dict[str, Unit]] = {}
    for rec in unit_records():
        if rec.si is None or rec.kind == "percent":
            continue
        for surface, flags in rec.surfaces:
            unit = _unit(surface, rec, flags)
            table = out.setdefault(rec.dimension, {})
            if unit.compound or surface not in table:
                table[surface] = unit
    for row in currency_rows():
        if row.role in ("unit", "sub"):
            for surface, flags in row.surfaces:
                out.setdefault(row.code, {})[surface] = _currency(surface, row, flags)
    return out


@lru_cache(maxsize=1)
def unit_context() -> dict[str, dict[str, tuple[str, Unit]]]:
    """position (before, number, after, per_hour) -> word -> (surface it applies to, the unit it makes)."""
    by_name = {r.name: r for r in unit_records()}
    out: dict[str, dict[str, tuple[str, Unit]]] = {"before": {}, "number": {}, "after": {}, "per_hour": {}}
    for position, word, name, surface in data_lines("unit_context.tsv"):
        out[position][word] = (surface, _unit(surface, by_name[name], frozenset()))
    return out


@lru_cache(maxsize=8)
def _currency_role(role: str) -> dict[str, str]:
    """Surface -> ISO code of the currencies.tsv rows of one role."""
    return {s: row.code for row in currency_rows() if row.role == role for s, _ in row.surfaces}


#: Currency signs written before an amount that needs no currency word ($, ¥, RMB) -> ISO code.
currency_prefixes = partial(_currency_role, "sign")
#: Currency names written before an amount (港币100元, 人民币8千元) -> ISO code.
currency_words = partial(_currency_role, "word")
#: Words after a currency word inside the span (500万元人民币).
currency_tails = partial(_currency_role, "tail")
#: Words after a currency word outside the span (三百块钱).
currency_ends = partial(_currency_role, "ends")


@lru_cache(maxsize=1)
def approx_markers() -> dict[str, dict[str, str]]:
    """position (before, inner, after) -> marker -> approx value."""
    out: dict = {"before": {}, "inner": {}, "after": {}}
    for marker, position, approx in data_lines("approx.tsv"):
        out[position][marker] = approx
    out["before_set"] = WordSet(out["before"])
    return out


class WordSet(frozenset):
    """A set of words that also finds the longest one a text starts or ends with."""

    longest: int  #: the length of the longest word
    #: The first and the last characters of the words: a look-up at a character outside them
    #: finds nothing, and a caller in a hot loop may test them before calling.
    firsts: frozenset[str]
    lasts: frozenset[str]
    _by_first: dict[str, tuple[int, ...]]  # first character -> lengths of its words, longest first
    _by_last: dict[str, tuple[int, ...]]  # last character -> lengths of its words, longest first

    def __new__(cls, words=()):
        self = super().__new__(cls, words)
        self.longest = max((len(w) for w in self), default=0)
        # what a match needs (most texts fail on their first or last character, and most
        # characters begin or end words of one or two lengths only)
        firsts = {}  # (first character -> lengths)
        lasts = {}
        for w in self:
            if w:
                firsts.setdefault(w[0], set()).add(len(w))
                lasts.setdefault(w[-1], set()).add(len(w))
        self._by_first = {ch: tuple(sorted(n, reverse=True)) for ch, n in firsts.items()}
        self._by_last = {ch: tuple(sorted(n, reverse=True)) for ch, n in lasts.items()}
        self.firsts = frozenset(firsts)
        self.lasts = frozenset(lasts)
        return self

    def prefix_of(self, text: str, pos: int = 0, end: int | None = None) -> str | None:
        """The longest word that ``text[pos:end]`` starts with."""
        limit = len(text) if end is None else end
        if 0 <= pos < limit <= len(text):
            lengths = self._by_first.get(text[pos])
            if lengths is None:
                return None  # (most look-ups end here)
            room = limit - pos
            for n in lengths:
                if n <= room:
                    word = text[pos : pos + n]
                    if word in self:
                        return word
            return None
        if pos < 0 or limit > len(text):
            return self._prefix_slow(text, pos, limit)
        return None

    def suffix_of(self, text: str, end: int | None = None) -> str | None:
        """The longest word that ``text[:end]`` ends with."""
        if end is None:
            end = len(text)
        if end <= 0:
            return None
        try:
            lengths = self._by_last.get(text[end - 1])  # (most look-ups end here)
        except IndexError:
            return self._suffix_slow(text, end)  # (end past the text)
        if lengths is None:
            return None
        for n in lengths:
            if n <= end:
                word = text[end - n : end]
                if word in self:
                    return word
        return None

    def _prefix_slow(self, text: str, pos: int, limit: int) -> str | None:
        for n in range(min(self.longest, limit - pos), 0, -1):
            if text[pos : pos + n] in self:
                return text[pos : pos + n]
        return None

    def _suffix_slow(self, text: str, end: int) -> str | None:
        for n in range(min(self.longest, end), 0, -1):
            if text[end - n : end] in self:
                return text[end - n : end]
        return None


def _word_sets(name: str) -> dict[str, WordSet]:
    """kind -> words, from a ``kind<TAB>word`` data file."""
    out: dict[str, list[str]] = {}
    for row in data_lines(name):
        out.setdefault(row[0], []).append(row[1])
    return {k: WordSet(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def nonfacts() -> dict[str, WordSet]:
    """kind -> words, from nonfacts.tsv."""
    return _word_sets("nonfacts.tsv")


@lru_cache(maxsize=64)
def word_pattern(words: frozenset[str]) -> re.Pattern:
    """A pattern matching any of ``words`` (the standard module scans for literal words faster
    than ``regex``)."""
    return re.compile(alternation(words))


@lru_cache(maxsize=64)
def initials_pattern(chars: frozenset[str]) -> re.Pattern:
    """A pattern matching any one of ``chars``: a quick test that a text holds a character that
    opens one of some words (``WordSet.firsts``), before a word-by-word look-up."""
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]")


def alternation(words) -> str:
    """A regex alternation of literal words, longest first, written so that the engine tries
    fewer of them: the words that open with the same character are one branch (万元|万吨|万 ->
    万(?:元|吨)?), and the one-character words that open no longer one come last as a character
    class. Two words match at the same place only when one begins the other, and those keep
    their order (the longer first) inside their branch, so the matches are the same as those of
    the plain alternation; but where the engine tried each word in turn it now tries one branch
    per first character (the unit after a number: 634 words, 231 of one character)."""
    import regex

    branches: dict[str, list[str]] = {}  # first character -> its words, longest first
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    for w in ordered:
        if w:
            branches.setdefault(w[0], []).append(w)
    out: list[str] = []
    letters = ""
    for first, group in branches.items():
        if len(group) == 1 and len(first) == len(group[0]) == 1:
            letters += first  # (a one-character word alone in its branch: in the class)
        elif len(group) == 1:
            out.append(regex.escape(group[0]))
        else:
            rest = "|".join(regex.escape(w[1:]) for w in group if len(w) > 1)
            out.append(f"{regex.escape(first)}(?:{rest}){'?' if len(group[-1]) == 1 else ''}")
    if len(letters) > 1:
        out.append("[" + re.escape(letters) + "]")
    elif letters:
        out.append(regex.escape(letters))
    if ordered and not ordered[-1]:
        out.append("")  # (an empty word matches last, as before)
    return "|".join(out)


@lru_cache(maxsize=1)
def link_words() -> dict[str, WordSet]:
    """kind -> words, from links.tsv (the vocabulary of the link and scope stages)."""
    return _word_sets("links.tsv")


@lru_cache(maxsize=1)
def deictic_words() -> dict[str, str]:
    """Deictic scope word (全省) -> the ending of the place name it points to (省)."""
    return {row[1]: row[2] for row in data_lines("links.tsv") if row[0] == "deictic"}
