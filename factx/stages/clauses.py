"""What the link stages share: the clause that ends at a number, the stated bases of a
sentence, token boundaries, and the vocabulary of ``data/links.tsv``."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from factx.candidate import Candidate
from factx.document import Document
from factx.lexicons import WordSet, alternation, link_words

#: Characters that end a clause: no subject, change or basis reaches across them.
CLAUSE_STOPS = frozenset("，,；;：:。！？!?（(）)【】[]\n \u3000\t")

#: Between two numbers of one list (5.5万余起、17.1万余起; 2个市和19个县).
LIST_JOINERS = ("、", "和", "及", "与", "以及", "或")

#: Between the places of one list (肥西县、长丰县; 中国与英国).
PLACE_JOINERS = frozenset("、和与及")

@lru_cache(maxsize=1)
def words() -> dict[str, WordSet]:
    return link_words()

@lru_cache(maxsize=1)
def change_words() -> WordSet:
    w = words()
    return WordSet(w["change_up"] | w["change_down"])

@lru_cache(maxsize=1)
def basis_pattern() -> regex.Pattern:
    """A stated basis: 同比, 环比, 比/较 + period or base before a change word, or
    与/同 + period + 相比. Group ``obj`` (or ``obj2``) holds the compared period."""
    w = words()
    verbs = alternation(w["change_up"] | w["change_down"] | w["comparative_up"] | w["comparative_down"]
                        | {"增至", "降至", "增长到", "下降到", "减少到", "增加到"})
    obj = r"[^，,。；;！？!?\s]{1,12}?"
    return regex.compile(
        rf"(?P<standalone>同比|环比|按[年月](?=(?:实质|實質|实际|實際)?(?:{verbs})))"  # (按年增长: Hong Kong's 同比)
        rf"|(?:比(?!较)|较)(?P<obj>{obj})(?:同期)?(?:每[^，,。；;、\s]{{1,2}})?(?=(?:分别|均|都|各)?(?:{verbs}))"
        rf"|(?:与|同|和|跟)(?P<obj2>{obj})(?:同期)?相比"
    )

def basis_kind(m: regex.Match) -> str:
    """yoy, mom or base for a match of ``basis_pattern``; a compared period that ends in 环比 or
    同比 says which itself (比上年四季度环比增长1.6%: the quarter before, mom)."""
    word = m.group("standalone") or m.group("obj") or m.group("obj2")
    if len(word) > 2 and word.endswith(("环比", "同比")):
        return "mom" if word.endswith("环比") else "yoy"
    return period_kind(word)



#: The days or weeks right before (前5天, 前两周): an adjacent period.
_DAYS_BEFORE = regex.compile(r"前[0-9一二两三四五六七八九十]{1,2}(?:天|日|周)")

#: Words that open a compared occasion of the year or the month before (上年春节档, 上月同日).
_LAST_YEAR, _LAST_MONTH = ("上年", "去年", "上一年"), ("上月", "上个月")
#: Earlier times that are a base (价格比|原来下降了15%).
_BEFORE_NOW = ("原来", "以前", "之前", "过去", "平时", "往年")


def period_kind(word: str) -> str:
    """yoy, mom or base for the compared period or base (上年, 上月, 全国平均水平)."""
    w = words()
    word = word.removesuffix("同期") if len(word) > 2 else word
    for average in ("日均", "平均", "日"):  # 较节前一周日均 (the object may end inside 日均)
        if word.endswith(average) and len(word) > len(average) + 1 and (
                word[: -len(average)] in w["basis_mom"] or _DAYS_BEFORE.fullmatch(word[: -len(average)])):
            word = word[: -len(average)]
    if _DAYS_BEFORE.fullmatch(word):
        return "mom"  # 比前5天: the days right before, period on period
    if word in w["basis_year_end"]:
        return "base"  # 比上年末 (before the 上年 prefix below)
    if word in w["basis_yoy"]:
        return "yoy"
    if word in w["basis_mom"]:
        return "mom"
    if word.startswith(_LAST_YEAR):
        return "yoy"  # 比上年春节档, 比去年同日, 较去年峰值: the same occasion a year before
    if word.startswith(_LAST_MONTH):
        return "mom"
    return "base"

#: A word of the link stages' tokens starts at ``pos`` (or no token covers it):
#: ``starts_token(doc, pos)`` (the method itself, one call less in the hot loops).
starts_token = Document.starts_token

#: A word of the link stages' tokens ends at ``pos`` (or no token covers ``pos - 1``).
ends_token = Document.ends_token

def basis_matches(doc: Document, start: int, end: int) -> list[regex.Match]:
    """The stated bases that end in ``doc.text[start:end]`` and whose 比/较 is a word of
    its own (not the 比 of 占比 or 比重; but jieba cuts 占比较上年 as 占|比较, and there the
    较 is one). The verb after a basis may lie past ``end``."""
    by_start = doc.memo.get("basis_by_start")  # (the link stages ask again and again from a clause's start)
    if by_start is None:
        by_start = doc.memo["basis_by_start"] = {}
    found = by_start.get(start)
    if found is None:
        found = by_start[start] = _bases_of_sentence(doc, doc.sentence_at(start))
    if not found:
        return []  # (most sentences state no basis)
    by_span = doc.memo.get("basis_by_span")  # (and of the same span: the subject, change and basis look-ups)
    if by_span is None:
        by_span = doc.memo["basis_by_span"] = {}
    inside = by_span.get((start, end))
    if inside is None:
        inside = by_span[start, end] = [m for m in found if m.start() >= start and m.end() <= end]
    return list(inside)


#: The characters one of which every stated basis holds (同比, 比上年, 较上月, 与上年相比).
_COMPARING = re.compile("[比较]|按[年月]")

#: The characters a match of ``basis_pattern`` opens with (同比, 环比, 比/较, 与/同/和/跟 …相比).
BASIS_INITIAL = re.compile("[同环比较与和跟按]")


def _bases_of_sentence(doc: Document, index: int) -> list[regex.Match]:
    """``_sentence_bases`` of sentence ``index``, made once per document."""
    by_sentence = doc.memo.get("basis")
    if by_sentence is None:
        by_sentence = doc.memo["basis"] = {}
    found = by_sentence.get(index)
    if found is None:
        found = by_sentence[index] = _sentence_bases(doc, index)
    return found


def _sentence_bases(doc: Document, index: int) -> list[regex.Match]:
    """The stated bases of sentence ``index`` (see ``basis_matches``), in order."""
    s_start, s_end = doc.sentences[index][:2] if index >= 0 else (0, len(doc.text))
    found: list[regex.Match] = []
    if _COMPARING.search(doc.text, s_start, s_end) is None:
        return found  # (every basis holds 比 or 较; most sentences neither: no overlapped search)
    # (a match tried at every character that opens one, as an overlapped search would: the 比 of
    # 可比 or 占比 must not hide the 同比 or 较上年 after it; the pattern is not tried elsewhere)
    pattern = basis_pattern()
    for lead in BASIS_INITIAL.finditer(doc.text, s_start, s_end):
        m = pattern.match(doc.text, lead.start(), s_end)
        if m is None or found and m.start() < found[-1].end():
            continue
        if doc.text[m.start() - 1 : m.start() + 1] == "占比" and not doc.text.startswith("较", m.start() + 1):
            continue  # 占|比|提高到: the 比 of 占比, cut off by jieba (but 占比|较上年 compares)
        if doc.text[m.start()] == "比" and words()["compound_tail"].suffix_of(doc.text, m.start() + 1):
            continue  # 能效比|提升约2.2倍, 存贷比: a ratio noun's 比 compares nothing
        if (starts_token(doc, m.start()) and not _noun_at(doc, m.start())) \
                or doc.text[m.start() - 2 : m.start()] == "占比" or _glued_comparison(doc, m):
            found.append(m)
    return found

def _glued_comparison(doc: Document, m: regex.Match) -> bool:
    """jieba glued 比 to the noun before it (价格比|上年同期): a year or a month named right after
    it still makes a basis."""
    text = doc.text
    return text[m.start()] == "比" and doc.ends_token(m.start() + 1) and not starts_token(doc, m.start()) \
        and text.startswith(_LAST_YEAR + _LAST_MONTH + _BEFORE_NOW, m.start() + 1)


#: Text up to and including its last clause stop (the greedy run backs off in C, not in a
#: Python loop over the characters).
_UP_TO_LAST_STOP = re.compile("(?s:.*)[" + re.escape("".join(sorted(CLAUSE_STOPS))) + "]")


#: The longest clause ``clause_start`` reads back over.
MAX_CLAUSE = 400


def clause_start(text: str, pos: int, lowest: int) -> int:
    """Where the clause holding ``pos`` starts: after the last clause stop before it, not
    before ``lowest``, nor more than ``MAX_CLAUSE`` characters back (a text with no stops
    would make every look-up read back to its start)."""
    lowest = max(lowest, pos - MAX_CLAUSE)
    while pos > lowest:
        last = _UP_TO_LAST_STOP.match(text, lowest, pos)
        if last is None:
            return lowest
        stop = last.end() - 1
        ch = text[stop]
        if ch in "）)":
            opening = text.rfind("（" if ch == "）" else "(", lowest, stop)
            if opening >= lowest and not any(mark in text[opening : stop + 1] for mark in "。；;，,"):
                pos = opening  # 比去年同期（下同）增长: a remark in brackets ends no clause
                continue
        return stop + 1
    return pos


def _in_basis(doc: Document, number: Candidate, start: int, end: int) -> bool:
    """``number`` lies inside a stated basis (比3年前): it does not cut the clause."""
    return any(m.start() < number.start and number.end <= m.end() for m in basis_matches(doc, start, end))


def _noun_at(doc: Document, pos: int) -> bool:
    """A noun of two or more characters starts at ``pos`` (比例, 比重): its 比 compares nothing."""
    tok = doc.token_at(pos)
    return tok is not None and tok[1] - tok[0] > 1 and tok[2] in ("n", "nz", "ng")


def _window(doc: Document, number: Candidate, start: int) -> bool:
    """``number`` is the stretch a level held for (网签量连续4个月超过8000套): it does not cut the clause."""
    word = words()["window_before"].suffix_of(doc.text, number.start)
    return number.unit_kind == "time" and word is not None and number.start - len(word) >= start


class Clause:
    """The clause that ends at a number: it starts after the last clause stop, or after
    the number before it in the same clause (empty when it only joins a list: 10.5%、9.1%)."""

    __slots__ = ("start",)

    def __init__(self, doc: Document, c: Candidate, previous: Candidate | None) -> None:
        text = doc.text
        sentence_start = doc.sentences[c.sentence][0] if c.sentence >= 0 else 0
        pos = clause_start(text, c.start, sentence_start)
        if text[pos - 1 : pos] in ("）", ")") and pos == c.start:
            opening = max(text.rfind("（", sentence_start, pos), text.rfind("(", sentence_start, pos))
            if opening > sentence_start:
                pos = clause_start(text, opening, sentence_start)  # 投资（不含农户）423222亿元: past the remark
        if previous is not None and previous.end > pos and not _in_basis(doc, previous, pos, c.start) \
                and not _window(doc, previous, pos) \
                and not (previous.dimension == "duration"
                         and (text[previous.end : previous.end + 1] == "前" or previous.text.endswith("内"))):
            # (寄宿生从5年前的120人, 在20分钟内由85℃: a time ago or a window is no item of the clause)
            gap = text[previous.end : c.start].strip()
            pos = c.start if gap in LIST_JOINERS or not gap else previous.end
        self.start = pos
