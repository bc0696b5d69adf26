"""Inputs: find files under folders, and turn bytes into text (only a BOM is removed).

Encodings are detected per file: a BOM says UTF-8 or UTF-16 (LE/BE); without one the
bytes must be valid UTF-8, else valid GB18030 (which covers GBK and GB2312). A forced
encoding decodes with ``errors="replace"``, so bad bytes show as U+FFFD and offsets
stay exact against the decoded text. NUL bytes in the first 8 KB mean a binary file
(unless the forced encoding is UTF-16/32).

Large inputs are decoded incrementally and handed out in parts that end at a line
break, each with its code-point offset in the whole text, so memory stays bounded.
"""

from __future__ import annotations

import codecs
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

from factx.errors import FactxError

#: Bytes read at a time; an input shorter than this is decoded in one go.
BLOCK_SIZE = 1 << 20
#: Code points a part may grow to without a line break before it is cut at a sentence end.
MAX_PART = 16 << 20
#: Bytes looked at for a BOM and for NUL bytes (binary files).
SNIFF_SIZE = 8192

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_AUTO = ("utf-8", "gb18030")
_SENTENCE_ENDS = "。！？；!?;"
NOT_REGULAR = "not a regular file (FIFO, device or socket)"


class InputError(FactxError):
    """An input that cannot be read: ``what`` went wrong, ``where`` (a printable path)."""

    def __init__(self, what: str, where: str | None = None) -> None:
        super().__init__(what, where)
        self.what = what
        self.where = where

    def __str__(self) -> str:
        return f"{self.what} ({self.where})" if self.where else self.what


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
            if named or _matches(path, globs):
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
        if b"\0" in head[:SNIFF_SIZE] and not codecs.lookup(encoding).name.startswith(
            ("utf-16", "utf-32")
        ):
            raise InputError("binary file (NUL bytes)")
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

    Raises ``InputError`` for binary or undecodable data.
    """
    names, skip, errors = _plan(data, encoding)
    for name in names:
        try:
            text = _strip_bom(data[skip:].decode(name, errors))
        except UnicodeDecodeError:
            continue
        _refuse_big5(data, names, name)
        return text, name
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


def iter_text(path: str, encoding: str | None = None) -> Iterator[tuple[int, str]]:
    """The decoded text of ``path`` ("-": stdin) as ``(offset, part)`` pairs.

    Parts end at a line break (a line longer than ``MAX_PART`` is cut at a sentence end)
    and ``offset`` is where the part starts in the whole text, in code points. The
    encoding is settled before the first part, so an undecodable input yields nothing.
    Raises ``InputError``.
    """
    where = display(path)
    with ExitStack() as stack:
        f = _open(path, stack)
        try:
            start = f.tell() if f.seekable() else 0
            head = f.read(BLOCK_SIZE)
            if len(head) < BLOCK_SIZE:
                text, _ = decode(head, encoding)
                blocks: Iterable[str] = [text]
            else:
                names, skip, errors = _plan(head, encoding)
                if errors == "strict":
                    if not f.seekable():
                        f = _spool(head, f, stack)
                        start = 0
                    name = next((n for n in names if _valid(f, start + skip, n)), None)
                    if name is None:
                        raise InputError(_undecodable(names))
                    _refuse_big5(head, names, name)
                    f.seek(start + skip)
                    raw: Iterable[bytes] = iter(partial(f.read, BLOCK_SIZE), b"")
                else:
                    name = names[0]
                    raw = chain([head], iter(partial(f.read, BLOCK_SIZE), b""))
                blocks = _decode_blocks(raw, name, errors)
            yield from _split(blocks)
        except InputError as err:
            raise InputError(err.what, where) from err
        except UnicodeDecodeError as err:  # the file changed between the two passes
            raise InputError(f"not {err.encoding.upper()} text", where) from err
        except OSError as err:
            raise InputError(f"cannot read: {_reason(err)}", where) from err


def _spool(head: bytes, f: BinaryIO, stack: ExitStack) -> BinaryIO:
    """A seekable copy of a stream (stdin), so its encoding can be checked before use."""
    import shutil
    import tempfile

    tmp = stack.enter_context(tempfile.TemporaryFile())  # noqa: SIM115 - closed by the stack
    tmp.write(head)
    shutil.copyfileobj(f, tmp, BLOCK_SIZE)
    return tmp  # type: ignore[return-value]


def _valid(f: BinaryIO, offset: int, encoding: str) -> bool:
    """Whether everything from ``offset`` decodes strictly in ``encoding``."""
    f.seek(offset)
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        for block in iter(partial(f.read, BLOCK_SIZE), b""):
            decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _decode_blocks(raw: Iterable[bytes], encoding: str, errors: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    first = True
    for block in chain(raw, [b""]):
        text = decoder.decode(block, final=not block)
        if first and text:
            text, first = _strip_bom(text), False
        yield text


def _split(blocks: Iterable[str]) -> Iterator[tuple[int, str]]:
    """``(offset, part)`` pairs of the concatenated blocks, parts ending at line breaks."""
    pending: list[str] = []
    size = 0
    base = 0
    for block in blocks:
        cut = block.rfind("\n") + 1
        if not cut and size + len(block) > MAX_PART:
            joined = "".join(pending) + block
            pending, size, block = [], 0, joined
            cut = max(block.rfind(c) for c in _SENTENCE_ENDS) + 1 or len(block)
        if cut:
            part = "".join(pending) + block[:cut]
            yield base, part
            base += len(part)
            block = block[cut:]
            pending, size = [], 0
        if block:
            pending.append(block)
            size += len(block)
    if pending:
        yield base, "".join(pending)
