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

_GAP = re.compile(
    r"(?<=[\u4e00-\u9fff])[ \t\u00a0]+(?=[0-9A-Za-z%])"
    r"|(?<=[0-9A-Za-z%])[ \t\u00a0]+(?=[\u4e00-\u9fff%‰])"
)
_SENTENCE_END = re.compile("[。！？!?；;]")


def gaps(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are read closed up (none for most text)."""
    if _GAP.search(text) is None:
        return []
    out: list[tuple[int, int]] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        line = text[start:end]
        if _SENTENCE_END.search(line):
            out.extend((start + m.start(), start + m.end()) for m in _GAP.finditer(line))
        start = end + 1
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
