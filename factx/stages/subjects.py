"""Subjects: the words that name what a number counts or measures (docs/linking.md,
K1-K3, K5, K6, K12-K16).

The grammar works on the clause that ends at the number: the words right before it
(connectors such as 达 or 为, change verbs, a basis such as 比上年) are peeled off from
the right; what is left after the clause's last predicate verb (抓获, 破获, 设立) and
its opening scope words (全省, 2023年, 共) is the subject. A measure word followed by
a noun (17个警格) or an amount followed by 的 and a noun (价值1.3万元的财物) takes the
noun after it instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import regex

from factx.candidate import Candidate
from factx.document import Document
from factx.lexicons import WordSet, alternation, place_context
from factx.stages.changes import more_less_at, ratio_match, than_match
from factx.stages.clauses import CLAUSE_STOPS, Clause, basis_matches, change_words, ends_token, starts_token, words
from factx.stages.phrases import MAX_SUBJECT, PLACE_COUNT, last_predicate, last_verb, skip_scope, surnames, tidy

#: Nouns taken after a measure word (17个警格, 12个工作专班; 24支球队, not 24支球队参赛).
MAX_RIGHT_TOKENS = 2  # (one-character tokens do not count: 工作专班 is 工作|专|班 to the dictionary)

#: Units after which a noun names what is counted (17个警格, 三年行动计划).
COUNTING = frozenset(("classifier", "admin", "time", "measure"))

@lru_cache(maxsize=1)
def _tail_words() -> WordSet:
    """Words peeled off the right end of a clause before its subject."""
    w = words()
    return WordSet(w["connector"] | w["fill"] | w["change_up"] | w["change_down"] | w["comparative_up"]
                   | w["comparative_down"])

def right_subject(doc: Document, c: Candidate, facts: dict[int, Candidate],
                  loose: bool = False) -> tuple[int, int] | None:
    """The noun after the number: 17个警格, 价值1.3万元的财物, 65岁的老人 (K2, K6, K14).

    ``loose``: also a noun right after an amount of any unit (逾八成客房), the fallback
    when nothing before the number names its subject.

    After 的 the bearer is short (up to three nouns, ending before a verbal noun: 重大项目, not
    重大项目建设工地); after a measure word it is one or two nouns, and may open with a quoted
    label (“院落警长”微信群).
    """
    text, w = doc.text, words()
    pos = c.end
    if c.unit_kind == "admin":
        c.subject_rule = "none:admin"
        return None  # 上饶、景德镇两市局部…, 两国12座城市: a count of places counts those places
    if c.type == "money" and (text[c.start - 1 : c.start] == "花" or text[c.start - 2 : c.start] in ("花了", "花费")):
        bought = _bought(doc, pos)
        if bought is not None:
            return bought  # 花4800元买了第一辆摩托车: the money paid for the thing bought
    if c.type == "percent" and not c.change and text[pos : pos + 1] in ("为", "是"):
        return _part(doc, pos + 1, facts)  # 受损房屋中超过80%为老房: the share names its part
    if c.type == "quantity" and c.unit_kind == "measure" and text.startswith("装", pos) \
            and not text.startswith(("装机", "装备", "装修", "装置", "装载", "装卸"), pos):
        pos += 1  # 5升装|一级大豆油, 5斤装的|猕猴桃: the size of a pack of the thing after it
        if not text.startswith("的", pos) and text[pos : pos + 2] in ("一级", "二级", "三级", "特级"):
            pos += 2  # (一级/m: a grade of the thing, jieba's numeral)
    if c.dimension == "length" and text.startswith("外的", pos):
        pos += 1  # 3公里外的水库, 约40公里外的老家: the place that far away
    elif text.startswith(("一遇的", "不等的"), pos):
        pos += 2  # 50年一遇的强降雨: the return period of the thing after 的; 二年至九年不等的有期徒刑
    elif c.dimension == "length" and text.startswith("的", pos + 1) and text[pos : pos + 1] in w["size_adjective"]:
        pos += 1  # 约1.2米高的水渍线: the height of the thing after 的
    after_de = text.startswith("的", pos)
    if not after_de and c.unit_kind == "classifier":
        de = _modifier_before_de(doc, pos, facts)
        if de is not None:
            pos, after_de = de, True  # 12名在外务工的|青年, 3本沈从文的|散文集: the noun the clause before 的 modifies
    attribute = not after_de and _after_attribute(doc, c)
    if attribute:
        verb = doc.token_at(pos)  # 投资20亿元建设的二期工厂: what the money built (K14)
        if verb is not None and verb[0] == pos and verb[2] in ("v", "vn") and text.startswith("的", verb[1]):
            pos, after_de = verb[1], True
    if after_de:
        pos += 1
        article = doc.token_at(pos) if text[pos : pos + 1] == "一" and c.unit_kind != "time" else None
        if article is not None and article[0] == pos and article[2] in ("m", "mq") and article[1] - pos == 2:
            pos = article[1]  # 约12公里的一座|水库: the article opens no noun
    elif (c.type != "quantity" or c.unit_kind not in COUNTING) and not attribute \
            and not _noun_ends_clause(doc, c.end) and not (loose and _noun_follows(doc, c.end)):
        return None
    if w["right_stop"].prefix_of(text, pos) or c.unit_kind == "time" and text.startswith("期", pos):
        return None  # (7天期回购利率: a tenor, the 期 names nothing)
    if after_de and c.unit_kind == "time" and c.unit not in w["age_unit"]:
        return _activity(doc, pos)
    if c.unit_kind == "time" and c.unit not in w["age_unit"] and not after_de:
        act = _activity_after(doc, pos)
        if act is not None:
            return act  # 实行24小时值守, 十年禁渔以来: the activity the duration measures (K6)
    inner = facts.get(pos)
    if inner is not None and inner.numeric and not after_de:
        if inner.unit_kind == "classifier" and inner.unit != "级":
            return None  # 砍下38分11个篮板: the noun after the next count is that count's (两次7级地震: a grade)
        pos = inner.end + text.startswith("的", inner.end)  # 86名80岁以上老人: past the age of the bearer
    end = _quoted_label(text, pos)  # (14个“平安驿站”, 一个32人的“任务群”)
    nouns = w["noun_tag"]
    limit = min(len(text), pos + MAX_SUBJECT)
    taken = 0
    while end < limit and taken < (3 if after_de else MAX_RIGHT_TOKENS + 1):
        tok = doc.token_at(end)
        if tok is not None and tok[0] == end and text[end] == "被" and (taken or tok[1] - end == 1):
            break  # a passive 被 (布料被盗; but 被害人, and 被困/a 群众 before the noun)
        place = facts.get(end) if after_de and not taken and tok is not None and tok[0] == end else None
        if place is not None and place.type == "place" and place.end < limit:
            following = doc.token_at(place.end)  # 总投资约152亿元的陇东|调水工程: a place in the kind's name (K16)
            if following is not None and following[0] == place.end and following[2] in nouns:
                tok = (end, following[1], following[2])
        if tok is not None and after_de and not taken and tok[0] == end:
            tok = _full_name(doc, tok)  # 26岁的王/nr 萌/v 萌/v: the given name the dictionary cuts off
        if tok is not None and after_de and not taken and tok[2] == "v" and tok[0] == end and tok[1] - tok[0] == 1:
            second = doc.token_at(tok[1])  # 54岁的退/v 捕/v 渔民: two one-letter verbs the dictionary cut apart
            if second is not None and second[0] == tok[1] and second[2] == "v" and second[1] - second[0] == 1:
                noun = doc.token_at(second[1])
                if noun is not None and noun[0] == second[1] and noun[2] in nouns:
                    tok = (tok[0], second[1], "v")
        if tok is not None and after_de and not taken and tok[2] in ("v", "a", "s") and tok[0] == end:
            following = doc.token_at(tok[1])  # 价值180万元的涉案豪车: a verb modifying the bearer
            if following is not None and following[0] == tok[1] \
                    and (following[2] in nouns or text[following[0] : following[1]] in w["noun_word"]):
                tok = (tok[0], following[1], following[2] if following[2] in nouns else "n")  # (流转/v 费/v)
        if tok is not None and not taken and not after_de and tok[0] == end and tok[2] in ("ad", "a", "b", "v", "s") \
                and (tok[2] != "v" or _modifying_verb(doc, c, tok)) and text[tok[0] : tok[1]] not in w["noun_word"]:
            following = doc.token_at(tok[1])  # 3名直接责任人, 三个抓捕小组: a modifier of the noun
            if following is not None and following[0] == tok[1] and following[2] in ("a", "v", "vn") \
                    and (tok[2] in ("a", "b") or tok[1] - tok[0] == 1 == following[1] - following[0]) \
                    and text[following[0] : following[1]] not in w["predicate"]:
                third = doc.token_at(following[1])  # 3.2万名灵活/a 就业/v 人员, 1460个老/a 旧/a 小区
                if third is not None and third[0] == following[1] and third[2] in nouns and third[2] != "vn":
                    following = (tok[1], third[1], third[2])
            if following is not None and following[0] == tok[1] and following[2] in nouns:
                tok = (tok[0], following[1], following[2])
        if tok is not None and tok[2] in ("l", "i") and not after_de:
            following = doc.token_at(tok[1])  # an idiom as a modifier: 群防群治队伍
            if following is not None and following[2] in nouns and following[0] == tok[1]:
                tok = (tok[0], following[1], following[2])
        if tok is None:
            break
        owned = facts.get(tok[1])
        if taken and c.unit_kind == "classifier" and owned is not None and owned.numeric \
                and (owned.type != c.type or owned.dimension != c.dimension
                     or owned.unit != c.unit and not after_de):  # (6个卫生院|护士不足10名)
            break  # 1362名被害人|钱款4683.5万元: the noun right before another amount is that amount's
        if taken and (tok[2] in ("a", "q", "b", "f") and tok[1] - tok[0] == 1 or tok[2] == "b"):
            following = doc.token_at(tok[1])  # 工业大类行业: one character between nouns
            if following is not None and following[0] == tok[1] and following[2] in nouns:
                tok = (tok[0], following[1], following[2])
        if taken and not after_de and tok[2] in ("v", "vn", "a") and tok[0] == end:
            following = doc.token_at(tok[1])  # 12个城中村改造项目, 126支应急抢修队伍: a verb naming the kind
            if following is not None and following[0] == tok[1] and text[following[0] : following[1]] in w["head_noun"]:
                tok = (tok[0], following[1], "n")
        if tok[2] not in nouns and not (tok[2] == "ns" and tok[0] not in facts) \
                and text[tok[0] : tok[1]] not in w["noun_word"]:
            break  # jieba tags 湖泊, 城市 ns: a noun unless it is a place fact
        if after_de and taken and (tok[2] == "vn" or doc.text[tok[0] : tok[1]] in w["site_noun"]):
            break  # 重点工程|工地: the bearer ends where a place or an activity of it is named (K14)
        if tok[0] < end and end != pos:
            break
        if taken and (doc.text[tok[0] : tok[1]] in w["lead"] or doc.text[tok[0] : tok[1]] in w["connector"]):
            break  # 1256个社区全部: an adverb jieba takes for a noun
        if taken == MAX_RIGHT_TOKENS and not after_de and doc.text[tok[0] : tok[1]] not in w["head_noun"] \
                and (tok[1] - tok[0] > 1 or tok[2] not in nouns) and not _phrase_ends(doc, tok):
            break  # 3200余家规上|工业|企业: a third word only when it is a head noun the others modify
        if tok[2] in ("vn", "an") and taken and not (c.unit in w["event_unit"] and not after_de):
            following = doc.token_at(tok[1])
            if following is None or following[0] != tok[1] or following[2] not in nouns:
                break  # 24支球队参赛: a verbal noun ends no subject (3次专项检查: it is what is counted)
        end, taken = tok[1], taken + (tok[1] - tok[0] > 1 or not taken)
    if not taken and end > pos:
        return pos, end  # a quoted label and nothing after it: 14个“平安驿站”
    if not taken or end - pos > MAX_SUBJECT:
        return None
    if not any("\u4e00" <= ch <= "\u9fff" or ch.isalpha() for ch in text[pos:end]):
        return None
    return pos, end

#: Verbs of buying after money spent (花15元|吃了一碗烩面), and what may follow them.
_BUY = re.compile("(?:了)?(?:买|购买|购置|吃|订)(?:了|的|回|下)?")


def _bought(doc: Document, pos: int) -> tuple[int, int] | None:
    """The thing bought right after money spent (花4800元|买了第一辆|摩托车, 花1200元买的那台|补鞋机):
    its nouns after a numeral, a measure word, a demonstrative or a modifier, or None."""
    text, nouns = doc.text, words()["noun_tag"]
    m = _BUY.match(text, pos)
    if m is None:
        return None
    start = end = m.end()
    limit = min(len(text), start + MAX_SUBJECT)
    while end < limit:
        tok = doc.token_at(end)
        if tok is None or tok[0] != end:
            break
        if end == start and tok[2] in ("m", "q", "r", "mq"):
            start = end = tok[1]  # (第一辆, 一碗, 那, 台: which and how many, no part of the thing)
            continue
        if tok[2] in nouns or tok[2] in ("b", "a") and end == start:
            end = tok[1]
            continue
        break
    return (start, end) if end > start and any(t[2] in nouns for t in doc.tokens_in(start, end)) else None


#: What may follow an activity right after a duration: a stop, or a word of time (十年禁渔|以来).
_AFTER_ACTIVITY = ("后", "以来", "期间", "的")


def _activity_after(doc: Document, pos: int) -> tuple[int, int] | None:
    """A verb or verbal noun of two letters or more right after a duration that ends its clause
    (24小时值守。, 十年禁渔以来, 24小时自助服务，): the activity that lasts, or None."""
    text = doc.text
    tok = doc.token_at(pos)
    if tok is None or tok[0] != pos or tok[2] not in ("v", "vn") or tok[1] - tok[0] < 2:
        return None
    end = tok[1]
    nxt = doc.token_at(end)
    if nxt is not None and nxt[0] == end and nxt[2] == "vn" and nxt[1] - nxt[0] >= 2:
        end = nxt[1]  # 自助|服务
    if end < len(text) and text[end] not in CLAUSE_STOPS and not text.startswith(_AFTER_ACTIVITY, end):
        return None
    return pos, end


def _phrase_ends(doc: Document, tok: tuple[int, int, str]) -> bool:
    """The noun ``tok`` is the last of its phrase: a stop, 、 or a locative follows it (so a third
    noun after a count may close the phrase: 4个医疗分区指挥部, 7个深层地下水漏斗区)."""
    text = doc.text
    nxt = text[tok[1] : tok[1] + 1]
    return nxt == "" or nxt in CLAUSE_STOPS or nxt in "中上内里、"


#: Tags that may open a modifying clause between a count and 的 (a verb, an adjective or an adverb
#: before a verb, 被 or 由: 在外务工的, 严重拖欠…的, 被领养的, 由高校毕业生创办的), not a noun: 5家企业的|负责人
#: counts the firms (nor a name: the dictionary tags 常见病, 山里人 as names).
_MODIFIER_OPENS = frozenset(("v", "a", "ad", "d", "p"))
#: Words that make the clause after a count its predicate (压减到, 下降至).
_LEVEL_WORDS = frozenset(("到", "至", "为", "成"))
#: The longest modifying clause read between a count and 的, in characters.
_MODIFIER_CHARS = 12


def _modifier_before_de(doc: Document, pos: int, facts: dict[int, Candidate]) -> int | None:
    """Where the 的 is that closes a clause after a count (12名|在外务工|的|青年): its offset, or
    None (no 的 in reach of the clause, a noun right after the count, another fact or a stop
    before 的)."""
    text = doc.text
    first = doc.token_at(pos)
    if first is None or first[0] != pos or first[2] not in _MODIFIER_OPENS \
            or first[2] == "p" and text[pos : first[1]] not in ("被", "由"):
        return None
    de = text.find("的", pos + 1, pos + _MODIFIER_CHARS + 1)
    if de < 0 or any(ch in CLAUSE_STOPS for ch in text[pos:de]) or any(p in facts for p in range(pos, de)):
        return None
    clause = doc.tokens_in(pos, de)
    if first[2] in ("a", "ad", "d") and not any(t[2] == "v" for t in clause):
        return None  # 12个固定/a 献血屋|的服务时间: an adjective and a noun are the count's own noun
    if any(text[t[0] : t[1]] in _LEVEL_WORDS or text[t[0] : t[1]] in change_words() for t in clause):
        return None  # 320头|压减到现在的水平: a predicate and its object, no modifier
    after = doc.token_at(de + 1)
    return de if after is not None and after[0] == de + 1 else None


#: Letters that end a person's name cut into letters (王敏|说, 王萌萌|在).
_AFTER_NAME = frozenset("说在是和与也就都还又已被把从向对给的了将会要有正")


def _full_name(doc: Document, tok: tuple[int, int, str]) -> tuple[int, int, str]:
    """A surname the dictionary cut off alone (王/nr, 陈/nr) with the one or two letters of the given
    name after it, as one noun; any other token as it is."""
    text = doc.text
    if tok[2] != "nr" or tok[1] - tok[0] != 1 or text[tok[0]] not in surnames():
        return tok
    end = tok[1]
    while end - tok[0] < 3:
        nxt = doc.token_at(end)
        if nxt is None or nxt[0] != end or nxt[1] - nxt[0] != 1 or text[end] in _AFTER_NAME \
                or not "\u4e00" <= text[end] <= "\u9fff" or nxt[2] in ("x", "p", "u", "uj", "c", "d", "t", "m", "q"):
            break
        end = nxt[1]
    return (tok[0], end, "nr") if end > tok[1] else tok


def _modifying_verb(doc: Document, c: Candidate, tok: tuple[int, int, str]) -> bool:
    """A verb after a count that names the kind of the noun after it (分成三个抓捕小组): after a
    verb, not after the noun the count belongs to (民警32名成立专案组), and no known predicate
    (有15个实现刑事案件立案数下降)."""
    before = doc.token_at(c.start - 1)
    return c.unit_kind == "classifier" and before is not None and before[2] not in words()["noun_tag"] \
        and doc.text[tok[0] : tok[1]] not in words()["predicate"] \
        and doc.text[before[0] : before[1]] not in words()["existential"]


def _part(doc: Document, pos: int, facts: dict[int, Candidate]) -> tuple[int, int] | None:
    """The noun phrase after 为/是 that a share names (超过80%为上世纪建成的老房 -> 老房):
    the head after its last 的, nouns only, up to the end of the clause."""
    text, nouns = doc.text, words()["noun_tag"]
    end = pos
    while end < len(text) and text[end] not in CLAUSE_STOPS and end - pos <= MAX_SUBJECT:
        end += 1
    start = text.rfind("的", pos, end) + 1 or pos
    if start in facts or words()["deictic"].prefix_of(text, start):
        return None  # 为全省最高: a scope, no part
    stop = start
    while stop < end:
        tok = doc.token_at(stop)
        if tok is None or tok[0] != stop or tok[1] > end:
            break
        following = doc.token_at(tok[1])
        if tok[2] not in nouns and not (tok[2] in ("a", "b") and following is not None and following[2] in nouns):
            break  # (老|房: an adjective before a noun belongs to it)
        stop = tok[1]
    return (start, stop) if stop > start else None

def _activity(doc: Document, pos: int) -> tuple[int, int] | None:
    """What lasts, after a duration and 的 (为期两周的培训, 五天的追踪, 三个多月的联调联试):
    a quoted label and up to four words, verbs among them; none for a word that names nothing
    (两年多的努力, K6)."""
    w, noun = words(), False
    end = label = _quoted_label(doc.text, pos)  # 为期七天的“古村落文化周”, 3天2夜的“高铁+自驾”线路
    for _ in range(6):
        tok = doc.token_at(end)
        if tok is None or tok[0] != end or tok[2] not in _ACTIVITY_TAGS or doc.text[tok[0] : tok[1]] in w["right_stop"]:
            break
        if (noun or label > pos) and tok[2] == "v":
            break  # 10.05秒的成绩|获得, “古村落文化周”|吸引: a verb after a noun opens the next clause
        if end > pos and tok[2] == "j":
            break  # 集中行动|中共出动 (中|共, cut as one abbreviation): the activity has ended
        end, noun = tok[1], tok[2] in ("n", "nz", "j")
    if end == pos or doc.text[pos:end] in w["generic_activity"] or end - pos > MAX_SUBJECT:
        return None
    return pos, end if end > label or label == pos else label

#: Tags of the words that name an activity after a duration (连续|奋战, 生态|管护|培训).
_ACTIVITY_TAGS = frozenset(("n", "nz", "vn", "v", "a", "ad", "an", "j", "l", "t"))

def _noun_follows(doc: Document, pos: int) -> bool:
    """A noun of two or more characters follows the amount at once (逾八成客房, 两大车新麦)."""
    tok = doc.token_at(pos)
    return tok is not None and tok[0] == pos and tok[2] in ("n", "nz") and tok[1] - tok[0] > 1

def _noun_ends_clause(doc: Document, pos: int) -> bool:
    """3至5万元罚款。: one noun, and the clause ends after it."""
    tok = doc.token_at(pos)
    return tok is not None and tok[0] == pos and tok[2] == "n" and doc.text[tok[1] : tok[1] + 1] in CLAUSE_STOPS

def _after_attribute(doc: Document, c: Candidate) -> bool:
    """总投资10亿元及以上项目: an attribute word stands right before the amount."""
    word = words()["attribute"].suffix_of(doc.text, c.start)
    return word is not None and starts_token(doc, c.start - len(word))

def _quoted_label(text: str, pos: int) -> int:
    """Past a short quoted label at ``pos`` (“院落警长”), else ``pos``."""
    close = {"“": "”", '"': '"', "「": "」", "《": "》"}.get(text[pos : pos + 1])
    if close is None:
        return pos
    right = text.find(close, pos + 1, pos + 12)
    return right + 1 if right > pos + 1 else pos

def left_subject(doc: Document, c: Candidate, clause: Clause, facts: dict[int, Candidate]) -> tuple[int, int] | None:
    """The noun phrase between the clause's last predicate verb and the number (K1, K3, K5, K12)."""
    text, w = doc.text, words()
    start, end = clause.start, c.start
    if c.dimension == "duration" and c.unit not in w["age_unit"]:
        lasting = _lasting_verb(doc, c, clause)
        if lasting is not None:
            return lasting
    than = than_match(doc, c, clause)
    if than is not None:
        end = than.start()  # 规模以上工业增加值…高于全省: the base is no subject
    share = _share_pattern().search(text, start, end) if _SHARE_INITIAL.search(text, start, end) else None
    if share is not None:
        end = share.start()  # 地区生产总值约占全省的26.4%: the whole is no subject
    ratio = ratio_match(doc, c, start)
    if ratio is not None:
        end = ratio.start()  # 为常年同期的2.3倍: the base is no subject
    tails = _tail_words()
    bases = basis_matches(doc, start, end)
    stripped_change = False
    duration_verb = False
    clause_text = text[start:end]
    mannered = "按" in clause_text or "以" in clause_text or "由" in clause_text \
        or "扣除" in clause_text  # (most clauses: no search)
    per_unit = "每" in clause_text
    by_end = _facts_by_end(doc, facts)
    while end > start:
        while end > start and text[end - 1].isspace():
            end -= 1
        manner = _manner_pattern().search(text, start, end) if mannered else None
        if manner is not None and starts_token(doc, manner.start()):
            end = manner.start()  # 按可比口径, 以美元计为: how it is counted, not what
            continue
        word = tails.suffix_of(text, end) or w["duration_verb"].suffix_of(text, end)
        if word and len(w["compound_tail"].suffix_of(text, end) or "") > len(word):
            word = None  # 海域浪高|约3米: the comparative 高 ends a noun here (浪高, wave height)
        if word and len(word) == 1 and text[end - 2 : end - 1] == "每":
            word = None  # 汽油每升|上调0.12元: the unit of a per-unit, no change verb 升
        if word and end - len(word) >= start and (len(word) > 1 or starts_token(doc, end - len(word))
                                                  or w["compound_tail"].suffix_of(text, end - len(word))):
            stripped_change = stripped_change or word not in w["connector"]
            duration_verb = duration_verb or word in w["duration_verb"]
            end -= len(word)
            cut = doc.token_at(end) if not starts_token(doc, end) else None
            if cut is not None and cut[0] >= start and text[cut[0] : cut[1]] in change_words():
                end = cut[0]  # 回升|至 read as 回|升至: the whole change word goes
            continue
        sold = w["price_verb"].suffix_of(text, end) if c.type == "money" else None
        if sold and end - len(sold) > start and starts_token(doc, end - len(sold)):
            end -= len(sold)  # 一碗不翻汤|卖12元: the verb of a price, what is sold before it
            continue
        more = _more_less_verb(doc, start, end)
        if more is not None:
            end, stripped_change = more, True  # 水费一年|多交|60元: how much more is paid, not what
            continue
        found = [m for m in bases if m.end() == end or doc.text[m.end() : end] in ("均", "日均", "平均")] \
            if bases else bases
        if found and (stripped_change or found[-1].group("standalone")):
            end = found[-1].start()
            continue
        compared = [m for m in bases if m.end() < end and _comparative_verb(doc, m.end(), end)] if bases else bases
        if compared:
            end = compared[-1].start()  # 比上年同期|多投产|1.41亿千瓦: the basis and the verb of the change
            continue
        if text[end - 1] in "）)" and text.rfind("（", start, end) > start:
            end = text.rfind("（", start, end)  # 固定资产投资（不含农户）423222亿元: a remark in brackets
            continue
        window = _window_before(doc, start, end, facts) if end in by_end else None
        if window is not None:
            end = window  # 网签量|连续4个月超过8000套: a stretch of time the level held, no subject
            continue
        per = _per_unit(doc, start, end) if per_unit else None
        if per is not None:
            end = per  # 收购价格普遍在每斤1.2元: 每斤 is the unit's denominator
            continue
        tok = doc.token_at(end - 1)
        if tok is not None and tok[1] == end and tok[0] >= start and _loose_tail(text[tok[0] : tok[1]], tok[2]) \
                and not w["compound_tail"].suffix_of(text, end) and not w["duration_noun"].suffix_of(text, end):
            # (占|比: a tail jieba cuts; 审理|周期/t: a time word that names what lasts)
            end = tok[0]  # 亩产普遍, 面积连续多日: adverbs and time words after the subject
            continue
        break
    if end <= start:
        return None
    predicate = last_predicate(doc, start, end) or last_verb(doc, start, end)
    if predicate is None:
        start = skip_scope(doc, start, end, facts, places=True)
        tok = doc.token_at(start)
        if tok is not None and tok[0] == start and tok[2] == "v" and tok[1] < end - 1 \
                and (tok[1] - tok[0] > 1 or _is_object(doc, tok[1], end)) \
                and text[tok[0] : tok[1]] not in change_words() and text[tok[0] : tok[1]] not in w["affected_verb"] \
                and tok[1] + len(w["compound_tail"].prefix_of(text, tok[1], end) or "") != end \
                and not _measure_noun_after(doc, tok[1], end):
            predicate = (tok[0], tok[1])  # a verb opening the clause: 清偿历年欠款 (not 出生人口, 快递业务量)
    if predicate is not None:
        head = doc.token_at(predicate[0])
        if predicate[1] >= end and head is not None and head[2] in ("vn", "n") \
                and not (c.unit_kind == "classifier" and end == c.start):
            # a verb used as a noun ends the phrase: 出口增至500亿元, 中国对俄出口 (exports); but
            # 累计服务42.3万人次, 入户排查3200余户 count who or what the verb reached
            return predicate
        before = doc.token_at(predicate[0] - 1)
        spent = c.type == "money" and text[predicate[0] : end] in w["verb_object"]  # 研发|投入11.6亿元
        if predicate[1] >= end and (end < c.start or spent) \
                and before is not None and before[1] == predicate[0] \
                and before[0] >= start and before[2] in ("n", "vn", "j", "nz", "b") \
                and not any(f.type == "place" for f in by_end.get(predicate[0], ())):  # (深沪镇|投入: who spent)
            return tidy(doc, (skip_scope(doc, start, end, facts, places=True), end))  # 研发经费投入|达289.4亿元
        start = skip_scope(doc, predicate[1], end, facts, places=False)
        verb = doc.token_at(start)
        if verb is not None and verb[0] == start and verb[2] == "v" and verb[1] - verb[0] == 1 \
                and text[start] not in change_words() and _is_object(doc, verb[1], end):
            start = verb[1]  # 高考全省共设|考区21个: a second, one-letter verb after the scope words
        only = doc.token_at(start)
        if only is not None and only[0] == start and only[1] == end and only[2] == "v" \
                and start == predicate[1] and text[predicate[0] : predicate[1]] in ("新增", "净增"):
            start = predicate[0]  # 城镇新增就业42.6万人: a verb and a verb object make one term
    start = _past_inner_scope(doc, start, end, facts)
    if c.unit_kind != "classifier" and _counted_before(doc, start, end, facts):
        c.subject_rule = "none:counted"
        return None  # 骗取12名被害人共计38.6万元: the noun is what the count before counts, not the money
    de = text.rfind("的", start, end - 1)
    while de >= start and not (starts_token(doc, de) and ends_token(doc, de + 1)):
        de = text.rfind("的", start, de)  # (标的额, 目的地: a 的 inside a word)
    if de >= 0 and not w["duration_noun"].suffix_of(text, end):
        start = skip_scope(doc, de + 1, end, facts, places=True)  # 1964年创办的学校: the head after a 的-phrase (K12)
    while end > start and text[end - 1] in "的 \t":
        end -= 1
    if text[start : start + 1] in "“「\"" and not any(q in text[start + 1 : end] for q in "”」\""):
        start += 1  # an opening quote whose closing one lies elsewhere
    if end <= start or end - start > MAX_SUBJECT:
        return None
    fact = facts.get(start)
    if fact is not None and fact.end >= end:
        return None  # nothing but a place or a date: 陕西3个市
    if text[start:end] in w["deictic"] or text[start:end] in w["lead"] or text[start:end] == "一遇":
        return None  # nothing but a scope word: 全市亿元以上 (or the rest of 50年一遇)
    if PLACE_COUNT.fullmatch(text, start, end):
        return None  # 两地合计约占全市的46%: the places counted are whose, the measure was named before
    span = text[start:end]
    verb_object = w["verb_object"].suffix_of(text, end)
    if verb_object and end - len(verb_object) >= clause.start and starts_token(doc, end - len(verb_object)):
        return end - len(verb_object), end  # 获刑3年, 招生1200人: the word holds what is counted
    if c.unit_kind == "admin":
        c.subject_rule = "none:admin"
        return None  # 上饶、景德镇等4市: a count of places names no subject but the places
    if c.unit_kind == "time" and c.unit not in w["age_unit"] and not duration_verb \
            and not w["duration_noun"].suffix_of(text, end) and not change_words().prefix_of(text, c.end) \
            and not text.startswith("一遇", c.end):  # (防洪标准由50年一遇…: a return period is a standard's level)
        c.subject_rule = "none:time"
        return None  # 麦田只需两个半小时: who spends the time is no subject of it (K6)
    if not any("\u4e00" <= ch <= "\u9fff" or ch.isalpha() for ch in span):
        return None
    first = doc.token_at(start)
    if first is not None and first[0] == start and first[1] == end and first[2] in ("v", "d", "p", "r", "c") \
            and span not in w["compound_tail"] and not (predicate is not None and first[2] == "v") \
            and not (first[2] == "v" and len(span) > 1 and span[-1] in w["noun_ending"]):
        c.subject_rule = "none:verb"
        return None  # a lone verb or function word: 死亡3人, 经过两年 (but 增速, 造价, tagged v)
    if len(span) == 1 and (first or (0, 0, ""))[2] not in words()["noun_tag"]:
        return None
    start, end = _before_adverb_verb(doc, start, end)
    if c.dimension == "length" and ("离" in text[start + 1 : end] or "距" in text[start + 1 : end]):
        for tok in doc.tokens_in(start + 1, end):
            if text[tok[0] : tok[1]] in ("离", "距", "距离") and tok[1] < end:
                first = doc.token_at(start)
                if first is not None and first[1] >= tok[0] and first[2] in ("p", "d", "c"):
                    c.subject_rule = "none:distance"
                    return None  # 在|距县城约90公里的五道水镇: nothing before the distance names a thing
                return start, tok[0]  # 最远的村子|离镇上有23公里: the distance is the thing's
    return start, end

