"""Sentence spans within one line: a sentence ends after 。！？!?；; or at the line end.

A sentence longer than ``MAX_SENTENCE`` code points (a long line without sentence
punctuation) is cut into pieces of at most that length, after a comma, colon or space
where there is one in the second half of the piece; a fact's sentence is then the piece
(or pieces) holding it. So a row never carries more than about ``2 * MAX_SENTENCE``
characters of context, and output stays proportional to input.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

_END = regex.compile(r"[。！？!?；;]+[”’」』）)]*")
#: Code points a sentence may have before it is cut into pieces.
MAX_SENTENCE = 256
#: Where an over-long sentence is preferably cut: after a clause mark or a space.
_SOFT = regex.compile(r"[，,、：:\s]+")


class Sentences:
    """Finds the sentence around an offset of a line."""

    __slots__ = ("line", "_ends", "_pieces", "_texts")

    def __init__(self, line: str) -> None:
        self.line = line
        self._ends: list[int] | None = None
        self._pieces: dict[tuple[int, int], list[int]] = {}
        self._texts: dict[tuple[int, int], str] = {}  # facts of one sentence share its text

    def _boundaries(self) -> list[int]:
        if self._ends is None:
            self._ends = [m.end() for m in _END.finditer(self.line)]
        return self._ends

    def around(self, start: int, end: int) -> str:
        """The sentence (or run of sentences) holding ``line[start:end]``, stripped; the
        piece of it holding the span when it is longer than ``MAX_SENTENCE``."""
        ends = self._boundaries()
        i = bisect_right(ends, start)
        left = ends[i - 1] if i > 0 else 0
        j = bisect_right(ends, max(start, end - 1))
        right = ends[j] if j < len(ends) else len(self.line)
        if right - left > MAX_SENTENCE:
            cuts = self._pieces.get((left, right))
            if cuts is None:
                cuts = self._pieces[(left, right)] = self._cut(left, right)
            left = cuts[bisect_right(cuts, start) - 1]
            right = cuts[bisect_left(cuts, end)]
        text = self._texts.get((left, right))
        if text is None:
            text = self._texts[(left, right)] = self.line[left:right].strip()
        return text

    def _cut(self, left: int, right: int) -> list[int]:
        """The piece boundaries of ``line[left:right]``, both ends included."""
        cuts = [left]
        pos = left
        while right - pos > MAX_SENTENCE:
            limit = pos + MAX_SENTENCE
            soft = [m.end() for m in _SOFT.finditer(self.line, pos + MAX_SENTENCE // 2, limit)]
            pos = soft[-1] if soft else limit
            cuts.append(pos)
        cuts.append(right)
        return cuts
