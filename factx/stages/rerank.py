"""Subject reranking: a small learned log-linear model that picks a number's subject among
candidate spans of its clause, the grammar's answer (``links``) being one candidate and a
feature (docs/linking.md, "Learned reranking").

The candidates of a number are: no subject; the grammar's span, and it with the word
before it; the spans of one or two words of its clause ending one to three words before
it; the spans of one or two words right after it; and the subjects of the numbers before
it in its sentence (K4). (Only these kinds were ever picked with profit on the
development gold; longer and farther spans and one-word trims of the grammar's were
dropped, scripts/train_rerank.py.)

A candidate is described by sparse features, each a ``(template, key)`` pair
(``features``, which training reads). Its score is the sum of their weights, read from
``factx/data/rerank.json`` (trained by ``scripts/train_rerank.py`` on the linking gold).
At run time the weights are compiled into tables (``Model``) so that a candidate's score
is a handful of dict look-ups with tuple keys: the parts that depend on where the span
starts and where it ends are summed once a document, the word classes are folded into the
word tables, and the small features of the span as a whole (its relation to the grammar's
span, its size, a verb in it) into one table per kind of number.
"""

from __future__ import annotations

import json
import os
from bisect import bisect_left
from functools import lru_cache
from importlib import resources
from typing import Any

from factx.candidate import Candidate
from factx.document import Document
from factx.stages.clauses import CLAUSE_STOPS, change_words, words
from factx.tagging import Token

#: Longest candidate span, in characters (as ``phrases.MAX_SUBJECT``).
MAX_CHARS = 24
#: A left candidate ends within this many tokens before the number ...
LEFT_ENDS = 3
#: ... and holds at most this many tokens; a right candidate too.
SPAN_TOKENS = 2
#: The subjects of up to this many earlier numbers of the sentence are candidates too (K4).
EARLIER = 3
#: A candidate inside the grammar's span keeps its last word (the head).
HEAD_KEPT = True
#: Characters read on either side of a number for its left and right candidates' tokens.
LOOK = 16
#: How a span stands to the grammar's (``_relation``).
RELATIONS = ("geq", "gsup", "gsub", "gover", "gdis", "gnone")
SIDES = ("L", "R", "E")
#: The feature templates (``Context.features``).
TEMPLATES = ("null", "nullch", "nullbt", "nullbw", "nullat", "nullaw", "ft", "fw", "fc", "pt", "pw", "lt", "lw",
             "lc", "nt", "nw", "placefirst", "fwin", "pwin", "lwin", "gap", "gapn", "rel", "sd", "sdt", "ntok",
             "relntok", "nch", "ftlt", "hasv", "de", "dun", "earlier", "earliersame", "earliertc", "earlierrel",
             "earlierresp")
#: Size features are capped at these.
MAX_NTOK, MAX_NCH, MAX_GAPN = 6, 10, 5

