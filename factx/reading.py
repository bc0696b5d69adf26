"""Inputs: find files under folders, and turn bytes into text (only a BOM is removed).

Encodings are detected per file: a BOM says UTF-8, UTF-16 or UTF-32 (LE/BE); without one
the bytes must be valid UTF-8, else valid GB18030 (which covers GBK and GB2312). A forced
encoding decodes with ``errors="replace"``, so bad bytes show as U+FFFD and offsets
stay exact against the decoded text. NUL bytes in the first 8 KB mean a binary file
(unless the forced encoding is UTF-16/32).

An input of up to ``WHOLE_SIZE`` bytes is read whole and handed out as one text, so that
document-level steps see all of it. A larger one is decoded incrementally and handed out
in parts of about ``WHOLE_SIZE`` code points that end at a paragraph boundary (a blank
line, else a line break), each with its code-point offset in the whole text, so memory
stays bounded.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from fnmatch import fnmatch
from functools import partial
from itertools import chain
from typing import BinaryIO

import regex

from factx.errors import InputError  # importable from here too, as it always was
from factx.punctuation import CLOSING_MARKS, SENTENCE_ENDS

#: Inputs of up to this many bytes are read and extracted whole; above it, parts of about
#: this many code points are cut at paragraph boundaries.
WHOLE_SIZE = 4 << 20
#: Bytes read at a time from an input larger than ``WHOLE_SIZE``.
BLOCK_SIZE = 1 << 20
#: Bytes looked at for a BOM and for NUL bytes (binary files).
SNIFF_SIZE = 8192

_BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_AUTO = ("utf-8", "gb18030")
NOT_REGULAR = "not a regular file (FIFO, device or socket)"
CHANGED = "changed while it was read"


@dataclass(frozen=True)
class Source:
    """One input: its filesystem ``path`` ("-" for stdin), the ``doc`` name facts carry,
    its size in bytes and its (device, inode) identity (0 and None for stdin)."""

    path: str
    doc: str
    size: int = 0
    inode: tuple[int, int] | None = None


def display(path: str) -> str:
    """A printable, valid-UTF-8 form of a path: undecodable bytes become ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _reason(err: OSError) -> str:
    return (err.strerror or str(err)).lower()


# --- discovery ---------------------------------------------------------------------------


def discover(
    paths: Iterable[str], globs: Sequence[str] = ("*.txt",)
) -> tuple[list[Source], list[InputError]]:
    """The files to read, in a stable order, and the inputs that had to be skipped.

    Folders are walked recursively in sorted order, keeping files whose name matches one
    of ``globs``; hidden entries are skipped unless named. Symbolic links are followed,
    folders already visited are not entered again, and a file is listed once however
    often it is named. A ``doc`` is the path as given, joined with the path under it.
    """
    sources: list[Source] = []
    problems: list[InputError] = []
    seen: set[tuple[int, int]] = set()  # (device, inode) of files and folders visited
    stdin = Source("-", "-")
    # (path, named on the command line), popped in depth-first, sorted order
    stack = [(p, True) for p in reversed(list(paths))]
    while stack:
        path, named = stack.pop()
        if path == "-":
            if stdin not in sources:
                sources.append(stdin)
            continue
        try:
            st = os.stat(path)
        except OSError as err:
            # a path past PATH_MAX is reported even unnamed: it may be a folder of inputs
            if named or _matches(path, globs) or err.errno == errno.ENAMETOOLONG:
                what = "broken symbolic link" if os.path.islink(path) else _reason(err)
                problems.append(InputError(what, display(path)))
            continue
        key = (st.st_dev, st.st_ino)
        if stat.S_ISDIR(st.st_mode):
            if key in seen:  # a symlink loop, or a folder named twice
                continue
            seen.add(key)
            try:
                with os.scandir(path) as it:
                    entries = sorted((e.name, e.path) for e in it if not e.name.startswith("."))
            except OSError as err:
                problems.append(InputError(f"cannot list folder: {_reason(err)}", display(path)))
                continue
            stack.extend((p, False) for _, p in reversed(entries))
        elif not named and not _matches(path, globs):
            continue
        elif not stat.S_ISREG(st.st_mode):
            problems.append(InputError(NOT_REGULAR, display(path)))
        elif key not in seen:
            seen.add(key)
            sources.append(Source(path, display(path), st.st_size, key))
    return sources, problems


def _matches(path: str, globs: Sequence[str]) -> bool:
    name = os.path.basename(path)
    return any(fnmatch(name, g) for g in globs)


# --- decoding ----------------------------------------------------------------------------


