"""Stage: when and where each number holds — its time and place scope
(docs/linking.md, K10, K11, K16-K18).

Sentences are read in order. Within a sentence, a date sets the time for the numbers
after it, unless it is the basis of a comparison (较2019年) or the date of an event
of its own (于2020年开工). The first place sets the place; a place inside it
(陕西省神木市) or one that opens its clause (…，榆林市…) takes over; a deictic word
(全省, 全市) points to the nearest earlier place whose name ends the same way. A
sentence without its own scope inherits the scope of the sentence before it in the
same paragraph; a new paragraph starts empty.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

import regex

from factx.candidate import Candidate
from factx.document import Document
from factx.lexicons import alternation, deictic_words, link_words
from factx.stages.clauses import CLAUSE_STOPS, PLACE_JOINERS, basis_matches, clause_start


# (the patterns of literal words use the standard module: it scans for them several times
# faster than ``regex``, with the same matches)
@lru_cache(maxsize=1)
def _deictic_pattern() -> re.Pattern:
    return re.compile(alternation(deictic_words()))


@lru_cache(maxsize=1)
def _bare_deictic_pattern() -> regex.Pattern:
    """省, 市 or 县 alone at the head of a clause or after 、, before more Han text."""
    return regex.compile(rf"(?<![\p{{Han}}\d])(?:{alternation(link_words()['bare_deictic'])})(?=\p{{Han}})")


@lru_cache(maxsize=8)
def _words_pattern(kind: str) -> re.Pattern:
    """Any word of the links.tsv kind (time_word, anaphoric_time, report_verb)."""
    return re.compile(alternation(link_words()[kind]))


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern:
    """The rest of a dateline after its place (新华社北京2月5日电, 本报南京11月15日讯): where the
    report was filed, no scope of its numbers (the place still anchors 全市/全省)."""
    return re.compile(rf"(?:\d{{1,2}}月)?\d{{1,2}}日(?:{alternation(link_words()['dateline_end'])})")


def _nested(inner: Candidate, outer: Candidate) -> bool:
    """``inner`` lies inside ``outer`` (神木市 in 陕西省; every Chinese division in 中国)."""
    if outer.name == "中国" and (inner.adcode or "").isdigit():
        return True
    return bool(inner.parent and outer.name and outer.name in inner.parent.split("/"))


def _clause_head(doc: Document, place: Candidate, lowest: int = 0) -> str:
    """What stands before the place in its clause (not before ``lowest``), stripped."""
    return doc.text[clause_start(doc.text, place.start, lowest) : place.start].strip()


def _topical(doc: Document, place: Candidate, sentence_start: int) -> bool:
    """The place opens its clause: only words like 在 or 据 stand before it."""
    head = _clause_head(doc, place, sentence_start)
    return not head or head in link_words()["topical_before"]


class _Scope:
    """Time and place in force while a sentence is read."""

    __slots__ = ("time", "place", "own_time", "own_place", "located", "target", "pointed", "anaphoric", "route",
                 "over_span", "lookback", "anaphor")

    def __init__(self, time: str | None = None, place: Candidate | None = None, own_time: bool = False) -> None:
        self.time = time
        self.place = place
        #: The sentence names places of its own, side by side (肥西县、长丰县): none is the scope,
        #: and nothing is inherited.
        self.own_place = False
        #: The sentence says its own time (a date, or a word such as 今年): nothing is inherited.
        self.own_time = own_time
        #: The sentence's time is a target it looks forward to (到2035年).
        self.target = False
        #: The time is one the text looks back to (回顾2024年): the sentences after it take it only
        #: when they point back to it (当年, 那一年).
        self.lookback = False
        #: The sentence points back to the time named before (当年, 同期).
        self.anaphor = False
        #: The place came from a deictic word (全省), not from a place the sentence names.
        self.pointed = False
        #: The sentence opens with a span of time (五年间，…): its changes are against the level
        #: the span began with.
        self.over_span = False
        #: ... an anaphoric one (该市: the city just named), which a later 全市 does not override.
        self.anaphoric = False
        #: The place says where a thing stands (位于杭州市滨江区的企业): it scopes its own
        #: sentence but is not passed on to the next.
        self.located = False
        #: The sentence's own_place comes from a route (赴广东、广西等地开展抓捕): no place for its
        #: numbers, but the account's place goes on after it.
        self.route = False


def scope_numbers(doc: Document, found: list[Candidate]) -> None:
    """Fill time and place of every quantity, money and percent candidate."""
    if not any(c.numeric for c in found):
        return
    text = doc.text
    # A line without numbers gives its numbers no scope: only its places count (the earlier
    # places a deictic word points to, the partners). Its dates and scope words only set the
    # scope of its own sentences, which a new line drops: they are not read (nor its tokens).
    numbered = {doc.sentences[c.sentence][2] if c.sentence >= 0 else -1 for c in found if c.numeric}
    read = {i for i, (_, _, line) in enumerate(doc.sentences) if line in numbered}  # (their sentences)
    if -1 in numbered:
        read.add(-1)  # (numbers before the first sentence)
    events = sorted([(c.start, 1, c.type, "", c) for c in found if c.type == "place" or c.sentence in read]
                    + _word_events(doc, found, read), key=_BY_PLACE)
    subjects: dict[int, list[tuple[int, int]]] = {}
    for number in found:
        if number.subject_span is not None:
            subjects.setdefault(number.sentence, []).append(number.subject_span)
    topics = _headline_topics(doc, found)
    places_so_far = _EarlierPlaces(topics)
    old_levels = {c.start for c in found if c.earlier}  # the old levels of from-tos (由…的X提高到Y)
    place_starts = {c.start for c in found if c.type == "place" and c.level not in _NATURAL}
    places_at = _Places([c for c in found if c.type == "place"], frozenset(p.name for p in topics.values() if p.name))
    inherited = _Scope()
    current_line = -1
    sentence = -1
    local = _Scope()
    excluded: list[tuple[int, int]] = []
    report: int | None = None  # (where the sentence's report verb ends: found for its first date)
    other_until = -1
    placeless: list[Candidate] = []  # numbers of the sentence read before any place of it
    sentence_starts, upto = [s[0] for s in doc.sentences], -1  # (the sentence read holds offsets below ``upto``)
    for pos, _, kind, word, c in events:
        index = sentence if sentence >= 0 and pos < upto and pos >= sentence_starts[sentence] else doc.sentence_at(pos)
        if index != sentence:
            upto = sentence_starts[index + 1] if index + 1 < len(sentence_starts) else len(text) + 1
            _place_before(doc, local, placeless)
            placeless = []
            if sentence >= 0:
                time = local.time if local.own_time else inherited.time
                place = local.place if local.place is not None or local.own_place and not local.route \
                    else inherited.place
                if place is not None and place is local.place and (place.level in _NATURAL or local.located):
                    place = inherited.place  # a lake, or where a thing stands, named for its own sentence: the
                    # account goes on where it was (位于杭州市滨江区的企业…发布财报。财报显示，…)
                if local.own_time and local.target:
                    time = None  # 到2035年将增至3.8万辆次。…: a target's year dates its own sentence only
                lookback = local.lookback if local.own_time else inherited.lookback
                inherited = _Scope(time, place)
                inherited.lookback = lookback
            sentence = index
            line = doc.sentences[index][2] if index >= 0 else -1
            if line != current_line:
                inherited, current_line = _Scope(), line
            local = _Scope()
            other_until = -1  # (numbers before it are in a clause that names another period)
            bases = _not_scope(doc, index)
            excluded = bases + subjects.get(index, [])
            basis_dates: list[Candidate] = []
            report = None
        if kind == _TIME_WORD:
            if bases and any(a <= pos < b for a, b in bases):
                continue  # 增速比上半年加快: a base, not the sentence's time
            level = text.startswith(("同期为", "同期是"), pos + len(word))  # 上年同期为-18.4亿元: no base
            same_period = text.startswith("同期", pos + len(word))
            if word in link_words()["time_other"] and (
                    local.time is not None and local.own_time and (level or not same_period)
                    or level and not local.own_time and inherited.time is not None):
                end = _clause_end(text, pos, 60)
                if "的" not in text[pos:end]:  # (去年价格变动的翘尾影响约为…: a part of this month's figure)
                    other_until = end  # 10月份…，上月为下降0.3%: that clause only
                continue
            if local.time is not None and (word.endswith("以来") or text.startswith("以来", pos + len(word))):
                other_until = _clause_end(text, pos, 60)  # 截至8月底，…，今年以来新增银幕2300多块: since then, no date
                continue
            if word in _WHOLE_YEAR and not local.own_time and inherited.time and inherited.time.isdigit():
                continue  # 截至2023年末…。全年出生人口8.9万人: the year the account is in
            if local.time is None or word in link_words()["time_shift"]:
                # (after a date of the sentence it says no more: 6月3日傍晚…今年68岁; but 此后 moves on
                # from that date: 2024年元月，全线完成铺轨，此后经过三个多月的联调联试)
                local.time, local.own_time = None, True
            continue
        if kind == _ANAPHOR:
            if local.time is None and not (bases and any(a <= pos < b for a, b in bases)):
                local.own_time = False  # 象山县当月…: another place, but the month named before goes on
                local.anaphor = True
            continue
        if kind == _DEICTIC:
            if text.startswith(word, pos) and pos + len(word) in place_starts:
                continue  # 该市台山市: the place named right after it is the scope (K17)
            if text[pos - 1 : pos] == "占" and local.place is None and not local.own_place \
                    and inherited.place is None and not (bases and any(a <= pos < b for a, b in bases)):
                local.place = places_so_far.target(word)  # 制造业实现税收254.9亿元，占全市税收的48%: with
                local.pointed = local.place is not None  # no place of the part, the whole's place is the scope
                continue
            if text[pos - 1 : pos] == "是" and "最" in text[pos + len(word) : _clause_end(text, pos, 20)]:
                continue  # 宁波市是全省用电量最大的城市: the whole a superlative ranks in, not the scope
            if text[pos - 1 : pos] in _COMPARED or bases and any(a <= pos < b for a, b in bases):
                continue  # 比全国平均水平高, 高于全省, 占全省的: a base or a whole, not the scope
            if link_words()["partner_before"].suffix_of(text, pos) not in (None, "对", "向"):
                continue  # 来自我国第四批航天员: where people come from, not the scope (对全省120个监测场: it is)
            counted = doc.token_at(pos - 1) if pos > 0 else None
            if counted is not None and counted[1] == pos and counted[2] == "q":
                continue  # 20个省级电网: a level of many units counted, not this province
            if word.endswith("级") and (link_words()["deictic"].suffix_of(text, pos) or pos in places_at.ending):
                continue  # 全省县级配送中心, 四川省市级财政: a tier of the units under the scope, not one of them
            target = places_so_far.target(word)
            if target is not None and not (local.place is not None and local.place.level == target.level
                                           and (not local.pointed or local.anaphoric)):
                # (在宁波市，全市博物馆…: the city named stays; so does the one 该市 pointed to)
                local.place, local.pointed = target, True
                local.anaphoric = word.startswith("该")
            continue
        assert c is not None
        if c.type == "place":
            if not (excluded and any(a <= c.start < b for a, b in excluded)):
                _take_place(doc, local, c, index, places_at)
                if local.place is c and not local.own_time and _new_account(doc, c, inherited.place, index):
                    local.own_time = True  # another place opens the sentence: another account (K10)
            if c.start not in places_at.partners or c.name == "中国":
                places_so_far.append(c)  # (统计局和中国物流与采购联合会: a partner's 中国 still lets 我国 point to it)
        elif c.type == "date" and bases and any(a <= c.start < b for a, b in bases):
            basis_dates.append(c)  # 较2022年: a base, maybe the year before (K9)
        elif c.type == "date" and (link_words()["since_after"].prefix_of(text, c.end) or _since_event(text, c.end)
                                   or _from_on(text, c)):
            if local.time is None:  # 2021年以来，医院先后引进…: the numbers cover the time since then,
                local.time, local.own_time = None, True  # so that date is no time of theirs, nor one before
        elif c.type == "date":
            if report is None:
                report = _reports(doc, index)
            of_event = text[max(0, c.start - 1) : c.start] in link_words()["event_before"] \
                or local.own_time and local.time is not None and link_words()["event_end"].prefix_of(text, c.end) \
                or _object_date(doc, c) or link_words()["dateline_end"].prefix_of(text, c.end) \
                or (text[c.start - 1 : c.start] in "由从" and any(
                    p in old_levels for p in range(c.end, c.end + 8)))  # 由2023年的233.0万人次增长到…
            program_year = text.startswith("度", c.end) and local.own_time and local.time is not None
            # (截至12月25日，该县2026年度城乡居民医保参保人数…: the year names the scheme, the date before holds)
            if not of_event and not program_year and c.start >= report and not _listed(text, c) \
                    and not (excluded and any(a <= c.start < b for a, b in excluded)):
                local.time, local.own_time = (c.value if isinstance(c.value, str) else None), True
                local.target = text[c.start - 1 : c.start] == "到" and _word_at(doc, c.start - 1, c.start)
                local.lookback = text[c.start - 2 : c.start] in _LOOK_BACK  # 回顾2024年，…
                # (到2035年将增至…: a target year; but 时间回到2016年 goes back to a year the account is in)
            elif _founding_date(doc, c) and local.time is None:
                local.own_time = True  # (the time of the thing's story, not the one the text was in)
        elif c.numeric:
            if c.dimension == "duration" and text.startswith(("间", "来", "以来"), c.end) \
                    and text[c.start - 1 : c.start] in _OPENERS:
                local.time, local.own_time = None, True  # 五年间，…增长了1.4倍: the span since then, no year
                local.over_span = True
            if local.over_span and c.change and c.basis is None and not _averaged(text, c.start):
                c.basis = "base"  # 五年间，…增长了1.4倍: against the level the span began with (K9)
            if not c.earlier and not c.paired_time:  # (the old level of a from-to has its own time or
                # none, from the link stage; a 分别 list's members may have theirs from the dates listed)
                c.time = None if pos < other_until else local.time if local.own_time else inherited.time
                if not local.own_time and inherited.lookback and not local.anaphor:
                    c.time = None  # 回顾2024年，…。这意味着，此次专项行动…: back to the account's own time
                if not local.own_time and _quoted(doc, c):
                    c.time = None  # “去年冬天家里室温只有16度…”: a speaker's words name their own time (K10)
            if c.basis == "base" and c.time and basis_dates:
                c.basis = _period_before(basis_dates[-1].value, c.time) or c.basis
            if c.place is None:  # (a 分别 list may have paired its places already)
                place = local.place if local.place is not None or local.own_place else inherited.place
                c.place = (place.name or place.text) if place is not None else None
                if place is None and not local.own_place:
                    placeless.append(c)
    _place_before(doc, local, placeless)


def _quoted(doc: Document, c: Candidate) -> bool:
    """``c`` stands inside a quotation opened earlier in its sentence and not closed before it."""
    if c.sentence < 0:
        return False
    head = doc.text[doc.sentences[c.sentence][0] : c.start]
    return head.count("“") > head.count("”")


def _village(place: Candidate) -> bool:
    """A village (杨家坪村): below the administrative divisions, so no scope, nor one 全村 points to."""
    return place.level == "other" and place.text.endswith("村")


def _averaged(text: str, pos: int) -> bool:
    """The clause before ``pos`` gives a yearly average or a running total (年均增长约4.4%,
    累计提高0.5元): no change against a base level."""
    start = max(text.rfind(mark, 0, pos) for mark in "，,。；;")
    clause = text[start + 1 : pos]
    return "年均" in clause or "平均" in clause or "累计" in clause


def _from_on(text: str, date: Candidate) -> bool:
    """从/自 + a date + 起 (自2024年5月18日起, 从今年1月1日起), or a date + 起 that is a clause of
    its own (今年4月起，…): from then on, like 以来; a bare `X日起` inside a clause (12日起全省降雨
    减弱) still dates it."""
    if not text.startswith("起", date.end):
        return False
    if text[date.end + 1 : date.end + 2] in ("，", ","):
        return True  # 今年4月起，全省将…纳入…: a rule from then on, in a clause of its own
    head = text[max(0, date.start - 3) : date.start]
    at = max(head.rfind("从"), head.rfind("自"))
    return at >= 0 and not any(ch in _CLAUSE_MARKS for ch in head[at + 1 :])  # (从今年1月1日起)


def _since_event(text: str, pos: int) -> bool:
    """A date that opens an event the clause counts from: 1月1日进入防火期以来 (a since-date)."""
    window = text[pos : pos + 32]
    stop = next((k for k, ch in enumerate(window) if ch in _CLAUSE_MARKS), len(window))
    return stop > 2 and "以来" in window[:stop]  # (1961年有完整气象记录以来同期最少: a record's since-date)

#: Marks that end a clause.
_CLAUSE_MARKS = frozenset("，,。；;！？!?：:\n")


def _place_before(doc: Document, local: _Scope, numbers: list[Candidate]) -> None:
    """The place that opens a later clause of the sentence (or that a deictic word of it points
    to) scopes its first numbers too, when nothing else did (作为拥有3000年种麦史的农业大省，
    河南以… -> 河南省); not a place inside a later noun (亚洲影片)."""
    place = local.place
    if place is None or local.own_place or place.level in _NATURAL or not numbers:
        return
    start = doc.sentences[numbers[0].sentence][0]
    if place.start >= start and (not _topical(doc, place, start) or _clause_head(doc, place, start) == "其中"):
        return  # (…38.6万人，其中鄱阳县12万人: a part is no scope of the whole)
    for c in numbers:
        c.place = place.name or place.text


def _word_events(doc: Document, found: list[Candidate],
                 sentences: set[int]) -> list[tuple[int, int, str, str, Candidate | None]]:
    """The scope words of the ``sentences`` (by ``Document.sentence_at``) as events (position,
    order, kind, word, None): deictic words (全省; a bare 省 before an office, 省财政厅, read as
    全省) and time words (今年, 上半年) that are words of their own and not the tail of a date
    (2023年上半年)."""
    text = doc.text
    events: list[tuple[int, int, str, str, Candidate | None]] = []
    sentence_at = doc.sentence_at  # (the sentence is checked before any token of its line is asked for)
    for m in _deictic_pattern().finditer(text):
        if sentence_at(m.start()) not in sentences:
            continue
        tok = doc.token_at(m.start())
        if tok is not None and tok[1] == m.start() + 1 and tok[1] < m.end():
            rest = doc.token_at(tok[1])
            if rest is None or rest[1] != m.end():
                continue  # 全|市场: the whole market, no city (全|地区 is the prefecture)
        if tok is None or tok[0] == m.start():
            events.append((m.start(), 0, _DEICTIC, m.group(), None))
    for bare in _bare_deictic_pattern().finditer(text):
        if sentence_at(bare.start()) not in sentences:
            continue
        tok = doc.token_at(bare.start())
        after = doc.token_at(bare.end())
        if tok is not None and tok[0] == bare.start() and tok[1] == bare.end() and after is not None \
                and after[0] == bare.end() and (after[2].startswith("n") or after[2] == "vn"):
            events.append((bare.start(), 0, _DEICTIC, "全" + bare.group(), None))  # 省财政厅: the province's office
    date_ends = {c.end for c in found if c.type == "date"}
    for m in _words_pattern("time_word").finditer(text):
        if sentence_at(m.start()) not in sentences:
            continue
        after_date = any(m.start() - k in date_ends and not _CUT.search(text, m.start() - k, m.start())
                         for k in range(4))  # 2023年上半年, 5月下旬以来 (but not 与2020年相比，今年)
        tok = doc.token_at(m.start())
        if not after_date and (tok is None or tok[0] == m.start()):  # (今年以来 is one token)
            events.append((m.start(), 0, _TIME_WORD, m.group(), None))  # 今年, 上半年: a time of its own
    for m in _LAST_YEAR_LEVEL.finditer(text):
        events.append((m.start(), 0, _TIME_WORD, m.group(), None))  # 上年同期为-18.4亿元: that year's level
    for m in _PERIOD.finditer(text):
        if sentence_at(m.start()) not in sentences:
            continue
        after_date = any(m.start() - k in date_ends for k in range(7))  # (2024年春节期间 keeps the year)
        tok = doc.token_at(m.start())
        if not after_date and text[m.start() - 1 : m.start()] not in ("此", "该", "这", "其", "同") \
                and (tok is None or tok[0] == m.start()) and not link_words()["whole_start"].prefix_of(text, m.start()):
            events.append((m.start(), 0, _TIME_WORD, m.group(), None))  # 暑运期间 (not 期间费用率): a period in words
    for m in _words_pattern("anaphoric_time").finditer(text):
        if sentence_at(m.start()) not in sentences:
            continue
        tok = doc.token_at(m.start())
        if m.group() == "同期" and text[m.start() - 1 : m.start()] not in _OPENERS:
            continue  # (同期 points back only opening a clause: 同期，韩国对华出口…; not 上年同期)
        if tok is None or tok[0] == m.start():
            events.append((m.start(), 0, _ANAPHOR, m.group(), None))  # 当月, 同月: the time already named
    return events


def _headline_topics(doc: Document, found: list[Candidate]) -> dict[str, Candidate]:
    """Ending (省, 市 …) -> the one place of the headline (the first line) whose resolved
    name ends so (晋江：… -> 晋江市): what the article is about; none where the headline
    names two (湖州嘉兴上半年…), and none where the first line of several is no headline but a
    paragraph of the report (it holds a full stop: 2023年，广东省…。 is no topic for a 全省 in a
    later paragraph after 江苏省…); a text of one line is its own topic as before."""
    if not doc.lines or len(doc.lines) > 1 and "。" in doc.lines[0].text:
        return {}
    headline = [c for c in found if c.type == "place" and c.sentence >= 0 and doc.sentences[c.sentence][2] == 0]
    topics: dict[str, Candidate] = {}
    for ending in _endings() - {"中国"}:
        named = {p.name for p in headline if (p.name or "").endswith(ending)}
        if len(named) == 1:
            topics[ending] = next(p for p in headline if p.name in named)
    return topics


def _period_before(base: object, time: str) -> str | None:
    """yoy when the base date is the year before the number's time (比2022年 of a 2023
    statement), mom when it is the month before; else None."""
    if not isinstance(base, str):
        return None
    if len(base) == 4 and time[:4].isdigit() and base.isdigit() and int(time[:4]) - int(base) == 1 \
            and (len(time) == 4 or time[4] in "-/"):
        return "yoy"
    if len(base) == 7 and len(time) >= 7 and base[4] == "-" and time[4] == "-" and base[:4].isdigit() \
            and time[:4].isdigit() and base[5:7].isdigit() and time[5:7].isdigit():
        months = int(time[:4]) * 12 + int(time[5:7]) - (int(base[:4]) * 12 + int(base[5:7]))
        return "mom" if months == 1 else None
    month = time[5:7] if len(time) >= 7 and time[4] == "-" else time[2:4] if time.startswith("--") else ""
    if len(base) == 4 and base.startswith("--") and base[2:].isdigit() and month.isdigit():
        return "mom" if (int(month) - int(base[2:])) % 12 == 1 else None  # 较8月 in a September statement
    return None


def _new_account(doc: Document, place: Candidate, before: Candidate | None, sentence: int) -> bool:
    """The sentence opens with a place other than the one the paragraph spoke of."""
    if before is None or place.name == before.name or _nested(place, before) or _nested(before, place):
        return False
    if place.parent and place.parent == before.parent and place.level in ("county", "township"):
        return False  # 雨花区…；岳麓区…: a city's account broken down by its districts (not 西安市。宝鸡市…)
    start = doc.sentences[sentence][0]
    return _topical(doc, place, start) and not any(ch in CLAUSE_STOPS for ch in doc.text[start : place.start])


def _word_at(doc: Document, start: int, end: int) -> bool:
    """``text[start:end]`` is a word of its own (jieba cuts there)."""
    first, last = doc.token_at(start), doc.token_at(end - 1)
    return (first is None or first[0] == start) and (last is None or last[1] == end)


def _reports(doc: Document, index: int) -> int:
    """Where the first report verb of the sentence ends (10月22日，…联合发布…): the dates
    before it say when the news was released and scope nothing; -1 without one."""
    if index < 0:
        return -1
    start, end, _ = doc.sentences[index]
    for m in _words_pattern("report_verb").finditer(doc.text, start, end):
        if m.end() - m.start() == 1 and doc.text[m.start() - 1 : m.start()] not in ("日", "号"):
            continue  # 电, 讯 only in a dateline (12月3日电), not 全市|电|竞产业 (the dictionary's cut)
        if _word_at(doc, m.start(), m.end()):
            return m.end()
    return -1


@lru_cache(maxsize=1)
def _named_by_date() -> regex.Pattern:
    """After a date: the name it is part of (2024年生态环境状况公报) or the record it dates
    (为2013年有监测记录以来最多)."""
    return regex.compile(r"[^，,。；;：:！？\s]{0,12}?(?:公报|报告|年鉴|白皮书|规划|纲要|以来(?:最|首次|新高|新低))")


def _object_date(doc: Document, date: Candidate) -> bool:
    """A date that dates a thing named in a verb's object (突破1998年的历史极值), the base of
    a ratio (恢复至2019年同期的八成), a name (2024年生态环境状况公报), a record (为2013年有监测
    记录以来最多) or a thing's beginning (2019年建成的大桥), not the clause."""
    text = doc.text
    if _named_by_date().match(text, date.end):
        return True
    if _founding_date(doc, date):
        return True
    if not (text.startswith("的", date.end) or text.startswith("同期的", date.end)):
        return False
    if link_words()["ratio_verb"].suffix_of(text, date.start):
        return True  # 恢复至2019年同期的八成: the base of a ratio
    before = doc.token_at(date.start - 1)
    return before is not None and before[1] == date.start and before[2] in ("v", "vn")


