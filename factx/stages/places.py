"""Stage: place resolution. Which unit each place name of a document denotes.

An ambiguous name is settled by the other places of the same document (the nearest
mention of a unit above one of its readings), or left unresolved: never guessed.
"""

from __future__ import annotations

from bisect import bisect_left

from factx import gazetteer
from factx.candidate import Candidate
from factx.document import Document
from factx.recognizers.places import kind_level


def resolve_places(doc: Document, found: list[Candidate]) -> None:
    """Fill in name, level, adcode and parent of every place candidate of a document.

    An ambiguous name is settled by the other places of the same document (the nearest
    mention of a unit above one of its readings: 南京 ... 鼓楼区, 新华社西安电 ... 新城);
    a reading that stands above the others wins (河南 the province); otherwise adcode and
    parent stay null: never guessed (issue 5).
    """
    places = [c for c in found if c.type == "place"]
    if not places:
        return
    # mentions of unambiguous units: every name at and above them -> sorted offsets
    anchors: dict[str, list[int]] = {}
    for f in places:
        entries = gazetteer.entries(f.text)
        top = _by_rank(entries) if len(entries) > 1 else None
        if (len(entries) == 1 or top) and (top or entries[0]).level not in ("road", "other"):
            e = top or entries[0]
            for name in {e.name, *(e.parent.split("/") if e.parent else ())}:
                anchors.setdefault(name, []).append(f.start)
    previous: Candidate | None = None
    shorts = []
    for c in places:
        if c.rule == "short":
            shorts.append(c)  # (孟定 after 孟定镇: resolved below, as its full name was)
            continue
        near = _nearer_unit(doc, previous, c)
        if near is None or not _settle_by(c, near, doc.text[near.end : c.start] in _GLUE):
            _resolve(c, anchors, previous)
        previous = c
    if shorts:
        full: dict[str, Candidate] = {}
        for c in places:
            if c.rule != "short":
                full.setdefault(c.text, c)
        for c in shorts:
            named = full.get(c.name or "")  # (the full name, unless a longer place took its letters)
            if named is not None:
                c.name, c.level, c.adcode, c.parent = named.name, named.level, named.adcode, named.parent


#: Levels of the units a nearer place can settle a name by (C1 in docs/places.md).
_ADMIN = ("province", "prefecture", "county", "township")
#: What may stand between a unit and the name it settles: nothing (岳阳南湖) or 的.
_GLUE = ("", "的")


def _chain(e_parent: str | None, name: str) -> str:
    return f"{e_parent}/{name}" if e_parent else name


def _nearer_unit(doc: Document, previous: Candidate | None, c: Candidate) -> Candidate | None:
    """The place right before ``c`` in the same clause, if it is a resolved Chinese unit."""
    if previous is None or previous.adcode is None or not previous.adcode.isdigit():
        return None
    if previous.level not in ("province", "prefecture", "county") or previous.sentence != c.sentence:
        return None
    gap = doc.text[previous.end : c.start]
    if len(gap) > 6 or any(ch in gap for ch in "，,、；;：:。和与及或同跟\n"):
        return None
    return previous


def _settle_by(c: Candidate, near: Candidate, glued: bool) -> bool:
    """C1: settle ``c`` by the unit named right before it in the same clause.

    A reading inside that unit (北京朝阳 -> 朝阳区 of Beijing), or above it, wins over
    the rest of the document. When every reading is a Chinese unit elsewhere and the
    unit stands glued before the name (岳阳南湖: 南湖区 is in Zhejiang), the name is a
    place in that unit the gazetteer does not know: no code, the unit as its parent; unless
    a reading is a unit of the same level or above (湖州嘉兴: two cities side by side).
    Returns True when ``c`` was settled here.
    """
    found = gazetteer.entries(c.text)
    if not found or any(e.level not in _ADMIN or not (e.adcode or "").isdigit() for e in found):
        return False
    here = _chain(near.parent, near.name or near.text)
    inside = [e for e in found if e.parent and (e.parent == here or e.parent.startswith(here + "/"))]
    above = [e for e in found if here == _chain(e.parent, e.name) or here.startswith(_chain(e.parent, e.name) + "/")]
    pick = inside or above
    if len(pick) == 1:
        e = pick[0]
        c.name, c.level, c.adcode, c.parent = e.name, e.level, e.adcode, e.parent
        return True
    if pick:
        return False  # several readings inside it: the document decides among them
    if glued and all(_ADMIN.index(e.level) > _ADMIN.index(near.level) for e in found):
        c.name, c.level, c.adcode, c.parent = c.text, None, None, here
        return True
    return False


