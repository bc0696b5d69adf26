"""What a recogniser proposes before overlaps and filters are resolved."""

from __future__ import annotations

from dataclasses import dataclass

Number = int | float


@dataclass
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
    #: Start of the number itself (after a leading approx marker), for context checks.
    num_start: int = -1
    #: Place resolution (filled by the place recogniser).
    name: str | None = None
    level: str | None = None
    adcode: str | None = None
    parent: str | None = None

    @property
    def length(self) -> int:
        return self.end - self.start
