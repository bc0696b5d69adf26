"""Loads the rule data under ``factx/data/`` lazily, once per process."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

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


@dataclass(frozen=True)
class Unit:
    """A word that may follow a number, with what it makes of it."""

    surface: str
    kind: str  # classifier, admin, measure, time, percent, currency
    factor: Decimal = Decimal(1)
    code: str | None = None  # ISO 4217 code for currencies
    digit_only: bool = False
    container: bool = False
    after_ge: bool = False
    ge_only: bool = False


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """Every unit surface (units.tsv and currencies.tsv) -> Unit."""
    out: dict[str, Unit] = {}
    for row in data_lines("units.tsv"):
        surface, kind = row[0], row[1]
        factor = Decimal(row[2]) if len(row) > 2 and row[2] else Decimal(1)
        flags = set(row[3].split(",")) if len(row) > 3 else set()
        out[surface] = Unit(
            surface, kind, factor,
            digit_only="digit" in flags, container="container" in flags,
            after_ge="after_ge" in flags, ge_only="ge_only" in flags,
        )
    for row in data_lines("currencies.tsv"):
        if len(row) > 2 and row[2] == "prefix":
            continue
        out[row[0]] = Unit(row[0], "currency", code=row[1])
    return out


@lru_cache(maxsize=1)
def currency_prefixes() -> dict[str, str]:
    """Currency signs written before an amount (¥, $) -> ISO code."""
    return {row[0]: row[1] for row in data_lines("currencies.tsv") if len(row) > 2 and row[2] == "prefix"}


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

    def __new__(cls, words=()):
        self = super().__new__(cls, words)
        self.longest = max((len(w) for w in self), default=0)
        return self

    def prefix_of(self, text: str, pos: int = 0) -> str | None:
        """The longest word that ``text[pos:]`` starts with."""
        for n in range(min(self.longest, len(text) - pos), 0, -1):
            if text[pos : pos + n] in self:
                return text[pos : pos + n]
        return None

    def suffix_of(self, text: str, end: int | None = None) -> str | None:
        """The longest word that ``text[:end]`` ends with."""
        end = len(text) if end is None else end
        for n in range(min(self.longest, end), 0, -1):
            if text[end - n : end] in self:
                return text[end - n : end]
        return None


@lru_cache(maxsize=1)
def nonfacts() -> dict[str, WordSet]:
    """kind -> words, from nonfacts.tsv."""
    out: dict[str, list[str]] = {}
    for row in data_lines("nonfacts.tsv"):
        out.setdefault(row[0], []).append(row[1])
    return {k: WordSet(v) for k, v in out.items()}


def alternation(words) -> str:
    """A regex alternation of literal words, longest first."""
    import regex

    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def link_words() -> dict[str, WordSet]:
    """kind -> words, from links.tsv (the vocabulary of the link and scope stages)."""
    out: dict[str, list[str]] = {}
    for row in data_lines("links.tsv"):
        out.setdefault(row[0], []).append(row[1])
    return {k: WordSet(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def deictic_words() -> dict[str, str]:
    """Deictic scope word (全省) -> the ending of the place name it points to (省)."""
    return {row[1]: row[2] for row in data_lines("links.tsv") if row[0] == "deictic"}
