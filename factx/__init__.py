"""factx: pull quantities, money, percentages, places and dates out of Chinese news.

>>> import factx
>>> [f.text for f in factx.extract("2023年，全省破获案件5.5万余起。")]
['2023年', '5.5万余起']
"""

from __future__ import annotations

import os
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
    "extract_file",
    "parse_number",
    "to_pandas",
    "to_polars",
    "to_records",
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
    if name in ("to_records", "to_pandas", "to_polars"):
        from factx import records

        return getattr(records, name)
    raise AttributeError(f"module 'factx' has no attribute {name!r}")


def extract(text: str, doc: str = "-", types=None, tokenizer: str | None = None) -> list[Fact]:
    """Every fact in ``text``, sorted by offset and non-overlapping.

    ``types`` limits the result to some of ``factx.TYPES``; ``tokenizer`` picks the
    jieba engine (``"rjieba"``, the default, or ``"jieba"``).
    """
    from factx.extractor import get_extractor

    return get_extractor(tokenizer).extract(text, doc=doc, types=types)


def extract_file(
    path: str | os.PathLike[str],
    encoding: str | None = None,
    types=None,
    tokenizer: str | None = None,
    input_format: str | None = None,
) -> list[Fact]:
    """Every fact of a file, read as the ``factx`` command reads it.

    The encoding is detected as for the command (BOM, UTF-8, GB18030; Big5 refused) unless
    ``encoding`` is given; ``.html``/``.htm`` files are read as web pages (their title and
    main text; needs the ``html`` extra) unless ``input_format`` (``"text"`` or
    ``"html"``) says otherwise. Each fact's ``doc`` is ``path`` as given; offsets are into
    the text read. Raises ``FactxError`` for an input that cannot be read.
    """
    from factx.batch import Options, extract_parts
    from factx.inputs import INPUT_FORMATS
    from factx.reading import Source, display

    if input_format is not None and input_format not in INPUT_FORMATS:
        raise ValueError(f"unknown input format {input_format!r}; choose from {', '.join(INPUT_FORMATS)}")
    name = os.fspath(path)
    source = Source(name, display(name))
    options = Options(encoding=encoding, types=types, tokenizer=tokenizer, input_format=input_format)
    found: list[Fact] = []
    for facts, _ in extract_parts(source, options):
        assert isinstance(facts, list)  # (rows come back as text only when options.rows asks)
        found.extend(facts)
    return found


def parse_number(text: str) -> int | float:
    """The value of one written number: ``parse_number("三千五百万") == 35000000``.

    Accepts Arabic, full-width, Chinese (also financial and traditional) numerals,
    mixed forms (``1.3万``), negatives and fractions (``三分之二`` -> 0.6667 as a
    plain number). Raises ``ValueError`` for text that is not one number.
    """
    from factx.numerals import parse_number as _parse

    return _parse(text)