def _lasting_verb(doc: Document, c: Candidate, clause: Clause) -> tuple[int, int] | None:
    """The activity a duration measures, a verb right before it (每天训练|6个多小时, 在码头工作|已有|15年,
    持续按压|40余分钟; K6); none for a verb that says how long something takes (只需|两个半小时) or
    a duration that qualifies the noun after it (走|一个多小时|山路)."""
    text, w = doc.text, words()
    end = c.start
    link = w["duration_link"].suffix_of(text, end)
    if link and starts_token(doc, end - len(link)):
        end -= len(link)
    tok = doc.token_at(end - 1)
    if tok is not None and tok[1] == end and tok[0] >= clause.start and tok[2] not in ("v", "vn") \
            and text[tok[0] : tok[1]] in w["activity_word"] and (link or text.endswith(("已经", "已"), 0, tok[0])):
        tok = (tok[0], tok[1], "v")  # 养蜂/nr|已有, 已经|住院/n: an activity the dictionary tags a noun
        # (平均住院12.4天: a stay's length, no activity named)
    elif tok is not None and tok[1] == end and link and tok[2] in ("n", "nz", "l"):
        verb = doc.token_at(tok[0] - 1)  # 患|慢性肾病|已有6年, 从事|汽车贸易|已有16年: a verb and its object
        if verb is not None and verb[1] == tok[0] and verb[0] >= clause.start and verb[2] == "v" \
                and text[verb[0] : verb[1]] not in w["time_taken_verb"] and not change_words().prefix_of(
                    text, verb[0], verb[1]):
            tok = (verb[0], tok[1], "v")
    if tok is None or tok[1] != end or tok[0] < clause.start or tok[2] not in ("v", "vn") \
            or text[tok[0] : tok[1]] in w["time_taken_verb"] or text[tok[0] : tok[1]] in w["duration_verb"] \
            or change_words().prefix_of(text, tok[0], tok[1]) or text[tok[0] : tok[1]] in w["connector"]:
        return None
    lead = w["time_taken_verb"].suffix_of(text, tok[0]) or ("连续" if text.endswith("连续", 0, tok[0]) else None)
    if lead and starts_token(doc, tok[0] - len(lead)):
        return None  # 需要|休息|一到两周: how long a rest takes; 连续|工作|30个小时: a stretch spent
    after = doc.token_at(c.end)
    if after is not None and after[0] == c.end and after[2] in ("n", "nz", "vn", "uj", "v"):
        return None  # 走一个多小时山路, 攒了8年的积蓄: the duration qualifies what follows
    return tok[0], tok[1]

