"""Telling Big5 (traditional Chinese) bytes from GB18030 ones.

Almost every Big5 byte pair is also a valid GB18030 pair, so Big5 text decodes as
GB18030 without error, into nonsense (kana, box drawing, rare characters). The two
readings are told apart by how many of the most common Chinese characters each holds:
characters written alike in both scripts (的, 一, 是, 年, 市 ...).
"""

from __future__ import annotations

#: Frequent characters that are the same in simplified and traditional writing.
COMMON = frozenset(
    "的一是不了在人有我他大中上年日月出生也到子以可要就和自之而能好其市新公行方作地同用所"
    "多民主家高法事全政工部成分三二十五百千元外名等由此省加水重度"
)
#: Bytes looked at.
SAMPLE = 1 << 16


def _common_share(text: str) -> float:
    han = [c for c in text if "\u3000" <= c <= "\u9fff" or "\uf900" <= c <= "\uffef"]
    if not han:
        return 0.0
    return sum(c in COMMON for c in han) / len(han)


def looks_like_big5(data: bytes) -> bool:
    """Whether bytes that decode as GB18030 read far better as Big5."""
    sample = data[:SAMPLE]
    try:
        big5 = sample.decode("big5", "strict") if len(data) <= SAMPLE else _decode_prefix(sample)
    except UnicodeDecodeError:
        return False
    gb = sample.decode("gb18030", "replace")
    share = _common_share(big5)
    return share >= 0.08 and share > 3 * _common_share(gb)


def _decode_prefix(sample: bytes) -> str:
    """A Big5 sample cut at an arbitrary byte: decode all but a trailing half character."""
    import codecs

    return codecs.getincrementaldecoder("big5")("strict").decode(sample, final=False)
