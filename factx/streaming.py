"""Text arriving on a pipe, handed out a line at a time as it arrives (``tail -f | factx``).

The encoding cannot be checked over the whole input before the first line, as it is for
files; it is settled on the first line that is not ASCII (UTF-8 if that line is UTF-8,
else GB18030; Big5 is refused) and a later line that does not decode in it ends the
input with an error naming the line. A UTF-16 input (BOM, or ``--encoding utf-16``)
cannot be split on line-feed bytes and is read to its end first.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import BinaryIO

from factx.reading import BIG5, InputError, decode

#: Bytes of one line read at a time; a longer line is handed out in pieces of this size.
MAX_LINE = 1 << 20

_WIDE = ("utf-16", "utf-32")


def iter_lines(f: BinaryIO, encoding: str | None = None) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` pairs of a byte stream, each line with its line break, offsets
    in code points from the start. Raises ``InputError`` (without a ``where``)."""
    first = f.readline(MAX_LINE)
    if not first:
        return
    wide = encoding is not None and codecs.lookup(encoding).name.startswith(_WIDE)
    if wide or first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, _ = decode(first + f.read(), encoding)
        yield 0, text
        return
    if first.startswith(codecs.BOM_UTF8) and encoding is None:
        encoding, first = "utf-8", first[len(codecs.BOM_UTF8):]
    decoder = None if encoding is None else codecs.getincrementaldecoder(encoding)("replace")
    name = encoding
    offset = number = 0
    line = first
    while line:
        number += 1
        if decoder is None and not line.isascii():
            name, decoder = _settle(line, number)
        try:
            # ASCII reads the same in UTF-8 and GB18030: no need to know the encoding yet
            text = line.decode("ascii") if decoder is None else decoder.decode(line)
        except UnicodeDecodeError:
            raise InputError(f"line {number} is not {(name or 'ascii').upper()} text") from None
        if text:
            yield offset, text
            offset += len(text)
        line = f.readline(MAX_LINE)
    if decoder is not None:
        try:
            tail = decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise InputError(f"line {number} is not {(name or 'ascii').upper()} text (cut short)") from None
        if tail:
            yield offset, tail


def _settle(line: bytes, number: int) -> tuple[str, codecs.IncrementalDecoder]:
    """A strict decoder for the encoding of the first non-ASCII line."""
    for name in ("utf-8", "gb18030"):
        decoder = codecs.getincrementaldecoder(name)("strict")
        try:
            decoder.decode(line)
        except UnicodeDecodeError:
            continue
        if name == "gb18030":
            from factx.charsets import looks_like_big5

            if looks_like_big5(line):
                raise InputError(f"line {number} {BIG5}")
        decoder.reset()
        return name, decoder
    raise InputError(f"line {number} is not UTF-8 or GB18030 text; try --encoding gb18030")