def _founding_date(doc: Document, date: Candidate) -> bool:
    """1964年9月创办的学校占地320亩, 大楼今年10月投入使用，地上22层: the date says when the
    thing began, not when it is measured; the sentence speaks of the thing as it is now."""
    text = doc.text
    founding = link_words()["founding_verb"].prefix_of(text, date.end)
    after = text[date.end + len(founding) : date.end + len(founding) + 1] if founding else ""
    if founding is not None and (after == "的" or after in ("，", ",", "。", "；")):
        return True  # (大楼今年10月投入使用，…)
    # 今年6月，位于肥西县的新一座处理厂投入运行，总投资约7.8亿元; 图书馆去年12月完成改造后重新开放，
    # 建筑面积…: the clause the date opens (or the one after a date standing alone) ends with the event
    end = _clause_end(text, date.end, 40)
    if end == date.end and text[end : end + 1] in ("，", ","):
        end = _clause_end(text, end + 1, 40)
    if end - date.end > 30 or text[end : end + 1] not in ("，", ","):
        return False
    clause = text[date.end : end]
    return link_words()["founding_verb"].suffix_of(text, end) is not None and not any(ch.isdigit() for ch in clause) \
        and "截至" not in text[max(0, date.start - 3) : date.start] \
        and not link_words()["anaphoric_time"].prefix_of(text, end + 1) \
        and not text.startswith(_FIRST_PERIOD, end + 1)  # (…开通，首日客流约27万人次; …建成，届时月产能)


