"""Quantities, money and percentages: a number, a unit, and markers around them.

One pattern covers all three types: the unit decides the type (a currency makes
money, a percent sign or 成 a percentage, anything else a quantity). A second
pattern takes the written fractions (三分之二, 3/4, 12.5/10万, 一半).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from factx import prebuilt
from factx.candidate import Candidate
from factx.lexicons import (
    Unit,
    WordSet,
    alternation,
    approx_markers,
    compound_units,
    currency_ends,
    currency_prefixes,
    currency_tails,
    currency_words,
    initials_pattern,
    link_words,
    nonfacts,
    unit_context,
    units,
)
from factx.measures import Measure, as_number, exact, measure_of
from factx.numerals import (
    BIG_UNITS,
    CN_DIGIT_CHARS,
    DIGITS,
    MAGNITUDE,
    MAGNITUDE_CHARS,
    NUMBER,
    SMALL_UNITS,
    consecutive_range,
    parse_amount,
    parse_decimal,
    to_ascii,
    to_number,
)
from factx.opaque import inside_any
from factx.punctuation import RANGE_SEPARATORS
from factx.recognizers import Line
from factx.recognizers.dates import decimal_point

#: The ends of a campaign's or a project's quoted name that opens with a number (“百日千万招聘专项行动”,
#: “15分钟社保服务圈”).
_CAMPAIGN_ENDS = ("行动", "工程", "计划", "活动", "专项", "战役", "攻坚", "圈")

#: A digit before 比 makes a score or ratio (2比2战平), no count.
_SCORE_DIGITS = frozenset("0123456789０１２３４５６７８９" + CN_DIGIT_CHARS)


@lru_cache(maxsize=1)
def _inner() -> str:
    """The inner approximation markers (approx.tsv, position inner: 余, 多) as one string."""
    return "".join(approx_markers()["inner"])


@lru_cache(maxsize=1)
def _amount() -> str:
    """An amount: a number, optionally an inner marker (or an informal 个: 10个亿, or one space
    after Arabic digits: 177.1 亿) and more magnitudes (20多万, 10个亿). (No lookahead for a
    magnitude after the marker: ``++`` needs one already, and each copy of MAGNITUDE costs
    compiling.)"""
    return (rf"{NUMBER}(?:[{_inner()}]{MAGNITUDE}++|[个個](?=[亿億万萬]){MAGNITUDE}++"
            rf"|(?<=[0-9０-９])[ \u00a0](?=[亿億万萬]){MAGNITUDE}++)?")  # 177.1 亿元: one space
#: Arabic digits with 点 as the decimal point (8点5度). The main pattern reads them so only where
#: ``decimal_point`` agrees (a unit of measure follows, no minutes or counter: ``_matches``).
_POINTED = r"[0-9０-９]++[点點][0-9０-９]++"
RANGE_SEP = "|".join(map(re.escape, RANGE_SEPARATORS))
CLAUSE_END = set("。，、；！？,;!?：:）)”」』 \t") | {""}
COORD = ("和", "与", "及", "、")
#: Invisible format characters (zero-width space/joiners, word joiner, BOM): they never join
#: two numbers into one, and a number right after one that follows a digit is no fact.
_FORMAT_CHARS = "\u200b\u200c\u200d\u2060\ufeff"


# Group numbers of the main pattern (``m.groups()`` is read by index: faster than by name).
(PRE, CPRE, N1, U1, SEP, N2, N, KILO, INNER, ADJ, GE, GEMOD, GEUNIT, CHENG, CHENGX, UNIT, SLASH, PER, HALF, RMB,
 POST, POST2) = range(1, 23)
_GROUPS = ("pre", "cpre", "n1", "u1", "sep", "n2", "n", "kilo", "inner", "adj", "ge", "gemod", "geunit", "cheng",
           "chengx", "unit", "slash", "per", "half", "rmb", "post", "post2")


@lru_cache(maxsize=1)
def _main() -> re.Pattern:
    """The main pattern, compiled (from its stored program when that is current: factx/prebuilt.py)."""
    compiled = prebuilt.compile("amounts", main_source(), re.VERBOSE)
    assert tuple(compiled.groupindex) == _GROUPS
    return compiled


def main_source() -> str:
    """The text of the main pattern: a number, a unit, and markers around them."""
    table = units()
    markers = approx_markers()
    plain = [s for s, u in table.items() if not u.ge_only]
    after_ge = [s for s, u in table.items() if u.after_ge and not s.startswith(("个", "個"))]
    # units written on both ends of a range (20毫米至30毫米) and denominators (公斤/亩):
    # measures, times, currencies and percent signs (shorter alternations compile faster)
    ranged = [s for s, u in table.items() if u.kind in ("measure", "time", "currency", "percent") and not u.ge_only]
    per = [s for s, u in table.items() if u.kind in ("measure", "time") and not u.ge_only]
    per += ["人", "户", "次", "台", "分"]  # (次/分: per minute)
    counters = [s for s, u in table.items() if u.kind == "classifier" and len(s) == 1 and not u.digit_only]
    per += counters
    ranged += counters + ["人", "户"]  # (3000套至5000套: one-character counters on both ends)
    # units that may stand one space after Arabic digits (20 公里, 15 %, 5 天, 12 个; 3.5 万元 is not:
    # the space is before the magnitude): every unit written in Chinese or a sign
    spaced = [s for s, u in table.items() if not u.ge_only and not (s[:1].isascii() and s[:1].isalpha())]
    amount = _amount()
    # One comment per group; the numbers are the constants above (PRE = 1 … POST2 = 22).
    pattern = rf"""
        (?P<pre>{alternation(markers["before"])})?                  # 1 pre: 约, 近, 超过 (approx before)
        (?:(?P<cpre>{alternation(_currency_leads())})[ \u00a0]?)?   # 2 cpre: $, 人民币 before the number
        (?:
            (?P<n1>{amount}|半)                                    # 3 n1: a range's first number
            (?P<u1>{alternation(ranged)}|成)?                       # 4 u1: its unit (20毫米至30毫米)
            (?P<sep>{RANGE_SEP})                                   # 5 sep: 至, 到, ~, -
            (?P<n2>{amount})                                       # 6 n2: the range's second number
          | (?P<n>{_before_weight()}|{_POINTED}|{amount}|半)       # 7 n: the one number (8点5度, 三两白酒)
            (?P<kilo>[kK](?![A-Za-z]))?                            # 8 kilo: 8k
        )
        (?:(?<=[0-9０-９])[ \u00a0](?={alternation(spaced)}))?      # one space: 20 公里, 15 %
        (?P<inner>{alternation(markers["inner"])})?                 # 9 inner: 余, 多 after the number
        (?P<adj>[大小满整])?                                        # 10 adj: 一大碗, 两整天
        (?:
            (?P<ge>[个個])(?P<gemod>多|半)?                              # 11 ge, 12 gemod: 个, 个多, 个半
            (?P<geunit>{alternation(after_ge)})                    # 13 geunit: the unit after 个 (月, 小时)
          | (?P<cheng>成)                                           # 14 cheng: tenths (三成)
            (?P<chengx>[一二三四五六七八九](?![{MAGNITUDE_CHARS}]))?  # 15 chengx: 三成五
          | (?P<unit>{alternation(plain)})                          # 16 unit: every unit surface
            (?:(?P<slash>[/／])(?P<per>(?:10+)?(?:{alternation(per)})))?  # 17 slash, 18 per: 公斤/亩, 毫克/100毫升
        )
        (?P<half>半(?![径岛]))?                                     # 19 half: 一年半 (not 800米|半径)
        (?P<rmb>{alternation(currency_tails())})?                   # 20 rmb: 元人民币
        (?P<post>{alternation(markers["after"])})?                  # 21 post: 左右, 以上 (approx after)
        (?P<post2>{alternation(markers["after"])})?                 # 22 post2: a second one
    """
    return pattern


#: A numeral ending in 一 or 三, which the number grammar joins to a 两 after it (一两, 三两: X2).
_ONE_OR_THREE = rf"[{CN_DIGIT_CHARS}十百千万]*[一三]"


@lru_cache(maxsize=1)
def _weighed() -> WordSet:
    """The words of unit_context.tsv after which 两 is the weight (白酒, 米饭)."""
    return WordSet(w for w, (surface, _) in unit_context()["after"].items() if surface in ("两", "兩"))


@lru_cache(maxsize=1)
def _before_weight() -> str:
    """The number before the weight 两 where 两 could be a numeral (三两白酒, 一两银子): only
    before a word of unit_context.tsv that says so; 三两天 and 三两好友 stay ranges (X2)."""
    return rf"{_ONE_OR_THREE}(?=[两兩](?:{alternation(_weighed())}))"


@lru_cache(maxsize=1)
def _currency_leads() -> dict[str, str]:
    """Currency signs and names that may stand before an amount -> ISO code."""
    return {**currency_words(), **currency_prefixes()}


@lru_cache(maxsize=1)
def _fraction() -> re.Pattern:
    markers = approx_markers()
    amount = _amount()
    pattern = rf"""
        (?P<pre>{alternation(markers["before"])})?
        (?:
            (?<![0-9０-９.．·{CN_DIGIT_CHARS}{MAGNITUDE_CHARS}])(?P<den>{amount})分之(?P<num>{amount})
            (?:(?:{RANGE_SEP})(?:(?P<den2>{amount})分之)?(?P<num2>{amount}))?
          | (?<![0-9０-９/／.])(?P<sn>[0-9０-９]++(?:[.．][0-9０-９]+)?)[/／]
            (?P<sd>[0-9０-９]++(?:[.．][0-9０-９]+)?[万千亿]?)(?![0-9０-９/／.])
          | (?P<half>一半)
        )
        (?P<post>{alternation(markers["after"])})?
    """
    return re.compile(pattern, re.VERBOSE)


@lru_cache(maxsize=1)
def _names() -> re.Pattern:
    """A numeral-built name at every offset where one starts, the longest there (group 1):
    the overlapping matches of the words' alternation. A lookahead in ``re`` finds them as
    ``regex``'s ``overlapped=True`` does, and compiles in a third of the time (1 ms). The first
    lookahead, one of the characters that open a name, rejects most offsets at once: the
    alternation's own lookahead is tried at every offset otherwise (6x slower on news)."""
    names = nonfacts()["name"]
    return re.compile(rf"(?={initials_pattern(names.firsts).pattern})(?=({alternation(names)}))")


