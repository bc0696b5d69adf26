"""Sentence spans within one line: a sentence ends after 。！？!?；; or at the line end."""

from __future__ import annotations

from bisect import bisect_right

import regex

_END = regex.compile(r"[。！？!?；;]+[”’」』）)]*")


class Sentences:
    """Finds the sentence around an offset of a line."""

    __slots__ = ("line", "_ends")

    def __init__(self, line: str) -> None:
        self.line = line
        self._ends: list[int] | None = None

    def _boundaries(self) -> list[int]:
        if self._ends is None:
            self._ends = [m.end() for m in _END.finditer(self.line)]
        return self._ends

    def around(self, start: int, end: int) -> str:
        """The sentence (or run of sentences) holding ``line[start:end]``, stripped."""
        ends = self._boundaries()
        i = bisect_right(ends, start)
        left = ends[i - 1] if i > 0 else 0
        j = bisect_right(ends, max(start, end - 1))
        right = ends[j] if j < len(ends) else len(self.line)
        return self.line[left:right].strip()
