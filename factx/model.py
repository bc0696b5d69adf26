"""The fact row: one frozen dataclass whose field order is the contract's."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The contract fields of SPEC.md, in order.
CONTRACT_FIELDS: tuple[str, ...] = (
    "doc", "type", "text", "start", "end",
    "value", "value_max", "unit", "approx", "sentence",
)
#: Place resolution, on ``place`` rows.
PLACE_FIELDS: tuple[str, ...] = ("name", "level", "adcode", "parent")
#: Measures (contract v2): what kind of amount, in SI units; ``per`` names the unit of a rate.
MEASURE_FIELDS: tuple[str, ...] = ("dimension", "si_value", "si_value_max", "si_unit", "per")
#: Links (contract v2): what a number is about, on quantity, money and percent rows.
LINK_FIELDS: tuple[str, ...] = ("subject", "subject_start", "subject_end", "change", "basis", "time", "place")
#: Every field after the v1 contract ones, in output order.
EXTRA_FIELDS: tuple[str, ...] = PLACE_FIELDS + MEASURE_FIELDS + LINK_FIELDS
FIELDS: tuple[str, ...] = CONTRACT_FIELDS + EXTRA_FIELDS

TYPES: tuple[str, ...] = ("quantity", "money", "percent", "place", "date")
APPROX: tuple[str, ...] = ("more_than", "less_than", "about")

Value = int | float | str | None


@dataclass(frozen=True)
class Fact:
    """One fact found in a document; ``text == doc_text[start:end]``."""

    doc: str
    type: str
    text: str
    start: int
    end: int
    value: Value = None
    value_max: int | float | None = None
    unit: str | None = None
    approx: str | None = None
    sentence: str = ""
    name: str | None = None
    level: str | None = None
    adcode: str | None = None
    parent: str | None = None
    dimension: str | None = None
    si_value: int | float | None = None
    si_value_max: int | float | None = None
    si_unit: str | None = None
    per: str | None = None
    subject: str | None = None
    subject_start: int | None = None
    subject_end: int | None = None
    change: str | None = None
    basis: str | None = None
    time: str | None = None
    place: str | None = None
    #: Which rule produced the fact (debugging aid, not written out).
    rule: str = field(default="", compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The row as a dict: contract fields in order, then the extra fields."""
        return {name: getattr(self, name) for name in FIELDS}