#: The first day, month or year after an opening: of the date named before it.
_FIRST_PERIOD = ("首日", "首月", "首年")



def _listed(text: str, date: Candidate) -> bool:
    """One of several dates side by side (7月2日、9日两次): none of them is the scope."""
    return text[date.end : date.end + 1] in ("、", "和") or text[date.start - 1 : date.start] in ("、", "和")


def _not_scope(doc: Document, index: int) -> list[tuple[int, int]]:
    """Spans of a sentence whose dates and places are no scope: stated bases (较2019年)."""
    if index < 0:
        return []
    start, end, _ = doc.sentences[index]
    return [m.span() for m in basis_matches(doc, start, end)]


class _Places:
    """The place candidates of a document by where they start and end."""

    __slots__ = ("starting", "ending", "partners", "topics", "named")

    def __init__(self, places: list[Candidate], topics: frozenset[str] = frozenset()) -> None:
        self.starting = {p.start: p for p in places}
        self.ending = {p.end: p for p in places}
        #: The first mention of each division by its resolved name (a village's township).
        self.named: dict[str, Candidate] = {}
        for p in places:
            if p.level in _DIVISIONS and p.name:
                self.named.setdefault(p.name, p)
        #: Names of the places the headline names alone for their ending: what the article is about.
        self.topics = topics
        #: Starts of the places named as partners (与吉安市开展的协作): no deictic word points to them.
        self.partners: set[int] = set()