def _before_adverb_verb(doc: Document, start: int, end: int) -> tuple[int, int]:
    """A span cut at an adverb and the verb after it, which no predicate list knew: the object
    after the verb (还在重点湖区布设|监控点位), else the topic before the adverb (新建商品住宅|共成交,
    出栏价|已跌破), else, after a person, the verb as the action counted (林女士先后|转账11笔).
    Negations stay (驾乘人员不系安全带: the offence counted)."""
    toks, w = doc.tokens_back(start, end), words()
    for k in range(1, len(toks)):
        adverb, verb = toks[k], toks[k - 1]
        word = doc.text[adverb[0] : adverb[1]]
        acting = verb[2] == "v" or verb[2] in ("n", "vn") and verb[1] == end and word in ("已", "已经")  # (已吊装/n)
        if adverb[0] <= start or not (adverb[2] == "d" or word in w["sequence_adverb"]) or not acting \
                or verb[0] != adverb[1] or verb[1] - verb[0] < 2 \
                or word in _NEGATIONS or len(word) == 1 and word not in _FREE_ADVERBS:
            continue  # (可支配收入: 可 a modal inside a term)
        if verb[1] < end:
            return verb[1], end
        before = doc.token_at(adverb[0] - 1)
        honorifics = place_context()["honorific"]
        person = before is not None and (before[2] == "nr" or doc.text[before[0] : before[1]] in honorifics)
        if person:
            return verb[0], verb[1]
        return start, adverb[0]
    return start, end