def _by_rank(entries: tuple[gazetteer.PlaceEntry, ...]) -> gazetteer.PlaceEntry | None:
    """The reading that stands above the others, if one does: a country or province
    (河南 is the province, not 河南蒙古族自治县), then a name of the hand lexicon (中原 the
    region, not 中原区), then a prefecture (西安 the city, not 辽源's 西安区)."""
    if len({e.name for e in entries}) == 1:
        return None

    def rank(e: gazetteer.PlaceEntry) -> int:
        if e.level in ("country", "province"):
            return 0
        if e.kind in ("lexicon", "literary", "abbr"):
            return 1
        return 2 if e.level == "prefecture" else 9

    ranked = sorted(entries, key=rank)
    if rank(ranked[0]) < 9 and rank(ranked[1]) > rank(ranked[0]):
        return ranked[0]
    return None


def _named_after(top: gazetteer.PlaceEntry, entries) -> bool:
    """Every other reading lies inside ``top`` (长沙县 in 长沙市): the name is the city's."""
    return all(e is top or (e.parent and top.name in e.parent.split("/")) for e in entries)


def _nearest(positions: list[int], pos: int) -> int | None:
    """Distance from ``pos`` to the nearest other offset in sorted ``positions``."""
    i = bisect_left(positions, pos)
    best = None
    for j in (i - 1, i, i + 1):
        if 0 <= j < len(positions) and positions[j] != pos:
            d = abs(positions[j] - pos)
            best = d if best is None or d < best else best
    return best


def _resolve(fact: Candidate, anchors: dict[str, list[int]], previous: Candidate | None) -> None:
    entries = gazetteer.entries(fact.text)
    if not entries:
        level = fact.level or kind_level(fact.text)
        parent = fact.parent
        if level in ("road", "other") and previous is not None and previous.end == fact.start \
                and previous.adcode and previous.level in ("prefecture", "county", "province", "township"):
            parent = "/".join(filter(None, (previous.parent, previous.name)))
        fact.name, fact.level, fact.parent = fact.text, level, parent
        return
    top = _by_rank(entries) if len(entries) > 1 else None
    if top is not None and (_named_after(top, entries) or top.level in ("country", "province")):
        entries = (top,)  # (海南、云南: the province, though 乌海's 海南区 lies in 内蒙古 named nearby)
    if len(entries) > 1:
        best: list[tuple[int, int, gazetteer.PlaceEntry]] = []
        for e in entries:
            chain = e.parent.split("/") if e.parent else []
            for depth in range(len(chain), 0, -1):
                distance = _nearest(anchors.get(chain[depth - 1], []), fact.start)
                if distance is not None:
                    best.append((-depth, distance, e))
                    break
        best.sort(key=lambda x: (x[0], x[1]))
        winner = None
        if best and (len(best) == 1 or best[0][:2] < best[1][:2]
                     or best[0][2] == best[1][2]):
            winner = best[0][2]
            # a runner-up of the same depth and distance with another reading: undecided
            if any(b[:2] == best[0][:2] and b[2] != winner for b in best[1:]):
                winner = None
        winner = winner or _by_rank(entries)
        if winner is None:
            names = {e.name for e in entries}
            levels = {e.level for e in entries}
            fact.name = names.pop() if len(names) == 1 else fact.text
            fact.level = levels.pop() if len(levels) == 1 else None
            return
        entries = (winner,)
    e = entries[0]
    fact.name, fact.level, fact.adcode, fact.parent = e.name, e.level, e.adcode or None, e.parent or None
