"""Recognisers: each turns one line of text into candidate facts.

Every recogniser is a function ``(line: Line) -> list[Candidate]``; ``Line`` gives the
text and, on demand, its jieba tokens.
"""

from __future__ import annotations

from factx.document import Line

__all__ = ["Line"]