_NEGATIONS = frozenset(("不", "未", "没", "没有", "非", "无"))
_FREE_ADVERBS = frozenset("共已还就再又均都也仍才将正曾")

def _comparative_verb(doc: Document, pos: int, end: int) -> bool:
    """``text[pos:end]`` is a comparative and one verb (多投产, 少用): the change after a basis."""
    w = words()
    word = w["comparative_up"].prefix_of(doc.text, pos, end) or w["comparative_down"].prefix_of(doc.text, pos, end)
    if not word:
        return False
    verb = doc.token_at(pos + len(word))
    return verb is not None and verb[0] == pos + len(word) and verb[1] == end and verb[2] in ("v", "vn")


def _counted_before(doc: Document, start: int, end: int, facts: dict[int, Candidate]) -> bool:
    """``text[start:end]`` (its connectors aside) is the noun a count right before it counts."""
    for fact in _facts_by_end(doc, facts).get(start, ()):
        if fact.start >= start - 8 and fact.subject_span is not None and fact.unit_kind == "classifier" \
                and not fact.text.endswith(("以上", "以下")) and fact.subject_span[0] == start:
            rest = doc.text[fact.subject_span[1] : end]
            return not rest or rest in words()["connector"]
    return False


def _more_less_verb(doc: Document, start: int, end: int) -> int | None:
    """Where 多 or 少 + a verb ending at ``end`` starts (多交, 少还, 多卖了), if one does."""
    verb = doc.token_at(end - 1)
    if verb is not None and verb[1] == end and doc.text[verb[0] : verb[1]] == "了":
        verb = doc.token_at(verb[0] - 1)
    if verb is None or verb[1] > end:
        return None
    at = more_less_at(doc, verb)
    return at if at is not None and at >= start else None