def _ends_with_any(text: str, words) -> str | None:
    if isinstance(words, WordSet):
        return words.suffix_of(text)  # (which rejects a text on its last character first)
    return next((w for w in words if text.endswith(w)), None)


def _starts_with_any(text: str, words) -> str | None:
    if isinstance(words, WordSet):
        return words.prefix_of(text)
    return next((w for w in words if text.startswith(w)), None)


def _has_arabic(s: str) -> bool:
    return any(c.isdigit() and c not in DIGITS or c in "0123456789０１２３４５６７８９" for c in s)


def _magnitude_only(s: str) -> bool:
    """Every character of ``s`` is a magnitude (十, 万, 亿; true for ""): what is left after they are stripped."""
    return not s.strip(MAGNITUDE_CHARS)


def _trailing_magnitude(s: str) -> Decimal:
    """The product of the magnitude characters that end ``s`` (5万 -> 10000)."""
    mult = Decimal(1)
    i = len(s)
    while i > 0 and s[i - 1] in MAGNITUDE_CHARS:
        i -= 1
    for c in s[i:]:
        mult *= BIG_UNITS.get(c) or SMALL_UNITS[c]
    return mult if i > 0 else Decimal(1)


def _trailing_big(s: str) -> Decimal:
    """The product of the big magnitudes (万, 亿, 兆) that end ``s`` (三十万 -> 10000)."""
    mult = Decimal(1)
    i = len(s)
    while i > 0 and s[i - 1] in BIG_UNITS:
        i -= 1
        mult *= BIG_UNITS[s[i]]
    return mult if i > 0 else Decimal(1)


def _approx(*markers: tuple[str, str | None]) -> str | None:
    """The first marker present wins (S3, X18)."""
    table = approx_markers()
    for position, marker in markers:
        if marker:
            return table[position][marker]
    return None


class _Filter:
    """Context checks that keep ordinals, names, vague and per-unit amounts out."""

    def __init__(self, line: Line) -> None:
        self.line = line
        self.text = line.text
        self.words = nonfacts()
        self._name_spans: list[tuple[int, int]] | None = None

    def name_spans(self) -> list[tuple[int, int]]:
        if self._name_spans is None:
            self._name_spans = [m.span(1) for m in _names().finditer(self.text)]
        return self._name_spans

    def in_name(self, start: int, end: int) -> bool:
        """Overlaps a numeral-built name (Q8) that it does not strictly contain."""
        spans = self.name_spans()
        # names are short: only those starting a little before ``end`` can overlap
        i = bisect_left(spans, (start - nonfacts()["name"].longest, 0))
        for s, e in spans[i:]:
            if s >= end:
                break
            if start < e and not (start <= s and e <= end and (s, e) != (start, end)):
                return True
        return False

    def in_short_quote(self, start: int, end: int) -> bool:
        """Inside a short quoted label (“三个代表”, “四班三运转”, X29)."""
        text = self.text
        lo = max(0, start - 6)
        left = max(text.rfind("“", lo, start), text.rfind('"', lo, start), text.rfind("「", lo, start))
        if left < 0:
            return False
        for close in "”\"」":
            right = text.find(close, end, left + 7)
            if right >= 0:
                return True
            right = text.find(close, end, left + 14)  # “百日千万招聘专项行动”: a campaign's name
            if right >= 0 and left == start - 1 and text.endswith(_CAMPAIGN_ENDS, 0, right):
                return True
        return False

    def bad_before(self, start: int, within: bool = False) -> bool:
        """An ordinal, rank or per-unit word right before the amount.

        ``within``: the amount ends in 内/以内 (发病前两周内 is a span of time, no rank).
        """
        head = self.text[max(0, start - 4) : start]
        if head[-1:] in (" ", "\u00a0") and start >= 2 and not self.text[start - 2].isascii():
            head = self.text[max(0, start - 5) : start - 1]  # 第 3 名: words before a spaced number count too
        if _ends_with_any(head, self.words["before"]) and not _ends_with_any(head, self.words["not_before"]):
            return True
        if self.text[start : start + 1] in ("1", "一") and _PER_ONE.search(self.text, max(0, start - 6), start) \
                and not self.text[start + 1 : start + 2].isdigit():
            return True  # 每多带动1人再给予200元, 每招用1人: the one of a rate, no amount
        if _ends_with_any(head, self.words["before_rank"]) and not _ends_with_any(head, self.words["not_rank"]) \
                and not within:
            return True
        last = head[-1:]
        if last in ("∶", ":", "：", "比") and head[-2:-1] != "" and head[-2:-1] in _SCORE_DIGITS:
            return True  # a ratio or score: 3∶1, 2比2战平
        if last == "∶":
            return True  # the ratio sign alone (1∶25万比例尺); a colon after a label ends the label:
            # 总投资：4.86亿元, 建设工期：24个月 are amounts
        if last in _FORMAT_CHARS and head[-2:-1].isdigit():
            return True  # 20\u200b23年: the end of a number split by an invisible character
        if last == "/" and "\u4e00" <= head[-2:-1] <= "\u9fff":
            return False  # 200兆瓦/400兆瓦时: a second amount after a unit (full-width ／ alike)
        return bool(last) and last.isascii() and (last.isalnum() or last in "._#/")

    def jieba_ok(self, start: int, num_start: int, end: int, admin: bool = False) -> bool:
        """A Chinese numeral must not be glued into a word (统一张, 一日千里, 三国演义)."""
        tok = self.line.token_at(num_start)
        if tok is None:
            return True
        if tok[0] < start:
            if tok[1] == end and self.text.endswith("倍", 0, end) \
                    and self.text[tok[0] : start] in link_words()["change_up"]:
                return True  # 增加一倍/l: a change word and a multiple the dictionary keeps as one word
            return tok[2] in ("ns", "m", "mq", "q", "t") \
                or not self.line.is_dictionary_word(self.text[tok[0] : tok[1]])  # 东三省 is a place, 统一 a verb
            # (居五区/n: a word only the HMM guesses glues no numeral; the engines guess differently)
        if tok[1] > end:
            tail = self.text[end : tok[1]]
            return admin or tail in self.words["glued_ok"] \
                or not self.line.is_dictionary_word(self.text[tok[0] : tok[1]])  # (两人共开/v: the HMM's guess)
        if tok[1] == end and tok[2] == "i" and self.text[end - 1 : end] == "半":
            return True  # 两岁半 is tagged as an idiom, but it is an amount (X3)
        return not (tok[1] == end and tok[2] in ("d", "c", "i", "v", "a", "ad"))

    def previous_tag(self, pos: int) -> str | None:
        """The tag of the token ending right before ``pos``."""
        tok = self.line.token_at(pos - 1) if pos > 0 else None
        return tok[2] if tok is not None and tok[1] == pos else None

    def counted_nearby(self, start: int, unit: str) -> bool:
        """Another count just before, across 、 or ， (两个特点、一种倾向, X31)."""
        text = self.text
        if text[start - 1 : start] not in ("、", "，", ","):
            return False
        window = text[max(0, start - 12) : start - 1]
        window = window[max(window.rfind(stop) for stop in "。！？；;") + 1 :]  # (not across a sentence)
        for m in _main().finditer(window):
            number = m.group(N)
            if not (_has_arabic(m.group()) or (number and number != "一")):
                continue
            if text[start - 1] == "、" or m.group().endswith(unit):
                return True  # 四次地面试验，一次空中试验 (but 8600余条…，一个层级分明的团伙: no contrast)
        return False


