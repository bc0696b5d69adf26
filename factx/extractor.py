"""The Extractor: runs every recogniser over each line and resolves what they propose."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from factx.errors import FactxError
from factx.model import TYPES, Fact
from factx.recognizers import Line, amounts, dates, places
from factx.resolve import resolve
from factx.sentences import Sentences
from factx.tokenize import TOKENIZERS, get_tagger

_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_RECOGNIZERS = (amounts.recognize, dates.recognize, places.recognize)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for every line of ``text``; facts never cross a line break."""
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        yield pos, text[pos:nl]
        pos = nl + 1


def _wanted(types: Iterable[str] | str | None) -> frozenset[str]:
    if types is None:
        return frozenset(TYPES)
    if isinstance(types, str):
        types = [t for t in types.split(",") if t.strip()]
    chosen = frozenset(t.strip() for t in types)
    unknown = sorted(chosen - set(TYPES))
    if unknown:
        raise FactxError(f"unknown fact type(s): {', '.join(unknown)}; choose from {', '.join(TYPES)}")
    return chosen


class Extractor:
    """Finds facts in text. One instance per tokenizer; reuse it (it caches its engines)."""

    def __init__(self, tokenizer: str | None = None) -> None:
        name = tokenizer or "rjieba"
        if name not in TOKENIZERS:
            raise FactxError(f"unknown tokenizer {name!r}; choose one of {', '.join(TOKENIZERS)}")
        self.tokenizer = name

    def extract(self, text: str, doc: str = "-", types: Iterable[str] | str | None = None) -> list[Fact]:
        """Every fact of ``text`` (sorted, non-overlapping); ``types`` keeps only some types."""
        wanted = _wanted(types)
        if _SURROGATE.search(text):
            raise FactxError("text holds lone surrogate code points (undecodable input); decode it first")
        tagger = get_tagger(self.tokenizer)
        found: list[Fact] = []
        for offset, raw in _lines(text):
            if not raw.strip():
                continue
            line = Line(raw, tagger)
            candidates = []
            for recognize in _RECOGNIZERS:
                candidates.extend(recognize(line))
            sentences = Sentences(raw)
            for c in resolve(candidates):
                found.append(
                    Fact(
                        doc=doc, type=c.type, text=raw[c.start : c.end],
                        start=offset + c.start, end=offset + c.end,
                        value=c.value, value_max=c.value_max, unit=c.unit, approx=c.approx,
                        sentence=sentences.around(c.start, c.end), rule=c.rule,
                        level=c.level, parent=c.parent,
                    )
                )
        found = places.annotate(found)
        return [f for f in found if f.type in wanted]


@lru_cache(maxsize=4)
def get_extractor(tokenizer: str | None = None) -> Extractor:
    """A shared Extractor for a tokenizer name (None: the default engine)."""
    return Extractor(tokenizer)
