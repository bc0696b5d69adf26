"""Stage: what each number is about — its subject, and whether it is a change, and
against what basis (docs/linking.md). The grammar of each lives in its own module
(``subjects``, ``changes``); this stage walks the sentences, groups their numbers into
lists (5.5万余起、17.1万余起; 10.5%、9.1%) and settles what a number with nothing of its
own takes from the numbers before it: the subject of an earlier amount, paired in order
in a 分别 list (K4), and the change and basis of its list (K9).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from factx.candidate import Candidate
from factx.document import Document
from factx.stages.borrowed import bare_clause, topic
from factx.stages.changes import change_of, opening_basis, own_basis
from factx.stages.clauses import (
    LIST_JOINERS,
    PLACE_JOINERS,
    Clause,
    basis_matches,
    change_words,
    clause_start,
    starts_token,
    words,
)
from factx.stages.phrases import last_predicate, noun_list_span, skip_scope, tidy
from factx.stages.rerank import rerank_subjects
from factx.stages.subjects import left_subject, right_subject


def link_numbers(doc: Document, found: list[Candidate]) -> None:
    """Fill subject, change and basis of every quantity, money and percent candidate."""
    facts = {c.start: c for c in found}
    unplaced = [c.start for c in found if c.type != "place"]  # (in order: ``found`` is sorted)
    place_starts = [c.start for c in found if c.type == "place"]
    sentence: list[Candidate] = []
    named: list[Candidate] = []
    for c in found:
        if not c.numeric:
            continue
        if sentence and sentence[-1].sentence != c.sentence:
            carried = _carried(doc, sentence[0].sentence, named)
            named = _link_sentence(doc, sentence, facts, unplaced, place_starts, carried)
            sentence = []
        sentence.append(c)
    if sentence:
        _link_sentence(doc, sentence, facts, unplaced, place_starts, _carried(doc, sentence[0].sentence, named))
    rerank_subjects(doc, found)  # the learned reranker's pick among the grammar's and other spans


def _carried(doc: Document, index: int, named: list[Candidate]) -> list[Candidate]:
    """The named numbers of the sentence before that sentence ``index`` goes on from: a
    sentence after a semicolon continues its account (受理案件21.86万件…；审结20.93万件)."""
    if not named or named[-1].sentence != index - 1:
        return []
    start = doc.sentences[index][0]
    return named if doc.text[start - 1 : start] in ("；", ";") else []

def _holds_a_number(span: tuple[int, int], c: Candidate, unplaced: list[int]) -> bool:
    """The span overlaps the number itself or holds an amount or a date (a subject never does, K12);
    ``unplaced``: the starts of the facts that are no place, in order."""
    start, end = span
    if start < c.end and c.start < end:
        return True
    i = bisect_left(unplaced, start)
    return i < len(unplaced) and unplaced[i] < end


def _inside_place(span: tuple[int, int], facts: dict[int, Candidate], place_starts: list[int]) -> bool:
    """The span is (part of) a place's name (粤北地区 in 粤东、粤西和粤北地区分别增长…): a place
    says where, never what (K11). The nearest place starting at most 7 characters before the span
    that runs into it decides; ``place_starts``: the starts of the place facts, in order."""
    start, end = span
    i = bisect_right(place_starts, start)
    while i > 0 and place_starts[i - 1] > start - 8:
        i -= 1
        f = facts[place_starts[i]]
        if f.end > start:
            return f.end >= end
    return False


#: A threshold amount (亿元以上) before a noun sorts the things that noun names.
_THRESHOLDS = ("以上", "以下", "以内")


#: The per-unit written after each member of a price list (10.92元/公斤、10.86元/公斤).
_PER_TAIL = regex.compile(r"^/[^\W\d]{1,4}")


def _lists(doc: Document, numbers: list[Candidate]) -> list[list[Candidate]]:
    """The numbers of one sentence grouped into lists: members joined by 、 or 和 only."""
    groups: list[list[Candidate]] = []
    for c in numbers:
        if groups:
            gap = _PER_TAIL.sub("", doc.text[groups[-1][-1].end : c.start].strip())
            if gap in LIST_JOINERS or not gap and groups[-1][-1].unit == c.unit:  # (not 连续4个月|超过8000套)
                groups[-1].append(c)
                continue
            if gap[:1] in LIST_JOINERS and gap[1:] in change_words() \
                    and "分别" in doc.text[doc.sentences[c.sentence][0] : groups[-1][0].start]:
                groups[-1].append(c)  # 同比分别增长5.6%、下降2.3%和增长7.4%: each member says its own change
                continue
        groups.append([c])
    return groups

def _link_sentence(doc: Document, numbers: list[Candidate], facts: dict[int, Candidate],
                   unplaced: list[int], place_starts: list[int], carried: list[Candidate]) -> list[Candidate]:
    """Link the numbers of one sentence; ``carried``: the named numbers of the clauses before
    it that the sentence goes on from (``unplaced``, ``place_starts``: the starts of the facts that are
    no place and of those that are, in order). Returns the named numbers of the sentence."""
    named: list[Candidate] = list(carried)  # earlier numbers of the sentence that have a subject
    previous: Candidate | None = None
    places: list[tuple[str, int, int]] = []  # the places an earlier 分别 list of the sentence paired
    verbal = words()["verbal_unit"]
    last_respective = 0  # the size of the sentence's last 分别 list
    for group in _lists(doc, numbers):
        head = group[0]
        clause = Clause(doc, head, previous)
        respectively = "分别" in doc.text[clause.start : head.start]
        if respectively:
            last_respective = len(group)
        elif 1 < len(group) == last_respective and not _names_a_noun(doc, clause.start, head.start):
            respectively = True  # …分别为47.4%和47.8%，比上月上升0.8个和0.5个百分点: the same pairing goes on
        before = named[len(carried):]  # (the clauses before a semicolon pair with no 分别 list)
        head_own = False
        items: list[tuple[str, int, int]] = []
        owned: tuple[int, int] | None = None
        dates_listed = False
        if respectively and len(group) > 1:
            items, owned = _list_items(doc, head, clause, len(group), len(before), places, facts)
            if items and items[0][0] == "place":
                places = items
            if _pair_dates(doc, group, clause, facts):
                items, owned = [], None  # (the list was the dates: the noun after them is the subject)
                dates_listed = True
        shared = _shared_right(doc, group, facts)
        for i, c in enumerate(group):
            own = clause if c is head else Clause(doc, c, group[i - 1])
            c.change = change_of(doc, c, own)
            c.basis = own_basis(doc, c, own, c.start)
            if c.unit in verbal or _names_no_thing(doc, c):
                c.subject_rule = "none:nothing"
                previous = c  # 跑两趟县城, 连丢两盘, 提前两个月, 男子100米冠军: the number names no thing
                continue
            if c is head and previous is not None and (_exchanged(doc, previous, c) or _converted(doc, previous, c)):
                c.subject_span = previous.subject_span
                c.subject_rule = "paired" if previous.subject_span else "none:nothing"
                if previous.subject_span is not None:
                    named.append(c)
                previous = c  # 1美元兑145.8日元: the other side of the rate the amount before quotes
                continue
            span = shared if c is group[-1] and shared is not None else tidy(doc, right_subject(doc, c, facts))
            how = ""  # (how the span was found: Candidate.subject_rule)
            if span is None and shared is not None:
                span, how = shared, "paired"  # 分别有14个、9个和8个品种: the noun after the last member
            if span is None and c.text.endswith(_THRESHOLDS):
                span = tidy(doc, right_subject(doc, c, facts, loose=True))  # 全市亿元以上在建项目1180个
            if span is None and items:
                kind, a, b = items[i]
                if kind == "place":
                    c.place = facts[a].name or facts[a].text  # 包河区、蜀山区分别增长8.4%、6.9%
                elif kind == "owner":  # 遵义新舟机场、铜仁机场…旅客吞吐量分别为: the shared noun, each owner's place
                    span, how = owned, "paired"
                    owner = next((f for f in map(facts.get, range(a, b)) if f is not None and f.type == "place"), None)
                    partners = words()["partner_before"]
                    if owner is not None and not partners.suffix_of(doc.text, items[0][1]) \
                            and not partners.prefix_of(doc.text, items[0][1]):  # (对欧盟、美国…: partners)
                        c.place = owner.name or owner.text
                else:
                    span, how = (a, b), "paired"  # 汽车制造业、电子设备制造业增加值分别增长41.2%、12.6% (K4)
            if span is None and c is head and previous is not None and _among(doc, previous, c):
                span, how = previous.subject_span, "paired"  # 25名听证参加人中有21人: of those counted
            if span is None and c is head:
                span = _head_subject(doc, c, clause, facts)
            if span is None and c is head and not c.subject_rule:
                span = _label(doc, c, clause, facts)
                how = "label" if span is not None else how  # 总投资：4.86亿元; 规上工业增加值：增长8.1%
            if span is None and c is head and items and items[0][0] == "place" and items[-1][2] < clause.start:
                span, how = tidy(doc, _after_places(doc, items[-1][2], clause.start, facts)), "paired"  # 春节档票房
                if span is None:
                    span = tidy(doc, _ranked_noun(doc, items))  # 快递业务量居全省前三位的依次是苏州、南京和无锡
            if span is None and not items:
                span = tidy(doc, right_subject(doc, c, facts, loose=True))
            own_subject = span is not None
            if c is head:
                head_own = own_subject and not (items and items[0][0] != "place")
            if c is not head and c.change is None and c.basis is None:
                c.change, c.basis = head.change, head.basis  # 同比分别上升10.5%、9.1% (K9)
            elif c.basis is None and c.change and not own_subject and previous is not None \
                    and previous.change and previous.basis:
                c.basis = previous.basis  # 比上年增加12.5万吨，增长0.9%: the same subject goes on
            elif c.basis is None and c.change is None and previous is not None and previous.change \
                    and previous.basis and _rate_of_change(doc, previous, c):
                c.basis = previous.basis  # 较初一减少5.9亿元，降幅为32.6%: the size of that fall, its basis
            elif c.basis is None and c is head:
                c.basis = opening_basis(doc, c)  # 与去年相比，全市GDP增长5%
            if span is None and c is not head and head_own:
                span, how = head.subject_span, "paired"  # 旅游收入分别增长8.9%、10.3%: the list's own subject
            if span is None and (c is not head or c.change or c.basis or c.type == "percent" or dates_listed
                                 or items and items[0][0] == "place"):  # (襄阳市、宜昌市分别为…: all alike)
                span, how = _elided(c, i, len(group), respectively, before, named), "paired"
                if c is head and not respectively and named and span is not None:
                    newer = tidy(doc, topic(doc, c, facts))
                    last = doc.token_at(newer[1] - 1) if newer is not None else None
                    if newer is not None and newer[0] >= named[-1].end and doc.text[newer[0]] not in "较比与同" \
                            and last is not None and last[2] in words()["noun_tag"] \
                            and not basis_matches(doc, newer[0], newer[1]):
                        span, how = newer, "carried"  # 观影人次约2.96亿，同比增长12.4%: the noun
                        # of the clause before, not an earlier number's
            base_date = _base_date(doc, c, facts)
            if base_date is not None:
                c.earlier, c.time = True, base_date  # 略高于6月的2.5%: the base's own value, of its own time
            opening = _from_to(doc, previous, c) if previous is not None and c is head else -1
            if previous is not None and opening >= 0:
                dated = [f.value for f in map(facts.get, range(opening, previous.start))
                         if f is not None and f.type == "date" and isinstance(f.value, str)]
                previous.earlier = True  # 由上年同期的38.5%提高到46.2%: the old level is of another time,
                previous.time = dated[-1] if dated else None  # its own (由2023年的…) or none
                if span is None:
                    span, how = previous.subject_span, "paired"  # 等候时间由45分钟缩短至18分钟: one thing
            if span is None and c is head and previous is not None and previous.change \
                    and _level_reached(doc, previous, c):
                span, how = previous.subject_span, "paired"  # 每吨上调300元至8500元: the level it reached
            before_number = doc.text[clause.start : c.start].strip()
            alone = before_number.removeprefix("其中").lstrip("，、")
            if span is None and alone in words()["clause_measure"]:
                span, how = (c.start - len(alone), c.start), "carried"  # 收入1063.5亿元，支出1081.2亿元
            if span is None and c is head and named and before_number in _PER_HEAD:
                same = next((n.subject_span for n in reversed(named) if n.type == c.type and n.unit == c.unit), None)
                if same is not None:
                    span, how = same, "carried"  # 补贴资金2.8亿元，户均约1400元: the same sum, per household
            if c.unit_kind == "classifier" and (span is None or _attribute_only(doc, span)):
                same = _same_unit(c, named)
                if same is not None:
                    span, how = same, "carried"  # 抓获涉赌人员85名，其中外地籍12名 (K2)
            if span is None and c is head and bare_clause(doc, c, clause, facts):
                # 播种面积8537.5万亩，已稳定在8500万亩以上; 全国粮食产量再创新高，达到6.95亿吨
                before_noun = topic(doc, c, facts)  # (最大降雨量出现在新村，为1025毫米: its own clause before)
                span = before_noun if before_noun is not None and (not named or before_noun[0] >= named[-1].end) \
                    else named[-1].subject_span if named else None
                how = "carried"
            if span is not None and doc.text[span[0] : span[1]] == "标准" and c.type == "money":
                standard = _standard_of(doc, c, span, facts)
                if standard is not None:
                    span, how = standard, "carried"  # 生活补助…发放，标准为每人每月500元: the standard of the aid
            if span is not None and not _holds_a_number(span, c, unplaced) \
                    and not _inside_place(span, facts, place_starts):
                c.subject_span = span
                c.subject_rule = how
                named.append(c)
            elif span is not None:
                c.subject_rule = "none:number"
            previous = c
    return named


def _shared_right(doc: Document, group: list[Candidate], facts: dict[int, Candidate]) -> tuple[int, int] | None:
    """The noun right after the last member of a list of counts in one measure word, which
    every member counts (分别有14个、9个、17个和8个品种), or None."""
    last = group[-1]
    if len(group) < 2 or last.unit_kind != "classifier" or any(c.unit != last.unit for c in group) \
            or doc.text.startswith("的", last.end):
        return None
    return tidy(doc, right_subject(doc, last, facts))


def _names_a_noun(doc: Document, start: int, end: int) -> bool:
    """``text[start:end]`` holds a noun besides its basis, change and connector words (比上月上升: none)."""
    w = words()
    bases = basis_matches(doc, start, end)
    for tok in doc.tokens_in(start, end):
        word = doc.text[tok[0] : tok[1]]
        if tok[2].startswith("n") and word not in w["connector"] and not any(
                m.start() <= tok[0] < m.end() for m in bases):
            return True
    return False


def _pair_dates(doc: Document, group: list[Candidate], clause: Clause, facts: dict[int, Candidate]) -> bool:
    """A 分别 list after as many dates written as one list takes their times in order
    (预计公司2025年、2026年净利润分别为31.2亿元和36.5亿元, K4)."""
    start = max(doc.sentences[group[0].sentence][0], clause.start - 40)
    dates = [c for c in map(facts.get, range(start, group[0].start)) if c is not None and c.type == "date"]
    if len(dates) > len(group) and dates[-len(group)].start >= clause.start:
        dates = dates[-len(group):]  # 7月…为16.8元，8月、9月分别为17.9元和17.4元: the list of its own clause
    if len(dates) != len(group) \
            or any(doc.text[a.end : b.start] not in LIST_JOINERS for a, b in zip(dates, dates[1:], strict=False)):
        return False
    for c, date in zip(group, dates, strict=True):
        if isinstance(date.value, str):
            c.time, c.paired_time = date.value, True
    return True


def _list_items(doc: Document, head: Candidate, clause: Clause, size: int, named_before: int,
                places: list[tuple[str, int, int]], facts: dict[int, Candidate]
                ) -> tuple[list[tuple[str, int, int]], tuple[int, int] | None]:
    """What the members of a 分别 list of ``size`` numbers pair with, in order (K4): the nouns or
    places listed in its clause or the one before, the places an earlier 分别 list paired, or the
    sentence's last place list; [] when the amounts named before the list pair with it first.
    Owners that did what a predicate right after 分别 says come with that predicate's object."""
    items = _respective_items(doc, head, clause, facts, size)
    if items and items[0][0] != "place" and named_before >= size and items[0][1] < clause.start:
        items = []  # the amounts named before the list pair with it first (K4), unless its clause lists nouns
    if not items and len(places) == size:
        items = places  # 池州市、宣城市分别接待游客…，旅游收入分别增长8.9%、10.3%
    if not items:
        earlier = _place_list(doc, doc.sentences[head.sentence][0], clause.start, facts, last=True)
        if len(earlier) == size:
            items = earlier  # 阿坝州、甘孜州、凉山州空气质量位列全省前三，优良天数率分别为…
    owned = _object_after(doc, clause, head) if items and items[0][0] != "place" else None
    if owned is not None:
        items = [("owner", a, b) for _, a, b in items]  # 高新区、天府新区分别完成投资…: who did it
    elif items and items[0][0] == "owner":
        owned = _shared_head(doc, items)  # 遵义新舟机场、铜仁机场…旅客吞吐量: the noun they share
    return items, owned


