"""Subject reranking: a small learned log-linear model that picks a number's subject among
candidate spans of its clause, the grammar's answer (``links``) being one candidate and a
feature (docs/linking.md, "Learned reranking").

The candidates of a number are: no subject; the grammar's span, with one token trimmed or
added at either end; the token spans of its clause ending a few tokens before it; and the
token spans starting right after it (or after its 的). Each candidate is described by
sparse string features; its score is the sum of their weights, read from
``factx/data/rerank.json`` (trained by ``scripts/train_rerank.py`` on the linking gold).
"""

from __future__ import annotations

import json
import os
from bisect import bisect_left
from functools import lru_cache
from importlib import resources

from factx.candidate import Candidate
from factx.document import Document
from factx.stages.clauses import CLAUSE_STOPS, words

#: Longest candidate span, in characters (as ``phrases.MAX_SUBJECT``).
MAX_CHARS = 24
#: A left candidate ends within this many tokens before the number.
LEFT_ENDS = 5
#: A candidate holds at most this many tokens.
MAX_TOKENS = 7
#: A right candidate holds at most this many tokens.
RIGHT_TOKENS = 4
#: The subjects of up to this many earlier numbers of the sentence are candidates too (K4).
EARLIER = 3

Span = tuple[int, int] | None

#: Off unless FACTX_RERANK=1: an experiment (it costs about 0.2 ms a number and moves
#: some hand-checked subjects of tests/test_links.py within or out of their range).
ENABLED = os.environ.get("FACTX_RERANK") == "1"


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """The model's feature weights (empty when no model is shipped)."""
    try:
        data = json.loads((resources.files("factx") / "data" / "rerank.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {k: float(v) for k, v in data["weights"].items()}


def rerank_subjects(doc: Document, found: list[Candidate]) -> None:
    """Replace each numeric candidate's subject by the best-scoring candidate span."""
    w = weights() if ENABLED else None
    if not w:
        return
    ctx = Context(doc, found)
    for c in found:
        if c.numeric:
            c.subject_span = ctx.best(c, w)


#: A candidate: its span (None: no subject), its side (L before the number, R after it, E an
#: earlier number's subject), and its token count and whether a verb is among them.
Cand = tuple[Span, str, int, bool]


class Context:
    """What the candidates and features of one document's numbers read."""

    __slots__ = ("doc", "text", "fact_starts", "facts", "lex", "earlier", "_starts", "_ends")

    def __init__(self, doc: Document, found: list[Candidate]) -> None:
        self.doc = doc
        self.text = doc.text
        self.facts = {c.start: c for c in found}
        self.fact_starts = sorted(c.start for c in found if c.type != "place")
        self.lex = _lexicon()
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
            self.earlier[c.start] = got
            named.append(c)
        self._starts: dict[tuple[str, int], list[str]] = {}  # (side, start) -> its start features
        self._ends: dict[tuple[str, int, int], list[str]] = {}  # (side, end, number) -> its end features

    def _holds_fact(self, start: int, end: int) -> bool:
        i = bisect_left(self.fact_starts, start)
        return i < len(self.fact_starts) and self.fact_starts[i] < end

    def best(self, c: Candidate, w: dict[str, float]) -> Span:
        """The best-scoring candidate span of ``c`` (the first of equals)."""
        best, best_score = None, None
        starts: dict[tuple[str, int], float] = {}
        ends: dict[tuple[str, int], float] = {}
        for cand in self.candidates(c):
            span, side = cand[0], cand[1]
            if span is None:
                score = sum(w.get(f, 0.0) for f in self._null(c))
            else:
                a = starts.get((side, span[0]))
                if a is None:
                    a = starts[(side, span[0])] = sum(w.get(f, 0.0) for f in self._start(side, span[0]))
                b = ends.get((side, span[1]))
                if b is None:
                    b = ends[(side, span[1])] = sum(w.get(f, 0.0) for f in self._end(side, span[1], c))
                score = a + b
                for f in self._joint(c, cand):
                    score += w.get(f, 0.0)
            if best_score is None or score > best_score:
                best, best_score = span, score
        return best

    def candidates(self, c: Candidate) -> list[Cand]:
        """The candidates of ``c``: no subject first, then the grammar's span, then the others."""
        doc, text = self.doc, self.text
        grammar = c.subject_span
        out: list[Cand] = [(None, "", 0, False)]
        seen: set[Span] = {None}
        earlier = self.earlier.get(c.start, {})

        def add(span: tuple[int, int], ntok: int = -1, verb: bool = False) -> None:
            if span in seen:
                return
            s, e = span
            if e <= s or e - s > MAX_CHARS or (s < c.end and c.start < e) or self._holds_fact(s, e):
                return
            seen.add(span)
            if ntok < 0:
                toks = doc.tokens_in(s, e)
                ntok, verb = len(toks), any(t[2] == "v" for t in toks)
            out.append((span, "E" if span in earlier else "L" if e <= c.start else "R", ntok, verb))

        if grammar is not None:
            seen.discard(grammar)
            add(grammar)
            seen.add(grammar)
        sent_start = doc.sentences[c.sentence][0] if c.sentence >= 0 else 0
        lo = c.start
        while lo > sent_start and text[lo - 1] not in CLAUSE_STOPS:
            lo -= 1
        left = [t for t in doc.tokens_in(lo, c.start) if t[1] <= c.start] if lo < c.start else []
        n = len(left)
        for j in range(n - 1, max(n - 1 - LEFT_ENDS, -1), -1):
            if not _wordlike(text, left[j]):
                continue
            verb = False
            for i in range(j, max(j - MAX_TOKENS, -1), -1):
                if left[j][1] - left[i][0] > MAX_CHARS:
                    break
                verb = verb or left[i][2] == "v"
                if _wordlike(text, left[i]):
                    add((left[i][0], left[j][1]), j - i + 1, verb)
        hi = c.end
        limit = min(len(text), c.end + MAX_CHARS + 2)
        while hi < limit and text[hi] not in CLAUSE_STOPS:
            hi += 1
        right = [t for t in doc.tokens_in(c.end, hi) if t[0] >= c.end and t[1] <= hi] if c.end < hi else []
        i0 = 1 if right and text[right[0][0] : right[0][1]] == "的" else 0  # (a noun after 的)
        verb = False
        for j in range(i0, min(i0 + RIGHT_TOKENS, len(right))):
            verb = verb or right[j][2] == "v"
            if _wordlike(text, right[j]):
                add((right[i0][0], right[j][1]), j - i0 + 1, verb)
        if grammar is not None:
            s, e = grammar
            toks = doc.tokens_in(s, e)
            if len(toks) > 1:
                add((toks[1][0], e))
                add((s, toks[-2][1]))
            before = doc.token_at(s - 1)
            if before is not None and before[1] == s and _wordlike(text, before):
                add((before[0], e))
            after = doc.token_at(e)
            if after is not None and after[0] == e and _wordlike(text, after):
                add((s, after[1]))
        for span in earlier:
            add(span)
        return out

    def features(self, c: Candidate, cand: Cand) -> list[str]:
        """The features of candidate ``cand`` of number ``c`` (what ``best`` adds up)."""
        span, side = cand[0], cand[1]
        if span is None:
            return self._null(c)
        return self._start(side, span[0]) + self._end(side, span[1], c) + self._joint(c, cand)

    def _null(self, c: Candidate) -> list[str]:
        doc, text = self.doc, self.text
        g = "g" if c.subject_span is not None else "n"
        feats = ["null", "null|" + g, "null|" + c.type + "/" + str(c.unit_kind) + "|" + g, "null|ch=" + str(c.change)]
        before = doc.token_at(c.start - 1)
        after = doc.token_at(c.end)
        if before is not None:
            feats.append("null|bt=" + before[2])
            feats.append("null|bw=" + text[before[0] : before[1]])
        if after is not None:
            feats.append("null|at=" + after[2])
            feats.append("null|aw=" + text[after[0] : after[1]])
        return feats

    def _start(self, side: str, s: int) -> list[str]:
        """The features of where a span starts: its first word and the word before it."""
        got = self._starts.get((side, s))
        if got is not None:
            return got
        doc, text = self.doc, self.text
        first = doc.token_at(s) or (s, s + 1, "x")
        prev = doc.token_at(s - 1) if s > 0 else None
        fw = text[first[0] : first[1]]
        pw, pt = (text[prev[0] : prev[1]], prev[2]) if prev is not None else ("^", "^")
        got = ["ft=" + side + first[2], "fw=" + fw, "fc=" + text[s], "pt=" + side + pt, "pw=" + pw]
        for name, ws in self.lex:
            if fw in ws:
                got.append("fwin=" + name)
            if pw in ws:
                got.append("pwin=" + name)
        fact = self.facts.get(s)
        if fact is not None and fact.type == "place":
            got.append("placefirst")
        self._starts[(side, s)] = got
        return got

    def _end(self, side: str, e: int, c: Candidate) -> list[str]:
        """The features of where a span ends: its last word, the word after it, what lies
        between it and the number."""
        got = self._ends.get((side, e, c.start))
        if got is not None:
            return got
        doc, text = self.doc, self.text
        last = doc.token_at(e - 1) or (e - 1, e, "x")
        nxt = doc.token_at(e)
        lw = text[last[0] : last[1]]
        nw, nt = (text[nxt[0] : nxt[1]], nxt[2]) if nxt is not None else ("$", "$")
        if side == "E":
            gap, gapn = "far", 5
        else:
            a, b = (e, c.start) if side == "L" else (c.end, cand_start_right(text, c.end, e))
            gap = text[a:b] if b - a <= 4 else "long"
            gapn = min(len(doc.tokens_in(a, b)), 5) if a < b else 0
        got = ["lt=" + side + last[2], "lw=" + lw, "lc=" + text[e - 1], "nt=" + side + nt, "nw=" + nw,
               "gap=" + side + gap, "gapn=" + side + str(gapn)]
        for name, ws in self.lex:
            if lw in ws:
                got.append("lwin=" + name)
        self._ends[(side, e, c.start)] = got
        return got

    def _joint(self, c: Candidate, cand: Cand) -> list[str]:
        """The features of the span as a whole: how it stands to the grammar's, its size."""
        (s, e), side, ntok, verb = cand  # type: ignore[misc]
        grammar = c.subject_span
        if grammar is None:
            rel = "gnone"
        elif s == grammar[0] and e == grammar[1]:
            rel = "geq"
        elif s <= grammar[0] and grammar[1] <= e:
            rel = "gsup"
        elif grammar[0] <= s and e <= grammar[1]:
            rel = "gsub"
        elif s < grammar[1] and grammar[0] < e:
            rel = "gover"
        else:
            rel = "gdis"
        doc, text = self.doc, self.text
        first = doc.token_at(s)
        last = doc.token_at(e - 1)
        sd = side + rel
        n = str(min(ntok, 6))
        feats = ["rel=" + rel, "sd=" + sd, "sd|" + c.type + "/" + str(c.unit_kind) + "|" + sd,
                 "ftlt=" + (first[2] if first else "x") + (last[2] if last else "x"),
                 "ntok=" + n, "rel|ntok=" + rel + n, "nch=" + str(min(e - s, 10))]
        if verb:
            feats.append("hasv|" + side)
        body = text[s:e]
        if "的" in body:
            feats.append("de")
        if "、" in body:
            feats.append("dun")
        back = self.earlier.get(c.start, {}).get((s, e))
        if back is not None:
            k, same = back
            feats += ["earlier=" + str(k), "earlier|same=" + str(same), "earlier|" + c.type + str(c.change),
                      "earlier|k" + str(k) + rel, "earlier|resp=" + str("分别" in text[e : c.start])]
        return feats


def cand_start_right(text: str, pos: int, end: int) -> int:
    """Where a span after the number at ``pos`` starts, given that it ends at ``end``: the gap
    is what lies between (nothing, or 的)."""
    return pos + 1 if text.startswith("的", pos) and end > pos + 1 else pos


def _wordlike(text: str, tok: tuple[int, int, str]) -> bool:
    ch = text[tok[0]]
    return not (ch in CLAUSE_STOPS or ch in "、的”“\"《》" or tok[2] in ("x", "w"))


@lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[str, frozenset[str]], ...]:
    """Word classes of the link vocabulary that features name."""
    w = words()
    names = ("predicate", "lead", "connector", "deictic", "compound_tail", "head_noun", "verb_object",
             "change_up", "change_down", "subject_trailer", "owner", "span_cut", "time_word", "noun_word")
    return tuple((name, frozenset(w[name])) for name in names if name in w)
