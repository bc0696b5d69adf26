"""The jieba engine behind one small interface: text -> (start, end, tag) tokens.

``rjieba`` (jieba's Rust port: same dictionary, same tags) is the default; pure-Python
``jieba`` stays selectable. Both are imported only when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from factx.errors import FactxError

Token = tuple[int, int, str]
TOKENIZERS = ("rjieba", "jieba")


def _rjieba_tagger() -> Callable[[str], list[tuple[str, str]]]:
    import rjieba

    return rjieba.tag


def _jieba_tagger() -> Callable[[str], list[tuple[str, str]]]:
    import logging

    import jieba
    import jieba.posseg

    # jieba logs its dictionary loading at DEBUG on its own logger; keep it quiet
    # without touching the root logger (the library never configures logging).
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()

    def tag(text: str) -> list[tuple[str, str]]:
        return [(p.word, p.flag) for p in jieba.posseg.cut(text, HMM=True)]

    return tag


@lru_cache(maxsize=2)
def get_tagger(name: str = "rjieba") -> Callable[[str], list[Token]]:
    """A function giving the tagged tokens of a text with their offsets."""
    if name == "rjieba":
        raw = _rjieba_tagger()
    elif name == "jieba":
        raw = _jieba_tagger()
    else:
        raise FactxError(f"unknown tokenizer {name!r}; choose one of {', '.join(TOKENIZERS)}")

    def tokens(text: str) -> list[Token]:
        out: list[Token] = []
        pos = 0
        for word, tag in raw(text):
            out.append((pos, pos + len(word), tag))
            pos += len(word)
        return out

    return tokens