def _splits_token(line: Line, pos: int) -> bool:
    """A word of the line's tokens runs across ``pos`` (家乡 in 23家|乡镇 ends inside 乡镇)."""
    tok = line.token_at(pos - 1)
    return tok is not None and tok[1] > pos


def _article_one(f: _Filter, m: re.Match, unit: Unit, num_text: str, end: int) -> bool:
    """一 + classifier that only introduces a noun (Q5, X31): not a count."""
    if num_text not in ("一", "壹", "弌") or unit.dimension == "ratio":
        return False  # (增长一倍: a multiple is never an article)
    text = f.text
    head = text[max(0, m.start() - 3) : m.start()]
    if m.group(PRE):
        return False
    if text.startswith(("内", "內", "以内", "以內"), end):
        return False  # 赛后一周内: a span of time
    if unit.kind in ("classifier", "admin"):
        if text.startswith(text[end - len(unit.surface) : end], end):
            return True  # 一张张发照片, 一个个: a repeated classifier is "one by one", no count
        if head[-1:] in ("这", "那", "這"):
            return True  # 补上这一课: a demonstrative's 一, no count
        if text[end : end + 1] in CLAUSE_END and (f.previous_tag(m.start()) or "").startswith("n"):
            return False  # post-nominal count: 获铜牌一枚。
        if f.counted_nearby(m.start(), unit.surface):
            return False  # in contrast with other counts: 两个特点、一种倾向
        near = text[max(0, m.start() - 4) : m.start()]
        return not any(_counts(near, w) for w in f.words["counted_before"])  # 只许养一头猪
    # units of measure and time: 一天内 is an amount, 那一天 / 一天挣 are not
    if unit.kind == "time" and _ends_with_any(head, f.words["shift_before"]):
        return False  # 提前一个月就已订满: by how much it moved, a count (前 of 提前 is no article word)
    if head[-1:] and _ends_with_any(head, f.words["article_before"]):
        return True
    if unit.kind == "time" and (text[end : end + 1].isdigit() or text[end : end + 1] in CN_DIGIT_CHARS):
        return True  # 每间房一晚680元: per night, the denominator of the price
    return bool(_starts_with_any(text[end : end + 4], f.words["per_period_after"]))


def _counts(near: str, word: str) -> bool:
    """``word`` (只, 仅, 就 …) in ``near``, the text before 一 + classifier, makes the number the
    point (只许养一头猪), unless the copula 是 follows it: 只是一个数字, 这就是一个例子 and 仅仅是一个开始
    introduce a noun ("just a …"), an article (Q5)."""
    i = near.rfind(word)
    return i >= 0 and "是" not in near[i + len(word) :]


#: 成 after a number: tenths, as per-hundred (三成 -> 30).
_CHENG = Unit("成", "percent", "成", "ratio", scale=Fraction(10))


def _slash_unit(unit: Unit, written: str, per: Unit) -> tuple[Unit, str | None]:
    """A compound unit written with a slash (公斤/亩, 米/秒): its measure and what it is per.

    A length over a duration is a speed; any other compound keeps the numerator's dimension
    and SI factor, and ``per`` names the denominator as written.
    """
    if unit.dimension == "length" and per.dimension == "duration" and unit.si and per.si:
        return Unit(written, "measure", written, "speed", si=unit.si / per.si), None
    return Unit(written, "measure", written, unit.dimension, si=unit.si, offset=unit.offset), per.surface


def _lookup_unit(m: re.Match, g: tuple) -> tuple[Unit | None, str, int, str | None]:
    """(unit, unit as written, end of the unit, per) for a main-pattern match (``g``: its groups)."""
    table = units()
    if g[GE - 1]:
        written = g[GE - 1] + g[GEUNIT - 1]  # (個 in traditional text: 兩個月, 六個百分點)
        return table.get(written) or table.get("个" + g[GEUNIT - 1]) or table[g[GEUNIT - 1]], written, \
            m.end(GEUNIT), None
    if g[CHENG - 1]:
        return _CHENG, "%", m.end(CHENGX) if g[CHENGX - 1] else m.end(CHENG), None
    unit = table[g[UNIT - 1]]
    per = g[PER - 1]
    if per and unit.kind != "currency":
        written = g[UNIT - 1] + g[SLASH - 1] + per
        counted = per.lstrip("0123456789")  # 毫克/100毫升: per a hundred millilitres
        compound, per_unit = _slash_unit(unit, written, table[counted])
        if counted != per:
            compound = dataclasses.replace(compound, si=None, dimension="other")  # (no SI value per 100 mL)
        return compound, written, m.end(PER), per if counted != per else per_unit
    return unit, g[UNIT - 1], m.end(UNIT), per


def _with_measure(c: Candidate, measure: Measure) -> Candidate:
    c.dimension, c.si_value, c.si_value_max, c.si_unit = measure
    return c


@lru_cache(maxsize=1)
def _per_re() -> re.Pattern:
    """每 + (number +) unit before an amount, in the same clause: 每千瓦时0.56元, 每吨运费120元."""
    surfaces = [s for s, u in units().items() if u.kind != "percent"]
    return re.compile(rf"每(?:个)?(?P<per>(?:{NUMBER})?(?:{alternation(surfaces)}))[^，。；！？,;!?：:每]{{0,6}}$")


def _per_before(text: str, start: int) -> str | None:
    window = text[max(0, start - 16) : start]
    if "每" not in window:
        return None  # (the pattern needs a 每: most articles never compile it, 4 ms)
    m = _per_re().search(window)
    return m.group("per") if m else None


class _Read:
    """One main-pattern match as the filters, the value and the type read it."""

    __slots__ = ("m", "g", "unit", "written", "unit_end", "per", "range_", "n_text", "first_text", "num_start",
                 "start", "cpre", "tail")

    def __init__(self, m: re.Match, g: tuple, unit: Unit, written: str, unit_end: int, per: str | None) -> None:
        self.m, self.g, self.unit, self.written, self.unit_end, self.per = m, g, unit, written, unit_end, per
        self.range_ = g[N1 - 1] is not None
        #: the number the unit belongs to, and the first number (the same unless a range)
        self.n_text = g[N2 - 1] if self.range_ else g[N - 1]
        self.first_text = g[N1 - 1] if self.range_ else self.n_text
        self.cpre = g[CPRE - 1]
        self.num_start = m.start(CPRE) if self.cpre else m.start(N1 if self.range_ else N)
        self.start = m.start()
        self.tail: tuple[Fraction, int] | None = None


def _amount_candidate(f: _Filter, m: re.Match) -> tuple[Candidate, Unit] | None:
    """A main-pattern match -> (candidate, unit), or None: match -> filters -> extent -> value -> type."""
    g = m.groups()
    unit, written, unit_end, per = _lookup_unit(m, g)
    if unit is None:
        return None
    a = _Read(m, g, unit, written, unit_end, per)
    if a.range_ and _is_financial(a.first_text) != _is_financial(a.n_text):
        # 拾到3000元 (picked up 3000 yuan): one range is written in one style of numerals
        again = _main().match(f.text, m.start(N2))
        return _amount_candidate(f, again) if again is not None and again.group(N1) is None else None
    a.unit, a.start = _in_context(f.text, unit, a.start, a.first_text, unit_end)
    if _number_rejected(f, a) or _unit_rejected(f, a):
        return None
    end, post, post2, compound = _extent(f, a)
    if g[PRE - 1] and (_starts_with_any(f.text[end : end + 4], f.words["detaches_marker"])
                       or _ends_with_any(f.text[max(0, m.end(PRE) - 3) : m.end(PRE)], f.words["marker_word"])):
        return _detached(f, m)  # 不到800万元总额的1／5: the marker modifies the larger phrase
    if _context_rejected(f, a, end):
        return None
    value = _value(a)
    if value is None:
        return None
    return _typed(f.text, a, end, post, post2, compound, *value)


