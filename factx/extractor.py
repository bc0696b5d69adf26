"""The Extractor: the pipeline from text to facts.

1. ``Document``: lines (paragraphs) and sentences; with rjieba every line is tagged
   up front (``Document.tag_lines``), else when a recogniser first asks. Text with spaces
   between Chinese and numbers is read with them closed up (``factx.spacing``).
2. Recognisers, each over every line in turn: amounts, dates and places propose candidates.
3. Overlap resolution, line by line: the reading that covers most text wins.
4. Document stages, in the order ``factx.stages.STAGES`` declares: place
   resolution, links (subject, change, basis), scope (time, place).
5. Each candidate is frozen into a ``Fact`` once.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from functools import lru_cache

import regex

from factx.candidate import Candidate
from factx.document import Document, Line
from factx.errors import FactxError
from factx.model import TYPES, Fact
from factx.recognizers import amounts, dates, places
from factx.resolve import resolve
from factx.spacing import close_up, map_back
from factx.stages import STAGES
from factx.tagging import TOKENIZERS, get_tagger

_SURROGATE = regex.compile(r"[\ud800-\udfff]")
RECOGNIZERS = (amounts.recognize, dates.recognize, places.recognize)
#: What ``candidates`` runs: each recogniser over a list of lines (amounts in passes of its own).
PASSES: tuple[Callable[[list[Line]], list[list[Candidate]]], ...] = (
    amounts.recognize_lines,
    lambda lines: [dates.recognize(line) for line in lines],
    lambda lines: [places.recognize(line) for line in lines],
)


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


def candidates(doc: Document) -> list[Candidate]:
    """Every line's recognised and overlap-resolved candidates, in document offsets.

    Each recogniser reads every line before the next one starts (then each line's
    candidates, in the recognisers' order, are resolved): the same candidates as reading
    each line with the three in turn, but each recogniser's code and data stay in the
    processor's caches for the whole pass (15-17% less time than line by line).
    """
    out: list[Candidate] = []
    text = doc.text
    doc.tag_lines()
    lines = [line for line in doc.lines if line.text.strip()]
    found: list[list[Candidate]] = [[] for _ in lines]
    for recognize_lines in PASSES:
        for got, new in zip(found, recognize_lines(lines), strict=True):
            got.extend(new)
    places.established_names(lines, found)  # (needs every line's places: 孟定镇 … 孟定, 后湾村 again)
    for got, line in zip(found, lines, strict=True):
        for c in resolve(got):
            c.shift(line.offset, text)
            c.sentence = doc.sentence_at(c.start)
            out.append(c)
    return out


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
        # The call allocates hundreds of thousands of small objects that all live until it
        # returns (tokens, candidates, facts) and form no reference cycles: the cyclic
        # collector would scan them again and again for nothing (about a tenth of the time).
        # It is paused for the call and resumed after it, also on an error; a caller that
        # had paused it keeps it paused. (Process-wide: another thread allocating meanwhile
        # sees it paused too, which delays, never loses, a collection.)
        collecting = gc.isenabled()
        if collecting:
            gc.disable()
        try:
            closed = close_up(text)  # (营业收入 12.5 亿元: read as 营业收入12.5亿元, offsets mapped back)
            document = Document(text if closed is None else closed[0], get_tagger(self.tokenizer),
                                get_tagger(self.tokenizer, hmm=False))
            found = candidates(document)
            for stage in STAGES:
                stage(document, found)
            if closed is not None:
                sentences = map_back(document, found, closed[1], text)
                return [c.freeze(doc, text, sentence) for c, sentence in zip(found, sentences, strict=True)
                        if c.type in wanted]
            return [
                c.freeze(doc, text, document.sentence_text(c.start, c.end)) for c in found if c.type in wanted
            ]
        finally:
            if collecting:
                gc.enable()


@lru_cache(maxsize=4)
def get_extractor(tokenizer: str | None = None) -> Extractor:
    """A shared Extractor for a tokenizer name (None: the default engine)."""
    return Extractor(tokenizer)