#: Tags of words that never end a subject: a prefix (超低|排放), a preposition, a conjunction, a
#: particle, an interjection (a left candidate ending in one would cut a phrase).
NO_HEAD = frozenset(("h", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o"))

Span = tuple[int, int] | None
#: A candidate: its span (None: no subject), its side (L before the number, R after it, E
#: an earlier number's subject), its token count, whether a verb is among its tokens, and
#: what lies between it and the number (``_gap``).
Cand = tuple[Span, str, int, bool, str, int]

#: On unless FACTX_RERANK=0 (about 20 µs a number). On text never tuned on it gained subject F1
#: every time it was measured: +1.3 on the 15 held-out articles, +3.7 on the three of held-out
#: batch 28 scored on arrival (docs/linking.md, "Learned reranking").
ENABLED = os.environ.get("FACTX_RERANK", "1") != "0"

_NO_EARLIER: dict[tuple[int, int], tuple[int, bool]] = {}


def rerank_subjects(doc: Document, found: list[Candidate]) -> None:
    """Replace each numeric candidate's subject by the best-scoring candidate span."""
    if not ENABLED:
        return
    m = model()
    if m is None:
        return
    ctx = None
    for c in found:
        if c.numeric:
            if ctx is None:
                ctx = Context(doc, found)  # (before any subject changes: ``Context.earlier`` reads the grammar's)
            mode = gate(doc, c, ctx)
            if mode is not None:
                c.subject_span = ctx.best(c, m, trims=mode == FULL)


def situation(doc: Document, c: Candidate, ctx: Context | None = None) -> tuple[str, str, str, str]:
    """How the grammar's answer for ``c`` stands, coarsely: the rule that settled it
    (``Candidate.subject_rule``, "-" for its own phrase), and for a span of its own its size
    ("1".."4" tokens, "5+"), the tag of its first token and what follows it ("num" the number
    itself, else the next token's tag). ``ctx``, if given, reads the tokens of ``c``'s sentence."""
    span = c.subject_span
    rule = c.subject_rule or "-"
    if span is None:
        before = doc.token_at(c.start - 1)
        return rule if rule.startswith("none:") else "none", "", "", before[2] if before is not None else "^"
    s, e = span
    toks = ctx.tokens_in(c, s, e) if ctx is not None else doc.tokens_in(s, e)
    n = len(toks)
    first = toks[0][2] if toks else "x"
    if e == c.start or not doc.text[e : c.start].strip():
        after = "num"
    else:
        nxt = doc.token_at(e)
        after = nxt[2] if nxt is not None else "$"
    side = "R" if s >= c.end else ""
    return rule, side + (str(n) if n < 5 else "5+"), first, after


#: How the model may change a number's subject (``gate``): choose among all its candidates, or
#: among all but the shorter spans that end where the grammar's does (no trim of its head's
#: modifiers: 轨道交通日均客运量 never becomes 客运量).
FULL, KEEP_HEAD = "full", "keep_head"


def gate(doc: Document, c: Candidate, ctx: Context | None = None) -> str | None:
    """How the model may change ``c``'s subject (``FULL``, ``KEEP_HEAD``), or None: never
    where the grammar gave none on purpose (``Candidate.subject_rule``); with ``FULL`` only in
    the situations where trimming the grammar's span won in cross-validation (``_trims``)."""
    rule = c.subject_rule
    if rule.startswith("none:"):
        return None  # (without reading the tokens)
    if rule and c.subject_span is not None:
        return KEEP_HEAD if rule in ("paired", "carried") else None  # (a table row's label stays)
    span = c.subject_span
    if span is not None and span[0] >= c.end and "的" in doc.text[c.end : span[0]]:
        return None  # 价值1.3万元的财物, 76岁的独居老人: the bearer after 的 (K6, K14) stays
    return _gate(situation(doc, c, ctx))


#: Where the model may also trim a span of the grammar's own before the number: a span followed
#: by a verb, an adjective, a particle, a preposition or a stop (not the number right after it:
#: 营业收入|增长12%, 全年|实现|…); a long span (four tokens or more); one that opens with a verb or a
#: preposition (sessions 6-8 ran the model there only).
TRIM_AFTER = frozenset(("v", "x", "p", "a", "ul", "uj"))
TRIM_FIRST = frozenset(("v", "p", "vn", "zg"))
TRIM_TOKENS = frozenset(("4", "5+"))
#: No subject from the grammar: the model is not run after a stop, a preposition, 了, a time word,
#: 的 or an adjective right before the number (it never gained there in cross-validation; most
#: of its gains followed a verb: 完成…改造|4家).
NONE_SKIP = frozenset(("x", "p", "ul", "t", "uj", "a"))


def _gate(sit: tuple[str, str, str, str]) -> str | None:
    """``gate`` for a number whose subject the grammar found in its own phrase, or did not find
    without giving a reason. The model runs on every such number but a null right after the
    tags in ``NONE_SKIP``; it may trim the grammar's span only in ``_trims``'s situations.
    Cross-validation on the answers the grammar gave 120 articles before it was tuned on them
    (scripts/train_rerank.py --cv 5, session 9) chose this over sessions 6-8's gate, which ran
    the model in ``_trims``'s situations alone (about a third of the numbers)."""
    rule, _size, _first, after = sit
    if rule == "none":
        return FULL if after not in NONE_SKIP else None  # (``after``: the tag of the token before the number)
    if rule != "-":
        return None
    return FULL if _trims(sit) else KEEP_HEAD


def _trims(sit: tuple[str, str, str, str]) -> bool:
    """A span of the grammar's own before the number that the model may also trim."""
    _rule, size, first, after = sit
    if size.startswith("R"):
        return False
    return after in TRIM_AFTER or size in TRIM_TOKENS or first in TRIM_FIRST


# --- the model ------------------------------------------------------------------------------


def _key(k: Any) -> Any:
    return tuple(_key(x) for x in k) if isinstance(k, list) else k


@lru_cache(maxsize=1)
def weights() -> dict[tuple[str, Any], float]:
    """The model's feature weights, ``(template, key) -> weight`` (empty when none is shipped)."""
    try:
        data = json.loads((resources.files("factx") / "data" / "rerank.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {(t, _key(k)): float(v) for t, rows in data["weights"].items() for k, v in rows}


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The weights compiled for scoring (None when no model is shipped)."""
    w = weights()
    return Model(w) if w else None


class Model:
    """The weights as tables: one per template, the word-class features folded into the
    word tables, the whole-span features into one table per kind of number."""

    def __init__(self, w: dict[tuple[str, Any], float]) -> None:
        self.w = w
        by: dict[str, dict[Any, float]] = {}
        for (t, k), v in w.items():
            by.setdefault(t, {})[k] = v
        for t in TEMPLATES:
            by.setdefault(t, {})
        self.t = by
        get = self.table
        for word_t, class_t in (("fw", "fwin"), ("pw", "pwin"), ("lw", "lwin")):
            table = dict(get(word_t))
            for name, ws in _lexicon():
                v = get(class_t).get(name, 0.0)
                if v:
                    for word in ws:
                        table[word] = table.get(word, 0.0) + v
            by[word_t] = table
        self._joint: dict[tuple[str, str | None], dict[tuple, float]] = {}

    def table(self, t: str) -> dict[Any, float]:
        return self.t.get(t) or {}

    def joint(self, kind: tuple[str, str | None]) -> dict[tuple, float]:
        """(side, relation, tokens, characters, verb) -> the summed whole-span weights, for
        numbers of this (type, unit kind)."""
        got = self._joint.get(kind)
        if got is not None:
            return got
        got = self._joint[kind] = {}
        rel_t, sd_t, sdt_t = self.table("rel"), self.table("sd"), self.table("sdt")
        ntok_t, relntok_t = self.table("ntok"), self.table("relntok")
        nch_t, hasv_t = self.table("nch"), self.table("hasv")
        for side in SIDES:
            for rel in RELATIONS:
                base = rel_t.get(rel, 0.0) + sd_t.get((side, rel), 0.0) + sdt_t.get((*kind, side, rel), 0.0)
                for n in range(1, MAX_NTOK + 1):
                    bn = base + ntok_t.get(n, 0.0) + relntok_t.get((rel, n), 0.0)
                    for ch in range(1, MAX_NCH + 1):
                        b = bn + nch_t.get(ch, 0.0)
                        got[(side, rel, n, ch, False)] = b
                        got[(side, rel, n, ch, True)] = b + hasv_t.get(side, 0.0)
        return got


# --- candidates and features ----------------------------------------------------------------


class Context:
    """What the candidates and features of one document's numbers read."""

    __slots__ = ("doc", "text", "fact_starts", "facts", "earlier", "_starts", "_ends", "_sentence_tokens",
                 "_changes", "_connectors")

    def __init__(self, doc: Document, found: list[Candidate]) -> None:
        self.doc = doc
        self.text = doc.text
        self.facts = {c.start: c for c in found}
        self.fact_starts = sorted(c.start for c in found if c.type != "place")
        #: For each numeric candidate, the distinct subject spans of the numbers before it in its
        #: sentence, nearest first (span -> how many named numbers back, and whether in the same unit).
        self.earlier: dict[int, dict[tuple[int, int], tuple[int, bool]]] = {}
        named: list[Candidate] = []
        for c in found:
            if not c.numeric:
                continue
            if named and named[-1].sentence != c.sentence:
                named = []
            got: dict[tuple[int, int], tuple[int, bool]] = {}
            for k, n in enumerate(reversed(named)):
                if n.subject_span is not None and n.subject_span not in got and len(got) < EARLIER:
                    got[n.subject_span] = (k + 1, n.unit == c.unit)
            if got:
                self.earlier[c.start] = got
            named.append(c)
        #: side -> start -> (score, first tag); side -> end -> (score, last tag)
        self._starts: dict[str, dict[int, tuple[float, str]]] = {side: {} for side in SIDES}
        self._ends: dict[str, dict[int, tuple[float, str]]] = {side: {} for side in SIDES}
        #: sentence -> its tokens (``Document.tokens_in``) and their starts, read once for all its numbers
        self._sentence_tokens: dict[int, tuple[list[Token], list[int]]] = {}
        self._changes, self._connectors = change_words(), words()["connector"]

    def _tokens(self, sentence: int) -> tuple[list[Token], list[int]]:
        """The tokens of sentence ``sentence`` and their starts."""
        got = self._sentence_tokens.get(sentence)
        if got is None:
            start, end, _ = self.doc.sentences[sentence]
            toks = self.doc.tokens_in(start, end)
            got = self._sentence_tokens[sentence] = (toks, [t[0] for t in toks])
        return got

    def tokens_in(self, c: Candidate, start: int, end: int) -> list[Token]:
        """``Document.tokens_in(start, end)``, sliced from the tokens of ``c``'s sentence when
        it holds ``start``-``end`` (a sentence lies in one line)."""
        if c.sentence >= 0:
            sent_start, sent_end, _ = self.doc.sentences[c.sentence]
            if sent_start <= start and end <= sent_end:
                toks, starts = self._sentence_tokens.get(c.sentence) or self._tokens(c.sentence)
                return toks[bisect_left(starts, start) : bisect_left(starts, end)]
        return self.doc.tokens_in(start, end)

    # The candidates ---------------------------------------------------------------------

    def candidates(self, c: Candidate, trims: bool = True) -> list[Cand]:
        """The candidates of ``c``: no subject first, then the grammar's span, then the others
        (without ``trims``: none shorter than the grammar's span that ends where it ends)."""
        doc, text = self.doc, self.text
        grammar = c.subject_span
        out: list[Cand] = [(None, "", 0, False, "", 0)]
        seen: set[Span] = {None}
        earlier = self.earlier.get(c.start, _NO_EARLIER)
        cs, ce = c.start, c.end
        if c.sentence >= 0:
            sent_start, sent_end, _ = doc.sentences[c.sentence]
        else:
            sent_start, sent_end = 0, len(text)
        lo = max(sent_start, cs - LOOK)
        left: list = []  # the clause's tokens before the number, nearest first
        if lo < cs:
            for t in reversed(self.tokens_in(c, lo, cs)):
                if t[1] > cs:
                    continue
                if text[t[0]] in CLAUSE_STOPS:
                    break
                left.append(t)
                if len(left) == LEFT_ENDS + SPAN_TOKENS - 1:
                    break
        hi = min(sent_end, ce + LOOK)
        right: list = []  # and after it
        if ce < hi:
            for t in self.tokens_in(c, ce, hi):
                if text[t[0]] in CLAUSE_STOPS:
                    break
                right.append(t)
                if len(right) == SPAN_TOKENS:
                    break

        fact_starts = self.fact_starts
        facts_end = len(fact_starts)

        def add(s: int, e: int, ntok: int, verb: bool, gap: str | None = None, gapn: int = 0) -> None:
            span = (s, e)
            if span in seen:
                return
            if e <= s or e - s > MAX_CHARS or (s < ce and cs < e):
                return
            i = bisect_left(fact_starts, s)  # (no span holds a fact that is no place)
            if i < facts_end and fact_starts[i] < e:
                return
            if grammar is not None:
                gs, ge = grammar
                if gs < s < ge and _cuts_word(text, grammar, s) or gs < e < ge and _cuts_word(text, grammar, e):
                    return  # (本外币存款余额 is never cut to 外币存款余额: a word of the vocabulary)
                if HEAD_KEPT and gs <= s and gs < e < ge:
                    return  # (新芯片首字延迟 never loses its head 延迟, 研发经费投入 its 投入)
                if not trims and gs < s and e == ge:
                    return  # (KEEP_HEAD: 轨道交通日均客运量 keeps its modifiers)
            seen.add(span)
            side = "E" if span in earlier else "L" if e <= cs else "R"
            if side == "E":
                gap, gapn = "far", MAX_GAPN
            elif gap is None:
                gap, gapn = _gap(text, cs, ce, side, s, e, left, right)
            out.append((span, side, max(ntok, 1), verb, gap, gapn))

        if grammar is not None:
            s, e = grammar
            toks = self.tokens_in(c, s, e)
            verb = False
            for t in toks:
                if t[2] == "v":
                    verb = True
                    break
            add(s, e, len(toks), verb)
            before = doc.token_at(s - 1)
            if before is not None and before[1] == s and _wordlike(text, before):
                add(before[0], e, len(toks) + 1, verb or before[2] == "v")
        changes, connectors = self._changes, self._connectors
        for d in range(min(LEFT_ENDS, len(left))):
            last = left[d]
            if not _wordlike(text, last) or last[2] in NO_HEAD:
                continue
            word = text[last[0] : last[1]]
            if word in changes and text[last[0] - 2 : last[0]] in ("同比", "环比") or word in connectors:
                continue  # (一季度同比增长5.3%: that change verb is what happened, not what changed;
                # 截至收盘报18.62元: a connector ends no subject)
            gap = text[last[1] : cs] if cs - last[1] <= 4 else "long"
            verb = last[2] == "v"
            add(last[0], last[1], 1, verb, gap, d)
            if d + 1 < len(left):
                first = left[d + 1]
                if _wordlike(text, first):
                    add(first[0], last[1], 2, verb or first[2] == "v", gap, d)
        if right and _wordlike(text, right[0]) and text[right[0][0] : right[0][1]] != "钱":  # (2元|钱)
            first = right[0]
            add(first[0], first[1], 1, first[2] == "v", "", 0)
            if len(right) > 1 and _wordlike(text, right[1]):
                add(first[0], right[1][1], 2, first[2] == "v" or right[1][2] == "v", "", 0)
        for s, e in earlier:
            if (s, e) not in seen:
                toks = self.tokens_in(c, s, e)
                add(s, e, len(toks), any(t[2] == "v" for t in toks))
        return out

    # The features (what training reads; ``best`` adds up the same weights from tables) ---

    def features(self, c: Candidate, cand: Cand) -> list[tuple[str, Any]]:
        """The features of candidate ``cand`` of number ``c``: ``(template, key)`` pairs."""
        span, side = cand[0], cand[1]
        if span is None:
            return self._null(c)
        s, e = span
        first, prev, place = self._start_atoms(s)
        last, nxt = self._end_atoms(e)
        text = self.text
        fw, pw, lw = text[first[0] : first[1]], _word(text, prev), text[last[0] : last[1]]
        feats: list[tuple[str, Any]] = [
            ("ft", (side, first[2])), ("fw", fw), ("fc", text[s]), ("pt", (side, _tag(prev))), ("pw", pw),
            ("lt", (side, last[2])), ("lw", lw), ("lc", text[e - 1]), ("nt", (side, _tag(nxt))),
            ("nw", _word(text, nxt, "$")),
        ]
        if place:
            feats.append(("placefirst", True))
        for name, ws in _lexicon():
            if fw in ws:
                feats.append(("fwin", name))
            if pw in ws:
                feats.append(("pwin", name))
            if lw in ws:
                feats.append(("lwin", name))
        feats += [("gap", (side, cand[4])), ("gapn", (side, cand[5]))]
        rel = _relation(c.subject_span, s, e)
        ntok, nch = min(cand[2], MAX_NTOK), min(e - s, MAX_NCH)
        feats += [("rel", rel), ("sd", (side, rel)), ("sdt", (c.type, c.unit_kind, side, rel)),
                  ("ntok", ntok), ("relntok", (rel, ntok)), ("nch", nch), ("ftlt", (first[2], last[2]))]
        if cand[3]:
            feats.append(("hasv", side))
        feats += self._extras(c, s, e, rel)
        return feats

    def _null(self, c: Candidate) -> list[tuple[str, Any]]:
        doc, text = self.doc, self.text
        before, after = doc.token_at(c.start - 1), doc.token_at(c.end)
        return [("null", (c.subject_span is not None, c.type, c.unit_kind)), ("nullch", c.change),
                ("nullbt", _tag(before)), ("nullbw", _word(text, before)),
                ("nullat", _tag(after)), ("nullaw", _word(text, after, "$"))]

    def _null_score(self, c: Candidate, t: dict[str, dict]) -> float:
        """The sum of the weights of ``_null``'s features, read from the template tables."""
        doc, text = self.doc, self.text
        before, after = doc.token_at(c.start - 1), doc.token_at(c.end)
        return sum((t["null"].get((c.subject_span is not None, c.type, c.unit_kind), 0.0),
                    t["nullch"].get(c.change, 0.0), t["nullbt"].get(_tag(before), 0.0),
                    t["nullbw"].get(_word(text, before), 0.0), t["nullat"].get(_tag(after), 0.0),
                    t["nullaw"].get(_word(text, after, "$"), 0.0)))

    def _start_atoms(self, s: int) -> tuple[tuple, tuple | None, bool]:
        """The first token of a span starting at ``s``, the token before it, and whether a
        place fact starts there."""
        first = self.doc.token_at(s) or (s, s + 1, "x")
        prev = self.doc.token_at(s - 1) if s > 0 else None
        fact = self.facts.get(s)
        return first, prev, fact is not None and fact.type == "place"

    def _end_atoms(self, e: int) -> tuple[tuple, tuple | None]:
        """The last token of a span ending at ``e`` and the token after it."""
        return self.doc.token_at(e - 1) or (e - 1, e, "x"), self.doc.token_at(e)

    def _extras(self, c: Candidate, s: int, e: int, rel: str) -> list[tuple[str, Any]]:
        """The rarer features: 的 or 、 inside the span; an earlier number's subject (K4)."""
        feats: list[tuple[str, Any]] = []
        body = self.text[s:e]
        if "的" in body:
            feats.append(("de", True))
        if "、" in body:
            feats.append(("dun", True))
        back = self.earlier.get(c.start, _NO_EARLIER).get((s, e))
        if back is not None:
            k, same = back
            feats += [("earlier", k), ("earliersame", same), ("earliertc", (c.type, c.change)),
                      ("earlierrel", (k, rel)), ("earlierresp", "分别" in self.text[e : c.start])]
        return feats

    # Scoring --------------------------------------------------------------------------------

    def best(self, c: Candidate, m: Model, trims: bool = True) -> Span:
        """The best-scoring candidate span of ``c`` (the first of equals): the sum of the
        weights of ``features`` for each, read from the compiled tables."""
        cands = self.candidates(c, trims)
        if len(cands) == 1:
            return None
        w, t = m.w, m.t
        best: Span = None
        best_score = self._null_score(c, t)
        text = self.text
        joint = m.joint((c.type, c.unit_kind))
        grammar = c.subject_span
        gap_t, gapn_t, ftlt_t = t["gap"], t["gapn"], t["ftlt"]
        for i in range(1, len(cands)):
            span, side, ntok, verb, gap, gapn = cands[i]
            s, e = span  # type: ignore[misc]
            starts, ends = self._starts[side], self._ends[side]
            got = starts.get(s)
            if got is None:
                got = starts[s] = self._start_score(side, s, t)
            got2 = ends.get(e)
            if got2 is None:
                got2 = ends[e] = self._end_score(side, e, t)
            if grammar is None:
                rel = "gnone"
            elif s == grammar[0] and e == grammar[1]:
                rel = "geq"
            else:
                rel = _relation(grammar, s, e)
            score = (got[0] + got2[0] + gap_t.get((side, gap), 0.0) + gapn_t.get((side, gapn), 0.0)
                     + joint[(side, rel, ntok if ntok < MAX_NTOK else MAX_NTOK, e - s if e - s < MAX_NCH else MAX_NCH,
                              verb)]
                     + ftlt_t.get((got[1], got2[1]), 0.0))
            if side == "E" or "的" in (body := text[s:e]) or "、" in body:
                for f in self._extras(c, s, e, rel):
                    score += w.get(f, 0.0)
            if score > best_score:
                best, best_score = span, score
        return best

    def _start_score(self, side: str, s: int, t: dict[str, dict]) -> tuple[float, str]:
        """The weights of the features of a span's start (``_start_atoms``, written out)."""
        doc, text = self.doc, self.text
        first = doc.token_at(s) or (s, s + 1, "x")
        prev = doc.token_at(s - 1) if s > 0 else None
        if prev is None:
            prev_tag = prev_word = "^"
        else:
            prev_tag, prev_word = prev[2], text[prev[0] : prev[1]]
        a = (t["ft"].get((side, first[2]), 0.0) + t["fw"].get(text[first[0] : first[1]], 0.0)
             + t["fc"].get(text[s], 0.0) + t["pt"].get((side, prev_tag), 0.0) + t["pw"].get(prev_word, 0.0))
        fact = self.facts.get(s)
        if fact is not None and fact.type == "place":
            a += t["placefirst"].get(True, 0.0)
        return a, first[2]

    def _end_score(self, side: str, e: int, t: dict[str, dict]) -> tuple[float, str]:
        """The weights of the features of a span's end (``_end_atoms``, written out)."""
        doc, text = self.doc, self.text
        last = doc.token_at(e - 1) or (e - 1, e, "x")
        nxt = doc.token_at(e)
        if nxt is None:
            next_tag, next_word = "^", "$"
        else:
            next_tag, next_word = nxt[2], text[nxt[0] : nxt[1]]
        b = (t["lt"].get((side, last[2]), 0.0) + t["lw"].get(text[last[0] : last[1]], 0.0)
             + t["lc"].get(text[e - 1], 0.0) + t["nt"].get((side, next_tag), 0.0)
             + t["nw"].get(next_word, 0.0))
        return b, last[2]


def _gap(text: str, cs: int, ce: int, side: str, s: int, e: int, left: list, right: list) -> tuple[str, int]:
    """What lies between a span and the number at ``cs``-``ce``: its text (up to four
    characters, else "long") and how many of the clause's tokens ``left`` (nearest first) or
    ``right`` (capped; ``MAX_GAPN`` when the span lies beyond them)."""
    a, b = (e, cs) if side == "L" else (ce, s)
    gap = text[a:b] if b - a <= 4 else "long"
    if a == b:
        return gap, 0
    n = 0
    for t in left if side == "L" else right:
        if (t[0] >= a) if side == "L" else (t[1] <= b):
            n += 1
        else:
            break
    else:
        n = MAX_GAPN  # (the span lies beyond the tokens read)
    return gap, min(n, MAX_GAPN)


def _cuts_word(text: str, grammar: tuple[int, int], p: int) -> bool:
    """Position ``p`` lies inside the grammar's span and inside a word of the link vocabulary
    written there (本|外币, a whole_start term): a candidate cut there breaks a term."""
    gs, ge = grammar
    if not gs < p < ge:
        return False
    vocab, longest, lengths = _vocabulary()
    for q in range(max(gs, p - longest + 1), p):
        for n in lengths.get(text[q], ()):  # (only the lengths of the words that open with that letter)
            if p < q + n <= ge and text[q : q + n] in vocab:
                return True
    return False


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], int, dict[str, tuple[int, ...]]]:
    """The words of the link vocabulary that name things or end their names (two letters or
    more), the longest one's length, and the lengths of the words each first letter opens."""
    w = words()
    names = ("whole_start", "compound_tail", "noun_word", "head_noun", "duration_noun", "count_noun", "facility",
             "site_noun", "origin_noun", "bearer_attribute", "owner_ending", "company_suffix")
    vocab = frozenset(x for name in names if name in w for x in w[name] if len(x) > 1)
    lengths: dict[str, set[int]] = {}
    for x in vocab:
        lengths.setdefault(x[0], set()).add(len(x))
    return vocab, max(map(len, vocab), default=0), {ch: tuple(sorted(n)) for ch, n in lengths.items()}


def _relation(grammar: Span, s: int, e: int) -> str:
    if grammar is None:
        return "gnone"
    gs, ge = grammar
    if s == gs and e == ge:
        return "geq"
    if s <= gs and ge <= e:
        return "gsup"
    if gs <= s and e <= ge:
        return "gsub"
    if s < ge and gs < e:
        return "gover"
    return "gdis"


def _tag(tok: tuple | None) -> str:
    return tok[2] if tok is not None else "^"


def _word(text: str, tok: tuple | None, none: str = "^") -> str:
    return text[tok[0] : tok[1]] if tok is not None else none


def _wordlike(text: str, tok: tuple) -> bool:
    ch = text[tok[0]]
    return not (ch in CLAUSE_STOPS or ch in "、的”“\"《》" or tok[2] in ("x", "w"))


@lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[str, frozenset[str]], ...]:
    """Word classes of the link vocabulary that features name."""
    w = words()
    names = ("predicate", "lead", "connector", "deictic", "compound_tail", "head_noun", "verb_object",
             "change_up", "change_down", "subject_trailer", "owner", "span_cut", "time_word", "noun_word",
             "lead_verb", "time_lead", "bearer_attribute", "intransitive_tail", "duration_noun", "count_noun")
    return tuple((name, frozenset(w[name])) for name in names if name in w)
