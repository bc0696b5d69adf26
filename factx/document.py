"""A document as every stage reads it: its text, lines (paragraphs) and sentences,
tagged lazily where a stage asks.

A paragraph is a line: news text puts one paragraph on a line, and no fact, sentence
or link crosses a line break. Sentences end after 。！？!?；; (and closing quotes), at a
line end, or at the bound ``MAX_SENTENCE`` (an over-long run of text without
punctuation is cut so that no sentence grows without limit).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

import regex

from factx.lexicons import link_words
from factx.opaque import opaque_spans
from factx.punctuation import CLOSING_MARKS, SENTENCE_ENDS
from factx.tagging import Token, TokenArrays, get_tagger, plain_tag, token_arrays

#: Sentence ends: the punctuation and the closing quotes or brackets right after it.
SENTENCE_END = regex.compile(f"[{SENTENCE_ENDS}]+[{CLOSING_MARKS}]*")
#: The longest sentence, in code points: a longer run is cut after a comma, colon or
#: space in the second half of the piece, else at this bound (a line of 200 KB without
#: punctuation is no sentence, and a row never carries more context than this).
MAX_SENTENCE = 256
_SOFT = regex.compile(r"[，,、：:\s]+")


#: Characters jieba never puts inside a word (both engines cut their input into blocks of
#: Han characters, letters and digits first): no token holds one of them and another
#: character, so the tokens of a whole line are those of each piece between them.
_SEPARATORS = regex.compile(r"[\s，。、；：！？（）“”‘’《》【】「」『』〔〕·—…,;:!?()\[\]{}<>\"'|/\\]+")
_SEPARATOR_CHARS: dict[str, bool] = {}


def is_separator(ch: str) -> bool:
    """``ch`` (one character) is a separator: a line's recogniser tokens never cover it."""
    got = _SEPARATOR_CHARS.get(ch)
    if got is None:
        got = _SEPARATOR_CHARS[ch] = _SEPARATORS.match(ch) is not None
    return got