#: What stands between a count's noun and a number that counts part of them (25名听证参加人|中有|21人).
_AMONG = frozenset(("中有", "中，有", "中共有", "之中有", "中", "中，"))


def _among(doc: Document, previous: Candidate, c: Candidate) -> bool:
    """``c`` counts part of the things the count before it counts, named right after it
    (25名听证参加人中有21人同意 -> 听证参加人; K4)."""
    span = previous.subject_span
    return span is not None and span[0] >= previous.end and span[0] - previous.end <= 1 \
        and doc.text[span[1] : c.start] in _AMONG and previous.unit_kind == c.unit_kind == "classifier"


def _head_subject(doc: Document, c: Candidate, clause: Clause, facts: dict[int, Candidate]) -> tuple[int, int] | None:
    """The subject before the first number of a list: the noun phrase of its clause, none for
    words that name nothing, and the bearer for an attribute or a distance alone (K6)."""
    text = doc.text
    span = tidy(doc, left_subject(doc, c, clause, facts))
    if span is None:
        return None
    if text[span[0] : span[1]] in words()["subject_trailer"] or text[span[0] : span[1]].endswith(("期间", "以来")):
        c.subject_rule = "none:trailer"
        return None  # 大楼地上22层、地下2层, 暑运期间更是增长17.8%: words that name nothing
    distance = text[span[0]] in "距离" and c.dimension == "length"
    if text[span[0] : span[1]] in words()["bearer_attribute"] or distance:
        # 线路从晋江站到…，全长32.5公里; 线路东起…，西至…，全长约286公里: the bearer opens a clause
        # before; 震中位于…，距文县县城约38公里: a distance from a place is the bearer's, or none
        bearer = _thing(doc, topic(doc, c, facts)) or _thing(doc, topic(doc, c, facts, first=True))
        if distance and bearer is None:
            c.subject_rule = "none:distance"
        return bearer if distance else bearer or span
    return span


