"""Overlapping candidates -> final facts: the longest reading wins (DECISIONS S1)."""

from __future__ import annotations

from collections.abc import Iterable

from factx.candidate import Candidate


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates sorted by start: longer first, then higher priority."""
    ranked = sorted(candidates, key=lambda c: (-c.length, -c.priority, c.start))
    taken: list[tuple[int, int]] = []
    chosen: list[Candidate] = []
    for c in ranked:
        if c.length <= 0:
            continue
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen
