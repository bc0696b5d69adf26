"""Recognisers: each turns one line of text into candidate facts.

Every recogniser is a function ``(line: Line) -> list[Candidate]``; ``Line`` gives the
text and, on demand, its jieba tokens.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from factx.tokenize import Token


class Line:
    """One line of a document (facts never cross a line break), tokenised lazily."""

    __slots__ = ("text", "_tagger", "_tokens", "_starts")

    def __init__(self, text: str, tagger: Callable[[str], list[Token]]) -> None:
        self.text = text
        self._tagger = tagger
        self._tokens: list[Token] | None = None
        self._starts: list[int] = []

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = self._tagger(self.text)
            self._starts = [t[0] for t in self._tokens]
        return self._tokens

    def token_at(self, pos: int) -> Token | None:
        """The token covering offset ``pos``."""
        toks = self.tokens
        i = bisect_right(self._starts, pos) - 1
        if 0 <= i < len(toks) and toks[i][0] <= pos < toks[i][1]:
            return toks[i]
        return None

    def is_boundary(self, pos: int) -> bool:
        """True when a token starts (or the text ends) at ``pos``."""
        if pos <= 0 or pos >= len(self.text):
            return True
        tok = self.token_at(pos)
        return tok is not None and tok[0] == pos