def _take_place(doc: Document, local: _Scope, place: Candidate, sentence: int, places: _Places) -> None:
    vocabulary, text = link_words(), doc.text
    if _in_title(text, place, doc.sentences[sentence][0]) or _in_company(doc, place) \
            or _dateline().match(text, place.end) or place.level in vocabulary["scope_skip"] and not (
            place.level in _NATURAL and _opens_clause(doc, place)):
        return  # (a lake or a mountain that opens its clause is the scope: 鄱阳湖水位3天上涨1.2米)
    if place.level in _NATURAL and text.startswith("队", place.end):
        return  # 泰山队射门9次: a team named after a mountain, no scope
    if vocabulary["service_tail"].prefix_of(text, place.end + (text[place.end : place.end + 1] == "）")):
        return  # 中欧班列, 中欧（中亚）班列: a train service's name, no scope
    if _village(place):
        township = places.named.get(place.parent.rsplit("/", 1)[-1]) if place.parent else None
        if township is not None and local.place is None and not local.own_place:
            local.place = township  # 后湾村共有村民2100余人: the township around the village scopes
        return  # 官庄镇杨家坪村: a village is below the divisions; the township around it scopes (K17)
    if text[place.start - 1 : place.start] == "的" and place.level not in _DIVISIONS \
            and text[place.start - 3 : place.start - 1] not in link_words()["venue_verb"]:
        return  # 进入榜单前20名的亚洲影片, 来自…的巴西前锋: a country or region inside a noun phrase is no
        # scope (but 举行的东京奥运会 names where the event was; a division keeps its role: 位于…的企业)
    if _in_source(doc, place):
        return  # 据中国载人航天工程办公室介绍: who tells, not where the numbers hold (全国 may still point to it)
    partner_after = vocabulary["partner_after"]
    after = partner_after.prefix_of(text, place.end)
    if after and (after == "来的" or text[place.start - 1 : place.start] in _WITH):
        places.partners.add(place.start)
        return  # 晋江市与厦门市合作建设的中心, 厦门来的专家: a partner or an origin
    if vocabulary["origin_noun"].prefix_of(text, place.end) and place.name not in places.topics:
        places.partners.add(place.start)
        return  # 肯尼亚选手, 上海游客, 日本跑者: where people come from (辽宁选手 in a report on 辽宁's team is)
    first = place  # the first place of a list it belongs to (对美国、德国、日本)
    while text[first.start - 1 : first.start] in PLACE_JOINERS and first.start - 1 in places.ending:
        first = places.ending[first.start - 1]
    if vocabulary["partner_before"].suffix_of(text, first.start):
        places.partners.add(place.start)
        return  # a partner: 对美国出口, 来自俄罗斯, 不敌日本队
    outer = first  # the place that holds it, written right before it (至云南昆明)
    while outer.start in places.ending:
        outer = places.ending[outer.start]
    if vocabulary["route_before"].suffix_of(text, outer.start) or vocabulary["route_after"].prefix_of(text, place.end):
        local.own_place = local.route = True  # the end of a route (从长沙回贵阳, 长沙到贵阳): no one place holds
        return
    following = places.starting.get(place.end + 1) if text[place.end : place.end + 1] in PLACE_JOINERS else None
    if following is not None and _nested(following, place):
        following = None  # 陇南市和文县共派出…: the city and its county act together; the county is the place
    if first is not place and _nested(place, first):
        first = place
    if following is not None and text[place.end] in _WITH and partner_after.prefix_of(text, following.end):
        following = None  # 晋江市与厦门市合作: the partner after it makes no list
    glued = places.starting.get(place.end)
    if glued is not None and glued.level == place.level and place.level in _DIVISIONS:
        following = glued  # 宁波舟山港, 湖州嘉兴: two units of one level written together
    before = places.ending.get(place.start)
    if before is not None and before.level == place.level and place.level in _DIVISIONS:
        first = before
    listed = text[place.start - 1 : place.start] == "、" and text[place.start - 2 : place.start - 1] not in CLAUSE_STOPS
    if listed and vocabulary["partner_before"].prefix_of(_clause_head(doc, place)):
        places.partners.add(place.start)
        return  # 对欧盟、美国、日本分别进出口…: a list of partners, though the first is no place fact
    if first is not place or following is not None or listed:  # (高新区、天府新区: a list, though one is no place)
        local.own_place = True  # places side by side (肥西县、长丰县; 中国与英国两国): no one scope
        if listed and local.place is not None and _PART.fullmatch(text, local.place.end, place.start - 1):
            local.place = None  # 四川盆地东部、重庆西部等地: parts of two places, a list too
        return
    pointed = local.pointed and local.place is not None and local.place.level == place.level
    if local.place is None or pointed or _nested(place, local.place) \
            or _topical(doc, place, doc.sentences[sentence][0]):
        local.pointed = False  # (从全省看，今年江西…: the place the sentence names beats the one 全省 pointed to)
        local.place = place
        local.located = text[outer.start - 2 : outer.start] == "位于" and "的" in text[place.end : place.end + 3] \
            and _names_company(text, place.end) or _TEAM.match(text, place.end) is not None
        # (山东泰山队积44分: a club named after its place scopes its own sentence, and no more)
    elif local.place.level in _NATURAL and local.place.end == place.start and place.level in _DIVISIONS:
        local.place = place  # 信江弋阳站, 鄱阳湖都昌站: the station stands in the county