def _plan(head: bytes, encoding: str | None) -> tuple[tuple[str, ...], int, str]:
    """The encodings to try, the BOM length to skip and the error handler, from the head."""
    if encoding:
        name = codecs.lookup(encoding).name
        if b"\0" in head[:SNIFF_SIZE] and not name.startswith(("utf-16", "utf-32")):
            raise InputError("binary file (NUL bytes)")
        if name in ("utf-16", "utf-32"):  # the byte order from the BOM, else little-endian
            for bom, bom_name in _BOMS:
                if bom_name.startswith(name) and head.startswith(bom):
                    return (bom_name,), len(bom), "replace"
            return (f"{name}-le",), 0, "replace"
        return (encoding,), 0, "replace"
    for bom, name in _BOMS:
        if head.startswith(bom):
            return (name,), len(bom), "strict"
    if b"\0" in head[:SNIFF_SIZE]:
        raise InputError("binary file (NUL bytes)")
    return _AUTO, 0, "strict"


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """``data`` as text, and the name of the encoding that decoded it.

    Raises ``InputError`` for binary or undecodable data, and for data whose last
    character is cut short (a truncated file).
    """
    text, name, truncated = _decode_all(data, encoding)
    if truncated:
        raise InputError(TRUNCATED)
    return text, name


TRUNCATED = "the last character is incomplete (a truncated file?); read with U+FFFD in its place"


def _decode_all(data: bytes, encoding: str | None) -> tuple[str, str, bool]:
    """``data`` as text, its encoding, and whether only an incomplete last character kept it
    from decoding (it is then replaced by U+FFFD). Raises ``InputError``."""
    names, skip, errors = _plan(data, encoding)
    payload = data[skip:]
    for name in names:
        try:
            text = _strip_bom(payload.decode(name, errors))
        except UnicodeDecodeError as err:
            if err.end == len(payload) and "end of data" in err.reason and len(payload) - err.start < 4:
                head = payload[: err.start].decode(name, errors)  # only the tail is bad
                return _strip_bom(head) + "\ufffd", name, True
            continue
        _refuse_big5(data, names, name)
        return text, name, False
    raise InputError(_undecodable(names))


#: The message for Big5 bytes met while detecting (they would decode as GB18030 nonsense).
BIG5 = "looks like Big5 (traditional Chinese), not GB18030; use --encoding big5"


def _refuse_big5(data: bytes, names: tuple[str, ...], chosen: str) -> None:
    """Raise InputError when detection settled on GB18030 for bytes that read as Big5."""
    if names == _AUTO and chosen == "gb18030":
        from factx.charsets import looks_like_big5

        if looks_like_big5(data):
            raise InputError(BIG5)


def _undecodable(names: tuple[str, ...]) -> str:
    hint = "; try --encoding gb18030" if names == _AUTO else ""
    return f"not {' or '.join(n.upper() for n in names)} text{hint}"