def _window_before(doc: Document, start: int, end: int, facts: dict[int, Candidate]) -> int | None:
    """Where 连续/持续 + a duration ending at ``end`` starts (连续4个月, 已连续五年; 在20分钟内),
    if one does."""
    for fact in _facts_by_end(doc, facts).get(end, ()):
        if fact.start >= max(start, end - 8) and fact.unit_kind == "time":
            word = words()["window_before"].suffix_of(doc.text, fact.start)
            if word is None and fact.text.endswith("内") and doc.text[fact.start - 1 : fact.start] == "在":
                word = "在"  # 釜内温度在约20分钟内|由85℃升至168℃
            if word and fact.start - len(word) >= start:
                return fact.start - len(word)
    return None


def _is_object(doc: Document, pos: int, end: int) -> bool:
    """Nouns of two characters or more fill ``pos`` to ``end`` (共设|考区21个): a one-letter verb
    before them is a verb and they are its object."""
    toks = doc.tokens_in(pos, end)
    nouns = words()["noun_tag"]
    return bool(toks) and toks[-1][1] == end and all(t[2] in nouns and t[1] - t[0] > 1 for t in toks)


def _facts_by_end(doc: Document, facts: dict[int, Candidate]) -> dict[int, list[Candidate]]:
    """The facts by the offset they end at (in the order they start), made once per document."""
    made = doc.memo.get("facts_by_end")
    if made is None or made[0] is not facts:
        by_end: dict[int, list[Candidate]] = {}
        for start in sorted(facts):
            by_end.setdefault(facts[start].end, []).append(facts[start])
        made = doc.memo["facts_by_end"] = (facts, by_end)
    return made[1]


