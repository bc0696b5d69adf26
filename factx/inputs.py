"""Input formats: one registry of readers that turn an input into text parts.

A reader takes a path (``-`` for stdin) and an encoding (None: detect) and yields
``(offset, text)`` pairs, offsets in code points into the whole text it makes; facts'
``start``/``end`` are offsets into that text. ``text`` reads files as they are (only a
BOM removed); ``html`` keeps the title and main text of a page. A format is chosen by
name (``--input-format``) or by the file name's extension; anything else is text.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from factx.reading import InputError, display, iter_text

Parts = Iterator[tuple[int, str]]


@dataclass(frozen=True)
class InputFormat:
    """A way of reading inputs: its ``name``, the file extensions that select it, and
    ``read(path, encoding)`` giving ``(offset, text)`` parts."""

    name: str
    extensions: tuple[str, ...]
    read: Callable[[str, str | None], Parts]
    help: str = ""


#: name -> format, in the order ``--input-format`` lists them.
INPUT_FORMATS: dict[str, InputFormat] = {}


def register(fmt: InputFormat) -> InputFormat:
    """Add a format to ``INPUT_FORMATS`` under its name."""
    INPUT_FORMATS[fmt.name] = fmt
    return fmt


def format_of(path: str, name: str | None = None) -> InputFormat:
    """The format named ``name``, else the one ``path``'s extension selects, else text."""
    if name is not None:
        return INPUT_FORMATS[name]
    ext = os.path.splitext(path)[1].lower()
    return next((f for f in INPUT_FORMATS.values() if ext in f.extensions), INPUT_FORMATS["text"])


# --- text --------------------------------------------------------------------------------


def stdin_is_stream() -> bool:
    """Whether stdin is a pipe, socket or terminal (read a line at a time), not a file."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, OSError, ValueError):  # replaced by a test harness, or closed
        return False
    return not stat.S_ISREG(mode)


def read_text(path: str, encoding: str | None = None) -> Parts:
    """A file as it is, in parts ending at line breaks; a pipe on stdin a line at a time,
    as lines arrive."""
    if path == "-" and stdin_is_stream():
        from factx.streaming import iter_lines

        try:
            yield from iter_lines(sys.stdin.buffer, encoding)
        except InputError as err:
            raise InputError(err.what, "-") from err
        except OSError as err:
            raise InputError(f"cannot read: {(err.strerror or str(err)).lower()}", "-") from err
        return
    yield from iter_text(path, encoding)


register(InputFormat("text", (), read_text, "the file's text as it is (only a BOM removed)"))


# --- html --------------------------------------------------------------------------------

#: Largest page read (bytes): a page is parsed whole.
MAX_HTML = 64 << 20


def read_html(path: str, encoding: str | None = None) -> Parts:
    """The title and main text of a page, one block a line, as one part."""
    from factx.html import decode_html, main_text

    where = display(path)
    try:
        data = _read_all(path)
        html, _ = decode_html(data, encoding)
        text = main_text(html)
    except InputError as err:
        raise InputError(err.what, err.where or where) from err
    except OSError as err:
        raise InputError(f"cannot read: {(err.strerror or str(err)).lower()}", where) from err
    yield 0, text


def _read_all(path: str) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(MAX_HTML + 1)
    else:
        with open(path, "rb") as f:
            data = f.read(MAX_HTML + 1)
    if len(data) > MAX_HTML:
        raise InputError(f"HTML page larger than {MAX_HTML >> 20} MB")
    return data


register(InputFormat("html", (".html", ".htm", ".xhtml"), read_html, "the title and main text of a web page"))


# --- saving the text read ----------------------------------------------------------------


def text_path(folder: str, doc: str) -> str:
    """Where ``--save-text`` puts the text of ``doc``: the same relative path under
    ``folder`` with ``.txt`` added (``-`` is ``stdin.txt``; ``..`` and a leading ``/``
    cannot leave the folder)."""
    if doc == "-":
        return os.path.join(folder, "stdin.txt")
    parts = [p if p != ".." else "__" for p in doc.replace("\\", "/").split("/") if p not in ("", ".")]
    return os.path.join(folder, *parts) + ".txt"


def saving(parts: Parts, folder: str, doc: str) -> Parts:
    """``parts`` unchanged, each also written (UTF-8, line ends as they are) to
    ``text_path(folder, doc)``; a failed write is an ``InputError`` of this input."""
    target = text_path(folder, doc)
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        out = open(target, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
    except OSError as err:
        raise InputError(f"cannot save text: {(err.strerror or str(err)).lower()}", display(target)) from err
    with out:
        for offset, text in parts:
            out.write(text)
            yield offset, text