class Line:
    """One line of a document (facts never cross a line break), tagged whole in one tagger
    call, the first time a recogniser asks for a token (or before, by ``Document.tag_lines``).
    Its tokens are kept as ``TokenArrays``; separators (spaces, punctuation) belong to no token."""

    __slots__ = ("text", "offset", "_tagger", "_starts", "_tags", "_opaque")

    def __init__(self, text: str, tagger: Callable[[str], list[Token]], offset: int = 0) -> None:
        self.text = text
        #: Where the line starts in its document.
        self.offset = offset
        self._tagger = tagger
        self._starts: list[int] | None = None
        self._tags: list[str] = []
        self._opaque: tuple[tuple[int, int], ...] | None = None

    def tag(self, text: str) -> list[Token]:
        """Tokens of another text (a stem, a name) by this line's tagger."""
        return self._tagger(text)

    def is_dictionary_word(self, word: str) -> bool:
        """True when the dictionary alone keeps ``word`` whole (not a word the HMM guessed)."""
        return len(self.plain_tag(word)) == 1

    def plain_tag(self, text: str) -> list[Token]:
        """Tokens of ``text`` by the dictionary alone (the same with every engine)."""
        return get_tagger(getattr(self._tagger, "engine", "rjieba"), hmm=False)(text)

    def opaque_spans(self) -> tuple[tuple[int, int], ...]:
        """``opaque.opaque_spans`` of the line, found once: the amounts and the dates recognisers
        both ask, each in a pass over every line of its own."""
        if self._opaque is None:
            self._opaque = opaque_spans(self.text)
        return self._opaque

    def arrays(self) -> TokenArrays:
        """The line's tokens as (starts with the line length last, tags); separators are tokens here."""
        if self._starts is None:
            self._starts, self._tags = token_arrays(self._tagger, self.text)
        return self._starts, self._tags

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens starting in [start, end)."""
        if start >= end:
            return []
        starts, tags = self.arrays()
        text = self.text
        last = len(tags)
        return [(starts[j], starts[j + 1], tags[j])
                for j in range(bisect_left(starts, start), min(bisect_left(starts, end), last))
                if not is_separator(text[starts[j]])]

    def token_at(self, pos: int) -> Token | None:
        """The token covering offset ``pos`` (None on a separator)."""
        text = self.text
        if pos < 0 or pos >= len(text):
            return None
        separator = _SEPARATOR_CHARS.get(text[pos])
        if separator or (separator is None and is_separator(text[pos])):
            return None
        starts = self._starts
        if starts is None:
            starts = self.arrays()[0]
        j = bisect_right(starts, pos) - 1
        return starts[j], starts[j + 1], self._tags[j]

    def is_boundary(self, pos: int) -> bool:
        """True when a token starts (or the text ends) at ``pos``."""
        text = self.text
        if pos <= 0 or pos >= len(text) or is_separator(text[pos]):
            return True
        starts = self._starts
        if starts is None:
            starts = self.arrays()[0]
        return starts[bisect_right(starts, pos) - 1] == pos


_UNSEEN = object()

#: A letter other than the Han ones (U+4E00-U+9FFF): a token opening with one takes the tag the
#: dictionary-only tagger gives it (``tagging.plain_tag``).
_NOT_HAN = re.compile("[^\u4e00-\u9fff]")


class Document:
    """The text being read: lines with their offsets, and sentence spans with the
    paragraph (line) each belongs to. Offsets are code points into ``text``.

    ``lines`` are tagged by ``tagger`` (the recognisers read them); the document's own
    ``token_at`` and ``tokens_in`` read ``plain_tagger`` (dictionary-only tokens, the
    same from every engine), for the document stages.
    """

    __slots__ = ("text", "lines", "_line_starts", "sentences", "_sentence_starts", "_plain", "_plain_tagger",
                 "_remap", "_derive", "_token_memo", "memo", "_sentence_texts", "_near", "_batch", "_back_span",
                 "_back")

    def __init__(self, text: str, tagger: Callable[[str], list[Token]],
                 plain_tagger: Callable[[str], list[Token]] | None = None) -> None:
        self.text = text
        self._plain_tagger = plain_tagger or tagger
        self._plain: dict[int, TokenArrays] = {}
        self._token_memo: dict[int, Token | None] = {}
        #: The line read last: (first offset, line break offset, starts, tags); the link
        #: stages read one line at a time.
        self._near: tuple[int, int, list[int], list[str]] = (0, -1, [0], [])
        #: The tokens ``tokens_back`` made last, and for which span.
        self._back_span: tuple[int, int] = (-1, -1)
        self._back: list[Token] = []
        self._remap = bool(getattr(self._plain_tagger, "plain", False) and hasattr(self._plain_tagger, "raw_arrays"))
        #: The dictionary-only arrays derived from the lines' own tagging (see ``tagging._deriver``)
        #: when both taggers are the same engine's, instead of a second tagging of each line.
        derive = getattr(self._plain_tagger, "derive", None)
        same = derive is not None and hasattr(tagger, "raw_arrays") and not getattr(tagger, "plain", True) \
            and getattr(tagger, "engine", None) == getattr(self._plain_tagger, "engine", "")
        self._derive = derive if same else None
        #: rjieba's lines are tagged all at once before the recognisers read them (``tag_lines``).
        self._batch = getattr(tagger, "engine", None) == "rjieba"
        #: Results a stage computes once per document and reads many times (by key).
        self.memo: dict = {}
        self._sentence_texts: dict[tuple[int, int], str] = {}
        self.lines: list[Line] = []
        #: (start, end, line index) of every sentence, in order; stripped of spaces.
        self.sentences: list[tuple[int, int, int]] = []
        pos, n = 0, len(text)
        while pos < n:
            nl = text.find("\n", pos)
            if nl < 0:
                nl = n
            line = Line(text[pos:nl], tagger, pos)
            self.lines.append(line)
            self._split_sentences(line, len(self.lines) - 1)
            pos = nl + 1
        self._line_starts = [line.offset for line in self.lines]
        self._sentence_starts = [s[0] for s in self.sentences]

    def _split_sentences(self, line: Line, index: int) -> None:
        raw, base = line.text, line.offset
        cuts = [m.end() for m in SENTENCE_END.finditer(raw)]
        if not cuts or cuts[-1] < len(raw):
            cuts.append(len(raw))
        left = 0
        for right in cuts:
            while right - left > MAX_SENTENCE:
                window = raw[left : left + MAX_SENTENCE]
                comma = max((m.end() for m in _SOFT.finditer(window, MAX_SENTENCE // 2)), default=0)
                cut = left + (comma or MAX_SENTENCE)
                self._add_sentence(raw, base, left, cut, index)
                left = cut
            self._add_sentence(raw, base, left, right, index)
            left = right

    def _add_sentence(self, raw: str, base: int, left: int, right: int, index: int) -> None:
        while left < right and raw[left].isspace():
            left += 1
        while right > left and raw[right - 1].isspace():
            right -= 1
        if right > left:
            self.sentences.append((base + left, base + right, index))

    def tag_lines(self) -> None:
        """Tag every line that is not blank now, one after the other, when the engine is rjieba.

        Each line is still one tagger call, so the tokens are the same; but calls made one
        right after the other run with the engine's dictionary in the processor's caches,
        where calls made between the recognisers' Python work fetch it again each time:
        tagging up front costs about a third of tagging on demand (about 0.05 against 0.13 s
        for 0.33 M characters), although it also tags the few lines no recogniser asks about.
        """
        if self._batch:
            for line in self.lines:
                if line._starts is None and line.text.strip():
                    line.arrays()

    def line_at(self, pos: int) -> Line:
        """The line holding document offset ``pos``."""
        return self.lines[bisect_right(self._line_starts, pos) - 1]

    def is_word(self, text: str) -> bool:
        """``text`` is one word of the link stages' dictionary-only cut (the same with either engine)."""
        return len(self._plain_tagger(text)) == 1

    def sentence_at(self, pos: int) -> int:
        """The index of the sentence holding (or last starting before) offset ``pos``."""
        return bisect_right(self._sentence_starts, pos) - 1

    def sentence_text(self, start: int, end: int) -> str:
        """The sentence (or run of sentences) holding ``text[start:end]``."""
        if not self.sentences:
            return ""
        i, j = self._sentence_range(start, end)
        text = self._sentence_texts.get((i, j))  # the facts of one sentence share its text
        if text is None:
            text = self._sentence_texts[(i, j)] = self.text[self.sentences[i][0] : max(self.sentences[j][1], end)]
        return text

    def sentence_span(self, start: int, end: int) -> tuple[int, int]:
        """Where ``sentence_text(start, end)`` lies in ``text`` ((0, 0) when there is no sentence)."""
        if not self.sentences:
            return 0, 0
        i, j = self._sentence_range(start, end)
        return self.sentences[i][0], max(self.sentences[j][1], end)

    def _sentence_range(self, start: int, end: int) -> tuple[int, int]:
        """The first and last sentence holding ``text[start:end]`` (the document has sentences)."""
        i = max(self.sentence_at(start), 0)
        return i, max(self.sentence_at(max(start, end - 1)), i)

    def _plain_arrays(self, i: int) -> TokenArrays:
        """The dictionary-only tokens of line ``i`` (line offsets), made once: derived from the
        line's own tokens when both taggers are rjieba's (``tagging._deriver``), else by tagging
        the line whole. With ``get_tagger``'s taggers the tags are the engine's own, and those of
        the tokens that open with a letter other than a Han one are set here to the tagger's."""
        got = self._plain.get(i)
        if got is None:
            text = self.lines[i].text
            if self._derive is not None:
                got = self._derive(text, self.lines[i].arrays())
            else:
                raw = getattr(self._plain_tagger, "raw_arrays", None)
                got = raw(text) if raw is not None else token_arrays(self._plain_tagger, text)
            if self._remap:  # (the arrays are the line's own: tags set once, for the tokens that open with
                starts, tags = got  # another letter than a Han one, found in C among the first letters)
                for m in _NOT_HAN.finditer("".join(map(text.__getitem__, starts[:-1]))):
                    j = m.start()
                    tag = tags[j]
                    if tag == "m" and m.group().isdigit() \
                            or tag == "x" and starts[j + 1] - starts[j] == 1 and not m.group().isalnum():
                        continue  # (plain_tag's own: m for what opens with a digit, x for one punctuation mark)
                    tags[j] = plain_tag(text[starts[j] : starts[j + 1]], tag)
            if "k" in got[1]:
                got = _join_agent_suffix(text, got)  # (once, as the arrays are made)
            got = _join_noun_suffix(text, got)
            got = _retag_nouns(text, got)
            got = _join_compounds(text, got)
            self._plain[i] = got
        return got

    def token_at(self, pos: int) -> Token | None:
        """The token covering document offset ``pos`` (punctuation is a token too)."""
        got = self._token_memo.get(pos, _UNSEEN)  # (the link stages ask for the same offsets again and again)
        if got is not _UNSEEN:
            return got  # type: ignore[return-value]
        tok: Token | None = None
        if 0 <= pos < len(self.text):
            base, stop, starts, tags = self._near
            if not base <= pos <= stop:
                base, stop, starts, tags = self._line_near(pos)
            j = bisect_right(starts, pos - base) - 1
            if j < len(tags):  # (else: the line break after the line)
                tok = (base + starts[j], base + starts[j + 1], tags[j])
        self._token_memo[pos] = tok
        return tok

    def _line_near(self, pos: int) -> tuple[int, int, list[int], list[str]]:
        """``_near`` for the line holding ``pos`` (0 <= pos < len(text)), made the one read last."""
        i = bisect_right(self._line_starts, pos) - 1
        starts, tags = self._plain.get(i) or self._plain_arrays(i)
        base = self._line_starts[i]
        near = self._near = (base, base + len(self.lines[i].text), starts, tags)
        return near

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens starting in [start, end) of one line, in document offsets."""
        i = bisect_right(self._line_starts, start) - 1
        starts, tags = self._plain_arrays(i)
        base = self._line_starts[i]
        first = bisect_left(starts, start - base)
        last = min(bisect_left(starts, end - base), len(tags))
        return [(base + starts[j], base + starts[j + 1], tags[j]) for j in range(first, last)]

    def tokens_back(self, start: int, end: int) -> list[Token]:
        """``reversed(tokens_in(start, end))``; the list made last is kept, for the clause's
        predicate and verb look-ups walk the same tokens one after the other."""
        if self._back_span == (start, end):
            return self._back
        base, stop, starts, tags = self._near
        if not base <= start <= stop:
            base, stop, starts, tags = self._line_near(start)
        first = bisect_left(starts, start - base)
        last = min(bisect_left(starts, end - base), len(tags))
        toks = [(base + starts[j], base + starts[j + 1], tags[j]) for j in range(last - 1, first - 1, -1)]
        self._back_span, self._back = (start, end), toks
        return toks

    def starts_token(self, pos: int) -> bool:
        """``token_at(pos)`` is None or starts at ``pos``."""
        tok = self._token_memo.get(pos, _UNSEEN)
        if tok is _UNSEEN:
            tok = self.token_at(pos)
        return tok is None or tok[0] == pos  # type: ignore[index]

    def ends_token(self, pos: int) -> bool:
        """``token_at(pos - 1)`` is None or ends at ``pos``."""
        tok = self._token_memo.get(pos - 1, _UNSEEN)
        if tok is _UNSEEN:
            tok = self.token_at(pos - 1)
        return tok is None or tok[1] == pos  # type: ignore[index]


def _join_agent_suffix(text: str, arrays: TokenArrays) -> TokenArrays:
    """Dictionary-only tokens with 者 joined to the word before it as one noun: 跑者 and 观看者
    are words the HMM finds (跑者/n) that the dictionary cuts 跑/v 者/k, and a verb there would
    end the noun phrase."""
    starts, tags = arrays
    joined = []  # the tokens 者 that join the one before them, found at the letters 者 (few)
    at = text.find("者")
    while at >= 0:
        j = bisect_left(starts, at)
        if 0 < j < len(tags) and starts[j] == at and tags[j] == "k" and starts[j + 1] == at + 1 \
                and "\u4e00" <= text[starts[j - 1]] <= "\u9fff" and tags[j - 1] != "x":
            joined.append(j)
        at = text.find("者", at + 1)
    if not joined:
        return arrays
    drop = set(joined)
    new_starts = [s for k, s in enumerate(starts) if k not in drop]
    new_tags = [("n" if k + 1 in drop else t) for k, t in enumerate(tags) if k not in drop]
    return new_starts, new_tags


#: Tags of a word a noun suffix makes one noun with (献血|点, 消费|券, 监测|场).
_SUFFIXED_TAGS = frozenset(("v", "vn", "n", "nz", "b"))


def _join_noun_suffix(text: str, arrays: TokenArrays) -> TokenArrays:
    """Dictionary-only tokens with a one-letter noun suffix joined to the word of two or more
    letters before it as one noun: the dictionary cuts 献血|点/m, 消费|券, 监测|场/q, where the
    HMM or a reader sees one noun (献血点), and a verb or a measure word there would cut the
    noun phrase (``noun_suffix`` in links.tsv)."""
    suffixes = link_words()["noun_suffix"]
    if suffixes.isdisjoint(text):
        return arrays
    starts, tags = arrays
    joined = []
    last = len(tags)
    for m in _suffix_pattern().finditer(text):  # (the suffix letters, far fewer than the tokens)
        j = bisect_left(starts, m.start())
        if 1 <= j < last and starts[j] == m.start() and starts[j + 1] - starts[j] == 1 \
                and tags[j - 1] in _SUFFIXED_TAGS and starts[j] - starts[j - 1] >= 2 \
                and "\u4e00" <= text[starts[j - 1]] <= "\u9fff":
            joined.append(j)
    if not joined:
        return arrays
    drop = set(joined)
    new_starts = [s for k, s in enumerate(starts) if k not in drop]
    new_tags = [("n" if k + 1 in drop else t) for k, t in enumerate(tags) if k not in drop]
    return new_starts, new_tags


def _retag_nouns(text: str, arrays: TokenArrays) -> TokenArrays:
    """Dictionary-only tokens that are nouns in news but that the dictionary tags otherwise
    (相机/d, 频次/d, 养老金/nr: ``noun_retag`` in links.tsv) tagged ``n``, so that the noun
    phrase they end or open is not cut there."""
    found = _retag_pattern().search(text)
    if found is None:
        return arrays
    starts, tags = arrays
    nouns = link_words()["noun_retag"]
    for j in range(bisect_left(starts, found.start()), len(tags)):
        if tags[j] != "n" and text[starts[j] : starts[j + 1]] in nouns:
            if tags is arrays[1]:
                tags = list(tags)
            tags[j] = "n"
    return starts, tags


def _join_compounds(text: str, arrays: TokenArrays) -> TokenArrays:
    """Dictionary-only tokens that cut a compound noun of news (派|发现|金红利, 能|繁|母猪,
    去|化|周期: ``compound_noun`` in links.tsv) made one noun token; a token it cuts keeps its tag for
    the part outside it (派|发 stays a verb: as one word 派发 it would be read as the noun's modifier)."""
    found = [m.span() for m in _compound_pattern().finditer(text)]
    if not found:
        return arrays
    starts, tags = arrays
    cuts = {a for a, _ in found} | {b for _, b in found}
    new_starts: list[int] = [starts[0]]
    new_tags: list[str] = []
    k = 0
    for j, tag in enumerate(tags):
        a, b = starts[j], starts[j + 1]
        edges = [a] + sorted(c for c in cuts if a < c < b) + [b]
        for x, y in zip(edges, edges[1:], strict=False):
            while k < len(found) and found[k][1] <= x:
                k += 1
            if k < len(found) and found[k][0] <= x and y <= found[k][1]:
                if x > found[k][0]:
                    new_starts[-1] = y  # (the rest of the compound: one token with its start)
                    continue
                new_starts.append(y)
                new_tags.append("n")
                continue
            new_starts.append(y)
            new_tags.append(tag)
    return new_starts, new_tags


@lru_cache(maxsize=1)
def _compound_pattern() -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, link_words()["compound_noun"]), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _suffix_pattern() -> re.Pattern:
    """One of the noun suffixes of one letter (``_join_noun_suffix`` joins no longer ones)."""
    letters = "".join(re.escape(w) for w in sorted(link_words()["noun_suffix"]) if len(w) == 1)
    return re.compile(f"[{letters}]" if letters else "(?!)")


@lru_cache(maxsize=1)
def _retag_pattern() -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, link_words()["noun_retag"]), key=len, reverse=True)))
