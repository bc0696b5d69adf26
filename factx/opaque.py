"""Stretches of text that are identifiers, not prose: URLs, e-mail addresses and file names.

Nothing inside them is a fact (``?rate=30%25`` is no percentage, ``report_2023.pdf`` no year).
Each maximal run of printable ASCII is looked at once, so the cost stays linear in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from factx.lexicons import nonfacts

_RUN = re.compile(r"[\x21-\x7e]+")  # (``re`` scans for one class faster than ``regex``)
_URL = regex.compile(r"(?i:(?:https?|ftp)://|www\.[a-z0-9-]+\.)")
_EMAIL = regex.compile(r"[A-Za-z0-9._%+-]@[A-Za-z0-9-]+\.[A-Za-z]")
_TRAILING = ",.;:!?)]}>'\""


@lru_cache(maxsize=1)
def _extensions() -> frozenset[str]:
    return frozenset(e.lower() for e in nonfacts()["file_ext"])


def _opaque(run: str) -> bool:
    if _URL.search(run) or _EMAIL.search(run):
        return True
    head, dot, ext = run.rpartition(".")
    return bool(dot and head and ext.lower() in _extensions())


@lru_cache(maxsize=4)  # (the amounts and the dates recognisers ask for the same line in turn)
def opaque_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of every URL, e-mail address and file name in ``text``."""
    if "." not in text and "@" not in text and "/" not in text:
        return ()
    out = []
    for m in _RUN.finditer(text):
        run = m.group()
        if ("." in run or "@" in run or "/" in run) and _opaque(run := run.rstrip(_TRAILING)):
            # (a URL holds :// or www., an e-mail address @, a file name its dot)
            out.append((m.start(), m.start() + len(run)))
    return tuple(out)


def inside_any(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans``."""
    return any(s < end and start < e for s, e in spans)
