"""Overlapping candidates -> final facts: the reading that covers most text wins (S1).

Among non-overlapping selections the one covering the most characters wins, so a long
reading beats the short ones inside it (``8.5万余起`` over ``8.5万``) while two readings
side by side beat one that straddles them (``华东`` + ``三省市`` over ``东三省``). Ties go to
fewer, then higher-priority candidates.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from factx.candidate import Candidate
from factx.numerals import in_bounds


def _weight(c: Candidate) -> int:
    # coverage first (100 a character), then fewer pieces (-50 each), then priority
    return c.length * 100 - 50 + c.priority


def _bounded(c: Candidate) -> bool:
    """No numeric value beyond ``numerals.MAX_VALUE`` (nor NaN, nor infinite) becomes a fact."""
    value, high = c.value, c.value_max
    return (value is None or isinstance(value, str) or in_bounds(value)) and (
        high is None or isinstance(high, str) or in_bounds(high))


def _by_end(c: Candidate) -> tuple[int, int]:
    return c.end, c.start


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The best non-overlapping selection, sorted by start (weighted interval scheduling).
    Candidates with an out-of-bounds value are dropped first."""
    items = sorted((c for c in candidates if c.end > c.start and _bounded(c)), key=_by_end)
    if not items:
        return []
    if all(items[i - 1].end <= items[i].start for i in range(1, len(items))):
        return items  # no two overlap (most lines): every weight is positive, all are taken
    ends = [c.end for c in items]
    best = [0] * (len(items) + 1)  # best[i]: best total weight using items[:i]
    take = [False] * len(items)
    for i, c in enumerate(items):
        j = bisect_right(ends, c.start, 0, i)  # items[:j] end at or before c.start
        with_c = best[j] + _weight(c)
        if with_c > best[i]:
            best[i + 1], take[i] = with_c, True
        else:
            best[i + 1] = best[i]
    chosen: list[Candidate] = []
    i = len(items)
    while i > 0:
        if take[i - 1]:
            c = items[i - 1]
            chosen.append(c)
            i = bisect_right(ends, c.start, 0, i - 1)
        else:
            i -= 1
    chosen.reverse()
    return chosen