#: A part of a place named by its direction, written between it and the 、 of a list
#: (四川盆地东部、重庆西部; 江苏南部、浙江北部).
_PART = re.compile("(?:[东西南北中]{1,3}部|[东西南北中]{1,3}部地区|地区|一带|沿海|沿江)")

#: The same period a year before, opening a level (上年同期为-18.4亿元; 去年 is a time word anyway).
_LAST_YEAR_LEVEL = re.compile("上年(?=同期[为是])")

#: A period named in words ends so (暑运期间).
_PERIOD = re.compile("期间")
#: A club's name after the place it is named after (山东|泰山队, 上海|海港队; not a unit of an
#: office: 交警大队, 消防支队).
_TEAM = re.compile(r"[\u4e00-\u9fff]{1,2}[^大中支总分小\W\d]队")

#: What may stand before a word that opens a clause.
_OPENERS = frozenset(("", "，", ",", "。", "；", ";", "：", ":", "\n", "　", " "))

#: Punctuation between a date and a time word: they are apart.
_CUT = regex.compile(r"[，,。；;：:、！？!?\s]")

#: Characters right before a deictic word that make it a base or a whole (比全国, 高于全省, 占全省,
#: 位居全省前列).
_COMPARED = frozenset("比较于占居")

#: The order of the events: by offset, a word before a fact at the same offset (stable otherwise).
_BY_PLACE = itemgetter(0, 1)