def _number_rejected(f: _Filter, a: _Read) -> bool:
    """Filters on the number and the words right around it."""
    text, g, unit, n_text, first_text, num_start = f.text, a.g, a.unit, a.n_text, a.first_text, a.num_start
    if n_text[:1] in "0０" and n_text[1:2] and n_text[1:2] in "0123456789０１２３４５６７８９":
        return True  # 5、000万元: a digit group cut off by a list comma, no amount
    if _magnitude_only(first_text) and text[num_start - 1 : num_start] in (" ", "\u00a0") \
            and _has_arabic(text[num_start - 2 : num_start - 1]):
        return True  # 177.1 亿元: the 亿 of a number written with a space, not 亿 alone (Q6)
    if unit.surface in ("个", "個") and text[a.unit_end : a.unit_end + 1] and text[a.unit_end] in MAGNITUDE_CHARS:
        return True  # 10个亿 with no unit after it: no count of 个
    if g[KILO - 1] and unit.kind != "currency":
        return True  # 8k元 is money; 8K电视 is no amount
    within = (g[POST - 1] or "").endswith(("内", "內")) and unit.kind == "time"
    if f.bad_before(a.m.start(), within) or (num_start != a.m.start() and f.bad_before(num_start, within)):
        return True
    if unit.surface == "分" and text[num_start - 1 : num_start] in ("时", "点") and (
            text[num_start - 2 : num_start - 1] in DIGITS or text[num_start - 2 : num_start - 1].isdigit()):
        return True  # 23时30分 is a clock time (用时20分, 3小时70分 are not)
    number_end = a.m.end(N2 if a.range_ else N)
    after_num = text[number_end : number_end + 1]
    if after_num and after_num in f.words["vague_after"] and not g[INNER - 1]:
        return True
    if _magnitude_only(first_text):
        head = text[max(0, num_start - 1) : num_start]
        if head and head in f.words["vague_before"] and not g[PRE - 1]:
            return True
        counted = g[INNER - 1] or g[PRE - 1] or any(c in _inner() for c in n_text)
        if first_text not in ("十", "百") and unit.kind in ("classifier", "admin") and not counted \
                and len(unit.surface) == 1:
            return True  # 千家万户, 万人空巷; but 万余人, 百万人次 are amounts (Q6)
        if first_text == "亿万":
            return True
    if first_text in ("零", "〇", "○"):
        return True  # 零件, 零售
    if first_text == "半" and _ends_with_any(text[max(0, num_start - 2) : num_start], f.words["half_before"]):
        return True  # 上半年, 下半场 (X3)
    if unit.points and not _index_points(n_text):
        return True  # 下午3点, 8点半: a clock hour, no index points
    return bool(unit.digit_only and not (_has_arabic(n_text) or n_text[-1] in MAGNITUDE_CHARS
                                         or _CN_DECIMAL.search(n_text) or _x2_range(n_text)))


def _x2_range(n_text: str) -> bool:
    """Two neighbouring numerals (两三度, 十六七度; X2): an estimate of an amount, never a name or an
    ordinal, so the units taken only after digits follow it too."""
    return n_text[-1:] in CN_DIGIT_CHARS and consecutive_range(n_text) is not None


#: A Chinese numeral with a decimal point (二十四点五): a number, never part of a word, so the units
#: taken only after digits (度, 升, 方) follow it too.
_CN_DECIMAL = re.compile(rf"[点點][{CN_DIGIT_CHARS}]")


def _index_points(n_text: str) -> bool:
    """Index points are written in Arabic digits with decimals or above 24 (3926.41点, 26108点,
    also with thousands separators: 3,052.9点, 17,652點)."""
    digits = to_ascii(n_text).replace(",", "").replace("，", "")
    if not digits.replace(".", "").isdigit():
        return False
    return "." in digits or int(digits) > 24


def _counted_noun_before(line: Line, start: int) -> bool:
    """A noun that is no price stands right before the amount (新增银幕96块, 金牌3块): what the
    measure word counts, so 块 is no yuan (门票30块, 学费三千块 stay money)."""
    tok = line.token_at(start - 1)
    if _COUNT_BEFORE.search(line.text, max(0, start - 10), start):
        return True  # 银幕总数达到9.1万余块: a count of things (总数, 数量), no sum
    if tok is not None and tok[1] == start and line.text[tok[0] : start] == "地" and tok[0] > 0:
        noun = line.token_at(tok[0] - 1)  # 足球场/n 地/uv 587块: the dictionary cuts 场地 so
        return noun is not None and noun[1] == tok[0] and noun[2] in ("n", "nz")
    return tok is not None and tok[1] == start and tok[2] in ("n", "nz") and tok[1] - tok[0] > 1 \
        and line.text[start - 1] not in _PRICE_ENDINGS


#: 每 + a verb of a rate's step before a 1 (每多带动1人, 每增加1人, 每招用1人).
_PER_ONE = re.compile(r"每(?:多|再)?(?:增加|新增|增|招用|招收|带动|吸纳|安置|录用|聘用|雇用)$")

#: A count named before the amount, with the verb that states it (总数达到, 数量为).
_COUNT_BEFORE = re.compile(r"(?:总数|数量|总量)(?:已|共|累计)?(?:达到|达|为|增至|增加到|超过|突破|约)?$")


#: Last characters of the nouns that name a price or a sum (票价, 学费, 门票, 工资, 租金).
_PRICE_ENDINGS = frozenset("价费票钱资金租款薪税")


def _unit_rejected(f: _Filter, a: _Read) -> bool:
    """Filters on the unit and what follows it; may turn a clause-end unit into a classifier."""
    text, g, m, unit, unit_end = f.text, a.g, a.m, a.unit, a.unit_end
    if g[ADJ - 1] and not unit.container:
        return True
    if a.written[-1:].isascii() and a.written[-1:].isalpha() and text[unit_end : unit_end + 1].isascii() \
            and text[unit_end : unit_end + 1].isalpha():
        return True  # a Latin symbol is a unit only as a whole word: 3mins is no 3m, 5kmh no 5km
    unit_start = m.start(GE) if g[GE - 1] else (m.start(CHENG) if g[CHENG - 1] else m.start(UNIT))
    blocker = _starts_with_any(text[unit_start : unit_start + 6], f.words["unit_word"])
    alone = (f.line.token_at(unit_start) or (0, 0, "")) in (
        (unit_start, unit_end, "q"), (unit_start, unit_end, "m"), (unit_start, unit_end, "t"))
    if blocker and len(blocker) > unit_end - unit_start and not (
            alone and _splits_token(f.line, unit_start + len(blocker))):
        return True  # (but 23家|乡镇卫生院: 家乡 would cut 乡镇 in two; engines tag 家 q or m, 次 q or t)
    if text.startswith("、", unit_end) and _coordinated_label(text, unit_start, unit_end, f.words["unit_word"]):
        return True  # 二类、三类区域: grades listed before the word they make (X25)
    tail = a.tail = _decimal_tail(text, unit, unit_end) if not a.range_ else None
    if unit.clause_end and not tail and (not _ends_clause(text, unit_end) and not _starts_with_any(
            text[unit_end : unit_end + 3], currency_ends()) and not _compound(text, unit, unit_end)
            or _counted_noun_before(f.line, a.num_start)):
        a.unit = unit = Unit(unit.surface, "classifier", unit.surface, "count")  # 两块石头; but 三百块钱, 花了三百块。
    if unit.surface == "分" and unit.kind == "classifier" and _starts_with_any(text[unit_end : unit_end + 3],
                                                                              currency_ends()):
        a.unit = unit = dataclasses.replace(compound_units()["CNY"]["分"], compound=False)  # 降低1分钱: a cent
    if unit.end_only and not tail and not _sub_unit_money(f, a):
        return True  # 三角形, 一毛不拔, 校园一角: a lone 角 or 毛 is money only where it ends the amount
    if unit.kind == "currency" and unit.scale < 1 and a.n_text == "一" \
            and any(w in text[max(0, a.num_start - 3) : a.num_start] for w in f.words["emphatic_negation"]):
        return True  # 没花一分钱, 不值一毛钱: "not a penny" (X17)
    before, context = text[max(0, m.start() - 6) : m.start()], unit_context()
    if unit.dimension == "length" and unit.si is not None and "，" not in before \
            and any(word in before for word in context["per_hour"]):
        a.unit = unit = dataclasses.replace(unit, dimension="speed", si=unit.si / 3600)  # 时速350公里: km/h
    if unit.kind == "classifier" and unit.surface in compound_units()["duration"] and _seconds_after(text, unit_end):
        a.unit = unit = compound_units()["duration"][unit.surface]  # 1分54秒86: minutes, not points
    if unit.surface == "年" and not a.range_ and not g[INNER - 1] and _calendar_year(a.n_text) \
            and (not g[PRE - 1] or _year_level(a.n_text, text, unit_end)):
        return True  # a calendar year: the date recogniser takes it (中华3000年 stays a duration)
    return bool(a.range_ and unit.surface == "年" and _has_arabic(a.first_text) and len(a.first_text) == 4)


_LISTED_NUMERAL = re.compile("[0-9一二三四五六七八九十两]{1,3}")


def _coordinated_label(text: str, unit_start: int, unit_end: int, unit_words: WordSet) -> bool:
    """The unit is listed with a numeral and the same unit that make a word of ``unit_words``
    (二类、|三类区域, the grade 类区域): the first is such a grade too."""
    listed = _LISTED_NUMERAL.match(text, unit_end + 1)
    if listed is None or not text.startswith(text[unit_start:unit_end], listed.end()):
        return False
    word = _starts_with_any(text[listed.end() : listed.end() + 6], unit_words)
    return word is not None and len(word) > unit_end - unit_start


