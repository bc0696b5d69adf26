"""The fact row: one frozen dataclass whose field order is the contract's."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The contract fields of SPEC.md, in order.
CONTRACT_FIELDS: tuple[str, ...] = (
    "doc", "type", "text", "start", "end",
    "value", "value_max", "unit", "approx", "sentence",
)
#: Extra fields every format carries after the contract ones (place resolution).
EXTRA_FIELDS: tuple[str, ...] = ("name", "level", "adcode", "parent")
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
    #: Which rule produced the fact (debugging aid, not written out).
    rule: str = field(default="", compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The row as a dict: contract fields in order, then the extra fields."""
        return {name: getattr(self, name) for name in FIELDS}