def _open(path: str, stack: ExitStack) -> BinaryIO:
    """The input opened for binary reading; FIFOs and devices are refused, not waited on."""
    if path == "-":
        return sys.stdin.buffer
    where = display(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as err:
        raise InputError(f"cannot read: {_reason(err)}", where) from err
    f = stack.enter_context(os.fdopen(fd, "rb"))
    mode = os.fstat(fd).st_mode
    if stat.S_ISDIR(mode):
        raise InputError("is a folder", where)
    if not stat.S_ISREG(mode):
        raise InputError(NOT_REGULAR, where)
    return f


def _stamp(f: BinaryIO) -> tuple[int, int, int] | None:
    """Size, modification time and inode of a regular file (None for anything else)."""
    try:
        st = os.fstat(f.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def iter_text(path: str, encoding: str | None = None) -> Iterator[tuple[int, str]]:
    """The decoded text of ``path`` ("-": stdin) as ``(offset, part)`` pairs.

    An input of up to ``WHOLE_SIZE`` bytes is one part (none if it is empty), handed out
    only once it was read whole, unchanged. A larger input comes in parts that end at a
    paragraph boundary (see ``_split``); ``offset`` is where the part starts in the whole
    text, in code points. Unless the encoding is forced, a large file is checked to decode
    as a whole before its first part; stdin, which cannot be read twice, is judged by its
    first ``WHOLE_SIZE`` bytes.

    Raises ``InputError``; with ``partial`` set when parts were handed out before the
    problem showed (the input changed while it was read, went undecodable after its first
    part, or ends in an incomplete character).
    """
    where = display(path)
    handed_out = 0
    with ExitStack() as stack:
        f = _open(path, stack)
        try:
            before = _stamp(f)
            start = f.tell() if f.seekable() else 0
            data = f.read(WHOLE_SIZE + 1)
            if len(data) <= WHOLE_SIZE:
                text, _, truncated = _decode_all(data, encoding)
                size = before[0] if before is not None else 0  # 0: a /proc file, or empty
                if before is not None and (_stamp(f) != before or size and len(data) != size - start):
                    raise InputError(CHANGED)
                if text:
                    yield 0, text
                if truncated:
                    raise InputError(TRUNCATED, partial=True)
                return
            names, skip, errors = _plan(data, encoding)
            name = names[0]
            if errors == "strict":
                if f.seekable():
                    valid = next((n for n in names if _valid(f, start + skip, n)), None)
                    f.seek(start + len(data))
                else:
                    valid = next((n for n in names if _valid_head(data[skip:], n)), None)
                if valid is None:
                    raise InputError(_undecodable(names))
                name = valid
                _refuse_big5(data, names, name)
            raw = chain([data[skip:]], iter(partial(f.read, BLOCK_SIZE), b""))
            decoder = _Decoder(name, errors)
            for offset, part in _split(decoder.blocks(raw)):
                yield offset, part
                handed_out = offset + len(part)
            if before is not None and _stamp(f) != before:
                raise InputError(CHANGED)
            if decoder.truncated:
                raise InputError(TRUNCATED)
        except InputError as err:
            raise InputError(err.what, where, partial=err.partial or handed_out > 0) from err
        except UnicodeDecodeError as err:  # changed between the two passes, or stdin went bad
            what = CHANGED if f.seekable() else f"not {err.encoding.upper()} text after its first part"
            raise InputError(what, where, partial=handed_out > 0) from err
        except UnicodeError as err:  # a codec that fails in its own way
            raise InputError(f"cannot decode: {err}", where, partial=handed_out > 0) from err
        except OSError as err:
            raise InputError(f"cannot read: {_reason(err)}", where, partial=handed_out > 0) from err


def _valid_head(data: bytes, encoding: str) -> bool:
    """Whether ``data`` (the start of a longer stream) decodes strictly in ``encoding``."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _valid(f: BinaryIO, offset: int, encoding: str) -> bool:
    """Whether everything from ``offset`` decodes strictly in ``encoding`` (an incomplete
    last character is let through: it is reported after the text)."""
    f.seek(offset)
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        for block in iter(partial(f.read, BLOCK_SIZE), b""):
            decoder.decode(block)
    except UnicodeDecodeError:
        return False
    return True


class _Decoder:
    """Decodes a stream of byte blocks; an incomplete last character becomes U+FFFD and
    sets ``truncated``."""

    def __init__(self, encoding: str, errors: str) -> None:
        self.decoder = codecs.getincrementaldecoder(encoding)(errors)
        self.truncated = False

    def blocks(self, raw: Iterable[bytes]) -> Iterator[str]:
        first = True
        for block in raw:
            text = self.decoder.decode(block)
            if first and text:
                text, first = _strip_bom(text), False
            yield text
        try:
            yield self.decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            self.truncated = True
            yield "\ufffd"


#: Where a part may end when it has no line break: after a sentence end.
_SENTENCE_END = regex.compile(f"[{regex.escape(SENTENCE_ENDS)}][{regex.escape(CLOSING_MARKS)}]*")


def _cut(text: str, limit: int) -> int:
    """Where to end a part of ``text`` of at most ``limit`` code points: after the last
    blank line, else after the last line break, else (one line longer than ``limit``, the
    only case where a paragraph is cut) after the last sentence end, else at ``limit``."""
    blank = max(text.rfind("\n\n", 0, limit), text.rfind("\n\r\n", 0, limit))
    if blank > 0:
        return text.index("\n", blank + 1) + 1
    line = text.rfind("\n", 0, limit)
    if line >= 0:
        return line + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, limit)]
    return ends[-1] if ends and ends[-1] < limit else limit


def _split(blocks: Iterable[str]) -> Iterator[tuple[int, str]]:
    """``(offset, part)`` pairs of the concatenated blocks, parts of at most
    ``WHOLE_SIZE`` code points ending at paragraph boundaries (``_cut``)."""
    limit = WHOLE_SIZE
    pending: list[str] = []
    size = base = 0
    for block in blocks:
        if not block:
            continue
        pending.append(block)
        size += len(block)
        while size > limit:
            text = "".join(pending)
            cut = _cut(text, limit)
            yield base, text[:cut]
            base += cut
            rest = text[cut:]
            pending, size = ([rest] if rest else []), len(rest)
    if pending:
        yield base, "".join(pending)
