"""Places: gazetteer names found where jieba agrees they are words, plus roads, rivers
and other suffixed names jieba tags as places (DECISIONS L1-L8).

Resolution (which unit a name denotes) happens per document in ``DocumentContext``:
an ambiguous name is settled by the other places of the same document, or left
unresolved — never guessed.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from factx import gazetteer
from factx.candidate import Candidate
from factx.lexicons import nonfacts
from factx.model import Fact
from factx.recognizers import Line

#: Suffixes that make a word a place name when jieba tags its stem as a proper noun.
ROAD_SUFFIXES = ("大街", "大道", "胡同", "高速", "路", "街", "巷")
WATER_SUFFIXES = ("水库", "运河", "江", "河", "湖", "海", "湾", "渠")
MOUNTAIN_SUFFIXES = ("山脉", "山", "峰", "岭")
ADMIN_SUFFIXES = ("自治州", "自治县", "自治旗", "新区", "地区", "省", "市", "县", "区", "州", "盟", "旗",
                  "镇", "乡", "村", "街道")
_PROPER_TAGS = ("ns", "nr", "nz", "nrt", "nt", "j")
#: Tags of dictionary words that a place name must not be cut out of (长治久安).
_WORD_TAGS = ("i", "l", "a", "ad", "an", "d", "v", "vd", "c", "p", "r", "u", "uj", "ul", "z", "y")


@lru_cache(maxsize=1)
def _gazetteer_pattern() -> regex.Pattern:
    names = sorted(gazetteer.surfaces(), key=len, reverse=True)
    return regex.compile(r"\L<names>", names=names)


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    words = nonfacts()
    return frozenset(words.get("not_place", ()))


def _kind_level(word: str) -> str:
    if word.endswith(ROAD_SUFFIXES):
        return "road"
    if word.endswith(WATER_SUFFIXES):
        return "water"
    if word.endswith(MOUNTAIN_SUFFIXES):
        return "mountain"
    return "other"


def _cut_from_word(line: Line, start: int, end: int) -> bool:
    """True when [start, end) is cut out of a dictionary word that is no place (长治久安)."""
    for pos in (start, end - 1):
        tok = line.token_at(pos)
        if tok is None:
            continue
        if (tok[0] < start or tok[1] > end) and tok[2] in _WORD_TAGS:
            return True
        if tok[0] < start and tok[2] not in _PROPER_TAGS and tok[2] != "ns":
            # the name starts inside a longer word: 刘长顺, 新华社 (but 东三省, 湖北宜昌 are fine)
            head = line.text[tok[0] : start]
            if not gazetteer.entries(head) and not head.endswith(ADMIN_SUFFIXES):
                return True
    return False


def _beat_name(line: Line, start: int, end: int, surface: str) -> bool:
    """L6: the bare beat name of a 派出所 (西城派出所) is no place; 西一路派出所 is."""
    if not line.text.startswith("派出所", end):
        return False
    return not surface.endswith(ADMIN_SUFFIXES + ROAD_SUFFIXES)


def recognize(line: Line) -> list[Candidate]:
    """Place candidates of one line."""
    text = line.text
    stop = gazetteer.is_stopword
    out: list[Candidate] = []
    for m in _gazetteer_pattern().finditer(text, overlapped=True):
        start, end = m.span()
        surface = m.group()
        if stop(surface) or _cut_from_word(line, start, end) or _beat_name(line, start, end, surface):
            continue
        out.append(Candidate(start, end, "place", rule="gazetteer", priority=0, num_start=start))
    out.extend(_suffixed(line))
    return out


def _suffixed(line: Line) -> list[Candidate]:
    """Roads, rivers, mountains and villages jieba knows as proper nouns."""
    text = line.text
    generic = _generic_words()
    out: list[Candidate] = []
    toks = line.tokens
    for i, (s, e, tag) in enumerate(toks):
        word = text[s:e]
        start = s
        # a proper-noun stem followed by a suffix token: 长安 + 南路, 丹江口 + 水库
        if word in ("南路", "北路", "东路", "西路", "中路", "大街", "大道", "路", "街", "水库") and i > 0:
            ps, pe, ptag = toks[i - 1]
            if ptag in _PROPER_TAGS or ptag == "ns":
                start = ps
                word = text[ps:e]
            else:
                continue
        elif tag not in ("ns", "nz") or len(word) < 2:
            continue
        if word in generic or gazetteer.is_stopword(word):
            continue
        suffixed = word.endswith(ROAD_SUFFIXES + WATER_SUFFIXES + MOUNTAIN_SUFFIXES + ADMIN_SUFFIXES)
        if tag == "nz" and not suffixed:
            continue
        if not suffixed and not gazetteer.entries(word) and tag != "ns":
            continue
        if _beat_name(line, start, e, word):
            continue
        if len(word) < 3 and suffixed and word[-1] in "路街江河湖海山市县区省镇乡村":
            continue  # 一路, 大海, 全市: a stem of one character is rarely a name
        out.append(Candidate(start, e, "place", rule="suffix", priority=0, num_start=start,
                             level=_kind_level(word)))
    return out


class DocumentContext:
    """Collects a document's places and resolves ambiguous ones from the others (issue 5)."""

    def __init__(self) -> None:
        self._mentions: list[tuple[int, str]] = []

    def add(self, candidate: Candidate, offset: int) -> None:
        self._mentions.append((offset + candidate.start, candidate.level or ""))

    def annotate(self, facts: list[Fact]) -> list[Fact]:
        """Facts with name, level, adcode and parent filled in for places."""
        places = [f for f in facts if f.type == "place"]
        if not places:
            return facts
        context: set[str] = set()
        for f in places:
            entries = gazetteer.entries(f.text)
            if len(entries) == 1 and entries[0].adcode:
                e = entries[0]
                context.add(e.name)
                if e.parent:
                    context.update(e.parent.split("/"))
        out: list[Fact] = []
        for f in facts:
            if f.type != "place":
                out.append(f)
                continue
            out.append(_resolved(f, context))
        return out


def _resolved(fact: Fact, context: set[str]) -> Fact:
    entries = gazetteer.entries(fact.text)
    if not entries:
        return replace(fact, name=fact.text, level=_kind_level(fact.text))
    if len(entries) > 1:
        fitting = [e for e in entries if e.parent and any(p in context for p in e.parent.split("/"))]
        if len(fitting) == 1:
            entries = tuple(fitting)
        else:
            # still ambiguous: prefer a unique higher-level unit only when the rest are
            # townships (鼓楼 the district, not a 鼓楼街道); else leave it unresolved
            levels = {e.level for e in entries}
            name = entries[0].name if len({e.name for e in entries}) == 1 else fact.text
            level = levels.pop() if len(levels) == 1 else None
            return replace(fact, name=name, level=level)
    e = entries[0]
    return replace(fact, name=e.name, level=e.level, adcode=e.adcode or None, parent=e.parent or None)
