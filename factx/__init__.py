"""factx: pull quantities, money, percentages, places and dates out of Chinese news.

>>> import factx
>>> [f.text for f in factx.extract("2023年，全省破获案件5.5万余起。")]
['2023年', '5.5万余起']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factx._version import __version__
from factx.errors import FactxError

if TYPE_CHECKING:
    from factx.model import CONTRACT_FIELDS, FIELDS, TYPES, Fact

__all__ = [
    "CONTRACT_FIELDS",
    "FIELDS",
    "TYPES",
    "Extractor",
    "Fact",
    "FactxError",
    "__version__",
    "extract",
    "parse_number",
]


def __getattr__(name: str):
    # Keep `import factx` cheap: the extractor (and the tokeniser behind it) loads on first
    # use, and so does the model (``python -m factx`` routes signals before it loads).
    if name in ("CONTRACT_FIELDS", "FIELDS", "TYPES", "Fact"):
        from factx import model

        return getattr(model, name)
    if name == "Extractor":
        from factx.extractor import Extractor

        return Extractor
    raise AttributeError(f"module 'factx' has no attribute {name!r}")


def extract(text: str, doc: str = "-", types=None, tokenizer: str | None = None) -> list[Fact]:
    """Every fact in ``text``, sorted by offset and non-overlapping.

    ``types`` limits the result to some of ``factx.TYPES``; ``tokenizer`` picks the
    jieba engine (``"rjieba"``, the default, or ``"jieba"``).
    """
    from factx.extractor import get_extractor

    return get_extractor(tokenizer).extract(text, doc=doc, types=types)


def parse_number(text: str) -> int | float:
    """The value of one written number: ``parse_number("三千五百万") == 35000000``.

    Accepts Arabic, full-width, Chinese (also financial and traditional) numerals,
    mixed forms (``1.3万``), negatives and fractions (``三分之二`` -> 0.6667 as a
    plain number). Raises ``ValueError`` for text that is not one number.
    """
    from factx.numbers import parse_number as _parse

    return _parse(text)
