"""Change and basis: whether a number is the size of a rise or a fall, and what it is
compared with (docs/linking.md, K7-K9, K19)."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from factx.candidate import Candidate
from factx.document import Document
from factx.lexicons import alternation, initials_pattern
from factx.stages.clauses import Clause, basis_kind, basis_matches, change_words, period_kind, starts_token, words


@lru_cache(maxsize=1)
def _than_pattern() -> regex.Pattern:
    w = words()
    return regex.compile(rf"(?:(?P<up>{alternation(w['than_up'])})|(?P<down>{alternation(w['than_down'])}))"
                         r"[^，,。；;、！？!?\s\d]{1,12}$")

def than_match(doc: Document, c: Candidate, clause: Clause) -> regex.Match | None:
    """高于全省2.3个百分点: a change against the base named after 高于 (K9)."""
    key = ("than", c.start, clause.start)
    found = doc.memo.get(key, _UNSEEN)
    if found is not _UNSEEN:
        return found
    after = doc.text[c.end + 1 : c.end + 2]
    if doc.text[c.start - 1 : c.start] == "的" or doc.text.startswith("的", c.end) and not (
            after.isdigit() or after in "一二两三四五六七八九十"):  # (超过规定时速50%以上的1270起: the excess)
        doc.memo[key] = None
        return None  # 低于此前预期的1.2%, 低于全市86天的平均水平: the number is the base's own value
    lowest = max(clause.start, c.start - 16)
    m = _than_pattern().search(doc.text, lowest, c.start) if _than_initial().search(doc.text, lowest, c.start) else None
    if m is not None and (doc.text[m.start() - 1 : m.start()] in _NEGATIONS
                          or doc.text[m.start() - 2 : m.start()] == "不得"):
        m = None  # 不超过每股25元, 不高于: a cap, no rise against a base
    found = doc.memo[key] = m if m is not None and starts_token(doc, m.start()) and _whole(doc, m) else None
    return found


#: A negation before a 高于 word makes it a cap or a floor (不超过, 不低于, 未超过; and 不得超过).
_NEGATIONS = frozenset("不未没")


def _whole(doc: Document, m: regex.Match) -> bool:
    """The 高于 word is a word of its own (超低|排放 holds no 超) with a base named after it (中超|
    出场27次: 场 is no base), or one glued to what it exceeds (超标: over the standard)."""
    word = m.group("up") or m.group("down")
    if any(doc.text.startswith(name, m.start() + len(word) - len(name)) or doc.text.startswith(name, m.start())
           for name in words()["than_false"]):
        return False  # 中超比赛: a league; 超长期特别国债: a kind of bond
    if doc.ends_token(m.start() + len(word)):
        return any(t[2] not in _NO_BASE for t in doc.tokens_in(m.start() + len(word), m.end()))
    tok = doc.token_at(m.start())
    return tok is not None and doc.text[tok[0] : tok[1]] in words()["than_glued"]


_UNSEEN = object()

#: Tags of words that name no base after a 高于 word (中超|出场 …: 场/q).
_NO_BASE = frozenset(("q", "m", "x", "d", "p", "u", "uj"))


@lru_cache(maxsize=1)
def _than_initial() -> re.Pattern:
    """A character that opens a word of 高于 (most clauses hold none: no search for the whole pattern)."""
    w = words()
    return initials_pattern(w["than_up"].firsts | w["than_down"].firsts)

def change_of(doc: Document, c: Candidate, clause: Clause) -> str | None:
    """up or down when the words right before the number make it a rise or a fall (K7, K8, K19)."""
    text, w = doc.text, words()
    than = than_match(doc, c, clause)
    if than is not None:
        return "up" if than.group("up") else "down"
    end = c.start
    while True:  # 增长了, 分别上升, 增长约
        fill = w["fill"].suffix_of(text, end)
        if not fill or end - len(fill) < clause.start:
            break
        end -= len(fill)
    verb = change_words().suffix_of(text, end)
    at = end - len(verb) if verb else -1
    if verb and at >= clause.start and (
            starts_token(doc, at) or any(m.end() == at for m in basis_matches(doc, clause.start, at))
            or len(verb) > 1 and _tail_of_token(doc, end, verb)):
        # (a stated basis ends a word even where jieba glues it to the verb: 同比增加/nr; and so
        # does a noun jieba glues to it: 价格下降/n, 价格上涨/l)
        return "up" if verb in w["change_up"] else "down"
    for m in basis_matches(doc, clause.start, end):  # 比上年新增养老床位800张 (K19)
        word = w["comparative_up"].prefix_of(text, m.end()) or w["comparative_down"].prefix_of(text, m.end())
        after = doc.token_at(m.end() + len(word)) if word else None
        if word and (len(word) > 1 and starts_token(doc, m.end()) or after is not None and after[1] == end
                     and after[0] == m.end() + len(word) and after[2] in ("v", "vn")):
            return "up" if word in w["comparative_up"] else "down"  # (比上年同期多投产1.41亿千瓦)
    object_verb = _verb_before_object(doc, clause.start, end)
    if object_verb is not None:
        return object_verb  # 下调个人住房公积金贷款利率0.25个百分点: the verb, its object, the size
    more_less = _more_or_less(doc, clause.start, end)
    if more_less is not None:
        return more_less  # 每亩可少用水50立方米, 每斤能多卖2元: by how much more or less is done
    for kind, direction in (("comparative_up", "up"), ("comparative_down", "down")):
        if text[end - 1 : end] not in w[kind].lasts:
            continue  # (most numbers: no comparative before them, no look-up)
        verb = w[kind].suffix_of(text, end)
        at = end - len(verb) if verb else -1
        # only after a stated base: 比上年高2个百分点, 比上年新增1200个
        if verb and at >= clause.start and starts_token(doc, at) and any(
                text[m.end() : at] in ("", "分别", "均") for m in basis_matches(doc, clause.start, at)):
            return direction
    return None

def _more_or_less(doc: Document, start: int, end: int) -> str | None:
    """up for 多, down for 少 as an adverb before a verb (and its object) that runs up to the
    number (少浇|两遍水, 少用水|50立方米, 多卖|2元): the amount is how much more or less is done (K7)."""
    text = doc.text
    lo = max(start, end - 8)
    pos = max(text.rfind("多", lo, end - 1), text.rfind("少", lo, end - 1))
    verb = doc.token_at(pos + 1) if pos >= lo else None
    if verb is None or verb[0] != pos + 1 or more_less_at(doc, verb) is None:
        return None
    rest = doc.tokens_in(verb[1], end)
    if any(t[2] not in _OBJECT_TAGS and text[t[0] : t[1]] not in ("了", "快", "近", "将近") for t in rest):
        return None
    return "up" if text[pos] == "多" else "down"


def more_less_at(doc: Document, verb: tuple[int, int, str]) -> int | None:
    """Where 多 or 少 stands as an adverb right before the token ``verb`` (多|卖, 少|还: a word of its
    own, not 许多, 多数, 至少, 多达, 不少于: more_less_word), if it does; not before a change word."""
    text, pos = doc.text, verb[0] - 1
    if pos < 0 or text[pos] not in "多少":
        return None
    word = text[verb[0] : verb[1]]
    if not (verb[2] in ("v", "vn") or word == "还") or word in change_words():  # (少还|约79元: 还/d, repay)
        return None
    adverb = doc.token_at(pos)
    more_less = words()["more_less_word"]
    if adverb is None or adverb[:2] != (pos, pos + 1) or more_less.suffix_of(text, pos + 2) \
            or text[pos - 1 : pos + 1] in more_less:
        return None
    return pos


def _verb_before_object(doc: Document, start: int, end: int) -> str | None:
    """up or down for an adjusting verb (上调, 下调, 提高, 降低…; list adjust_verb) of two letters,
    a word of its own, whose object fills the rest of the clause up to the number."""
    text, w = doc.text, words()
    adjusting = w["adjust_verb"]
    if not initials_pattern(adjusting.firsts).search(text, start, end):
        return None  # (most clauses: none)
    for tok in doc.tokens_back(start, end):
        word = text[tok[0] : tok[1]]
        if word in adjusting and tok[1] < end and starts_token(doc, tok[0]):
            rest = doc.tokens_in(tok[1], end)
            if rest and all(t[2] in _OBJECT_TAGS for t in rest):
                return "up" if word in w["change_up"] else "down"
            return None
    return None

#: Tags of the words of an adjusted object (个人住房公积金贷款利率).
_OBJECT_TAGS = frozenset(("n", "nz", "vn", "an", "j", "b", "nr", "ns", "ng", "l"))

def _tail_of_token(doc: Document, end: int, verb: str) -> bool:
    """A token of the link stages ends at ``end`` with ``verb`` glued to what stands before it
    (价格下降/n, 量减少/i), unless the verb's first letter makes a word with the letter before it
    (投放量: 投放|量 holds no 放量)."""
    tok = doc.token_at(end - 1)
    at = end - len(verb)
    return tok is not None and tok[1] == end and (at == tok[0] or not doc.is_word(doc.text[at - 1 : at + 1]))


def own_basis(doc: Document, c: Candidate, clause: Clause, end: int) -> str | None:
    if than_match(doc, c, clause) is not None:
        return "base"
    found = basis_matches(doc, clause.start, end)
    if found:
        kind = basis_kind(found[-1])
        return "mom" if kind == "base" and _quarter_before(doc, c, found[-1]) else kind
    ratio = ratio_match(doc, c, clause.start)
    return period_kind(ratio.group("obj")) if ratio is not None else None


_QUARTERS = "一二三四"
_QUARTER = re.compile(r"(?:第)?([一二三四1-4])季度$")


def _quarter_before(doc: Document, c: Candidate, m: regex.Match) -> bool:
    """The compared quarter is the one before the quarter the sentence reports (三季度…比二季度上涨
    1.42元): period on period, like 环比 (K9)."""
    word = m.group("obj") or m.group("obj2") or ""
    q = _QUARTER.search(word)
    if q is None:
        return False
    n = _QUARTERS.find(q.group(1)) + 1 if q.group(1) in _QUARTERS else int(q.group(1))
    if n == 4:
        return False
    before = doc.text[doc.sentences[c.sentence][0] if c.sentence >= 0 else 0 : m.start()]
    return f"{_QUARTERS[n]}季度" in before or f"{n + 1}季度" in before


def ratio_match(doc: Document, c: Candidate, start: int) -> regex.Match | None:
    """为常年同期的2.3倍, 是去年的两倍: a multiple or a percentage of a named base."""
    if c.type != "percent" and c.unit != "倍" or doc.text[c.start - 1 : c.start] != "的":
        return None  # (the pattern's base ends in 的 right before the number: most have none)
    key = ("ratio", c.start, start)  # (asked by the subject and the basis look-ups alike)
    found = doc.memo.get(key, _UNSEEN)
    if found is not _UNSEEN:
        return found
    m = _ratio_pattern().search(doc.text, start, c.start)
    if m is not None and m.group("reached") and period_kind(m.group("obj")) == "base":
        m = None  # 由去年的31%提高到今年的38%, 降至额定容量的30%: no base of a ratio
    found = doc.memo[key] = m if m is not None and starts_token(doc, m.start()) else None
    return found


@lru_cache(maxsize=1)
def _ratio_pattern() -> regex.Pattern:
    """为/是/相当于 (data: ratio_verb) or 增至/降至… (ratio_change_verb) + a base + 的, right before a
    multiple or a percentage."""
    w = words()
    return regex.compile(rf"(?:{alternation(w['ratio_verb'])}|(?P<reached>{alternation(w['ratio_change_verb'])}))"
                         r"(?P<obj>[^，,。；;！？!?\s的]{1,12})的$")

def opening_basis(doc: Document, c: Candidate) -> str | None:
    """A basis that opens the sentence in a clause of its own (与2020年相比，…) governs the
    changes after it, and the numbers a relative word leads (偏早7天, 提前3天)."""
    if not c.change and not words()["relative"].suffix_of(doc.text, c.start):
        return None
    start = doc.sentences[c.sentence][0]
    found = [m for m in basis_matches(doc, start, c.start)
             if (m.group("obj2") or m.group("standalone")) and doc.text[m.end() : m.end() + 1] in ("，", ",")]
    return basis_kind(found[0]) if found else None
