"""Text written with spaces between Chinese and numbers (营业收入 12.5 亿元，同比增长 30.2%, 1 至 10
月: the "pangu" spacing of many web and tech outlets). The rules read words next to each other
(增长|30.2%, 犯罪嫌疑人|3.6万余名, 1至10月), so such a text is read with those spaces closed up,
and every offset found is mapped back to the text as given: a fact's ``text`` is still
``doc_text[start:end]`` (``12.5 亿元``, spaces and all).

Only a run of ASCII spaces, tabs or no-break spaces between a Han letter and an ASCII letter,
digit or percent sign (either way round) is closed, and only in lines that hold a sentence end:
in a headline or a dateline a space parts two phrases (约5.9万人 152所幼儿园停办). The full-width
space U+3000 is never closed (it parts phrases too).
"""

from __future__ import annotations

import re

from factx.candidate import Candidate
from factx.document import Document

_SPACES = (" ", "\t", "\u00a0")
_SENTENCE_END = re.compile("[。！？!?；;]")
_ASCII_WORD = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def gaps(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are read closed up (none for most text). Spaces are few in
    Chinese text: each is found with ``str.find`` and looked at where it stands."""
    spaces: list[int] = []
    for ch in _SPACES:
        i = text.find(ch)
        while i >= 0:
            spaces.append(i)
            i = text.find(ch, i + 1)
    if not spaces:
        return []
    spaces.sort()
    out: list[tuple[int, int]] = []
    ends: dict[int, bool] = {}  # line start -> whether the line holds a sentence end
    k, n = 0, len(spaces)
    while k < n:
        s = e = spaces[k]
        while k + 1 < n and spaces[k + 1] == e + 1:
            k += 1
            e += 1
        k += 1
        e += 1
        if s == 0 or e >= len(text):
            continue
        a, b = text[s - 1], text[e]
        if a in _ASCII_WORD or a == "%":
            if not ("\u4e00" <= b <= "\u9fff" or b in "%‰"):
                continue
        elif not ((b in _ASCII_WORD or b == "%") and "\u4e00" <= a <= "\u9fff"):
            continue  # (most spaces stand between punctuation or Han letters)
        line = text.rfind("\n", 0, s) + 1
        ok = ends.get(line)
        if ok is None:
            stop = text.find("\n", e)
            ok = ends[line] = _SENTENCE_END.search(text, line, stop if stop >= 0 else len(text)) is not None
        if ok:
            out.append((s, e))
    return out


def close_up(text: str) -> tuple[str, list[int]] | None:
    """``text`` without its ``gaps`` and, for each of its offsets, the offset in ``text``;
    None when there is nothing to close."""
    cut = gaps(text)
    if not cut:
        return None
    kept: list[int] = []
    pieces: list[str] = []
    prev = 0
    for s, e in cut:
        pieces.append(text[prev:s])
        kept.extend(range(prev, s))
        prev = e
    pieces.append(text[prev:])
    kept.extend(range(prev, len(text)))
    return "".join(pieces), kept


def map_back(doc: Document, found: list[Candidate], kept: list[int], text: str) -> list[str]:
    """Move ``found`` (read in ``doc``, the closed-up text) to the offsets of ``text``, the text
    as given, and return each one's sentence as written there."""
    sentences = []
    for c in found:
        sentences.append(_span_text(text, kept, doc.sentence_span(c.start, c.end)))
        c.start, c.end = kept[c.start], kept[c.end - 1] + 1
        if c.num_start >= 0:
            c.num_start = kept[c.num_start]
        c.text = text[c.start : c.end]
        span = c.subject_span
        if span is not None:
            c.subject_span = (kept[span[0]], kept[span[1] - 1] + 1)
    return sentences


def _span_text(text: str, kept: list[int], span: tuple[int, int]) -> str:
    start, end = span
    return text[kept[start] : kept[end - 1] + 1] if end > start else ""
