"""Stretches of text that are identifiers, not prose: URLs, e-mail addresses and file names.

Nothing inside them is a fact (``?rate=30%25`` is no percentage, ``report_2023.pdf`` no year).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from factx.lexicons import alternation, nonfacts


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern:
    ext = alternation(nonfacts()["file_ext"])
    return regex.compile(
        rf"""
        (?:https?|ftp)://[\x21-\x7e]+                     # a URL with a scheme
      | www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[\x21-\x7e]* # a bare www. address
      | [A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+ # an e-mail address
      | [A-Za-z0-9_\-.%]+\.(?i:{ext})(?![A-Za-z0-9])      # a file name
        """,
        regex.VERBOSE,
    )


def opaque_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every URL, e-mail address and file name in ``text``."""
    if "." not in text and "@" not in text and "/" not in text:
        return []
    return [m.span() for m in _pattern().finditer(text)]


def inside_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans``."""
    return any(s < end and start < e for s, e in spans)
