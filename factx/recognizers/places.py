"""Places: gazetteer names found where jieba agrees they are words, plus roads, rivers
and other suffixed names jieba tags as places (docs/decisions.md: L1-L8).

Which unit a name denotes is settled per document, by the place resolution stage
(``factx.stages.places``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import ahocorasick_rs
import regex

from factx import gazetteer
from factx.candidate import Candidate
from factx.lexicons import TOWNSHIP_SUFFIXES, WordSet, alternation, nonfacts, place_context
from factx.recognizers import Line

#: Suffixes of roads and water bodies; the name before them is built from jieba tokens.
_ROAD = (r"(?:[东西南北中]?(?:大街|大道|路(?![段面网线况程径由费灯口内外侧])|街(?![道头区坊市]))|高速(?:公路)?"
         r"|巷(?![子口道])|胡同)")  # (下雨天巷子: an alley, no road named 下雨天巷; 路内/路外/路侧泊位: parking)
# (河长制, 河湖长制: the river chief system; 溪流, 清溪村: no river)
_WATER = r"(?:水库|运河|江(?![西苏])|河(?![南北长湖])|湖(?![南北长])|渠|溪(?![流水边畔谷村镇乡路街]))"
ROAD_SUFFIXES = ("大街", "大道", "胡同", "高速", "高速公路", "路", "街", "巷")
WATER_SUFFIXES = ("水库", "运河", "江", "河", "湖", "海", "湾", "渠", "溪")
MOUNTAIN_SUFFIXES = ("山脉", "山", "峰", "岭")
ADMIN_SUFFIXES = ("自治州", "自治县", "自治旗", "新区", "地区", "省", "市", "县", "区", "州", "盟", "旗",
                  "镇", "乡", "村", "街道")
#: Tags of tokens that may make up the name before a road suffix, and before a river's.
_STEM_TAGS = ("n", "ns", "nr", "nrt", "nz", "j", "m", "ng", "nt", "f", "s", "an", "vn", "b")
_WATER_STEM_TAGS = ("ns", "nr", "nrt", "nz", "j")
#: Tags a one-character token cannot have inside a name (在渭河, 与公路, 经沪昆高速).
_FUNCTION_TAGS = ("p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "x", "q", "m", "y",
                  "e", "f")
_MAX_STEM = 4
#: Tags of dictionary words that a place name must not be cut out of (长治久安).
_WORD_TAGS = ("i", "l", "a", "ad", "an", "d", "v", "vd", "c", "p", "r", "u", "uj", "ul", "z", "y")


#: Names ending in these (townships, most of the gazetteer) are found from their suffix.


@lru_cache(maxsize=1)
def _automaton() -> tuple[ahocorasick_rs.AhoCorasick, list[str]]:
    # Aho-Corasick over the gazetteer names: one linear pass finds them all (a regex
    # alternation of 40 thousand names is a thousand times slower). Township names are
    # left to _townships(): they are most of the names and would make start-up slow.
    names = gazetteer.search_names()  # prebuilt: sorted, no township names (see build_places.py)
    return ahocorasick_rs.AhoCorasick(names), names


@lru_cache(maxsize=1)
def _township_suffix() -> re.Pattern:
    return re.compile("|".join(TOWNSHIP_SUFFIXES))  # (literal words: ``re`` scans for them faster)


def _townships(text: str) -> list[tuple[str, int, int]]:
    """(surface, start, end) of gazetteer names ending in 镇/乡/街道/苏木, longest first."""
    out = []
    for m in _township_suffix().finditer(text):
        end = m.end()
        for start in range(max(0, end - 9), end - len(m.group())):
            surface = text[start:end]
            if gazetteer.entries(surface):
                out.append((surface, start, end))
                break
    return out


def _gazetteer_hits(text: str) -> list[tuple[str, int, int]]:
    automaton, names = _automaton()
    hits = [(names[i], s, e) for i, s, e in automaton.find_matches_as_indexes(text, overlapping=True)]
    return hits + _townships(text)


@lru_cache(maxsize=1)
def _suffix_pattern() -> regex.Pattern:
    return regex.compile(rf"(?P<road>{_ROAD})|(?P<water>{_WATER})")


@lru_cache(maxsize=1)
def _admin_suffix() -> re.Pattern:
    return re.compile("|".join(sorted(ADMIN_SUFFIXES, key=len, reverse=True)))  # (as _township_suffix)


@lru_cache(maxsize=1)
def _combo_pattern() -> regex.Pattern:
    words = nonfacts()
    countries = "".join(words["country_abbr"])
    regions = "".join(sorted(gazetteer.abbreviations()))
    after = alternation(words["combo_after"])
    directions = alternation(words["region_direction"])
    return regex.compile(
        rf"(?P<combo>[{countries}]{{2,3}})(?=(?:{after}))"
        rf"|(?P<region>[{regions}](?:{directions}))(?![部方面])"
    )


@cache  # (a handful of kinds, asked for in turn at each road or river suffix)
def _words(kind: str) -> frozenset[str]:
    return frozenset(nonfacts().get(kind, ()))


def kind_level(word: str) -> str:
    if word.endswith(ROAD_SUFFIXES):
        return "road"
    if word.endswith(WATER_SUFFIXES):
        return "water"
    if word.endswith(MOUNTAIN_SUFFIXES):
        return "mountain"
    return "other"


def _cut_from_word(line: Line, start: int, end: int) -> bool:
    """True when [start, end) is cut out of a word that is no place (长治久安, 沿海地区,
    吉尼斯世界纪录, 金凤凰, 张|北京), F3."""
    first = line.token_at(start)
    if first is not None and first[0] < start:
        head = line.text[first[0] : start]
        # only a place may be glued before it (湖北宜昌 as one token); a one-character
        # abbreviation is no place on its own (吉 in 吉尼斯, L5); nor a route's preposition, which
        # the HMM may glue to a foreign name (昆明至金奈: 至金奈/nr)
        guessed = line.text[end - 1] in ADMIN_SUFFIXES and not line.is_dictionary_word(line.text[first[0] : first[1]]) \
            and any(e.name == line.text[start:end] for e in gazetteer.entries(line.text[start:end]))
        if not guessed and not gazetteer.is_surface(head) and not head.endswith(ADMIN_SUFFIXES) \
                and not (head in _ctx("route_head") and first[1] <= end):  # (福州至台中: 至台/q|中/f)
            return True  # (据明/v|溪口镇: a word only one engine guesses before a full name is no word)
    last = line.token_at(end - 1)
    if last is None or last[1] <= end:
        return False
    tail = line.text[end : last[1]]
    if start <= last[0] < end and line.text[end - 1] in ADMIN_SUFFIXES \
            and (last[0] == end - 1 and last[2] in ("d", "c", "p", "v")
                 or not line.is_dictionary_word(line.text[last[0] : last[1]])) \
            and any(e.name == line.text[start:end] for e in gazetteer.entries(line.text[start:end])):
        # the HMM glued a full name's suffix to the next word: 浮石|镇共/d|转移, or a word only one
        # engine guesses (槐店|乡教|了, 妈|姑镇岩|脚村)
        return False
    if last[0] == start and len(tail) >= 2 and _country_or_province(line.text[start:end]) \
            and line.is_dictionary_word(tail):
        return False  # 香港股市, 美国经济: a country or province and a word of its own after it (L1)
    if last[2] in _WORD_TAGS:
        return True
    short = line.text[start : end - 1]
    if line.text[end - 1] in ADMIN_SUFFIXES and _full_name_at(line.text, end, last[1]) \
            and any(e.name == line.text[start:end] for e in gazetteer.entries(line.text[start:end])) \
            and (gazetteer.is_stopword(short) or not gazetteer.is_surface(short)):
        # 新建区|松湖镇 (区松/n): two full names jieba glued across, and the short name alone is
        # a word (新建); where it is a name (监利|市容城镇) the short name is the place
        return False
    if len(tail) == 1 and tail in ADMIN_SUFFIXES and not gazetteer.entries(line.text[start : last[1]]) \
            and not any(e.name.endswith(tail) for e in gazetteer.entries(line.text[start:end])):
        return True  # 一座新都市: 新都 is 新都区, so 新都市 is a word (a new city)
    if last[0] > start and last[2] == "ns" and gazetteer.entries(line.text[last[0] : last[1]]) \
            and (first is None or first[2] not in ("ns", "j")):
        return True  # 张|北京: the hit runs into a place jieba sees (北京), that place wins
    if last[2] in ("nr", "nrt", "nz") and len(tail) == 1:
        # one character more makes a person's or brand's name (金凤凰, 和龙舟); a place
        # before a longer word stays (三亚旅游, 英国首相: L1)
        return tail not in _words("place_tail_ok")
    # 公安分局 holds no 公安县; 法国人, 长江流域 hold places; 北京大学 (nt) holds 北京 (L1)
    return last[2] not in ("ns", "nt", "nz", "nr", "nrt", "j") and tail not in _words("place_tail_ok")


def _full_name_at(text: str, start: int, min_end: int) -> bool:
    """The full name of a unit (with its suffix: 长寨街道, 松湖镇) starts at ``start`` and
    reaches ``min_end`` or beyond."""
    return any(e.name == text[start:k] for k in range(min_end, min(len(text), start + 10) + 1)
               for e in gazetteer.entries(text[start:k]))


_NO_WORDS = WordSet()


def _ctx(kind: str) -> WordSet:
    return place_context().get(kind, _NO_WORDS)


def _starts_with(text: str, pos: int, words: WordSet) -> bool:
    """A word of ``words`` starts at ``pos`` (``0 <= pos <= len(text)``)."""
    return words.prefix_of(text, pos) is not None


def _ends_with(text: str, pos: int, words: WordSet) -> bool:
    """A word of ``words`` ends at ``pos`` (``0 <= pos <= len(text)``), or before the spaces
    that end there (记者 沈嘉禾)."""
    while pos > 0 and text[pos - 1] in " \u3000：:":
        pos -= 1  # (记者 沈嘉禾, 责任编辑：高阳)
    return words.suffix_of(text, pos) is not None


@lru_cache(maxsize=8192)  # (a pure function of the gazetteer; news repeats its names)
def _weak(surface: str) -> bool:
    """A short or former name of county-level or smaller units only (江宁, 振兴, 安县):
    such a name is a place only when the words around it do not say otherwise."""
    found = gazetteer.entries(surface)
    return bool(found) and all(e.level in ("county", "township") and e.kind in ("alias", "old")
                               for e in found)


#: Tags of a token that cannot begin a person's name (在北京, 到北京).
_NOT_NAME_HEAD = ("p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "v", "vn", "f", "m",
                  "y", "e", "x", "a", "ad")


#: What may follow a name that a role word introduced (记者 沈嘉禾）, 责任编辑：高阳 at the line end).
_NAME_ENDS = frozenset(("", "）", ")", "\n", " ", "\u3000"))


#: Chinese numerals: before an administrative suffix they make a count (三省), not a name.
_NUMERAL_CHARS = frozenset("一二三四五六七八九十两几数多")


def _in_person_name(line: Line, start: int, end: int, surface: str) -> bool:
    """F1: the hit is (part of) a person's name: 记者王江宁报道, 大户刘长顺一边, 张北京说,
    发言人卡沙特表示, 球员江津进球."""
    text = line.text
    before, after, surnames = _ctx("person_before"), _ctx("person_after"), _ctx("surname")
    family_tok, own = line.token_at(start - 1) if start > 0 else None, line.token_at(start)
    if family_tok is not None and family_tok[1] == start and family_tok[1] - family_tok[0] == 1 \
            and family_tok[2] == "nr" and text[start - 1] in surnames and end - start == 2 \
            and own is not None and own[:2] == (start, end) and own[2] not in ("ns", "nz", "j", "nt"):
        return True  # 邓|清远和苏雅琳: jieba cuts a surname off a given name that is also a city's
    for k in range(start + 1, end):
        role = before.suffix_of(text, k) if text[k] in surnames else None
        if role and len(role) > k - start and any(_starts_with(text, k + n, after) for n in (2, 3)):
            return True  # 校长江明说: a role word ends inside the hit, and a name and 说 follow (长江)
    for a in range(start, max(start - 3, -1), -1):
        if a < start:
            tok = line.token_at(a)
            if tok is None or (tok[0] == a and tok[2] in _NOT_NAME_HEAD and tok[1] - tok[0] == 1):
                break
            if not "\u4e00" <= text[a] <= "\u9fff":
                break
        # (the tests below are pure: each is made only when the outcome still depends on it)
        family = text[a] in surnames or text[a : a + 2] in surnames
        left: bool | None = None
        for b in (end, end + 1):
            if b > len(text) or not 2 <= b - a <= 4:
                continue
            if b > end and not "\u4e00" <= text[end] <= "\u9fff":
                continue
            if left is None:
                left = _ends_with(text, a, before) or _BYLINE_NEXT.search(text, max(0, a - 12), a) is not None
            if (a, b) == (start, end):
                if left and family and (_starts_with(text, b, after) or text[b : b + 1] in _NAME_ENDS) \
                        and _weak(surface):
                    return True  # the whole hit is the name: only a small unit's short name (责任编辑：高阳）
                continue
            if left:
                if _starts_with(text, b, after) or (family and b - a <= 3):
                    return True  # 发言人卡沙特表示; 记者王江宁
            elif family and b - a <= 3 and _starts_with(text, b, after):
                return True  # 张北京说
    return False


#: A byline's second name follows the first after a space (（记者 陈思远 刘嘉禾）).
_BYLINE_NEXT = re.compile(r"(?:记者|通讯员|实习生)[ 　]+[\u4e00-\u9fff]{2,3}[ 　]+$")


class _LineNames:
    """The names of a line's gazetteer hits and, marked with a leading ``/``, the units above
    them; built the first time a weak name asks (most lines have none)."""

    __slots__ = ("hits", "_names")

    def __init__(self, hits: list[tuple[str, int, int]]) -> None:
        self.hits = hits
        self._names: frozenset[str] | None = None

    def get(self) -> frozenset[str]:
        if self._names is None:
            hits = self.hits
            self._names = frozenset(e.name for surface, _, _ in hits for e in gazetteer.entries(surface)).union(
                "/" + p for surface, _, _ in hits for e in gazetteer.entries(surface) if e.parent
                for p in e.parent.split("/"))
        return self._names


def _supported(surface: str, line_names: _LineNames) -> bool:
    """A unit above one of the readings of ``surface``, or below it, is named in the same
    line (广州越秀酒家; 开封鼓楼区): see ``_LineNames``."""
    names = line_names.get()
    return any((e.parent and names.intersection(e.parent.split("/"))) or "/" + e.name in names
               for e in gazetteer.entries(surface))


def _plain_word(line: Line, start: int, end: int) -> bool:
    """F3: jieba reads [start, end) as an ordinary word (振兴/v), or as pieces none of
    which is a place (和/c 龙舟), rather than as a place name."""
    toks = line.tokens_in(start, end)
    if not toks or toks[0][0] != start or toks[-1][1] != end:
        return False  # cut from a longer token: _cut_from_word decides
    if len(toks) == 1:
        # jieba's tags of rare place names are guesses (平遥/a, 融水/vn, 六枝/m): only a
        # verb or function word is taken as a word (振兴/v 经济)
        return toks[0][2] in _VERB_TAGS
    if toks[0][1] - toks[0][0] == 1 and toks[0][2] in _FUNCTION_START:
        return True  # 和/c 龙舟: a conjunction, not the first character of a name
    # 新/a 都/d: single characters jieba reads as separate words
    return all(t[1] - t[0] == 1 and not t[2].startswith(("n", "j", "s")) for t in toks)


#: Aspect and time words right after a verb (开封后, 开封了).
_ASPECT = frozenset("后了过着")
_VERB_TAGS = ("v", "vd", "d", "i", "l", "c", "p", "r", "u", "uj", "ul", "y", "e", "z")
_FUNCTION_START = ("c", "p", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d")


def _left_glued(line: Line, start: int, hits_ending: set[int]) -> bool:
    """F5: a short official or former name (康县, 安县) glued to the character before it,
    which may be the rest of a longer name the gazetteer does not know (和康县, 和安县)."""
    if start == 0 or start in hits_ending:
        return False
    prev = line.text[start - 1]
    if not "\u4e00" <= prev <= "\u9fff" or prev in "".join(ADMIN_SUFFIXES):
        return False
    if not line.is_boundary(start):
        return True
    tok = line.token_at(start - 1)
    return tok is not None and tok[1] - tok[0] == 1 and tok[2] == "c"


@lru_cache(maxsize=8192)
def _top_level(surface: str) -> int:
    """The index in ``gazetteer.LEVELS`` of the highest unit ``surface`` can name (9: none)."""
    return min((gazetteer.LEVELS.index(e.level) for e in gazetteer.entries(surface)), default=9)


#: What follows a time zone's name: a date or a time of day (北京时间10月30日, 北京时间今天凌晨).
_CLOCK_NEXT = re.compile(r"[0-9０-９一二三四五六七八九十〇零今昨明前凌上下晚早中午周星次当本]")


def _false_friend(line: Line, start: int, end: int, surface: str, names: _LineNames,
                  hits_ending: set[int]) -> bool:
    """True when the gazetteer hit [start, end) is a false friend: part of a person's,
    brand's or event's name, or an ordinary word (docs/places.md, F1-F5)."""
    text = line.text
    found = gazetteer.entries(surface)
    top = _top_level(surface)
    if top >= 2 and _starts_with(text, end, _ctx("honorific")):
        return True  # 昌黎先生: a person's style, not the county
    if _in_person_name(line, start, end, surface):
        return True
    if surface in _ctx("direction") and start in hits_ending and not _country_before(text, start):
        return True  # 敦煌西南: a direction from the place before (L3); 中国东北 is the region
    if surface in _ctx("direction") and _starts_with(text, end, _ctx("direction_tail")):
        return True  # 向西北方向移动: a heading (L3)
    tail = _ctx("clock_tail").prefix_of(text, end)
    if tail and _CLOCK_NEXT.match(text, end + len(tail)):
        return True  # 北京时间10月30日: the name of a time zone, no place the text is about
    weak = _weak(surface)
    if weak and (all(e.kind == "old" for e in found) or (len(surface) == 2 and surface.endswith(
            ADMIN_SUFFIXES))) and _left_glued(line, start, hits_ending):
        return True
    if weak and not _supported(surface, names):
        if _starts_with(text, end, _ctx("name_tail")):
            return True  # 越秀酒家, 福田杯
        if _plain_word(line, start, end):
            return True  # 振兴经济, 金凤凰
    elif top == 2 and all(e.kind == "alias" for e in found) and not _supported(surface, names):
        tok = line.token_at(start)
        if tok is not None and tok[:2] == (start, end) and tok[2] in _VERB_TAGS and text[end : end + 1] in _ASPECT:
            return True  # 食品开封后: a verb, not the city 开封 (怀化/v 至贵阳 stays a city)
    return False


def _after_parent(text: str, start: int, surface: str) -> bool:
    """A word that is mostly no place (老城区: an old town) written right after the place that
    is its parent in the gazetteer (洛阳市老城区, 洛阳老城区): the unit of that name."""
    for entry in gazetteer.entries(surface):
        parent = (entry.parent or "").rsplit("/", 1)[-1]
        short = parent[:-1] if len(parent) > 2 and parent.endswith(("市", "县", "区")) else parent
        if short and (text.endswith(parent, 0, start) or text.endswith(short, 0, start)):
            return True  # 洛阳市老城区, 洛阳老城区
    return False


def _beat_name(line: Line, end: int, surface: str) -> bool:
    """L6: the bare beat name of a 派出所 (西城派出所) is no place; 西一路派出所 is."""
    if not line.text.startswith("派出所", end):
        return False
    return not surface.endswith(ADMIN_SUFFIXES + ROAD_SUFFIXES)


def recognize(line: Line) -> list[Candidate]:
    """Place candidates of one line."""
    text = line.text
    bad_first = _words("place_first_bad")
    not_place = _words("not_place")
    out: list[Candidate] = []
    hits = _gazetteer_hits(text)
    hits_ending = {e for _, _, e in hits}
    names = _LineNames(hits)
    # F2 once, F2 in the whole line: 郑州越秀酒家 … 越秀艺苑和越秀书店 name the same brand
    brands = {surface for surface, _, end in hits if _starts_with(text, end, _ctx("name_tail"))
              and _weak(surface) and not _supported(surface, names)}
    for surface, start, end in hits:
        if (surface in not_place or text[start : end + 1] in not_place) and not _after_parent(text, start, surface):
            continue  # (中东|部地区: the central and eastern parts, no Middle East; but 洛阳市|老城区)
        if text[start] in bad_first and len(surface) > 2 and not _county_or_above(surface):
            continue  # 位于城镇 holds no 于城镇; 新设和安县 holds 和安县
        if start > 0 and text[start - 1 : start + 1] in _words("verb_before_place"):
            continue  # 穿越|南淝河: no 越南
        police = text.startswith("分局", end)
        if gazetteer.is_stopword(surface) and not police:
            continue  # 长安 is a word; 长安分局 is a district's police (L6)
        water = _water_after(line, start, end)
        if water is not None:
            out.append(Candidate(start, water, "place", rule="suffix", priority=1, num_start=start,
                                 level="water"))
            continue  # 几内亚湾 is a sea, not the country
        if _cut_from_word(line, start, end) or _beat_name(line, end, surface):
            continue
        if not police and (surface in brands or _false_friend(line, start, end, surface, names, hits_ending)):
            continue
        if surface.endswith("市") and text.startswith(("区", "中心"), end) and gazetteer.is_surface(surface[:-1]) \
                and not (text.startswith("中心", end) and _starts_with(text, end + 2, _ctx("center_tail"))):
            end -= 1  # 六安|市区, 合肥|市中心: the 市 belongs to the word after it (as 无锡|市民)
        out.append(Candidate(start, end, "place", rule="gazetteer", priority=1, num_start=start))
    for c in _suffixed(line, not_place):
        if gazetteer.entries(text[c.start : c.end]) and _in_person_name(line, c.start, c.end, text[c.start : c.end]):
            continue  # 农民李平江笑着说: a name, not the county 平江
        out.append(c)
    out.extend(_villages(line, out, not_place))
    for m in _combo_pattern().finditer(text):
        start, end = m.span()
        if not line.is_boundary(start):
            continue
        last = line.token_at(end - 1)
        if last is not None and start < last[0] and last[1] > end and last[2] not in ("ns", "nz", "j"):
            continue  # 东部新|中心: a word starts inside and runs on (but 中日关系 is one word)
        parent, level, priority = None, "region", 0
        if m.group("region") and text[start] in "港澳":
            continue  # 内陆港|中排名: 港 and 澳 make no regions with a direction (not 港中, 澳北)
        if m.group("region"):
            province = gazetteer.abbreviations().get(text[start], ())
            parent = province[0].name if len(province) == 1 else None
        else:
            # countries combined (中美, 中俄, L5) are no region: the gazetteer's 中美 (Central
            # America) and the like must not win on the same span
            level, priority = "other", 2
        out.append(Candidate(start, end, "place", rule="combination", priority=priority, num_start=start,
                             level=level, parent=parent))
    return out


def _country_before(text: str, start: int) -> bool:
    """A country name ends right before ``start`` (中国|东北)."""
    return any(e.level == "country" for k in range(max(0, start - 6), start - 1)
               for e in gazetteer.entries(text[k:start]))


def _unit_names(surface: str) -> bool:
    """``surface`` names an administrative unit (province, prefecture or county)."""
    return any(e.level in ("province", "prefecture", "county") for e in gazetteer.entries(surface))


def _country_or_province(surface: str) -> bool:
    return any(e.level in ("country", "province") for e in gazetteer.entries(surface))


def _county_or_above(surface: str) -> bool:
    return any(e.level in ("country", "province", "prefecture", "county") and e.kind == "full"
               for e in gazetteer.entries(surface))


def _water_after(line: Line, start: int, end: int) -> int | None:
    """End of the water body jieba reads as one place word that begins with the hit
    (几内亚湾, 孟加拉湾), or None."""
    last = line.token_at(end - 1)
    if last is None or last[0] != start:
        return None
    after = line.token_at(end)
    if last[1] == end and after is not None and after[0] == end and line.text[end] == "湾" \
            and not line.text.startswith(("区", "镇", "乡", "村", "街道", "新区"), end + 1) \
            and any(e.level in ("country", "other") and not (e.adcode or "").isdigit()
                    or e.level in ("prefecture", "county") and e.kind != "full"
                    for e in gazetteer.entries(line.text[start:end])):
        return end + 1  # 阿拉斯加|湾, 罗源|湾: a gulf or bay named after a place (not 大亚湾区)
    if last[1] <= end or last[2] != "ns":
        return None
    word = line.text[last[0] : last[1]]
    if word.endswith(("湾", "海", "海峡", "湖", "江", "河")) and not gazetteer.entries(word[end - start:]):
        return last[1]
    return None


def _stem_start(line: Line, suffix_start: int, water: bool) -> int:
    """Where the proper name before a suffix begins, walking back over name-like tokens."""
    tok = line.token_at(suffix_start)
    left = tok[0] if tok is not None and tok[0] < suffix_start else suffix_start
    if tok is not None and tok[0] < suffix_start and tok[2] == "ns" and water:
        if line.text[left : suffix_start] in _NUMERAL_CHARS:
            return suffix_start  # 一江碧水, 一江两岸: a numeral names no river
        return left  # jieba knows the whole name (长江): nothing before it belongs to it
    tags = _WATER_STEM_TAGS if water else _STEM_TAGS
    while left > 0:
        prev = line.token_at(left - 1)
        if prev is None:
            break
        word = line.text[prev[0] : prev[1]]
        if suffix_start - prev[0] > _MAX_STEM or not word.strip():
            break
        if word.endswith(ADMIN_SUFFIXES + ROAD_SUFFIXES + ("局", "所", "处", "厅", "站", "城")):
            break  # 西安市 | 长安南路 (L2); 分局 | 含光路; 小木桥路 | 斜土路, 乌鲁木齐南路 | 建国西路
        one_char = len(word) == 1 and "\u4e00" <= word <= "\u9fff" and prev[2] not in _FUNCTION_TAGS \
            and word not in "是有在为"  # (变化是|路: a copula ends the stem)
        guessed = water and line.text.startswith("水库", suffix_start) and len(word) == 2 \
            and suffix_start - left < 2 and prev[2] not in _FUNCTION_TAGS \
            and not line.is_dictionary_word(word)  # (安砂/n|水库: one engine's guess, two letters to the other)
        if not (prev[2] in tags or (suffix_start - left < 2 and one_char) or guessed) \
                or prev[2] == "f" and len(word) > 1:
            break  # (以前|路: a locative of two letters names no road)
        left = prev[0]
    return left


#: Words that pick out every or one unit of a kind (各县区, 各乡镇), and the letters of such kinds.
_DETERMINERS = frozenset("各每该本全")
_UNIT_CHARS = frozenset("省市县区乡镇村旗州盟")


#: What the rest of a road's stem may not be alone: a direction and a numeral (中山东一路,
#: 中山南二路 are roads named after a person, not 中山 | 东一路).
_ROAD_TAIL_ONLY = frozenset("东西南北中一二三四五六七八九十")


def _road_stem_start(line: Line, left: int, s: int) -> int:
    """L2: a unit or township named at the start of a road's stem is a place of its own, the
    road comes after it (湖北武汉|复兴路, 上海市浦东|虹漕路, 金华镇|清云北路); a road named
    after a place keeps it (北京西路, 乌鲁木齐南路: nothing is left after the name), and so does
    a name jieba reads as one word (广安门/ns 内大街)."""
    text = line.text
    while s - left > 2:
        if text[left] in "镇乡县区市省旗" and any(
                gazetteer.entries(text[j : left + 1]) for j in range(max(0, left - 8), left - 1)):
            left += 1  # 金华|镇清云/ns 北路: the suffix of the place before is no part of the road
            continue
        for k in range(s - 2, left + 1, -1):
            rest = text[k:s]
            if any(ch not in _ROAD_TAIL_ONLY for ch in rest) and line.is_boundary(k) and (
                    _unit_names(text[left:k]) or any(e.level == "township" and e.kind == "full"
                                                     for e in gazetteer.entries(text[left:k]))):
                left = k
                break
        else:
            break
    return left


def _common_stem(line: Line, stem: str) -> bool:
    """F3: jieba tags the words of ``stem`` alone as none of the name tags (周边/f, 贫困/a,
    农村/n; not 远东/ns, 关中/s, 黄淮/nr)."""
    tags = {t[2] for t in line.tag(stem)}  # the line's own tokenizer, on the stem alone
    return not tags & {"ns", "nr", "nrt", "nz", "nt", "j", "s"}


def _generic_end(word: str, not_place: frozenset[str]) -> bool:
    """田间道路, 国家铁路: the name ends in a common noun, so it is none."""
    return word in not_place or word.endswith(_generic_tails())


@lru_cache(maxsize=1)
def _generic_tails() -> tuple[str, ...]:
    return tuple(_words("generic_tail"))


def _villages(line: Line, divisions: list[Candidate], not_place: frozenset[str]) -> list[Candidate]:
    """Villages named right after their township or county (官庄镇杨家坪村, 江湾镇汪口村): two or
    three letters of a name and 村. Read from the text, not from jieba's tags, which the two
    engines guess differently for rare names; common words are none (美丽乡村, 新农村, 行政村)."""
    text = line.text
    out: list[Candidate] = []
    for division in divisions:
        end = text.find("村", division.end + 2, division.end + 4)
        if end < 0 or not text.endswith(_DIVISION_ENDS, division.start, division.end):
            continue
        stem = text[division.end : end]
        if all("\u4e00" <= ch <= "\u9fff" and ch not in _NOT_IN_VILLAGE for ch in stem) \
                and stem + "村" not in not_place and not text.startswith(_VILLAGE_WORDS, end):
            out.append(Candidate(division.end, end + 1, "place", rule="village", priority=1,
                                 num_start=division.end, level="other"))
    return out

#: Endings of the divisions a village is named after (镇, 乡, 县, 街道).
_DIVISION_ENDS = ("镇", "乡", "县", "街道")
#: Letters that are no part of a village's name (a particle, a preposition, a conjunction, a
#: letter of an administrative suffix: 镇乡村 is a township's villages).
_NOT_IN_VILLAGE = frozenset("的了和与在是及等各全该本乡镇县区市省")
#: Words that open with 村 (the 村 is no suffix: 镇上村民, 县里村委会).
_VILLAGE_WORDS = ("村民", "村委", "村里", "村干部", "村级", "村庄", "村落", "村集体", "村党", "村务", "村医", "村道")


def _suffixed(line: Line, not_place: frozenset[str]) -> list[Candidate]:
    """Roads and rivers (name + suffix), and suffixed places jieba tags as ns."""
    text = line.text
    out: list[Candidate] = []
    for m in _suffix_pattern().finditer(text):
        s, e = m.span()
        water = m.group("water") is not None
        left = _stem_start(line, s, water)
        glued = None  # (沿修河/ns: a river jieba glued to the preposition before it)
        while left < s and text[left] in _words("place_first_bad"):
            tok = line.token_at(left)
            if tok is not None and tok[1] - tok[0] > 1 and tok[2] != "j" \
                    and not (tok[2] == "ns" and text[left] in "沿经"):
                break  # 和平路: 和 begins a word here, it is no conjunction (but 沿修河/ns: along the river)
            glued = tok if tok is not None and tok[2] == "ns" and tok[1] == e else None
            left += 1  # 经沪昆高速: the preposition is no part of the road
        if not water:
            left = _road_stem_start(line, left, s)
        stem, word = text[left:s], text[left:e]
        checked = word[:-2] if word.endswith("高速公路") and len(stem) >= 2 else word  # 杭瑞高速公路: 公路 ends
        if not stem or _generic_end(checked, not_place) or stem in not_place:  # a highway's name, no kind
            continue
        if not water and any(ch.isascii() and ch.isdigit() for ch in stem) \
                and not word.endswith(("国道", "省道", "县道")):
            continue  # 8路, 夜8路, K51路: a bus route's number, no road
        suffix_tok = line.token_at(s)
        if suffix_tok is not None and suffix_tok[0] < s and suffix_tok[2] in _WORD_TAGS:
            continue  # 逢山开路 is an idiom
        if not water and text[s - 1 : e] in _words("road_verb"):
            continue  # 闭店|跑路: a verb and its object, no road
        if stem[0] in "这那该此每哪":
            continue  # 这条江, 那条路: a demonstrative points at one, no name (both engines)
        if not water and word.endswith("一路") and e < len(text):
            after = line.plain_tag(text[e : e + 4])
            if after and after[0][2].startswith("v"):
                continue  # 小木船一路|干到: "all the way", no road (中山一路 is one)
        if suffix_tok is not None and suffix_tok[0] == s and suffix_tok[1] > e \
                and text[s:suffix_tok[1]] in _words("suffix_word"):
            continue  # 项目|路演, 公交|路线: the suffix opens a word of its own, no road
        first_tok = line.token_at(left)
        if first_tok is not None and first_tok[2] == "m" and not stem.endswith("环") \
                and (text[left] in _NUMERAL_CHARS or text[left].isdigit()):
            continue  # 三四里路 is a distance; 二环路 is a road; 文一/m 西路 is one too
        if len(stem) < 2:
            tok = line.token_at(left)
            if not (water and tok is not None and tok[0] == left and tok[1] == e and tok[2] == "ns") \
                    and not (water and glued is not None):
                continue  # a one-character stem only for a river jieba knows (信江, 渭河)
        if water and suffix_tok is not None and suffix_tok[0] < s and suffix_tok[1] == e \
                and gazetteer.entries(text[suffix_tok[0] : e]) and left < suffix_tok[0]:
            continue  # 黑龙江漠河: two places (漠河 is a county), not one river
        if m.group("road") and m.group().startswith("高速"):
            tags = {t[2] for t in line.tokens_in(left, s)}
            if not tags <= {"ns", "j", "nr"}:
                continue  # 经济高速发展 is no road
            if _unit_names(stem):
                continue  # 湖南高速公路通车里程, 湘潭高速: a unit's expressways, no road's name (the unit is a place)
        if _beat_name(line, e, word) or gazetteer.is_stopword(word):
            continue
        if water and any(_unit_names(text[left:k]) and gazetteer.entries(text[k:e]) for k in range(left + 2, s)):
            continue  # 南京长江大桥: 南京 | 长江 (L2), both found by the gazetteer pass
        if water and len(stem) >= 2 and _unit_names(stem) and any(
                gazetteer.entries(text[s:k]) for k in range(s + 2, min(len(text), s + 4) + 1)):
            continue  # 重庆江北机场: 重庆 | 江北, no river 重庆江
        if water and any(e_.level == "water" for k in range(left + 2, min(s, left + 4) + 1)
                         for e_ in gazetteer.entries(text[left:k])) and e - left <= 5:
            continue  # 长江过江通道, 长江江豚: a river the gazetteer knows, and a word glued after it
        out.append(Candidate(left, e, "place", rule="suffix", priority=0, num_start=left,
                             level=kind_level(word)))
    for hit in _admin_suffix().finditer(text):
        tok = line.token_at(hit.start())
        if tok is None or tok[1] != hit.end():
            continue
        s, e, tag = tok
        word = text[s:e]
        if tag != "ns" or len(word) < 3 or _generic_end(word, not_place):
            continue
        if not word.endswith(ADMIN_SUFFIXES) or gazetteer.entries(word) or _beat_name(line, e, word):
            continue  # known names come from the gazetteer pass
        if any(ch in word[1:-1] for ch in "和与及"):
            continue  # 卫生健康委|和市|教育局 (委和市/ns, a guess across a conjunction): no name
        before = line.token_at(s - 1) if s > 0 else None
        while before is not None and before[2] in ("nr", "nrt") and e - before[0] <= 8:
            s, before = before[0], line.token_at(before[0] - 1) if before[0] > 0 else None
        word = text[s:e]  # 马拉/nr 蒂亚省/ns: a foreign name jieba cut in two is one place (马拉蒂亚省)
        suffix = _admin_suffix().search(word, len(word) - 3)
        stem = word[: suffix.start()] if suffix else word
        known = [e for e in gazetteer.entries(stem) if e.level in ("county", "prefecture")]
        if known and stem != word and not any(e.name.endswith(word[-1]) for e in known):
            continue  # 新都市 is no unit: 新都 is 新都区 (怒江州 stays: 怒江傈僳族自治州)
        # 俄罗斯远东地区: a known place glued before another is a chain (L2)
        for cut in range(len(word) - 2, 1, -1):
            if gazetteer.entries(word[:cut]):
                s, word = s + cut, word[cut:]
                break
        if len(word) < 3:
            continue  # 江南水乡 is no chain: 水乡 is no name
        if word[-2] in _NUMERAL_CHARS:
            continue  # 跨三省, 涉两市: a count of units (Q3), no name
        if word[0] in _DETERMINERS and all(ch in _UNIT_CHARS for ch in word[1:]):
            continue  # 各乡镇, 各县区: every unit of a kind, no name (L3)
        if word.endswith(("地区", "城市")) and _common_stem(line, word[:-2]):
            continue  # 周边地区, 贫困地区, 周边城市: a kind of area, not a named one (L3)
        if _generic_end(word, not_place):
            continue
        out.append(Candidate(s, e, "place", rule="suffix", priority=0, num_start=s, level="other"))
    return out


def established_names(lines: list[Line], found: list[list[Candidate]]) -> None:
    """A document-wide pass after the line recognisers: names the document establishes once are
    places wherever they stand again on word boundaries, also in other paragraphs. The short
    name of a township named in full (孟定镇 … 来孟定已经9年, 西塘镇 … 西塘古镇), and a village named
    right after its township (黄岐镇后湾村 … 后湾村的渔船). Adds those mentions to ``found`` (per line,
    line offsets), or marks a mention a line recogniser found, with ``rule`` "short" and the
    established name as ``name``: place resolution gives them the unit that name was resolved to."""
    shorts: dict[str, str] = {}
    for line, got in zip(lines, found, strict=True):
        for c in got:
            if c.type != "place":
                continue
            surface = line.text[c.start : c.end]
            if c.rule == "village":
                shorts.setdefault(surface, surface)
                continue
            suffix = next((s for s in TOWNSHIP_SUFFIXES if surface.endswith(s)), None)
            if suffix is None:
                continue
            short = surface[: -len(suffix)]
            if len(short) >= 2 and any(e.level == "township" and e.kind == "full" for e in gazetteer.entries(surface)) \
                    and not gazetteer.entries(short) and not gazetteer.is_stopword(short) \
                    and short not in _words("not_place"):
                shorts.setdefault(short, surface)
    if not shorts:
        return
    pattern = re.compile("|".join(map(re.escape, sorted(shorts, key=len, reverse=True))))
    for line, got in zip(lines, found, strict=True):
        text = line.text
        for m in pattern.finditer(text):
            start, end = m.span()
            name = shorts[m.group()]
            same = [c for c in got if c.type == "place" and c.start == start and c.end == end]
            if same:
                if name == m.group() and not any(c.rule == "village" for c in same):
                    for c in same:
                        c.rule, c.name = "short", name  # (后湾村/ns to one engine: as the other reads it)
                continue
            if (name != m.group() and text.startswith(TOWNSHIP_SUFFIXES, end)) or _dictionary_cut(line, start) \
                    or _dictionary_cut(line, end) or any(c.start < end and start < c.end for c in got) \
                    or _beat_name(line, end, m.group()):
                continue  # (the full name, found already; 新华|社; 城关派出所)
            got.append(Candidate(start, end, "place", rule="short", priority=1, num_start=start,
                                 name=name, level="other" if name == m.group() else "township"))


def _dictionary_cut(line: Line, pos: int) -> bool:
    """A word of the dictionary (two to four letters) runs across ``pos``: no name ends or starts
    there (新华镇 … 新华|社). The dictionary, not the HMM's guesses, so both engines agree."""
    text = line.text
    for a in range(max(0, pos - 3), pos):
        for b in range(pos + 1, min(len(text), a + 4) + 1):
            word = text[a:b]
            if all("\u4e00" <= ch <= "\u9fff" for ch in word) and line.is_dictionary_word(word):
                return True
    return False