#: Kinds of the word events of the scope stage (the others are fact types).
_DEICTIC, _TIME_WORD, _ANAPHOR = "deictic word", "time word", "anaphoric time word"

#: Words before a date the text looks back to (回顾2024年).
_LOOK_BACK = frozenset(("回顾", "回望", "回首"))

#: Time words that keep an inherited year (截至2023年末…。全年…).
_WHOLE_YEAR = frozenset(("全年", "全年度"))

#: Before a partner place (与厦门市合作).
_WITH = frozenset("与同跟和")



#: Places that are no division but may be what a clause is about.
_NATURAL = frozenset(("water", "mountain"))

#: Levels of administrative divisions.
_DIVISIONS = frozenset(("province", "prefecture", "county", "township"))


def _in_source(doc: Document, place: Candidate) -> bool:
    """Inside the organisation a clause cites as its source: 据 + the place and a few name
    characters + a report verb (据中国载人航天工程办公室介绍, 据中国科学院…统计)."""
    text = doc.text
    head = _clause_head(doc, place)
    if not head.startswith("据") or len(head) > 12:
        return False
    end = _clause_end(text, place.end, 16)
    return any(text.endswith(verb, place.end, end) for verb in link_words()["source_verb"])


def _names_company(text: str, pos: int) -> bool:
    """A company word (company_word) follows within the clause: 位于杭州市滨江区的互联网企业栖云科技 —
    a company's figures have no place (a factory's or a park's keep theirs)."""
    return any(word in text[pos : _clause_end(text, pos, 12)] for word in link_words()["company_word"])