def _sub_unit_money(f: _Filter, a: _Read) -> bool:
    """A lone 角 or 毛 (end_only) is money: before 钱 (三毛钱), as a compound (8角5分), or at the end
    of a clause (铅笔五角。, 2毛。) where it makes no word (八角, 三角, 校园一角: nonfacts sub_word)."""
    text, end = f.text, a.unit_end
    if _starts_with_any(text[end : end + 3], currency_ends()) or _compound(text, a.unit, end):
        return True
    if not _ends_clause(text, end) or text[end : end + 1] == "、":
        return False  # 三角形, 一毛不拔; a list of words (桂皮、八角、香叶)
    return text[a.num_start : end] not in f.words["sub_word"]


def _extent(f: _Filter, a: _Read) -> tuple[int, str | None, str | None, tuple[Fraction, int] | None]:
    """(end of the span, marker after, second marker after, compound unit) of a match."""
    text, g, m, unit = f.text, a.g, a.m, a.unit
    end = a.unit_end
    compound = None
    if not a.range_ and not (g[HALF - 1] or g[RMB - 1] or g[POST - 1] or g[POST2 - 1] or g[SLASH - 1]):
        compound = _compound(text, unit, a.unit_end) or a.tail
        if compound is not None:
            end = compound[1]
            marker = _starts_with_any(text[end : end + 4], approx_markers()["after"])
            if marker and marker not in _inner() and not g[POST - 1]:
                end += len(marker)  # 2小时08分以内: the marker after a compound
                return end, marker, None, compound
    for i in (HALF, RMB, POST, POST2):
        if g[i - 1]:
            end = m.end(i)
    post, post2 = g[POST - 1], g[POST2 - 1]
    # 多 / 余 after the unit only when nothing but punctuation follows (半米多，…)
    for i in (POST2, POST):
        marker = g[i - 1]
        if marker and (marker in _inner() or marker in ("内", "內", "上下")) \
                and not _free_after(text, m.end(i), marker) and not _before_verb(f.line, m.start(i), m.end(i)):
            end = m.start(i)
            if i == POST:
                post = post2 = None
            else:
                post2 = None
    if unit.kind == "currency" and g[PER - 1]:
        end = a.unit_end
        post = post2 = None
    return end, post, post2, compound


def _context_rejected(f: _Filter, a: _Read, end: int) -> bool:
    """Filters on the words around the whole span: names, quoted labels, jieba words, 一 as an article."""
    m = a.m
    if f.in_name(m.start(), end) or f.in_short_quote(a.num_start, end):
        return True
    if not a.range_ and not _has_arabic(a.first_text + a.n_text) and not _financial_money(a) \
            and not (a.tail and a.unit.kind == "currency") and not f.jieba_ok(
            m.start(), a.num_start, end, a.unit.kind == "admin"):
        return True  # (money with its tenths, 七毛八, is an amount even where jieba tags an idiom)
    return not a.range_ and _article_one(f, m, a.unit, a.n_text, a.unit_end)


#: The financial (大写) numerals: written only to state an amount of money.
_FINANCIAL = frozenset("壹贰叁肆伍陆柒捌玖拾佰仟貳參陸")


def _is_financial(number: str) -> bool:
    """``number`` is written in financial numerals (拾, 叁佰伍拾, 壹万)."""
    return any(c in _FINANCIAL for c in number) and all(c in _FINANCIAL or c in "零万萬亿億" for c in number)


def _financial_money(a: _Read) -> bool:
    """Money written in financial numerals (拾元, 叁佰伍拾元): no word of jieba's holds it (拾元 is
    tagged a verb, "pick up yuan")."""
    return a.unit.kind == "currency" and _is_financial(a.n_text)


def _value(a: _Read) -> tuple[Decimal, Decimal | None] | None:
    """(value, upper value or None) of the amount, in its unit; None when it is no number."""
    g, unit, n_text, first_text = a.g, a.unit, a.n_text, a.first_text
    u1 = g[U1 - 1]
    if u1 and u1 != (g[UNIT - 1] or ("成" if g[CHENG - 1] else None)):
        return None
    try:
        lo, hi = parse_amount(_plain(n_text))
        if a.range_:
            lo1, hi1 = parse_amount(_plain(first_text))
            if hi1 is not None or hi is not None:
                return None
            mag = _trailing_magnitude(n_text)
            big = _trailing_big(n_text)
            if _trailing_magnitude(first_text) == 1 and mag > 1 and lo1 * mag <= lo:
                lo1 *= mag
            elif big > 1 and not any(c in BIG_UNITS for c in first_text) and lo1 * big <= lo:
                lo1 *= big  # 十八至三十万, 一百二十到一百五十万: the 万 is shared, not the 十
            if lo1 < 0 and g[SEP - 1] in ("--", "－－"):
                lo = -lo  # -5℃--3℃: the second hyphen is the upper end's sign (1万元--5万元: a dash)
            lo, hi = lo1, lo
            if hi < lo:
                return None  # 10至5℃ is no range
    except ValueError:
        return None
    if g[GEMOD - 1] == "半" or g[HALF - 1]:
        if a.range_:
            assert hi is not None  # (a range has its upper end)
            hi = hi + Decimal("0.5")  # 一年至一年半: the 半 is the upper end's
        else:
            lo = lo + Decimal("0.5")
    if g[KILO - 1]:
        lo = lo * 1000
    if unit.discount and lo >= 10:
        a.unit = unit = Unit(unit.surface, "percent", unit.name, "ratio")  # 七五折: already per hundred
    if g[CHENG - 1]:
        extra = Decimal(DIGITS[g[CHENGX - 1]]) if g[CHENGX - 1] else Decimal(0)
        lo, hi = lo * 10 + (0 if a.range_ else extra), (hi * 10 + extra) if hi is not None else None
    elif unit.kind == "percent":
        lo = lo * unit.factor
        hi = hi * unit.factor if hi is not None else None
    return lo, hi


def _typed(text: str, a: _Read, end: int, post: str | None, post2: str | None,
           compound: tuple[Fraction, int] | None, lo: Decimal, hi: Decimal | None) -> tuple[Candidate, Unit] | None:
    """The candidate: its type and unit as output, approximation, measure and per."""
    g, unit, cpre, written = a.g, a.unit, a.cpre, a.written
    inner_in_amount = next((c for c in a.n_text if c in _inner() and c not in DIGITS), None)
    approx = _approx(
        ("before", g[PRE - 1]),
        ("inner", inner_in_amount),
        ("inner", g[INNER - 1]),
        ("inner", "多" if g[GEMOD - 1] == "多" else None),
        ("after", post),
        ("after", post2),
    )
    if unit.kind == "currency":
        ftype, unit_out = "money", unit.code
        if unit.scale != 1:
            lo = lo * unit.factor
            hi = hi * unit.factor if hi is not None else None
    elif cpre:
        return None  # a currency before a number with no currency unit after it
    elif unit.kind == "percent":
        ftype, unit_out = "percent", written if unit.name in ("百分点", "千分点") else "%"
    else:
        ftype, unit_out = "quantity", written
    if cpre and unit.generic:
        unit_out = _currency_leads()[cpre]  # 港币100元: the name before says which 元
    if compound is not None:
        # 3小时20分 -> 3 1/3 小时, exact; below zero the smaller unit adds to the size: -(5元7角).
        # The part is in the written unit: for a currency unit of another scale it is scaled as the
        # value was (8角5分, 两毛五: 0.85, 0.25 yuan)
        part = compound[0] * unit.scale if unit.kind == "currency" else compound[0]
        lo = exact(lo) + part if lo >= 0 else exact(lo) - part  # type: ignore[assignment]
    value_max = hi if hi is not None and hi != lo or a.range_ and hi is not None else None
    measure = measure_of(unit, lo, value_max)
    per = a.per
    if per is None and ftype != "percent":
        per = _per_before(text, a.num_start)
    # 二七区 (郑州), 八一镇: a numeral and an administrative noun that name a unit of the gazetteer
    named = unit.kind == "admin" and a.start == a.num_start and _names_a_unit(text[a.start : end])
    return _with_measure(Candidate(
        start=a.start, end=end, type=ftype, value=_number(lo),
        value_max=to_number(value_max) if value_max is not None else None,
        unit=unit_out, approx=approx, rule="amount", priority=0 if named else 1, num_start=a.num_start,
        per=per, unit_kind=unit.kind,
    ), measure), unit


def _names_a_unit(text: str) -> bool:
    """``text`` is the full name of a unit of the gazetteer (its place candidate then wins)."""
    from factx import gazetteer  # (rare: only numerals before an administrative noun)

    return any(e.name == text for e in gazetteer.entries(text))


def _number(value) -> int | float:
    return to_number(value) if isinstance(value, Decimal) else as_number(value)


@lru_cache(maxsize=1)
def _context_surfaces() -> frozenset[str]:
    return frozenset(surface for position, table in unit_context().items() if position != "per_hour"
                     for surface, _ in table.values())


