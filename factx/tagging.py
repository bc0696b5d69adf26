"""The jieba engine behind one small interface: text -> (start, end, tag) tokens.

``rjieba`` (jieba's Rust port: same dictionary, same tags) is the default; pure-Python
``jieba`` stays selectable. Both are imported only when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

from factx.errors import FactxError

Token = tuple[int, int, str]
#: The tokens of a text as two parallel lists: where each token starts (one more entry at the
#: end: the text's length, so token ``j`` is ``[starts[j], starts[j + 1])``) and its tag.
TokenArrays = tuple[list[int], list[str]]
_WORD, _TAG = itemgetter(0), itemgetter(1)
TOKENIZERS = ("rjieba", "jieba")


def _rjieba_tagger(hmm: bool = True) -> Callable[[str], list[tuple[str, str]]]:
    import rjieba

    if hmm:
        return rjieba.tag
    return lambda text: rjieba.tag(text, hmm=False)


def _jieba_tagger(hmm: bool = True) -> Callable[[str], list[tuple[str, str]]]:
    import logging

    import jieba
    import jieba.posseg

    # jieba logs its dictionary loading at DEBUG on its own logger; keep it quiet
    # without touching the root logger (the library never configures logging).
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()

    def tag(text: str) -> list[tuple[str, str]]:
        return [(p.word, p.flag) for p in jieba.posseg.cut(text, HMM=hmm)]

    return tag


@lru_cache(maxsize=8192)
def _plain_tag(word: str, tag: str) -> str:
    """One tag for a token without Han characters, whatever the engine calls it."""
    if "\u4e00" <= word[:1] <= "\u9fff":
        return tag  # (jieba keeps runs of Han characters apart from other characters)
    if any("\u4e00" <= ch <= "\u9fff" for ch in word):
        return tag
    if any(ch.isdigit() for ch in word):
        return "m"
    return "eng" if any(ch.isalpha() for ch in word) else "x"


@lru_cache(maxsize=4)
def get_tagger(name: str = "rjieba", hmm: bool = True) -> Callable[[str], list[Token]]:
    """A function giving the tagged tokens of a text with their offsets.

    ``hmm=False`` cuts by the dictionary alone (no guessing of unknown words) and gives
    the same tokens and tags from both engines: the link stages read those, so that
    links never depend on the engine.
    """
    if name == "rjieba":
        raw = _rjieba_tagger(hmm)
    elif name == "jieba":
        raw = _jieba_tagger(hmm)
    else:
        raise FactxError(f"unknown tokenizer {name!r}; choose one of {', '.join(TOKENIZERS)}")

    def tokens(text: str) -> list[Token]:
        out: list[Token] = []
        append = out.append
        pos = 0
        if hmm:
            for word, tag in raw(text):
                end = pos + len(word)
                append((pos, end, tag))
                pos = end
            return out
        for word, tag in raw(text):
            end = pos + len(word)
            append((pos, end, tag if "\u4e00" <= word[:1] <= "\u9fff" else _plain_tag(word, tag)))
            pos = end
        return out

    def raw_arrays(text: str) -> TokenArrays:
        # one tagger call and no Python-level loop over the tokens: several times cheaper
        # than building a tuple per token; the tags as the engine gives them
        pairs = raw(text)
        return list(accumulate(map(len, map(_WORD, pairs)), initial=0)), list(map(_TAG, pairs))

    def arrays(text: str) -> TokenArrays:
        starts, tags = raw_arrays(text)
        if not hmm:
            tags = [plain_tag(text[starts[j] : starts[j + 1]], tag) for j, tag in enumerate(tags)]
        return starts, tags

    tokens.arrays = arrays  # type: ignore[attr-defined]
    #: The engine's own tags; ``plain_tag`` turns each into the one ``tokens`` gives.
    tokens.raw_arrays = raw_arrays  # type: ignore[attr-defined]
    tokens.plain = not hmm  # type: ignore[attr-defined]
    tokens.engine = name  # type: ignore[attr-defined]
    if name == "rjieba" and not hmm:
        tokens.derive = _deriver(raw)  # type: ignore[attr-defined]
    return tokens


#: Distinct words a deriver remembers before it starts afresh (news repeats its words).
_DERIVED_WORDS = 100_000


def _deriver(plain_raw: Callable[[str], list[tuple[str, str]]]) -> Callable[[str, TokenArrays], TokenArrays]:
    """From the ``raw_arrays`` of a text cut *with* the engine's HMM, the ``raw_arrays`` its
    dictionary-only cut gives, with no second tagging of the text.

    rjieba (as jieba) cuts a block by the dictionary's most probable route; the HMM then
    only joins runs of single characters of that route into guessed words (the dictionary
    words of the route stay as they are). So every HMM word's edges are edges of the
    dictionary-only cut too, and the dictionary-only cut of a text is that of each of its
    HMM words taken alone: the best route between two of its edges is the best route of
    that piece. A word is cut alone once and remembered; rjieba's tag of a word depends on
    the word alone, so a word both cuts share keeps its tag. (Checked on 2 M characters of
    news and the adversarial texts: the same arrays as the dictionary-only tagging.)
    """
    pieces: dict[str, tuple[tuple[int, str], ...]] = {}

    def derive(text: str, arrays: TokenArrays) -> TokenArrays:
        if len(pieces) > _DERIVED_WORDS:
            pieces.clear()
        hmm_starts, hmm_tags = arrays
        get = pieces.get
        split: list[int] = []  # the tokens the dictionary cuts further (few: the rest are copied whole)
        start = 0
        for j, end in enumerate(hmm_starts[1:]):
            if end - start > 1:
                word = text[start:end]
                cut = get(word)
                if cut is None:
                    alone = plain_raw(word)
                    cut = pieces[word] = () if len(alone) == 1 else tuple((len(w), t) for w, t in alone)
                if cut:
                    split.append(j)
            start = end
        if not split:
            return list(hmm_starts), list(hmm_tags)
        starts = [0]
        tags: list[str] = []
        done = 0
        for j in split:
            starts += hmm_starts[done + 1 : j + 1]
            tags += hmm_tags[done:j]
            pos = hmm_starts[j]
            for n, piece_tag in pieces[text[pos : hmm_starts[j + 1]]]:
                pos += n
                starts.append(pos)
                tags.append(piece_tag)
            done = j + 1
        starts += hmm_starts[done + 1 :]
        tags += hmm_tags[done:]
        return starts, tags

    return derive


def plain_tag(word: str, tag: str) -> str:
    """The tag the dictionary-only tagger gives ``word`` that the engine tagged ``tag``."""
    return tag if "\u4e00" <= word[:1] <= "\u9fff" else _plain_tag(word, tag)


def token_arrays(tagger: Callable[[str], list[Token]], text: str) -> TokenArrays:
    """The tokens of ``text`` by ``tagger`` as ``TokenArrays`` (fast for ``get_tagger``'s taggers)."""
    arrays = getattr(tagger, "arrays", None)
    if arrays is not None:
        return arrays(text)
    toks = tagger(text)
    return [t[0] for t in toks] + [len(text)], [t[2] for t in toks]