def _clause_end(text: str, pos: int, limit: int) -> int:
    """Where the clause holding ``pos`` ends, looking at most ``limit`` characters ahead."""
    end = pos
    while end < len(text) and end - pos < limit and text[end] not in CLAUSE_STOPS:
        end += 1
    return end


def _opens_clause(doc: Document, place: Candidate) -> bool:
    """Nothing but clause punctuation or 在 stands before the place in its clause."""
    return _clause_head(doc, place) in ("", "在")


def _in_title(text: str, place: Candidate, sentence_start: int) -> bool:
    """Inside a title in 《》 (《中华人民共和国治安管理处罚法》): a name, no scope."""
    opened = text.rfind("《", sentence_start, place.start)
    return opened >= 0 and text.find("》", opened, place.start) < 0


def _in_company(doc: Document, place: Candidate) -> bool:
    """Inside the name of a company or a bank (中国铁路广州局集团有限公司, 亚洲开发银行): the
    firm's home is no scope of the numbers it reports."""
    suffixes = link_words()["company_suffix"]
    if not _words_pattern("company_suffix").search(doc.text, place.end, place.end + 16):
        return False  # (most places: no tokens needed, so no line is tagged for this)
    if place.level == "country" and doc.text.startswith(_STATE_BANKS, place.end):
        return False  # 瑞士国家银行宣布…: a country's central bank acts for the country (as 英国央行)
    if place.level in ("province", "prefecture", "county") and place.text[-1:] in ("省", "市", "县", "区") \
            and place.text == place.name:
        return False  # 衡阳市水务集团: a firm named with the full name of a division is that division's (K11)
    tok = doc.token_at(place.start)
    if tok is not None and tok[2] == "nt" and tok[0] <= place.start and place.end < tok[1] \
            and suffixes.suffix_of(doc.text, tok[1]):
        return True  # (an organisation jieba knows as one word: 亚洲开发银行/nt; not 某市政府)
    pos = place.end
    if tok is not None and tok[0] <= place.start and place.end < tok[1] and tok[2] in _NAME_PARTS:
        pos = tok[1]  # 中国东方航空/nt|股份|有限公司: the name goes on past the place in one word
    for _ in range(6):
        tok = doc.token_at(pos)
        if tok is None or tok[0] != pos or tok[2] not in _NAME_PARTS:
            return False
        if suffixes.suffix_of(doc.text, tok[1]) and tok[1] - len(suffixes.suffix_of(doc.text, tok[1]) or "") >= pos:
            return True
        pos = tok[1]
    return False


