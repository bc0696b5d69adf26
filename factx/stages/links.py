"""Stage: what each number is about — its subject, and whether it is a change, and
against what basis (docs/linking.md, K1-K9, K12-K16, K19).

The grammar works on the clause that ends at the number: the words right before it
(connectors such as 达 or 为, change verbs, a basis such as 比上年) are peeled off from
the right; what is left after the clause's last predicate verb (抓获, 破获, 设立) and
its opening scope words (全省, 2023年, 共) is the subject. A measure word followed by
a noun (17个警格) or an amount followed by 的 and a noun (价值1.3万元的财物) takes the
noun after it instead. A change or share with nothing of its own takes the subject of
the amount before it in the sentence, paired in order in a 分别 list (K4).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from factx.candidate import Candidate
from factx.document import Document
from factx.lexicons import WordSet, alternation, link_words

#: Characters that end a clause: no subject, change or basis reaches across them.
CLAUSE_STOPS = frozenset("，,；;：:。！？!?（(）)【】[]\n \u3000\t")
#: Between two numbers of one list (5.5万余起、17.1万余起; 2个市和19个县).
LIST_JOINERS = ("、", "和", "及", "与", "以及", "或")
#: A subject longer than this is no noun phrase but a clause: it is left out.
MAX_SUBJECT = 24
#: Nouns taken after a measure word (17个警格; 40个工业大类行业).
MAX_RIGHT_TOKENS = 3
#: Units after which a noun names what is counted (17个警格, 三年行动计划).
_COUNTING = frozenset(("classifier", "admin", "time", "measure"))


@lru_cache(maxsize=1)
def _words() -> dict[str, WordSet]:
    return link_words()


@lru_cache(maxsize=1)
def _change_words() -> WordSet:
    w = _words()
    return WordSet(w["change_up"] | w["change_down"])


@lru_cache(maxsize=1)
def _tail_words() -> WordSet:
    """Words peeled off the right end of a clause before its subject."""
    w = _words()
    return WordSet(w["connector"] | w["fill"] | w["change_up"] | w["change_down"] | w["comparative_up"]
                   | w["comparative_down"])


@lru_cache(maxsize=1)
def basis_pattern() -> regex.Pattern:
    """A stated basis: 同比, 环比, 比/较 + period or base before a change word, or
    与/同 + period + 相比. Group ``obj`` (or ``obj2``) holds the compared period."""
    w = _words()
    verbs = alternation(w["change_up"] | w["change_down"] | w["comparative_up"] | w["comparative_down"]
                        | {"增至", "降至", "增长到", "下降到", "减少到", "增加到"})
    obj = r"[^，,。；;、！？!?\s]{1,12}?"
    return regex.compile(
        rf"(?P<standalone>同比|环比)"
        rf"|(?:比|较)(?P<obj>{obj})(?:同期)?(?=(?:分别|均|都|各)?(?:{verbs}))"
        rf"|(?:与|同|和|跟)(?P<obj2>{obj})(?:同期)?相比"
    )


def basis_kind(m: regex.Match) -> str:
    """yoy, mom or base for a match of ``basis_pattern``."""
    w = _words()
    word = m.group("standalone") or m.group("obj") or m.group("obj2")
    if word in w["basis_yoy"]:
        return "yoy"
    if word in w["basis_mom"]:
        return "mom"
    return "base"


def _starts_token(doc: Document, pos: int) -> bool:
    tok = doc.token_at(pos)
    return tok is None or tok[0] == pos


def _ends_token(doc: Document, pos: int) -> bool:
    tok = doc.token_at(pos - 1)
    return tok is None or tok[1] == pos


def basis_matches(doc: Document, start: int, end: int) -> list[regex.Match]:
    """The stated bases that end in ``doc.text[start:end]`` and whose 比/较 is a word of
    its own (not the 比 of 占比 or 比重). The verb after a basis may lie past ``end``."""
    index = doc.sentence_at(start)
    key = ("basis", index)
    found = doc.memo.get(key)
    if found is None:
        s_start, s_end = doc.sentences[index][:2] if index >= 0 else (0, len(doc.text))
        found = doc.memo[key] = [m for m in basis_pattern().finditer(doc.text, s_start, s_end)
                                 if _starts_token(doc, m.start())]
    return [m for m in found if m.start() >= start and m.end() <= end]


class _Clause:
    """The clause that ends at a number: where it starts and whether it only joins
    the number to the one before it (a list: 10.5%、9.1%)."""

    __slots__ = ("start", "joined")

    def __init__(self, doc: Document, c: Candidate, previous: Candidate | None) -> None:
        text = doc.text
        sentence_start = doc.sentences[c.sentence][0] if c.sentence >= 0 else 0
        pos = c.start
        while pos > sentence_start and text[pos - 1] not in CLAUSE_STOPS:
            pos -= 1
        self.joined = False
        if previous is not None and previous.end > pos:
            gap = text[previous.end : c.start].strip()
            pos = previous.end
            self.joined = gap in LIST_JOINERS or not gap
            if self.joined:
                pos = c.start
        self.start = pos


@lru_cache(maxsize=1)
def _than_pattern() -> regex.Pattern:
    w = _words()
    return regex.compile(rf"(?:(?P<up>{alternation(w['than_up'])})|(?P<down>{alternation(w['than_down'])}))"
                         r"[^，,。；;、！？!?\s\d]{1,12}$")


def _than(doc: Document, c: Candidate, clause: _Clause) -> regex.Match | None:
    """高于全省2.3个百分点: a change against the base named after 高于 (K9)."""
    m = _than_pattern().search(doc.text, max(clause.start, c.start - 16), c.start)
    return m if m is not None and _starts_token(doc, m.start()) else None


def _change(doc: Document, c: Candidate, clause: _Clause) -> str | None:
    """up or down when the words right before the number make it a rise or a fall (K7, K8, K19)."""
    text, w = doc.text, _words()
    than = _than(doc, c, clause)
    if than is not None:
        return "up" if than.group("up") else "down"
    end = c.start
    while True:  # 增长了, 分别上升, 增长约
        fill = w["fill"].suffix_of(text, end)
        if not fill or end - len(fill) < clause.start:
            break
        end -= len(fill)
    verb = _change_words().suffix_of(text, end)
    if verb and end - len(verb) >= clause.start and _starts_token(doc, end - len(verb)):
        return "up" if verb in w["change_up"] else "down"
    for m in basis_matches(doc, clause.start, end):  # 比上年新增养老床位800张 (K19)
        word = w["comparative_up"].prefix_of(text, m.end()) or w["comparative_down"].prefix_of(text, m.end())
        if word and len(word) > 1 and _starts_token(doc, m.end()):
            return "up" if word in w["comparative_up"] else "down"
    for kind, direction in (("comparative_up", "up"), ("comparative_down", "down")):
        verb = w[kind].suffix_of(text, end)
        at = end - len(verb) if verb else -1
        # only after a stated base: 比上年高2个百分点, 比上年新增1200个
        if verb and at >= clause.start and _starts_token(doc, at) and any(
                text[m.end() : at] in ("", "分别", "均") for m in basis_matches(doc, clause.start, at)):
            return direction
    return None


def _own_basis(doc: Document, c: Candidate, clause: _Clause, end: int) -> str | None:
    if _than(doc, c, clause) is not None:
        return "base"
    found = basis_matches(doc, clause.start, end)
    return basis_kind(found[-1]) if found else None


def _right_subject(doc: Document, c: Candidate, facts: dict[int, Candidate]) -> tuple[int, int] | None:
    """The noun after the number: 17个警格, 价值1.3万元的财物, 65岁的老人 (K2, K6, K14).

    After 的 the bearer is short (one or two nouns: 重大项目, not 重大项目建设工地); after a
    measure word the noun phrase runs on, and may open with a quoted label (“院落警长”微信群).
    """
    text, w = doc.text, _words()
    pos = c.end
    after_de = text.startswith("的", pos)
    if after_de:
        pos += 1
    elif (c.type != "quantity" or c.unit_kind not in _COUNTING) and not _after_attribute(doc, c) \
            and not _noun_ends_clause(doc, c.end):
        return None
    if w["right_stop"].prefix_of(text, pos):
        return None
    end = _quoted_label(text, pos) if not after_de else pos
    nouns = w["noun_tag"]
    limit = min(len(text), pos + MAX_SUBJECT)
    taken = 0
    while end < limit and taken < (2 if after_de else MAX_RIGHT_TOKENS):
        tok = doc.token_at(end)
        if tok is not None and tok[2] in ("l", "i") and not after_de:
            following = doc.token_at(tok[1])  # an idiom as a modifier: 群防群治队伍
            if following is not None and following[2] in nouns and following[0] == tok[1]:
                tok = (tok[0], following[1], following[2])
        if tok is None or text.startswith("被", end):
            break
        if tok[2] in ("a", "q", "b", "f") and tok[1] - tok[0] == 1 and taken:
            following = doc.token_at(tok[1])  # 工业大类行业: one character between nouns
            if following is not None and following[0] == tok[1] and following[2] in nouns:
                tok = (tok[0], following[1], following[2])
        if tok[2] not in nouns and not (tok[2] == "ns" and tok[0] not in facts):
            break  # jieba tags 湖泊, 城市 ns: a noun unless it is a place fact
        if after_de and taken and tok[2] == "vn":
            break
        if tok[0] < end and end != pos:
            break
        if tok[2] == "vn" and taken:
            following = doc.token_at(tok[1])
            if following is None or following[0] != tok[1] or following[2] not in nouns:
                break  # 24支球队参赛: a verbal noun ends no subject
        end, taken = tok[1], taken + 1
    if not taken or end - pos > MAX_SUBJECT:
        return None
    if not any("\u4e00" <= ch <= "\u9fff" or ch.isalpha() for ch in text[pos:end]):
        return None
    return pos, end


def _noun_ends_clause(doc: Document, pos: int) -> bool:
    """3至5万元罚款。: one noun, and the clause ends after it."""
    tok = doc.token_at(pos)
    return tok is not None and tok[0] == pos and tok[2] == "n" and doc.text[tok[1] : tok[1] + 1] in CLAUSE_STOPS


def _after_attribute(doc: Document, c: Candidate) -> bool:
    """总投资10亿元及以上项目: an attribute word stands right before the amount."""
    word = _words()["attribute"].suffix_of(doc.text, c.start)
    return bool(word) and _starts_token(doc, c.start - len(word))


def _quoted_label(text: str, pos: int) -> int:
    """Past a short quoted label at ``pos`` (“院落警长”), else ``pos``."""
    close = {"“": "”", '"': '"', "「": "」", "《": "》"}.get(text[pos : pos + 1])
    if close is None:
        return pos
    right = text.find(close, pos + 1, pos + 12)
    return right + 1 if right > pos + 1 else pos


def _left_subject(doc: Document, c: Candidate, clause: _Clause, facts: dict[int, Candidate]) -> tuple[int, int] | None:
    """The noun phrase between the clause's last predicate verb and the number (K1, K3, K5, K12)."""
    text, w = doc.text, _words()
    start, end = clause.start, c.start
    than = _than(doc, c, clause)
    if than is not None:
        end = than.start()  # 规模以上工业增加值…高于全省: the base is no subject
    share = _share_pattern().search(text, start, end)
    if share is not None:
        end = share.start()  # 地区生产总值约占全省的26.4%: the whole is no subject
    tails = _tail_words()
    stripped_change = False
    duration_verb = False
    while end > start:
        while end > start and text[end - 1].isspace():
            end -= 1
        word = tails.suffix_of(text, end) or w["duration_verb"].suffix_of(text, end)
        if word and end - len(word) >= start and (len(word) > 1 or _starts_token(doc, end - len(word))):
            stripped_change = stripped_change or word not in w["connector"]
            duration_verb = duration_verb or word in w["duration_verb"]
            end -= len(word)
            continue
        found = [m for m in basis_matches(doc, start, end) if m.end() == end]
        if found and (stripped_change or found[-1].group("standalone")):
            end = found[-1].start()
            continue
        per = _per_unit(doc, start, end)
        if per is not None:
            end = per  # 收购价格普遍在每斤1.2元: 每斤 is the unit's denominator
            continue
        tok = doc.token_at(end - 1)
        if tok is not None and tok[1] == end and tok[0] >= start and _loose_tail(text[tok[0] : tok[1]], tok[2]):
            end = tok[0]  # 亩产普遍, 面积连续多日: adverbs and time words after the subject
            continue
        break
    if end <= start:
        return None
    predicate = _last_predicate(doc, start, end) or _last_verb(doc, start, end)
    if predicate is None:
        start = _skip_scope(doc, start, end, facts, places=True)
        tok = doc.token_at(start)
        if tok is not None and tok[0] == start and tok[2] == "v" and tok[1] - tok[0] > 1 and tok[1] < end - 1 \
                and text[tok[0] : tok[1]] not in _change_words():
            predicate = (tok[0], tok[1])  # a verb opening the clause: 清偿历年欠款
    if predicate is not None:
        head = doc.token_at(predicate[0])
        if predicate[1] >= end and head is not None and head[2] in ("vn", "n") \
                and predicate[0] == _skip_scope(doc, clause.start, end, facts, places=True):
            return predicate  # a verb used as a noun is all there is: 出口增至500亿元 (exports)
        start = _skip_scope(doc, predicate[1], end, facts, places=False)
    start = _past_inner_scope(doc, start, end, facts)
    while end > start and text[end - 1] in "的 \t":
        end -= 1
    if text[start : start + 1] in "“「\"" and not any(q in text[start + 1 : end] for q in "”」\""):
        start += 1  # an opening quote whose closing one lies elsewhere
    if end <= start or end - start > MAX_SUBJECT:
        return None
    fact = facts.get(start)
    if fact is not None and fact.end >= end:
        return None  # nothing but a place or a date: 陕西3个市
    if text[start:end] in w["deictic"] or text[start:end] in w["lead"]:
        return None  # nothing but a scope word: 全市亿元以上
    span = text[start:end]
    if c.unit_kind == "time" and c.unit not in w["age_unit"] and not duration_verb \
            and not w["duration_noun"].suffix_of(text, end):
        return None  # 麦田只需两个半小时: who spends the time is no subject of it (K6)
    if not any("\u4e00" <= ch <= "\u9fff" or ch.isalpha() for ch in span):
        return None
    first = doc.token_at(start)
    if first is not None and first[0] == start and first[1] == end and first[2] in ("v", "d", "p", "r", "c") \
            and span not in w["compound_tail"]:
        return None  # a lone verb or function word: 死亡3人, 经过两年 (but 增速, tagged v)
    if len(span) == 1 and (first or (0, 0, ""))[2] not in _words()["noun_tag"]:
        return None
    return start, end