def _in_context(text: str, unit: Unit, start: int, number: str, unit_end: int) -> tuple[Unit, int]:
    """The unit a word next to the amount makes of a bare surface (华氏95度, 零下5度, 100度电),
    and the start of the span (the word before the number is inside it)."""
    if unit.surface not in _context_surfaces():
        return unit, start
    context = unit_context()
    word = _ends_with_any(text[max(0, start - 3) : start], context["before"])
    if word and context["before"][word][0] == unit.surface:
        return context["before"][word][1], start - len(word)
    word = _starts_with_any(number, context["number"])
    if word and context["number"][word][0] == unit.surface:
        return context["number"][word][1], start
    word = _starts_with_any(text[unit_end : unit_end + 2], context["after"])
    if word and context["after"][word][0] == unit.surface:
        return context["after"][word][1], start
    return unit, start


_DAY = 86400


def _factor(unit: Unit) -> Fraction | None:
    return unit.scale if unit.kind == "currency" else unit.si


#: The characters a match of ``_compound_re`` starts with: 又, or its number's lookahead.
_COMPOUND_LEADS = frozenset("又0123456789０１２３４５６７８９" + CN_DIGIT_CHARS + "十")


@lru_cache(maxsize=64)
def _compound_re(key: str, spaced: bool = False) -> re.Pattern:
    """The next part of a compound of ``key``; ``spaced``: in text typeset with a space between
    a number and its unit (2 小时 30 分), one may stand there too."""
    table = compound_units()[key]
    gap = r"(?<=[0-9０-９])[ \u00a0]?" if spaced else ""
    return re.compile(rf"又?(?P<n>[一三](?=[两兩])|(?=[0-9０-９{CN_DIGIT_CHARS}十]){NUMBER})"  # (一斤三两)
                      rf"{gap}(?P<u>{alternation(table)})")


def _seconds_after(text: str, pos: int) -> bool:
    """One or two digits and 秒 follow (1分54秒, 2分05秒): the 分 before them is minutes."""
    return re.match(r"[0-9０-９]{1,2}秒", text[pos : pos + 3]) is not None


def _compound(text: str, unit: Unit, pos: int) -> tuple[Fraction, int] | None:
    """A smaller unit of the same measure right after an amount (3元5角, 3小时20分, 两美元又三美分):
    (what it adds, in the first unit; end of the compound)."""
    key = unit.code if unit.kind == "currency" else unit.dimension
    first = _factor(unit)
    if first is None or key not in compound_units():
        return None
    if key == "duration" and first >= _DAY:
        return None  # 有期徒刑三年六个月 stays two durations (as the gold annotates it)
    table = compound_units()[key]
    # 2 小时 30 分: a space before the first unit allows one before the next number and unit
    spaced = text[pos - len(unit.surface) - 1 : pos - len(unit.surface)] in (" ", "\u00a0")
    added, current, end = Fraction(0), first, None
    while True:
        if spaced and text[pos : pos + 1] in (" ", "\u00a0"):
            pos += 1
        if text[pos : pos + 1] not in _COMPOUND_LEADS:
            break  # no number follows: no need to compile the pattern (2 ms a key)
        m = _compound_re(key, spaced).match(text, pos)
        if m is None:
            break
        part = table[m.group("u")]
        factor = _factor(part)
        if factor is None or factor >= current or part.offset or (part.kind == "time") != (unit.kind == "time"):
            break
        try:
            value = parse_decimal(m.group("n"))
        except ValueError:
            break
        if value < 0 or exact(value) * factor >= current:
            break  # 3小时70分 is no compound
        added += exact(value) * factor / first
        current, pos, end = factor, m.end(), m.end()
        tail = _decimal_tail(text, part, end) if part.tail else None
        if tail is not None:
            added += tail[0] * factor / first  # 1分54秒86: hundredths of the second
            pos = end = tail[1]
            break
    return (added, end) if end is not None else None


def _ends_clause(text: str, pos: int) -> bool:
    """A clause ends at ``pos``, or after an approximation marker there (3.04块以上。, 三百块左右)."""
    marker = _starts_with_any(text[pos : pos + 3], approx_markers()["after"])
    if marker:
        pos += len(marker)
    return text[pos : pos + 1] in CLAUSE_END


@lru_cache(maxsize=1)
def _tail_re() -> re.Pattern:
    digit = "一二三四五六七八九"
    return re.compile(
        rf"(?P<ar>[0-9０-９]{{1,2}})(?![0-9０-９.．%％])|(?P<cn>[{digit}])(?![{digit}十百千万亿零〇两])"
        rf"|零(?P<cn0>[{digit}])(?![{digit}十百千万亿零〇两])")  # 三块零四: 3.04 (no tenths)