#: A country's central bank, written after the country's name (瑞士国家银行, 澳大利亚储备银行).
_STATE_BANKS = ("国家银行", "中央银行", "储备银行", "国民银行")

#: Tags of the words a company's name is made of (铁路/n 广州/ns 局/n 集团/n 有限公司/n).
_NAME_PARTS = frozenset(("n", "ns", "nz", "nt", "j", "b", "vn", "ng"))


class _EarlierPlaces:
    """The places read so far, kept as the deictic words look them up: for each ending a
    deictic word points to, the last place whose resolved name ends so (not of a skipped
    level), and the last one of each level. Each lookup is then one dictionary read, where
    a scan of every earlier place made a long document quadratic."""

    __slots__ = ("_last", "topic")

    _ANY = "\0"  # (the key of the last place of any level; no level is called so)

    def __init__(self, topics: dict[str, Candidate] | None = None) -> None:
        self._last: dict[tuple[str, str | None], Candidate] = {}
        #: ending -> the one place of the headline with that ending (晋江：…): the article's topic.
        self.topic = topics or {}

    def append(self, place: Candidate) -> None:
        name = place.name or place.text
        if name == "中国" and "中国" in _endings():
            self._last["中国", self._ANY] = place
        if place.level not in link_words()["scope_skip"] and not _village(place):
            for ending in _endings_of(name):
                self._last[ending, self._ANY] = place
                self._last[ending, place.level] = place

    def target(self, word: str) -> Candidate | None:
        """The place the headline names alone with that ending (晋江：… -> 晋江市, the article's
        own city), except for an anaphoric word (该县, 该市: the one just named); else the nearest
        earlier place whose resolved name ends as ``word`` points (全市 -> …市), of the level the
        word names when there is one (全市 -> a prefecture-level city before a county-level one
        such as 瑞金市; 全县 -> a county)."""
        ending = deictic_words()[word]
        if ending == "中国":
            return self._last.get(("中国", self._ANY))
        level = _DEICTIC_LEVEL.get(ending)
        topic = None if word.startswith("该") else self.topic.get(ending)  # (该县: the county just named)
        if topic is not None and _village(topic):
            topic = None
        return topic or self._last.get((ending, level)) or self._last.get((ending, self._ANY))


@lru_cache(maxsize=1)
def _endings() -> frozenset[str]:
    """Every ending a deictic word points to (省, 市, 中国 …)."""
    return frozenset(deictic_words().values())


@lru_cache(maxsize=4096)  # (a pure function of the vocabulary; news repeats its place names)
def _endings_of(name: str) -> tuple[str, ...]:
    """The endings other than 中国 that ``name`` ends with."""
    return tuple(e for e in _endings() if e != "中国" and name.endswith(e))


#: The level a deictic word names by the ending it points to.
_DEICTIC_LEVEL = {"省": "province", "市": "prefecture", "县": "county"}
