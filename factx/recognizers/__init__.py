"""Recognisers: each turns one line of text into candidate facts.

Every recogniser is a function ``(line: Line) -> list[Candidate]``; ``Line`` gives the
text and, on demand, its jieba tokens.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

import regex

from factx.tokenize import Token

#: Characters jieba never puts inside a word (both engines cut their input into blocks of
#: Han characters, letters and digits first): a line can be tagged piece by piece between
#: them and the tokens are the same as when the whole line is tagged.
_SEPARATORS = regex.compile(r"[\s，。、；：！？（）“”‘’《》【】「」『』〔〕·—…,;:!?()\[\]{}<>\"'|/\\]+")


class Line:
    """One line of a document (facts never cross a line break), tagged lazily, one
    separator-delimited piece at a time, only where a recogniser asks."""

    __slots__ = ("text", "_tagger", "_pieces", "_piece_starts", "_tagged")

    def __init__(self, text: str, tagger: Callable[[str], list[Token]]) -> None:
        self.text = text
        self._tagger = tagger
        self._pieces: list[tuple[int, int]] | None = None
        self._piece_starts: list[int] = []
        self._tagged: dict[int, tuple[list[int], list[Token]]] = {}

    def _piece_index(self, pos: int) -> int:
        if self._pieces is None:
            pieces, last = [], 0
            for m in _SEPARATORS.finditer(self.text):
                if m.start() > last:
                    pieces.append((last, m.start()))
                last = m.end()
            if last < len(self.text):
                pieces.append((last, len(self.text)))
            self._pieces = pieces
            self._piece_starts = [p[0] for p in pieces]
        return bisect_right(self._piece_starts, pos) - 1

    def _piece_tokens(self, i: int) -> tuple[list[int], list[Token]]:
        got = self._tagged.get(i)
        if got is None:
            a, b = self._pieces[i]
            toks = [(a + s, a + e, tag) for s, e, tag in self._tagger(self.text[a:b])]
            got = ([t[0] for t in toks], toks)
            self._tagged[i] = got
        return got

    @property
    def tokens(self) -> list[Token]:
        """Every token of the line (tags the whole line)."""
        return self.tokens_in(0, len(self.text))

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens starting in [start, end)."""
        if start >= end:
            return []
        first = max(self._piece_index(start), 0)
        last = self._piece_index(end - 1)
        out: list[Token] = []
        for i in range(first, last + 1):
            out.extend(t for t in self._piece_tokens(i)[1] if start <= t[0] < end)
        return out

    def token_at(self, pos: int) -> Token | None:
        """The token covering offset ``pos`` (None on a separator)."""
        i = self._piece_index(pos)
        if i < 0 or not self._pieces[i][0] <= pos < self._pieces[i][1]:
            return None
        starts, toks = self._piece_tokens(i)
        j = bisect_right(starts, pos) - 1
        if 0 <= j < len(toks) and toks[j][0] <= pos < toks[j][1]:
            return toks[j]
        return None

    def is_boundary(self, pos: int) -> bool:
        """True when a token starts (or the text ends) at ``pos``."""
        if pos <= 0 or pos >= len(self.text):
            return True
        tok = self.token_at(pos)
        return tok is None or tok[0] == pos