def _loose_tail(word: str, tag: str) -> bool:
    """A token that may stand between a subject and its number without belonging to
    either: an adverb, a preposition, a particle, a time word."""
    if word in _words()["compound_tail"]:
        return False
    return tag in ("d", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "y", "t", "m")


def _per_unit(doc: Document, start: int, end: int) -> int | None:
    """Where a 每 + unit (每斤, 每亩, 每个网格) ending at ``end`` starts, if one does."""
    pos = doc.text.rfind("每", max(start, end - 4), end)
    if pos < 0 or pos + 1 >= end or not _starts_token(doc, pos):
        return None
    unit = doc.token_at(pos + 1)
    return pos if unit is not None and unit[1] == end else None


def _in_single_run(doc: Document, pos: int) -> bool:
    """The one-character token at ``pos`` follows another: a word jieba does not know (营收)."""
    before = doc.token_at(pos - 1)
    return before is not None and before[1] - before[0] == 1 and "\u4e00" <= doc.text[pos - 1] <= "\u9fff"


def _past_inner_scope(doc: Document, start: int, end: int, facts: dict[int, Candidate]) -> int:
    """Past the last date, amount or deictic word inside the phrase: what comes before
    it is another clause (已于6月2日、3日两次) or scope (此次过程全省平均降雨量)."""
    cut = start
    for pos in range(start, end):
        fact = facts.get(pos)
        if fact is not None and fact.type != "place" and fact.end <= end:
            cut = fact.end
    for m in _deictic_pattern().finditer(doc.text, start + 1, end):
        if _starts_token(doc, m.start()) and _ends_token(doc, m.end()):
            cut = max(cut, m.end())
    return _skip_scope(doc, cut, end, facts, places=False) if cut > start else start


