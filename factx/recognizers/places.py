"""Places: gazetteer names found where jieba agrees they are words, plus roads, rivers
and other suffixed names jieba tags as places (DECISIONS L1-L8).

Which unit a name denotes is settled per document, by the place resolution stage
(``factx.stages.places``).
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick_rs
import regex

from factx import gazetteer
from factx.candidate import Candidate
from factx.lexicons import alternation, nonfacts
from factx.recognizers import Line

#: Suffixes of roads and water bodies; the name before them is built from jieba tokens.
_ROAD = r"(?:[东西南北中]?(?:大街|大道|路(?![段面网线况程径由费灯口])|街(?![道头区坊市]))|高速(?:公路)?|巷|胡同)"
_WATER = r"(?:水库|运河|江(?![西苏])|河(?![南北])|湖(?![南北])|渠)"
ROAD_SUFFIXES = ("大街", "大道", "胡同", "高速", "高速公路", "路", "街", "巷")
WATER_SUFFIXES = ("水库", "运河", "江", "河", "湖", "海", "湾", "渠")
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
_TOWNSHIP_SUFFIXES = ("镇", "乡", "街道", "苏木")


@lru_cache(maxsize=1)
def _automaton() -> tuple[ahocorasick_rs.AhoCorasick, list[str]]:
    # Aho-Corasick over the gazetteer names: one linear pass finds them all (a regex
    # alternation of 40 thousand names is a thousand times slower). Township names are
    # left to _townships(): they are most of the names and would make start-up slow.
    names = sorted(s for s in gazetteer.surfaces() if not s.endswith(_TOWNSHIP_SUFFIXES))
    return ahocorasick_rs.AhoCorasick(names), names


@lru_cache(maxsize=1)
def _township_suffix() -> regex.Pattern:
    return regex.compile("|".join(_TOWNSHIP_SUFFIXES))


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
def _admin_suffix() -> regex.Pattern:
    return regex.compile("|".join(sorted(ADMIN_SUFFIXES, key=len, reverse=True)))


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


@lru_cache(maxsize=1)
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
    """True when [start, end) is cut out of a word that is no place (长治久安, 沿海地区)."""
    first = line.token_at(start)
    if first is not None and first[0] < start:
        head = line.text[first[0] : start]
        # only a place may be glued before it (湖北宜昌 as one token)
        if not gazetteer.entries(head) and not head.endswith(ADMIN_SUFFIXES):
            return True
    last = line.token_at(end - 1)
    if last is None or last[1] <= end:
        return False
    if last[2] in _WORD_TAGS:
        return True
    # 公安分局 holds no 公安县; 法国人, 长江流域 hold places
    return last[2] not in ("ns", "nt", "nz", "j", "nr", "nrt") and line.text[end : last[1]] not in _words(
        "place_tail_ok")


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
    for surface, start, end in _gazetteer_hits(text):
        if surface in not_place or (text[start] in bad_first and len(surface) > 2):
            continue
        if gazetteer.is_stopword(surface) and not text.startswith("分局", end):
            continue  # 长安 is a word; 长安分局 is a district's police (L6)
        if _cut_from_word(line, start, end) or _beat_name(line, end, surface):
            continue
        out.append(Candidate(start, end, "place", rule="gazetteer", priority=1, num_start=start))
    out.extend(_suffixed(line, not_place))
    for m in _combo_pattern().finditer(text):
        start, end = m.span()
        if not line.is_boundary(start):
            continue
        parent = None
        if m.group("region"):
            province = gazetteer.abbreviations().get(text[start], ())
            parent = province[0].name if len(province) == 1 else None
        out.append(Candidate(start, end, "place", rule="combination", priority=0, num_start=start,
                             level="region", parent=parent))
    return out


def _stem_start(line: Line, suffix_start: int, water: bool) -> int:
    """Where the proper name before a suffix begins, walking back over name-like tokens."""
    tok = line.token_at(suffix_start)
    left = tok[0] if tok is not None and tok[0] < suffix_start else suffix_start
    if tok is not None and tok[0] < suffix_start and tok[2] == "ns" and water:
        return left  # jieba knows the whole name (长江): nothing before it belongs to it
    tags = _WATER_STEM_TAGS if water else _STEM_TAGS
    while left > 0:
        prev = line.token_at(left - 1)
        if prev is None:
            break
        word = line.text[prev[0] : prev[1]]
        if suffix_start - prev[0] > _MAX_STEM or not word.strip():
            break
        if word.endswith(ADMIN_SUFFIXES + ("局", "所", "处", "厅", "站", "城")):
            break  # 西安市 | 长安南路 (L2); 分局 | 含光路
        one_char = len(word) == 1 and "\u4e00" <= word <= "\u9fff" and prev[2] not in _FUNCTION_TAGS
        if not (prev[2] in tags or (suffix_start - left < 2 and one_char)):
            break
        left = prev[0]
    return left


def _generic_end(word: str, not_place: frozenset[str]) -> bool:
    """田间道路, 国家铁路: the name ends in a common noun, so it is none."""
    return word in not_place or any(word.endswith(g) for g in _words("generic_tail"))


def _suffixed(line: Line, not_place: frozenset[str]) -> list[Candidate]:
    """Roads and rivers (name + suffix), and suffixed places jieba tags as ns."""
    text = line.text
    out: list[Candidate] = []
    for m in _suffix_pattern().finditer(text):
        s, e = m.span()
        water = m.group("water") is not None
        left = _stem_start(line, s, water)
        while left < s and text[left] in _words("place_first_bad"):
            tok = line.token_at(left)
            if tok is not None and tok[1] - tok[0] > 1 and tok[2] != "j":
                break  # 和平路: 和 begins a word here, it is no conjunction
            left += 1  # 经沪昆高速: the preposition is no part of the road
        stem, word = text[left:s], text[left:e]
        if not stem or _generic_end(word, not_place) or stem in not_place:
            continue
        suffix_tok = line.token_at(s)
        if suffix_tok is not None and suffix_tok[0] < s and suffix_tok[2] in _WORD_TAGS:
            continue  # 逢山开路 is an idiom
        first_tok = line.token_at(left)
        if first_tok is not None and first_tok[2] == "m" and not stem.endswith("环"):
            continue  # 三四里路 is a distance; 二环路 is a road
        if len(stem) < 2:
            tok = line.token_at(left)
            if not (water and tok is not None and tok[0] == left and tok[1] == e and tok[2] == "ns"):
                continue  # a one-character stem only for a river jieba knows (信江, 渭河)
        if water and suffix_tok is not None and suffix_tok[0] < s and suffix_tok[1] == e \
                and gazetteer.entries(text[suffix_tok[0] : e]) and left < suffix_tok[0]:
            continue  # 黑龙江漠河: two places (漠河 is a county), not one river
        if m.group("road") and m.group().startswith("高速"):
            tags = {t[2] for t in line.tokens_in(left, s)}
            if not tags <= {"ns", "j", "nr"}:
                continue  # 经济高速发展 is no road
        if _beat_name(line, e, word) or gazetteer.is_stopword(word):
            continue
        out.append(Candidate(left, e, "place", rule="suffix", priority=0, num_start=left,
                             level=kind_level(word)))
    for m in _admin_suffix().finditer(text):
        tok = line.token_at(m.start())
        if tok is None or tok[1] != m.end():
            continue
        s, e, tag = tok
        word = text[s:e]
        if tag != "ns" or len(word) < 3 or _generic_end(word, not_place):
            continue
        if not word.endswith(ADMIN_SUFFIXES) or gazetteer.entries(word) or _beat_name(line, e, word):
            continue  # known names come from the gazetteer pass
        # 俄罗斯远东地区: a known place glued before another is a chain (L2)
        for cut in range(len(word) - 2, 1, -1):
            if gazetteer.entries(word[:cut]):
                s, word = s + cut, word[cut:]
                break
        if len(word) < 3:
            continue  # 江南水乡 is no chain: 水乡 is no name
        if _generic_end(word, not_place):
            continue
        out.append(Candidate(s, e, "place", rule="suffix", priority=0, num_start=s, level="other"))
    return out