def _fact_starts(doc: Document, facts: dict[int, Candidate]) -> list[int]:
    """Where the facts start, in order, made once per document."""
    made = doc.memo.get("fact_starts")
    if made is None or made[0] is not facts:
        made = doc.memo["fact_starts"] = (facts, sorted(facts))
    return made[1]


def _measure_noun_after(doc: Document, pos: int, end: int) -> bool:
    """One noun ending in a measure word stands between ``pos`` and ``end`` (快递|业务量): the
    verb before it names its kind, it has no object."""
    tok = doc.token_at(pos)
    return tok is not None and tok[0] == pos and tok[1] == end and tok[2] in words()["noun_tag"] \
        and words()["compound_tail"].suffix_of(doc.text, end) is not None


def _loose_tail(word: str, tag: str) -> bool:
    """A token that may stand between a subject and its number without belonging to
    either: an adverb, a preposition, a particle, a time word."""
    return tag in _LOOSE_TAGS and word not in words()["compound_tail"]


_LOOSE_TAGS = frozenset(("d", "ad", "a", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "y", "t", "m"))

def _per_unit(doc: Document, start: int, end: int) -> int | None:
    """Where a 每 + unit (每斤, 每亩, 每个网格; 每人每年/l, 每平方米/l cut as one word) ending at
    ``end`` starts, if one does."""
    whole = doc.token_at(end - 1)
    if whole is not None and whole[1] == end and whole[0] >= start and doc.text[whole[0]] == "每" \
            and 1 < whole[1] - whole[0] <= 4:
        return whole[0]
    pos = doc.text.rfind("每", max(start, end - 8), end)
    if pos < 0 or pos + 1 >= end or not starts_token(doc, pos):
        return None
    count = doc.token_at(pos + 1)
    if count is not None and count[0] == pos + 1 and count[2] == "m" and count[1] < end \
            and all(t[2] == "q" for t in doc.tokens_in(count[1], end)) and doc.ends_token(end):
        return pos  # 运价为每40英尺箱|2260美元: a denominator with its own number
    if end - pos > 4:
        return None
    unit = doc.token_at(pos + 1)
    if unit is not None and unit[1] == end - 1 and pos > start:  # (每吨水|只要3.5元: the thing itself)
        thing = doc.token_at(unit[1])
        if thing is not None and thing[0] == unit[1] and thing[1] == end and thing[2] == "n":
            return pos  # 每度电, 每吨水: the unit and the one-letter thing it measures (not 每吨|运费)
    return pos if unit is not None and unit[1] == end else None