def _decimal_tail(text: str, unit: Unit, pos: int) -> tuple[Fraction, int] | None:
    """Digits right after a unit that takes its decimals so (1米75, 10秒80, 三块五)."""
    if not unit.tail:
        return None
    m = _tail_re().match(text, pos)
    if m is None or (unit.kind == "currency") != bool(m.group("cn") or m.group("cn0")):
        return None
    after = text[m.end() : m.end() + 4]
    if after[:1] not in CLAUSE_END and (
            _starts_with_any(after, units()) or _starts_with_any(after, nonfacts()["unit_word"])):
        return None  # 1米3名: the digits count something else
    if m.group("cn0"):
        return Fraction(DIGITS[m.group("cn0")], 100), m.end()  # 三块零四: the 零 stands for no tenths
    digits = m.group("ar") or str(DIGITS[m.group("cn")])
    value = int(digits.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    return Fraction(value, 10 ** len(digits)), m.end()


def _detached(f: _Filter, m: re.Match) -> tuple[Candidate, Unit] | None:
    """The same match read without its leading approximation marker (X22)."""
    again = _main().match(f.text, m.end(PRE))
    if again is None or again.group(PRE):
        return None
    return _amount_candidate(f, again)


def _year_level(number: str, text: str, end: int) -> bool:
    """A recent year after a more/less marker whose level follows (不足2019年的七成, 超过2019年的
    水平): the marker bounds the share, the year stays a date (X22); 近2000年的古城 is a duration."""
    return number.isdigit() and 1950 <= int(number) <= 2100 and number != "2000" \
        and text.startswith(("的", "同期", "水平", "全年", "底", "末"), end)  # (超过2024年全年的8.9万辆)


def _calendar_year(number: str) -> bool:
    """Four digits (2023, 二〇二三) between 1000 and 2100."""
    if len(number) != 4 or not all(c in DIGITS for c in number):
        return False
    try:
        return 1000 <= parse_decimal(number) <= 2100
    except ValueError:
        return False


def _plain(number: str) -> str:
    """The number without the 余/多/个 written inside it (20多万 -> 20万, 10个亿 -> 10亿) and
    without a space before a magnitude (177.1 亿 -> 177.1亿)."""
    for c in _inner() + "个個":
        number = number.replace(c, "")
    if number[-1:] in MAGNITUDE_CHARS:
        number = re.sub(r"(?<=[0-9０-９])[ \u00a0](?=[亿億万萬])", "", number)
    return number


#: Particles that may follow a 多/余 after the unit (两年多了, 一个月多的时间); 时间 too (两年多时间).
_AFTER_MORE = ("了", "的", "后", "後", "来", "來", "以")
#: Size adjectives after a 多 after the unit: 长到两米多高, 三斤多重.
_SIZE_AFTER_MORE = frozenset("高长長宽寬深厚重远遠粗")


def _free_after(text: str, pos: int, marker: str) -> bool:
    nxt = text[pos : pos + 1]
    if marker in _inner():
        return nxt in CLAUSE_END or not ("\u4e00" <= nxt <= "\u9fff") or nxt in _AFTER_MORE \
            or text.startswith(("时间", "時間"), pos) or nxt in _SIZE_AFTER_MORE
    if marker in ("内", "內"):  # (内容, 内地, 内陆; traditional 內陸, 內閣)
        return nxt not in ("容", "部", "外", "地", "蒙", "陆", "陸", "涵", "需", "存", "在", "阁", "閣", "科", "河",
                           "江")
    return nxt not in ("班", "游", "车", "車", "楼", "樓", "文", "级", "級", "下")


def _before_verb(line: Line, start: int, end: int) -> bool:
    """多/余 after the unit is a word of its own and a verb follows it (六成多|提升到八成五): the
    marker ends the amount, as before punctuation (not 三年|多元化)."""
    plain = line.plain_tag(line.text[start : start + 8])  # (the dictionary's cut: the engines' HMMs guess
    # differently, 元多降/v with rjieba, 多|交/n with jieba)
    return len(plain) > 1 and plain[0][1] == end - start and plain[1][2].startswith("v")


def _coordinated(f: _Filter, c: Candidate) -> list[Candidate] | None:
    """Bare numbers coordinated before ``c`` share its unit (S6): 2.5和1.3个百分点, and
    6.2个和4.8个百分点 (the 个 of the first is the start of the shared unit)."""
    out: list[Candidate] = []
    pos = c.start
    text = f.text
    while True:
        head = text[max(0, pos - 24) : pos]
        if not head.endswith(COORD):
            break
        conj = _ends_with_any(head, COORD)
        if conj is None:
            break
        m, written = _bare_number_before(text, pos - len(conj)), 0
        unit = c.unit or ""
        if unit.startswith("个") and len(unit) > 1 and text[pos - len(conj) - 1 : pos - len(conj)] == "个":
            # 6.2个和4.8个百分点, 3个和5个月: 个 opens the shared unit (but 100兆瓦和200兆瓦时 keep theirs)
            m, written = _bare_number_before(text, pos - len(conj) - 1), 1
        if m is None:
            break
        s, e, value = m
        e += written
        if text[s - 1 : s] in ("/", "／"):
            break  # 8.6/10万和2.1‰: the number before is a fraction's denominator, no bare number
        if f.bad_before(s):
            return None  # 第四、五轮: the ordinal covers the whole coordination (X26)
        out.append(Candidate(start=s, end=e, type=c.type, value=value, unit=c.unit,
                             rule="coordination", priority=2 if written else 1, num_start=s, unit_kind=c.unit_kind))
        pos = s
    return out


#: What may not stand right before a bare number: a digit, a magnitude, a decimal point.
_NOT_BEFORE_BARE = frozenset(MAGNITUDE_CHARS + "".join(DIGITS) + ".．·")


def _bare_number_search(text: str, end: int) -> re.Match | None:
    """What ``re.compile(rf"(?<![…]){NUMBER}$").search(text, end - 20, end)`` finds, with the
    anchor pattern (compiled anyway) tried at each offset instead: the leftmost number that
    ends at ``end`` or, as ``$`` allows, before a last newline. Saves compiling NUMBER again."""
    match = _anchor().match
    for s in range(max(0, end - 20), end):
        if s > 0 and text[s - 1] in _NOT_BEFORE_BARE:
            continue
        m = match(text, s, end)
        if m is None or m.group() == "半":  # (半 is the anchor's other reading, not a NUMBER)
            continue
        if m.end() == end or m.end() == end - 1 and text[m.end()] == "\n":
            return m
    return None


def _bare_number_before(text: str, end: int):
    m = _bare_number_search(text, end)
    if m is None or m.end() != end:
        return None
    s = m.start()
    try:
        value = parse_decimal(m.group())
    except ValueError:
        return None
    return s, end, to_number(value)


#: Where an amount can stand: a number or 半.
ANCHOR = rf"{NUMBER}|半"


@lru_cache(maxsize=1)
def _anchor() -> re.Pattern:
    return prebuilt.compile("anchor", ANCHOR)


#: Every character a match of ``_anchor`` can start with: its optional sign, a digit, a
#: Chinese digit or magnitude, 半.
_ANCHOR_LEAD = re.compile(rf"[负負\-－−0-9０-９{CN_DIGIT_CHARS}{MAGNITUDE_CHARS}半]")


def _anchor_starts(text: str):
    """Where the matches of ``_anchor().finditer(text)`` start, found the same way (each
    search resumes at the end of the last match) but tried only at a character that can
    start one: ``re`` would try the pattern at every offset."""
    lead, anchor = _ANCHOR_LEAD.search, _anchor().match
    pos = 0
    while (hit := lead(text, pos)) is not None:
        p = hit.start()
        m = anchor(text, p)
        if m is None:
            pos = p + 1
        else:
            yield p
            pos = m.end()


@lru_cache(maxsize=1)
def _leads_by_last() -> dict[str, tuple[str, ...]]:
    """The currency leads by their last character, each list in the order of ``_currency_leads``."""
    out: dict[str, list[str]] = {}
    for p in _currency_leads():
        out.setdefault(p[-1], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _lead_before(text: str, end: int) -> str | None:
    """The first currency lead (in ``_currency_leads`` order) that ends at ``end``."""
    if end <= 0:
        return None
    for p in _leads_by_last().get(text[end - 1], ()):
        if end >= len(p) and text.startswith(p, end - len(p)):
            return p
    return None


@lru_cache(maxsize=1)
def _unit_surfaces() -> WordSet:
    return WordSet(units())


def _numeral_after(text: str, pos: int) -> bool:
    """A unit, a numeral or a digit starts at ``pos``, and no word that is weighed (二两米饭: 米
    is no metre there)."""
    c = text[pos : pos + 1]
    return bool(c) and (c in DIGITS or c in MAGNITUDE_CHARS or c.isdigit()
                        or _unit_surfaces().prefix_of(text, pos) is not None
                        and _weighed().prefix_of(text, pos) is None)


def _pointed_checked(text: str, m: re.Match) -> re.Match | None:
    """``m``, or, when its number is Arabic digits around a 点 that is an hour's (8点30分, 8点3名:
    ``decimal_point``), the match read up to that 点 (what it was before 8点5度 was read)."""
    number = m.group(N)
    at = max(number.find("点"), number.find("點"))
    if at < 0:
        return m
    point = m.start(N) + at
    if decimal_point(text, point + 1):
        return m
    return _main().match(text, m.start(), point + 1)


def _matches(text: str):
    """The main pattern's matches, tried only where a number starts: scanning for numbers
    is several times faster than trying the whole pattern at every offset."""
    pattern = _main()
    before: WordSet = approx_markers()["before_set"]  # type: ignore[assignment]  # (kept beside the markers)
    done = 0
    for s in _anchor_starts(text):
        if s < done:
            continue
        m = None
        # an approximation marker or a currency sign may stand right before the number
        lead = before.suffix_of(text, s)
        if lead and s - len(lead) >= done:
            m = pattern.match(text, s - len(lead))
        if m is None:
            gap = 1 if text[s - 1 : s] in (" ", "\u00a0") else 0
            lead = _lead_before(text, s - gap)
            if lead and s - gap - len(lead) >= done:
                m = pattern.match(text, s - gap - len(lead))
        if m is None:
            m = pattern.match(text, s)
        if m is not None and m.group(N1) is not None and (_ends_differ(m) or _change_then_level(text, m)):
            # 下降0.2个百分点至5.0%, 每吨上调300元至8500元: a change and the level it reached (or two
            # amounts in different units), no range; the first is read alone (the pattern stopped
            # before the separator), the second after it
            m = pattern.match(text, m.start(), m.end(U1))
        if m is not None and m.group(N) and _has_arabic(m.group(N)):
            m = _pointed_checked(text, m)
        if m is not None and m.group(UNIT) and units()[m.group(UNIT)].numeral and _numeral_after(text, m.end(UNIT)):
            m = pattern.match(text, m.start(), m.start(UNIT))  # 3两个: 两个 is two of them, no weight
        if m is not None and m.end() > m.start():
            done = m.end()
            if m.end() == m.end(UNIT) and m.group(N) is not None:
                unit = units()[m.group(UNIT)]
                tail = _decimal_tail(text, unit, done) or _compound(text, unit, done)
                if tail is not None:
                    done = tail[1]  # 五块六, 四元五角: the 六, the 五角 are the amount's, no number of their own
            yield m


def _ends_differ(m: re.Match) -> bool:
    """Whether a range's first end carries a unit other than its second's (no range)."""
    u1 = m.group(U1)
    return bool(u1) and u1 != (m.group(UNIT) or ("成" if m.group(CHENG) else None))


#: A range after a change word whose upper end is at least this many times its lower end, both
#: written with the unit, is a change and the level it reached (上调300元至8500元), not a range
#: (增长5%至8%, 提高20%至50% stay ranges).
LEVEL_RATIO = 5


def _change_then_level(text: str, m: re.Match) -> bool:
    """Whether a range with a unit on both ends follows a change word (上调, 增加; 了 may stand
    between) and spans a ratio no range of a change would (``LEVEL_RATIO``)."""
    if not m.group(U1) or not _after_change(text, m.start()):
        return False
    try:
        lo, hi = parse_amount(_plain(m.group(N1)))[0], parse_amount(_plain(m.group(N2)))[0]
    except ValueError:
        return False
    return lo > 0 and hi >= lo * LEVEL_RATIO


def _after_change(text: str, pos: int) -> bool:
    """Whether a change word (增加, 上调; then maybe 了) ends right before ``pos``."""
    if text[pos - 1 : pos] == "了":
        pos -= 1
    w = link_words()
    return bool(w["change_up"].suffix_of(text, pos) or w["change_down"].suffix_of(text, pos))


def recognize(line: Line) -> list[Candidate]:
    """Quantity, money and percent candidates of one line."""
    if _ANCHOR_LEAD.search(line.text) is None:
        return []  # every amount, fraction and signed sum holds a digit, a numeral or 半
    return _recognize(line, _matches(line.text))


def recognize_lines(lines: list[Line]) -> list[list[Candidate]]:
    """``recognize`` of each line; the main pattern's matches of every line are found first,
    then read: the same candidates, with the pattern's scan and the filters each in a pass
    of its own (faster: each stays in the processor's caches)."""
    found = [list(_matches(line.text)) if _ANCHOR_LEAD.search(line.text) is not None else None
             for line in lines]
    return [_recognize(line, matches) if matches is not None else []
            for line, matches in zip(lines, found, strict=True)]


def _recognize(line: Line, matches) -> list[Candidate]:
    f = _Filter(line)
    out: list[Candidate] = []
    opaque = line.opaque_spans()
    # the amount read last (the first end of a range) and its index in ``out``; a number read
    # inside it (the 30分 of 2小时30分) is no amount after it
    last: tuple[Candidate, Unit] | None = None
    last_at = -1
    for m in matches:
        if opaque and inside_any(opaque, m.start(), m.end()):
            continue
        found = _amount_candidate(f, m)
        if found is not None:
            c, unit = found
            if last is not None and c.start >= last[0].end:
                joined = _joined_range(f.text, last, found)
                if joined is not None:
                    out[last_at] = joined
                    last = (joined, unit)
                    continue
            before = _coordinated(f, c)
            if before is not None:
                for b in before:
                    _with_measure(b, measure_of(unit, b.value))
                    b.per = c.per
                out.extend(before)
                out.append(c)
                if last is None or c.start >= last[0].end:
                    last, last_at = found, len(out) - 1
    text = line.text
    # every fraction holds 分之, a slash or 一半: most lines have none of them
    fractions = _fraction().finditer(text) if "分之" in text or "/" in text or "／" in text or "一半" in text else ()
    signed = _signed_money().finditer(text) if _signed_lead().search(text) else ()
    for matches, build in ((fractions, _fraction_candidate), (signed, _signed_candidate)):
        for m in matches:
            if opaque and inside_any(opaque, m.start(), m.end()):
                continue
            made = build(f, m)
            if made is not None:
                out.append(made)
    return out


#: Signs an amount may start with that stand for a range's dash right after another amount.
_DASH_SIGNS = ("-", "－", "−")


def _joined_range(text: str, first: tuple[Candidate, Unit], second: tuple[Candidate, Unit]) -> Candidate | None:
    """Two amounts joined by a range separator that the main pattern could not read as one
    range, because an end is a compound (五元六角-五元七毛八分, 五块六到五块七毛八) or the dash
    was read as the second amount's minus sign: one range (S5). A dash right after an amount
    is never a minus sign: when the two make no range, the second loses the sign."""
    a, unit = first
    b, unit_b = second
    gap = text[a.end : b.start]
    value = b.value
    if not gap and text[b.start : b.start + 1] in _DASH_SIGNS and b.num_start == b.start \
            and isinstance(value, (int, float)) and value < 0:
        gap = text[b.start]
        if text[b.start + 1 : b.start + 2] in _DASH_SIGNS:
            gap += text[b.start + 1]  # 1万元--5万元
        b.start += len(gap)
        b.num_start = b.start
        b.value = -value  # (the sign was the first end's only: 四‰-06-三十六% keeps the upper end 36)
        if b.value_max is not None and b.value_max < b.value:
            b.value_max = None  # (both ends signed, -5--3: no range once the first loses its sign)
        _with_measure(b, measure_of(unit_b, b.value, b.value_max))
    elif gap not in RANGE_SEPARATORS and gap not in ("--", "－－"):
        return None
    if (b.type, b.unit, b.per) != (a.type, a.unit, a.per) or a.value_max is not None or b.value_max is not None \
            or not isinstance(a.value, (int, float)) or not isinstance(b.value, (int, float)) \
            or not 0 <= a.value < b.value or b.approx and a.approx or a.approx not in (None, *_before_approx(text, a)) \
            or 0 < a.value * LEVEL_RATIO <= b.value and _after_change(text, a.start):
        return None  # (上涨2元至15元: a change and the level it reached, ``_change_then_level``)
    joined = dataclasses.replace(a, end=b.end, value_max=b.value, approx=a.approx or b.approx)
    return _with_measure(joined, measure_of(unit, a.value, b.value))


def _before_approx(text: str, c: Candidate) -> tuple[str, ...]:
    """The approx value of a marker before ``c``'s number (约五元…), or nothing: a marker after
    the first end (五元左右-…) leaves the two apart."""
    marker = approx_markers()["before_set"].suffix_of(text, c.num_start)  # type: ignore[attr-defined]
    return (approx_markers()["before"][marker],) if marker and c.start <= c.num_start - len(marker) else ()


#: English magnitudes after an amount with a currency sign (US$5 million, $8k).
_ENGLISH = {"k": 10**3, "K": 10**3, "thousand": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6,
            "billion": 10**9, "bn": 10**9, "trillion": 10**12}


@lru_cache(maxsize=1)
def _signed_money() -> re.Pattern:
    """$100, ￥3.5万, US$5 million, 人民币50亿: an amount after a currency sign or name, with no
    currency word after it (after a name the amount must end in a magnitude)."""
    return re.compile(
        rf"""(?:(?P<sign>{alternation(currency_prefixes())})[ \u00a0]?(?P<n>(?=[0-9０-９]){NUMBER})
               |(?P<word>{alternation(currency_words())})(?P<wn>{NUMBER}))
             (?P<eng>[ \u00a0]?(?:{alternation(_ENGLISH)})(?![A-Za-z]))?""",
        re.VERBOSE,
    )


@lru_cache(maxsize=1)
def _signed_lead() -> re.Pattern:
    """How every match of ``_signed_money`` starts: a currency sign before a digit, or a
    currency name before a number's first character. A line without one holds no signed
    money, and most articles never compile that pattern (4 ms; 人 or 日 alone said little)."""
    number_first = rf"[负負\-－−0-9０-９{CN_DIGIT_CHARS}{MAGNITUDE_CHARS}]"  # (NUMBER's sign or digit)
    return re.compile(
        rf"(?:{alternation(currency_prefixes())})[ \u00a0]?[0-9０-９]"
        rf"|(?:{alternation(currency_words())}){number_first}"
    )


def _signed_candidate(f: _Filter, m: re.Match) -> Candidate | None:
    if f.bad_before(m.start()):
        return None
    number = m.group("n") or m.group("wn")
    eng = (m.group("eng") or "").strip()
    if m.group("word") and not eng and number[-1] not in MAGNITUDE_CHARS:
        return None  # 人民币100 with no currency word and no magnitude: not read as money
    if m.group("word") and _starts_with_any(f.text[m.end() : m.end() + 4], units()):
        return None  # the unit after it belongs to the main pattern
    try:
        value = parse_decimal(_plain(number)) * _ENGLISH.get(eng, 1)
    except ValueError:
        return None
    code = (currency_prefixes() if m.group("sign") else currency_words())[m.group("sign") or m.group("word")]
    return Candidate(start=m.start(), end=m.end(), type="money", value=to_number(value), unit=code,
                     rule="currency sign", priority=0, num_start=m.start(), dimension="money",
                     unit_kind="currency")


def _percent_of(num: Decimal, den: Decimal) -> int | float:
    value = num * 100 / den
    if value != value.quantize(Decimal("1e-8")):
        value = value.quantize(Decimal("0.01"))
    return to_number(value.normalize())


def _fraction_candidate(f: _Filter, m: re.Match) -> Candidate | None:
    text = f.text
    start, end = m.start(), m.end()
    num_start = m.end("pre") if m.group("pre") else start
    if f.bad_before(start) or f.bad_before(num_start):
        return None
    if _starts_with_any(text[end : end + 3], nonfacts()["after"]) or text[end:end + 1] in ("号",):
        return None
    value: int | float
    value_max: int | float | None = None
    try:
        if m.group("half"):
            if text[num_start - 1 : num_start] in ("另", "这", "那", "上", "下"):
                return None
            value = 50
        elif m.group("den"):
            den = parse_decimal(m.group("den"))
            num, num_max = parse_amount(m.group("num"))  # 百分之二三十: 20..30 (X2)
            value = _percent_of(num, den)
            if num_max is not None:
                if m.group("num2"):
                    return None
                value_max = _percent_of(num_max, den)
            if m.group("num2"):
                den2 = parse_decimal(m.group("den2")) if m.group("den2") else den
                value_max = _percent_of(parse_decimal(m.group("num2")), den2)
                if value_max < value:
                    return None  # 百分之5至2: no range (as 10至5℃)
        else:
            sn, sd = m.group("sn"), m.group("sd")
            if parse_decimal(sn) > parse_decimal(sd):
                return None  # 血压165/98毫米汞柱, 定于12/5举行: no share of a whole (X5)
            value = _percent_of(parse_decimal(sn), parse_decimal(sd))
    except (ValueError, ArithmeticError):
        return None
    if not (m.group("sn") or m.group("half")) and not f.jieba_ok(
            start, num_start, end - len(m.group("post") or "")):
        return None
    approx = _approx(("before", m.group("pre")), ("after", m.group("post")))
    return Candidate(start=start, end=end, type="percent", value=value, value_max=value_max,
                     unit="%", approx=approx, rule="fraction", priority=1, num_start=num_start,
                     dimension="ratio", unit_kind="percent")
