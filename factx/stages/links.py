"""Stage: what each number is about — its subject, and whether it is a change, and
against what basis (docs/linking.md). The grammar of each lives in its own module
(``subjects``, ``changes``); this stage walks the sentences, groups their numbers into
lists (5.5万余起、17.1万余起; 10.5%、9.1%) and settles what a number with nothing of its
own takes from the numbers before it: the subject of an earlier amount, paired in order
in a 分别 list (K4), and the change and basis of its list (K9).
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from factx.candidate import Candidate
from factx.document import Document
from factx.stages.borrowed import bare_clause, topic
from factx.stages.changes import change_of, opening_basis, own_basis
from factx.stages.clauses import LIST_JOINERS, PLACE_JOINERS, Clause, clause_start, words
from factx.stages.phrases import noun_list_span, tidy
from factx.stages.subjects import left_subject, right_subject


def link_numbers(doc: Document, found: list[Candidate]) -> None:
    """Fill subject, change and basis of every quantity, money and percent candidate."""
    facts = {c.start: c for c in found}
    unplaced = [c.start for c in found if c.type != "place"]  # (in order: ``found`` is sorted)
    sentence: list[Candidate] = []
    for c in found:
        if not c.numeric:
            continue
        if sentence and sentence[-1].sentence != c.sentence:
            _link_sentence(doc, sentence, facts, unplaced)
            sentence = []
        sentence.append(c)
    if sentence:
        _link_sentence(doc, sentence, facts, unplaced)

def _holds_a_number(span: tuple[int, int], c: Candidate, unplaced: list[int]) -> bool:
    """The span overlaps the number itself or holds an amount or a date (a subject never does, K12);
    ``unplaced``: the starts of the facts that are no place, in order."""
    start, end = span
    if start < c.end and c.start < end:
        return True
    i = bisect_left(unplaced, start)
    return i < len(unplaced) and unplaced[i] < end


#: A threshold amount (亿元以上) before a noun sorts the things that noun names.
_THRESHOLDS = ("以上", "以下", "以内")


def _lists(doc: Document, numbers: list[Candidate]) -> list[list[Candidate]]:
    """The numbers of one sentence grouped into lists: members joined by 、 or 和 only."""
    groups: list[list[Candidate]] = []
    for c in numbers:
        if groups:
            gap = doc.text[groups[-1][-1].end : c.start].strip()
            if not gap or gap in LIST_JOINERS:
                groups[-1].append(c)
                continue
        groups.append([c])
    return groups

def _link_sentence(doc: Document, numbers: list[Candidate], facts: dict[int, Candidate],
                   unplaced: list[int]) -> None:
    named: list[Candidate] = []  # earlier numbers of the sentence that have a subject
    previous: Candidate | None = None
    places: list[tuple[str, int, int]] = []  # the places an earlier 分别 list of the sentence paired
    for group in _lists(doc, numbers):
        head = group[0]
        clause = Clause(doc, head, previous)
        respectively = "分别" in doc.text[clause.start : head.start]
        before = list(named)
        head_own = False
        items: list[tuple[str, int, int]] = []
        if respectively and len(group) > 1:
            items = _respective_items(doc, head, clause, facts, len(group))
            if items and items[0][0] == "subject" and len(before) >= len(group):
                items = []  # the amounts named before the list pair with it first (K4)
            if not items and len(places) == len(group):
                items = places  # 池州市、宣城市分别接待游客…，旅游收入分别增长8.9%、10.3%
            if not items:
                earlier = _place_list(doc, doc.sentences[head.sentence][0], clause.start, facts, last=True)
                if len(earlier) == len(group):
                    items = earlier  # 阿坝州、甘孜州、凉山州空气质量位列全省前三，优良天数率分别为…
            if items and items[0][0] == "place":
                places = items
        for i, c in enumerate(group):
            own = clause if c is head else Clause(doc, c, group[i - 1])
            c.change = change_of(doc, c, own)
            c.basis = own_basis(doc, c, own, c.start)
            span = tidy(doc, right_subject(doc, c, facts))
            if span is None and c.text.endswith(_THRESHOLDS):
                span = tidy(doc, right_subject(doc, c, facts, loose=True))  # 全市亿元以上在建项目1180个
            if span is None and items:
                kind, a, b = items[i]
                if kind == "place":
                    c.place = facts[a].name or facts[a].text  # 包河区、蜀山区分别增长8.4%、6.9%
                else:
                    span = (a, b)  # 汽车制造业、电子设备制造业增加值分别增长41.2%、12.6% (K4)
            if span is None and c is head:
                span = tidy(doc, left_subject(doc, c, clause, facts))
            if span is None and not items:
                span = tidy(doc, right_subject(doc, c, facts, loose=True))
            own_subject = span is not None
            if c is head:
                head_own = own_subject and not (items and items[0][0] == "subject")
            if c is not head and c.change is None and c.basis is None:
                c.change, c.basis = head.change, head.basis  # 同比分别上升10.5%、9.1% (K9)
            elif c.basis is None and c.change and not own_subject and previous is not None \
                    and previous.change and previous.basis:
                c.basis = previous.basis  # 比上年增加12.5万吨，增长0.9%: the same subject goes on
            elif c.basis is None and c is head:
                c.basis = opening_basis(doc, c)  # 与去年相比，全市GDP增长5%
            if span is None and c is not head and head_own:
                span = head.subject_span  # 旅游收入分别增长8.9%、10.3%: the list's own subject
            if span is None and (c is not head or c.change or c.basis or c.type == "percent"):
                span = _elided(c, i, len(group), respectively, before, named)
            if span is None and c.unit_kind == "classifier":
                span = _same_unit(c, named)  # 抓获涉赌人员85名，其中外地籍12名 (K2)
            if span is None and c is head and bare_clause(doc, c, clause, facts):
                # 播种面积8537.5万亩，已稳定在8500万亩以上; 全国粮食产量再创新高，达到6.95亿吨
                span = named[-1].subject_span if named else topic(doc, c, facts)
            if span is not None and not _holds_a_number(span, c, unplaced):
                c.subject_span = span
                named.append(c)
            previous = c


def _respective_items(doc: Document, head: Candidate, clause: Clause, facts: dict[int, Candidate],
                      size: int) -> list[tuple[str, int, int]]:
    """The coordinated nouns or places before 分别 that a list of ``size`` numbers takes in
    order: [(kind, start, end)], kind ``subject`` or ``place``; [] when they do not pair."""
    text = doc.text
    end = text.rfind("分别", clause.start, head.start)
    pos = clause.start
    while pos < end and text[pos] in " \t":
        pos += 1
    places: list[tuple[str, int, int]] = []
    while pos < end and pos in facts and facts[pos].type == "place":
        place = facts[pos]
        places.append(("place", place.start, place.end))
        pos = place.end
        if text[pos : pos + 1] in ("、", "和", "及"):
            pos += 1
    if len(places) == size:
        return places
    places = _place_list(doc, clause.start, end, facts)
    if len(places) == size:
        return places  # 在深圳市坪山区、惠州市惠阳区、肇庆市鼎湖区的三大基地分别完成…
    pieces = _noun_pieces(doc, noun_list_span(doc, clause.start, end, facts), size)
    if pieces or text[clause.start - 1 : clause.start] not in ("，", ","):
        return pieces
    # 共有派出所、社区警务室和农村警务室，数量分别为186个、1120个和2430个
    before = clause_start(text, clause.start - 1, doc.sentences[head.sentence][0])
    return _noun_pieces(doc, noun_list_span(doc, before, clause.start - 1, facts), size)


def _place_list(doc: Document, start: int, end: int, facts: dict[int, Candidate],
                last: bool = False) -> list[tuple[str, int, int]]:
    """The places of ``text[start:end]`` written as one list (A、B和C), each the innermost of
    the places written together (深圳市坪山区 -> 坪山区); [] unless they form one list, or with
    ``last`` the last list of places there."""
    text = doc.text
    found = [c for c in map(facts.get, range(start, end)) if c is not None and c.type == "place" and c.end <= end]
    items: list[tuple[str, int, int]] = []
    for place in found:
        if items and items[-1][2] == place.start:
            items[-1] = ("place", place.start, place.end)  # (a place written inside the one before)
        elif not items or text[items[-1][2] : place.start] in PLACE_JOINERS:
            items.append(("place", place.start, place.end))
        elif last:
            items = [("place", place.start, place.end)]
        else:
            return []
    if items and words()["partner_before"].suffix_of(text, items[0][1]):
        return []  # 对美国、德国、日本出口分别增长: partners, not where the numbers hold
    return items


def _noun_pieces(doc: Document, span: tuple[int, int] | None, size: int) -> list[tuple[str, int, int]]:
    """``span`` cut into ``size`` coordinated nouns (at 、, else also at 和/及/与), or []."""
    if span is None:
        return []
    text, (a, b) = doc.text, span
    for separators in (r"、", r"、|和|及|与"):
        pieces: list[tuple[str, int, int]] = []
        left = a
        for m in regex.finditer(separators, text[a:b]):
            pieces.append(("subject", left, a + m.start()))
            left = a + m.end()
        pieces.append(("subject", left, b))
        if len(pieces) == size and all(p[2] > p[1] for p in pieces):
            return pieces
    return []

def _same_unit(c: Candidate, named: list[Candidate]) -> tuple[int, int] | None:
    """A bare count (其中外地籍12名) counts what the nearest earlier count of the sentence in
    the same measure word named (K2)."""
    return next((n.subject_span for n in reversed(named) if n.unit == c.unit), None)


def _elided(c: Candidate, index: int, size: int, respectively: bool, before: list[Candidate],
            named: list[Candidate]) -> tuple[int, int] | None:
    """The subject of an amount named earlier in the sentence (K4): in a 分别 list, the
    amounts named before the list, paired in order with its members; else the nearest."""
    if respectively and len(before) >= size:
        pick = before[len(before) - size + index]
    elif named:
        pick = named[-1]
    else:
        return None
    return pick.subject_span