def _label(doc: Document, c: Candidate, clause: Clause, facts: dict[int, Candidate]) -> tuple[int, int] | None:
    """The label of a table row written out as text, right before a colon that opens the
    number's clause (总投资：4.86亿元, 规上工业增加值：增长8.1%): what the row's number measures,
    when the words of the clause before the number name nothing themselves."""
    text = doc.text
    colon = clause.start - 1
    if colon <= 0 or text[colon] not in "：:" or text[colon - 1 : colon].isdigit() \
            or text[colon + 1 : colon + 2] in ("“", "\"", "‘", "「", "『"):
        return None  # (她说：“每个月要花6000多元”: a speaker, no label)
    start = clause_start(text, colon, doc.sentences[c.sentence][0])
    if not 2 <= colon - start <= 12 or any(ch.isdigit() for ch in text[start:colon]):
        return None
    start = skip_scope(doc, start, colon, facts, places=True)  # (明天|相对湿度：35%至60%)
    return tidy(doc, (start, colon)) if colon - start >= 2 else None


def _thing(doc: Document, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span`` unless it names an amount (容积率, 出让面积), which bears no length or distance."""
    if span is None or doc.text[span[1] - 1] in words()["noun_ending"] or doc.text[span[1] - 2 : span[1]] == "面积":
        return None
    return span


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
        if places and places[-1][2] == place.start:
            places[-1] = ("place", place.start, place.end)  # (河南省嵩县: the innermost of a chain)
        else:
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
    own = text[clause.start : end].strip()
    if len(own) > 1 and _own_noun(doc, own, clause.start, end, facts):
        return []  # 银行、煤炭板块逆势下跌，跌幅分别为…: the rate named before 分别 is what they measure
    before = clause_start(text, clause.start - 1, doc.sentences[head.sentence][0])
    places = _place_list(doc, before, clause.start - 1, facts, last=True)
    if len(places) == size:
        return places  # 依次是苏州、南京和无锡，分别完成…; 在长沙市岳麓区、昆明市官渡区同步收网，分别抓获…
    return _noun_pieces(doc, noun_list_span(doc, before, clause.start - 1, facts), size)


def _own_noun(doc: Document, own: str, start: int, end: int, facts: dict[int, Candidate]) -> bool:
    """``own`` (``text[start:end]``, the words between a clause's start and its 分别) names what
    the list measures: a noun that is no count (数量) and no scope or basis words (前三季度全省, 同比)."""
    w = words()
    if own in w["count_noun"] or not all("\u4e00" <= ch <= "\u9fff" for ch in own):
        return False
    if own[-1] in w["noun_ending"]:
        return True  # 跌幅分别为
    last = doc.token_at(end - 1)
    if last is None or last[2] not in w["noun_tag"] or basis_matches(doc, start, end):
        return False
    rest = skip_scope(doc, start, end, facts, places=True)
    scope = (w["deictic"].prefix_of(doc.text, rest, end) or w["time_word"].prefix_of(doc.text, rest, end)
             or w["lead"].prefix_of(doc.text, rest, end))
    return rest < end - 1 and len(scope or "") < end - rest  # 票房分别为 (not 前三季度全省分别完工)


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


#: Where coordinated nouns are cut: at 、, else also at 和/及/与.
_PIECE_SEPARATORS = (regex.compile(r"、"), regex.compile(r"、|和|及|与"))


def _noun_pieces(doc: Document, span: tuple[int, int] | None, size: int) -> list[tuple[str, int, int]]:
    """``span`` cut into ``size`` coordinated nouns (at 、, else also at 和/及/与), or []."""
    if span is None:
        return []
    text, (a, b) = doc.text, span
    for separators in _PIECE_SEPARATORS:
        pieces: list[tuple[str, int, int]] = []
        left = a
        for m in separators.finditer(text[a:b]):
            pieces.append(("subject", left, a + m.start()))
            left = a + m.end()
        pieces.append(("subject", left, b))
        if "的" in text[left:b]:
            return []  # 来自韩国、马来西亚的游客: the list modifies one shared noun
        if len(pieces) == size and all(p[2] > p[1] for p in pieces):
            return [("owner", a, b) for _, a, b in pieces] if _shared_head(doc, pieces) else pieces
    return []

def _from_to(doc: Document, first: Candidate, second: Candidate) -> int:
    """Where the 由 or 从 opening a from-to stands when ``second`` is where ``first`` moved to
    (由每人每月143元提高到163元, 从原来的15年调整为20年: only a change or a level word between
    the two), else -1."""
    text = doc.text
    same_measure = first.unit == second.unit or first.dimension is not None and first.dimension == second.dimension \
        and first.dimension not in ("count", "other")  # (由2个多小时缩短至2分钟: both durations)
    if not same_measure or first.sentence != second.sentence:
        return -1
    gap = text[first.end : second.start].strip()
    if gap.endswith(("到了", "至了")):
        gap = gap[:-1]  # 从120平方米扩大到了560平方米
    w = words()
    if not gap or not (gap in w["level_connector"] or (gap[-1] in "到至为" and gap[:-1] in change_words())):
        return -1
    begin = clause_start(text, first.start, doc.sentences[first.sentence][0])
    opening = text.rfind("由", begin, first.start)
    if opening < 0:
        opening = text.rfind("从", begin, first.start)
    return opening if opening >= 0 and first.start - opening <= 10 else -1


def _base_date(doc: Document, c: Candidate, facts: dict[int, Candidate]) -> str | None:
    """The date written in a base whose own value ``c`` is (欧元区7月通胀率为2.6%，略高于6月的2.5%:
    高于/低于 + a base holding a date + 的 right before the number), else None."""
    text = doc.text
    if text[c.start - 1 : c.start] != "的":
        return None
    w = words()
    lowest = clause_start(text, c.start, doc.sentences[c.sentence][0] if c.sentence >= 0 else 0)
    window = text[max(lowest, c.start - 16) : c.start]
    than = max((window.rfind(word) for word in w["than_up"] | w["than_down"] if word in window), default=-1)
    if than < 0:
        return None
    start = c.start - len(window) + than
    dated = [f.value for f in map(facts.get, range(start, c.start - 1))
             if f is not None and f.type == "date" and isinstance(f.value, str)]
    return dated[-1] if dated else None


def _exchanged(doc: Document, first: Candidate, second: Candidate) -> bool:
    """``second`` is the other side of an exchange rate that ``first`` opens (1美元兑145.8日元):
    two sums of money joined by 兑 or 兑换 only."""
    return first.type == second.type == "money" and first.sentence == second.sentence \
        and doc.text[first.end : second.start].strip() in ("兑", "兑换", "折合")


def _converted(doc: Document, first: Candidate, second: Candidate) -> bool:
    """``second`` restates ``first`` in another unit, in brackets right after it or after ，约合
    (产量12.6吨（约40.5万盎司）, 全程42.195公里，约合26.2英里): the same measure, the same subject."""
    same = first.type == second.type == "money" or first.dimension is not None \
        and first.dimension == second.dimension and first.dimension not in ("count", "other")
    if not same or first.sentence != second.sentence:
        return False
    gap = doc.text[first.end : second.start]
    if gap[:1] in ("，", ","):
        return gap[1:] in ("约合", "折合")
    return gap[:1] in ("（", "(") and gap[1:] in ("", "约", "约合", "合", "折合") \
        and doc.text[second.end : second.end + 1] in ("）", ")")


def _level_reached(doc: Document, change: Candidate, level: Candidate) -> bool:
    """Whether ``level`` is where the change ``change`` led (上调300元至8500元): only 至 or 到
    between the two, and the same measure."""
    return change.sentence == level.sentence and doc.text[change.end : level.start].strip() in ("至", "到") \
        and (change.unit == level.unit or change.dimension is not None and change.dimension == level.dimension)


#: Trade verbs that name what a 分别 list of partners' amounts measures (分别进出口…).
_TRADE = frozenset(("进出口", "出口", "进口"))


def _object_after(doc: Document, clause: Clause, head: Candidate) -> tuple[int, int] | None:
    """The object of a predicate right after 分别 (分别完成投资512.4亿元和386.7亿元 -> 投资): what the
    listed owners' numbers measure."""
    text = doc.text
    after = text.rfind("分别", clause.start, head.start) + 2
    verb = last_predicate(doc, after, head.start)
    if verb is None or verb[0] != after:
        return None
    word = doc.text[verb[0] : verb[1]]
    if verb[1] == head.start and (word in words()["verb_object"] or word in words()["trade_verb"]):
        return verb  # 对欧盟、美国、日本分别进出口5320亿元…: the trade itself is what is measured
    return tidy(doc, (verb[1], head.start)) if head.start - verb[1] >= 2 else None


def _shared_head(doc: Document, pieces: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The noun the listed owners share, written once after the last (遵义新舟机场、铜仁机场、
    毕节飞雄机场旅客吞吐量 -> 旅客吞吐量): every piece but the last ends in the same facility
    word, and the last goes on past it."""
    text = doc.text
    names = [text[a:b] for _, a, b in pieces]
    ending = names[0]
    for name in names[1:-1]:
        while ending and not name.endswith(ending):
            ending = ending[1:]
    _, a, b = pieces[-1]
    w = words()
    facility = w["facility"].suffix_of(ending, len(ending)) or w["owner_ending"].suffix_of(ending, len(ending))
    ending = facility or ""  # (汽车制造业、电子设备制造业增加值: kinds, not owners, K4)
    if not ending:
        return _measure_tail(doc, pieces)
    while ending:
        cut = text.find(ending, a + 1, b)
        if cut >= 0 and b - (cut + len(ending)) >= 2 and starts_token(doc, cut + len(ending)):
            return cut + len(ending), b
        ending = ending[1:]
    return None


def _measure_tail(doc: Document, pieces: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The measure noun written once after the last of several kinds (企业职工、城乡居民基本养老保险
    参保人数 -> 参保人数): a tail of the last piece, two tokens or more from its end, that names an
    amount (noun_ending) and that no other piece has."""
    text, w = doc.text, words()
    _, a, b = pieces[-1]
    if text[b - 1] not in w["noun_ending"]:
        return None
    toks = doc.tokens_in(a, b)
    for tok in toks[1:]:
        tail = text[tok[0] : b]
        if not 2 <= len(tail) <= 6 or tok[0] - a < 2:
            continue
        first = text[tok[0] : tok[1]]
        if any(text[x:y].endswith(tail[-2:]) or text[x:y].endswith(first) for _, x, y in pieces[:-1]):
            return None  # 汽车制造业、…电子设备制造业增加值: kinds of one word (制造业), each its own (K4)
        return tok[0], b
    return None


def _standard_of(doc: Document, c: Candidate, span: tuple[int, int],
                 facts: dict[int, Candidate]) -> tuple[int, int] | None:
    """What a 标准 names the rate of: the aid or payment given after it (按每户8万元至12万元的标准发放|
    渔船网具回收补偿), else the one the sentence opens with (乡村教师生活补助…发放，标准为每人每月500元)."""
    text = doc.text
    if span[0] > c.end and text.startswith("标准", span[0]):
        verb = words()["grant_verb"].prefix_of(text, span[1])
        if verb:
            after = tidy(doc, _aid_after(doc, span[1] + len(verb), facts))
            if after is not None:
                return after
    if span[1] <= c.start and c.sentence >= 0:
        start = skip_scope(doc, doc.sentences[c.sentence][0], span[0], facts, places=True)
        opening = _noun_run(doc, start, span[0], facts)
        if opening is not None and text[opening[1] - 1] in words()["grant_noun_end"]:
            return tidy(doc, opening)
        for verb in words()["grant_verb"]:  # 对80周岁以上老年人普遍发放|高龄津贴，标准为…
            at = text.rfind(verb, start, span[0])
            given = _aid_after(doc, at + len(verb), facts) if at >= 0 else None
            if given is not None and given[1] <= span[0]:
                return tidy(doc, given)
    return None


def _aid_after(doc: Document, pos: int, facts: dict[int, Candidate]) -> tuple[int, int] | None:
    """The nouns starting at ``pos`` (up to the end of the clause), ending with an aid's name."""
    run = _noun_run(doc, pos, len(doc.text), facts)
    return run if run is not None and doc.text[run[1] - 1] in words()["grant_noun_end"] else None


def _noun_run(doc: Document, pos: int, limit: int, facts: dict[int, Candidate]) -> tuple[int, int] | None:
    """The nouns, and the verbs that modify them, from ``pos`` on (乡村教师生活/vn 补助/v, 渔船网具回收补偿)."""
    nouns, start = words()["noun_tag"], pos
    while pos < limit:
        tok = doc.token_at(pos)
        if tok is None or tok[0] != pos or pos in facts or not (tok[2] in nouns or tok[2] in ("v", "vn")):
            break
        pos = tok[1]
    return (start, pos) if pos - start > 1 else None


def _ranked_noun(doc: Document, items: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """What a ranking names before the places it lists (快递业务量居全省前三位的依次是苏州、南京和无锡，
    分别完成…): the nouns right before 居/位居, when 依次是/依次为 opens the places."""
    text = doc.text
    if not text.endswith(("依次是", "依次为"), 0, items[0][1]):
        return None
    lo = max(0, items[0][1] - 30)
    rank = max(text.rfind("居", lo, items[0][1]), text.rfind("位列", lo, items[0][1]))
    if rank <= lo or any(ch in text[rank : items[0][1]] for ch in "，。；"):
        return None
    nouns, end, pos = words()["noun_tag"], rank, rank
    while pos > lo:
        tok = doc.token_at(pos - 1)
        if tok is None or tok[1] != pos \
                or tok[2] not in nouns and text[tok[0] : tok[1]] not in words()["compound_tail"]:
            break
        pos = tok[0]
    verb = doc.token_at(pos - 1)
    ahead = doc.token_at(verb[0] - 1) if verb is not None and verb[0] > 0 else None
    if verb is not None and verb[1] == pos and verb[2] == "v" and pos < end \
            and (ahead is None or ahead[2] in ("x", "f", "t", "uj") or text[ahead[0]] in "，。；：”"):
        pos = verb[0]  # 快递/v 业务量: a verb opening the clause modifies the noun
    return (pos, end) if end - pos > 1 else None


def _after_places(doc: Document, pos: int, limit: int, facts: dict[int, Candidate]) -> tuple[int, int] | None:
    """The nouns right after a list of places (广东、江苏…山东5省春节档票房位居前列 -> 春节档票房),
    past a count of the places (5省); what each place's number in a later 分别 list measures."""
    count = facts.get(pos)
    if count is not None and count.unit_kind == "admin":
        pos = count.end
    start, nouns, w = pos, words()["noun_tag"], words()
    while pos < limit:
        tok = doc.token_at(pos)
        if tok is None or tok[0] != pos or pos in facts:
            break
        if pos == start and tok[2] in ("v", "vn") and doc.text.startswith("的", tok[1]):
            pos = tok[1] + 1  # 荆州市、宜昌市、黄冈市查办的|非法捕捞案件数量: what the places did
            start = pos
            continue
        if not (tok[2] in nouns or doc.text[tok[0] : tok[1]] in w["compound_tail"]):
            following = doc.token_at(tok[1])  # (快递/v 业务量, 春节/t 档: a word modifying the noun after it)
            before = doc.token_at(pos - 1) if pos > start else None
            modifier = pos == start or tok[2] == "v" and before is not None and before[2] == "b"  # 非法/b 捕捞/v 案件
            if tok[2] not in ("v", "t", "b", "a") or not modifier or following is None \
                    or following[0] != tok[1] or following[2] not in nouns:
                break  # (…票房|位居: a verb after the nouns is the predicate)
            pos = following[0]
            continue
        pos = tok[1]
    rank = _RANK_VERB.search(doc.text, pos, min(limit, start + 14))
    if rank is not None and rank.start() > pos and not any(p in facts for p in range(pos, rank.start())) \
            and not any(ch in "，,。；、" for ch in doc.text[pos : rank.start()]):
        pos = rank.start()  # 三市办理/n 退/v 税额|居全省前三位: everything before the ranking is the noun
    return (start, pos) if pos - start > 1 else None


#: A ranking after the nouns that the places' numbers measure (…退税额居全省前三位, …村数居前).
_RANK_VERB = regex.compile(r"位居|位列|居|排名|排在")


def _rate_of_change(doc: Document, previous: Candidate, c: Candidate) -> bool:
    """Only a rate of change and a level word stand between the two numbers (，降幅为, ，增幅达)."""
    gap = doc.text[previous.end : c.start].strip("，, ")
    rate = words()["rate_of_change"].prefix_of(gap)
    return rate is not None and (gap[len(rate) :] == "" or gap[len(rate) :] in words()["level_connector"])


def _attribute_only(doc: Document, span: tuple[int, int]) -> bool:
    """The span only sorts the things counted (外地籍, 国家级, 省级): a kind word of jieba's (b)
    or a word ending in 籍/级, with no noun naming the things."""
    a, b = span
    tok = doc.token_at(a)
    return doc.text[b - 1] in "籍级" or (tok is not None and tok[0] == a and tok[1] == b and tok[2] == "b")


def _names_no_thing(doc: Document, c: Candidate) -> bool:
    """A lead time (提前两个月备货: relative + a duration) or the name of an event (男子100米冠军,
    女子200米蝶泳决赛: a length before an event word): the number measures nothing the text names."""
    w = words()
    if c.unit_kind == "time" and w["lead_time"].suffix_of(doc.text, c.start):
        return True
    if c.unit_kind == "time" and doc.text.endswith("连续", 0, c.start) and not doc.text.startswith("的", c.end):
        return True  # 涨幅连续两个月收窄, 已连续13个月负增长: a stretch of time, no thing that lasts (K6)
    if c.unit_kind == "time" and (c.text.startswith("近") or doc.text.endswith(("近", "过去", "最近"), 0, c.start)) \
            and w["window_noun"].prefix_of(doc.text, c.end + (doc.text[c.end : c.end + 1] == "的")):
        return True  # 升至近7个月高点, 高于近十年同期平均水平: the window of a record or an average (K6)
    if c.dimension == "length" and doc.text.startswith("处", c.end):
        return True  # 在车后150米处摆放: a position, no thing measured
    return c.dimension in ("length", "mass") and w["event_after"].prefix_of(doc.text, c.end) is not None


#: A clause that is only a per-head word before its amount (户均约1400元, 人均4.3万余元).
_PER_HEAD = frozenset(("人均", "户均", "平均每人", "平均每户", "每人平均", "平均"))


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
