"""The working record of one proposed fact, carried through every stage of the pipeline.

Recognisers create it (offsets into their line); the extractor moves it to document
offsets; the document stages fill in place resolution, links and scope; it is frozen
into a ``Fact`` once, at the end.
"""

from __future__ import annotations

from dataclasses import dataclass

from factx.model import Fact

Number = int | float


@dataclass(slots=True)
class Candidate:
    """A proposed fact at ``[start, end)`` of the text being read."""

    start: int
    end: int
    type: str
    value: Number | str | None = None
    value_max: Number | None = None
    unit: str | None = None
    approx: str | None = None
    rule: str = ""
    #: Higher wins when two candidates cover exactly the same span.
    priority: int = 0
    #: Start of the number itself (after a leading approx marker or currency word).
    num_start: int = -1
    #: What kind of unit made the amount (classifier, admin, measure, time, currency, percent).
    unit_kind: str | None = None
    #: Filled once the candidate has document offsets: its text and sentence index.
    text: str = ""
    sentence: int = -1
    # place resolution
    name: str | None = None
    level: str | None = None
    adcode: str | None = None
    parent: str | None = None
    # measures (contract v2)
    dimension: str | None = None
    si_value: Number | None = None
    si_value_max: Number | None = None
    si_unit: str | None = None
    per: str | None = None
    # links and scope; the subject as a span of the document
    subject_span: tuple[int, int] | None = None
    #: How the grammar settled the subject, for the reranker (rerank.py) to leave alone what it
    #: must not touch: "" its own noun phrase; "paired" taken from a 分别 list, a list's head or an
    #: earlier number (K4) or a from-to's other end; "carried" from a count in the same measure
    #: word (K2) or a bare clause's topic; "none:WHY" no subject on purpose (a distance from a
    #: place, money after a count of the noun, a number that names no thing, ...).
    subject_rule: str = ""
    change: str | None = None
    basis: str | None = None
    time: str | None = None
    place: str | None = None
    #: The old level of a from-to (由上年同期的38.5%提高到46.2%): a value of another time than
    #: the statement's, so it takes no time from it.
    earlier: bool = False
    #: The time a 分别 list paired with this number (2025年、2026年…分别为): the scope stage keeps it.
    paired_time: bool = False

    @property
    def length(self) -> int:
        return self.end - self.start

    @property
    def numeric(self) -> bool:
        """Quantities, money and percentages: the facts that get links."""
        return self.type in ("quantity", "money", "percent")

    def shift(self, offset: int, text: str) -> None:
        """Move from line offsets to document offsets (``text``: the document)."""
        self.start += offset
        self.end += offset
        if self.num_start >= 0:
            self.num_start += offset
        self.text = text[self.start : self.end]

    def freeze(self, doc_name: str, text: str, sentence: str) -> Fact:
        """The final row (``text``: the document, for the subject's surface)."""
        span = self.subject_span
        start, end = span if span is not None else (None, None)
        # The frozen dataclass's __init__ sets its 27 fields one object.__setattr__ at a
        # time; a fact is built here once, so its __dict__ is filled in one go instead, in
        # the order of the fields (what __init__ would leave; tests/test_candidate.py).
        fact = _new_fact(Fact)
        fact.__dict__.update(
            doc=doc_name, type=self.type, text=self.text, start=self.start, end=self.end,
            value=self.value, value_max=self.value_max, unit=self.unit, approx=self.approx,
            sentence=sentence, name=self.name, level=self.level, adcode=self.adcode,
            parent=self.parent, dimension=self.dimension, si_value=self.si_value,
            si_value_max=self.si_value_max, si_unit=self.si_unit, per=self.per,
            subject=text[start:end] if span is not None else None,
            subject_start=start, subject_end=end,
            change=self.change, basis=self.basis, time=self.time, place=self.place,
            rule=self.rule,
        )
        return fact


_new_fact = object.__new__