def _past_inner_scope(doc: Document, start: int, end: int, facts: dict[int, Candidate]) -> int:
    """Past the last date, amount or deictic word inside the phrase: what comes before
    it is another clause (已于6月2日、3日两次) or scope (此次过程全省平均降雨量)."""
    cut = start
    starts = _fact_starts(doc, facts)
    for pos in starts[bisect_left(starts, start) : bisect_left(starts, end)]:
        fact = facts[pos]
        if fact.type != "place" and fact.end <= end:
            cut = fact.end
    for m in _deictic_pattern().finditer(doc.text, start + 1, end):
        if starts_token(doc, m.start()) and ends_token(doc, m.end()):
            cut = max(cut, m.end())
    return skip_scope(doc, cut, end, facts, places=False) if cut > start else start

#: A character that a share's pattern needs (占, 完成): most clauses hold neither, and are not searched.
_SHARE_INITIAL = re.compile("[占完]")


@lru_cache(maxsize=1)
def _share_pattern() -> regex.Pattern:
    """占 + the whole + 的, right before a share: 约占全省的26.4%, 完成年度目标任务的60.9% (not the 占 of a
    rate noun: 市场占有率, 床位占用率)."""
    return regex.compile(r"(?:约|大约|近)?占(?:到|了)?(?!比|有率|用率)[^，,；;。的\d]{1,12}的?$"
                         r"|完成了?[^，,；;。的\d]{1,12}的$")

@lru_cache(maxsize=1)
def _manner_pattern() -> regex.Pattern:
    """按/以 + a yardstick + 口径/计算/计, right before the number (按可比口径, 以美元计), the start of
    a from-to (渗透率由上年同期的38.5%提高到46.2%), or a correction (扣除价格因素实际|增长5.3%)."""
    return regex.compile(r"(?:按|以|按照)[^，,；;。\d]{0,8}?(?:口径|计算|计)(?:为)?$|由[^，,；;。\d]{1,8}的$"
                         r"|扣除[^，,；;。\d]{1,10}?因素(?:影响)?(?:后)?(?:实际|名义|可比)?$")

@lru_cache(maxsize=1)
def _deictic_pattern() -> re.Pattern:
    return re.compile(alternation(words()["deictic"]))  # (re scans for literal words faster than regex)