def _last_predicate(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The last predicate verb of ``text[start:end]`` that is a word of its own (or lies
    inside an idiom jieba keeps whole: 共出动, 化解矛盾) and is no part of a compound noun."""
    text, w = doc.text, _words()
    predicates = w["predicate"]
    for tok in reversed(doc.tokens_in(start, end)):
        inside = tok[2] in ("l", "i")
        for pos in range(min(tok[1], end) - 1, tok[0] - 1, -1) if inside else (tok[0],):
            verb = predicates.prefix_of(text[:end], pos)
            if not verb or w["compound_tail"].prefix_of(text[:end], pos + len(verb)):
                continue  # 进出口总额: the verb is part of a compound noun
            if len(verb) == 1 and (tok[1] - tok[0] > 1 or _in_single_run(doc, tok[0])):
                continue  # a one-character verb only as a word of its own: 花了, not 花园 or 营收
            if inside or _ends_token(doc, pos + len(verb)):
                return pos, pos + len(verb)
    return None


def _last_verb(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """Failing a known predicate, the last verb of two or more characters with words after
    it (追讨历年欠薪, 可容纳观众): its object is the subject."""
    nouns = _words()["noun_tag"]
    for tok in reversed(doc.tokens_in(start, end)):
        if tok[2] == "v" and tok[1] - tok[0] > 1 and tok[1] < end \
                and doc.text[tok[0] : tok[1]] not in _change_words():
            before, after = doc.token_at(tok[0] - 1), doc.token_at(tok[1])
            if before is not None and before[0] >= start and (before[2] in nouns or before[2] == "ns") \
                    and after is not None \
                    and after[2] in nouns:
                continue  # between two nouns it is part of a name: 城镇登记失业率
            return tok[0], tok[1]
    return None


def _skip_scope(doc: Document, start: int, end: int, facts: dict[int, Candidate], places: bool) -> int:
    """Past the words that open a clause but are scope, not subject (K5): places (at the
    head of the clause only: after a verb a place names a kind, 办理港澳居民居住证, K16),
    dates, deictic words (全省), adverbs and time words (共, 全年), other amounts."""
    text, w = doc.text, _words()
    lead, deictic = w["lead"], w["deictic"]
    while start < end:
        ch = text[start]
        if ch.isspace() or ch in "，,、：:":
            start += 1
            continue
        fact = facts.get(start)
        if fact is not None and fact.end <= end and fact.type != "place" or (
                places and fact is not None and fact.type == "place" and fact.end < end):
            start = fact.end
            continue
        word = deictic.prefix_of(text[:end], start) or lead.prefix_of(text[:end], start) \
            or w["time_word"].prefix_of(text[:end], start)
        if word and start + len(word) < end and _ends_token(doc, start + len(word)):
            start += len(word)
            continue
        if text.startswith("每", start) or text.startswith("平均每", start):
            unit = doc.token_at(text.index("每", start) + 1)
            if unit is not None and unit[1] < end:
                start = unit[1]  # 每亩, 每架次: a per-unit before the subject
                continue
        period = _period_pattern().match(text, start, end)
        if period is not None and period.end() < end:
            start = period.end()  # 前5个月, 每亩: a period or a per-unit before the subject
            continue
        break
    return start


def link_numbers(doc: Document, found: list[Candidate]) -> None:
    """Fill subject, change and basis of every quantity, money and percent candidate."""
    facts = {c.start: c for c in found}
    sentence: list[Candidate] = []
    for c in found:
        if not c.numeric:
            continue
        if sentence and sentence[-1].sentence != c.sentence:
            _link_sentence(doc, sentence, facts)
            sentence = []
        sentence.append(c)
    if sentence:
        _link_sentence(doc, sentence, facts)


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


def _link_sentence(doc: Document, numbers: list[Candidate], facts: dict[int, Candidate]) -> None:
    named: list[Candidate] = []  # earlier numbers of the sentence that have a subject
    previous: Candidate | None = None
    for group in _lists(doc, numbers):
        head = group[0]
        clause = _Clause(doc, head, previous)
        respectively = "分别" in doc.text[clause.start : head.start]
        before = list(named)
        items: list[tuple[int, int]] = []
        if respectively and len(group) > 1 and len(before) < len(group):
            items = _respective_items(doc, head, clause, facts, len(group))
        for i, c in enumerate(group):
            own = clause if c is head else _Clause(doc, c, group[i - 1])
            c.change = _change(doc, c, own)
            c.basis = _own_basis(doc, c, own, c.start)
            if c is not head and c.change is None and c.basis is None:
                c.change, c.basis = head.change, head.basis  # 同比分别上升10.5%、9.1% (K9)
            elif c.basis is None and c.change and previous is not None and previous.change and previous.basis:
                c.basis = previous.basis  # 比上年增加12.5万吨，增长0.9%: coordinated changes
            elif c.basis is None and c is head:
                c.basis = _opening_basis(doc, c, previous)  # 与去年相比，全市GDP增长5%
            span = _right_subject(doc, c, facts)
            if span is None and items and items[i] is not None:
                kind, a, b = items[i]
                if kind == "place":
                    c.place = facts[a].name or facts[a].text  # 包河区、蜀山区分别增长8.4%、6.9%
                else:
                    span = (a, b)  # 汽车制造业、电子设备制造业增加值分别增长41.2%、12.6% (K4)
            if span is None and c is head:
                span = _left_subject(doc, c, clause, facts)
            if span is None and (c is not head or c.change or c.type == "percent"):
                span = _elided(c, i, len(group), respectively, before, named)
            if span is not None:
                c.subject_start, c.subject_end = span
                named.append(c)
            previous = c


def _respective_items(doc: Document, head: Candidate, clause: _Clause, facts: dict[int, Candidate],
                      size: int) -> list:
    """The coordinated nouns or places before 分别 that a list of ``size`` numbers takes in
    order: [(kind, start, end)], kind ``subject`` or ``place``; [] when they do not pair."""
    text = doc.text
    end = text.rfind("分别", clause.start, head.start)
    pos = clause.start
    while pos < end and text[pos] in " \t":
        pos += 1
    places = []
    while pos < end and pos in facts and facts[pos].type == "place":
        place = facts[pos]
        places.append(("place", place.start, place.end))
        pos = place.end
        if text[pos : pos + 1] in ("、", "和", "及"):
            pos += 1
    if len(places) == size:
        return places
    span = _noun_list_span(doc, clause.start, end, facts)
    if span is None:
        return []
    a, b = span
    for separators in (r"、", r"、|和|及|与"):
        pieces, left = [], a
        for m in regex.finditer(separators, text[a:b]):
            pieces.append(("subject", left, a + m.start()))
            left = a + m.end()
        pieces.append(("subject", left, b))
        if len(pieces) == size and all(p[2] > p[1] for p in pieces):
            return pieces
    return []


def _noun_list_span(doc: Document, start: int, end: int, facts: dict[int, Candidate]) -> tuple[int, int] | None:
    """The noun phrase of ``text[start:end]`` after its scope words and predicate."""
    predicate = _last_predicate(doc, start, end)
    begin = _skip_scope(doc, predicate[1] if predicate else start, end, facts, places=predicate is None)
    while end > begin and doc.text[end - 1] in " 的":
        end -= 1
    return (begin, end) if end > begin and end - begin <= 2 * MAX_SUBJECT else None


def _opening_basis(doc: Document, c: Candidate, previous: Candidate | None) -> str | None:
    """A basis that opens the sentence in a clause of its own (与去年相比，…) governs the
    first change after it."""
    if previous is not None or not c.change:
        return None
    start = doc.sentences[c.sentence][0]
    found = [m for m in basis_matches(doc, start, c.start) if m.group("obj2") or m.group("standalone")]
    return basis_kind(found[0]) if found else None


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
    if pick.subject_start is None or pick.subject_end is None:
        return None
    return pick.subject_start, pick.subject_end


@lru_cache(maxsize=1)
def _share_pattern() -> regex.Pattern:
    """占 + the whole + 的, right before a share: 约占全省的26.4%."""
    return regex.compile(r"(?:约|大约|近)?占(?:到|了)?[^，,；;。的\d]{1,12}的?$")


@lru_cache(maxsize=1)
def _period_pattern() -> regex.Pattern:
    """A period that opens a clause: 前5个月, 近三年."""
    digits = "0-9０-９一二两三四五六七八九十百"
    return regex.compile(rf"(?:前|近|头|后)[{digits}]+个?(?:月|年|季度|周|天)")


@lru_cache(maxsize=1)
def _deictic_pattern() -> regex.Pattern:
    return regex.compile(alternation(_words()["deictic"]))
