"""Big patterns compiled ahead of time, so that a one-article run does not compile them.

``re`` parses and compiles a pattern in pure Python: the amounts pattern (12 thousand
characters, some 650 unit surfaces) takes 25-35 ms of a one-article run of about 300. What the
compiler makes is a list of integers, the program of the C matcher (``_sre``), which
``_sre.compile`` turns into a pattern object at once, checking it first (``_validate``: an
invalid program raises ``RuntimeError``). Both are CPython internals, hence the version checks
below and the fallback. ``scripts/build_patterns.py`` stores those
programs in ``factx/data/patterns.sre`` together with each pattern's text and flags and the
matcher's version.

``compile`` uses a stored program only where everything matches: the same pattern text and
flags (the data files it is built from unchanged), the same matcher (CPython's minor version,
``_sre.MAGIC``, word size and byte order). Anything else (another Python, edited units, a
missing file) compiles as usual: the stored programs make start-up faster, never different;
the pattern made from one is equal (``==``) to ``re.compile``'s.

The file: one line of JSON (the matcher's version; per pattern its text, flags, groups and
where its program lies), then the programs, unsigned words of ``_sre.CODESIZE`` bytes.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # (CPython's matcher: no stubs)
import json
import os
import re
import sys
from array import array
from functools import lru_cache
from typing import Any

FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "patterns.sre")

#: The array type code of one word of an ``_sre`` program.
_WORD = {2: "H", 4: "I", 8: "L"}.get(_sre.CODESIZE, "I")


def matcher() -> dict[str, Any]:
    """What a stored program is valid for."""
    return {"cache_tag": sys.implementation.cache_tag, "magic": _sre.MAGIC, "codesize": _sre.CODESIZE,
            "byteorder": sys.byteorder}


@lru_cache(maxsize=1)
def _stored() -> tuple[dict[str, Any], memoryview] | None:
    """The file's header and programs, when it was built for this matcher."""
    try:
        with open(FILE, "rb") as f:
            data = f.read()
    except OSError:
        return None
    line, _, body = data.partition(b"\n")
    try:
        header = json.loads(line)
    except ValueError:
        return None
    if header.get("matcher") != matcher():
        return None
    return header, memoryview(body)


def compile(name: str, pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, from the program stored under ``name`` if it is this one's."""
    stored = _stored()
    entry = stored[0]["patterns"].get(name) if stored else None
    if stored and entry and entry["pattern"] == pattern and entry["flags"] == flags:
        code = array(_WORD)
        code.frombytes(stored[1][entry["start"]:entry["end"]])
        groupindex = dict(entry["groupindex"])
        indexgroup = [None] * (entry["groups"] + 1)
        for group_name, i in groupindex.items():
            indexgroup[i] = group_name
        try:
            return _sre.compile(pattern, entry["sre_flags"], code.tolist(), entry["groups"], groupindex,
                                tuple(indexgroup))
        except (RuntimeError, TypeError, ValueError):
            pass  # (a program this matcher rejects: compile as usual)
    return re.compile(pattern, flags)


def sources() -> dict[str, tuple[str, int]]:
    """name -> (pattern, flags) of every stored pattern, made from the data as at run time."""
    from factx.recognizers import amounts, dates

    return {"amounts": (amounts.main_source(), re.VERBOSE), "anchor": (amounts.ANCHOR, 0), "date_lead": (dates.LEAD, 0)}


def build() -> bytes:
    """The file's bytes for this Python: each pattern of ``sources`` compiled by ``re``'s own compiler."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    patterns: dict[str, dict[str, Any]] = {}
    body = bytearray()
    for name, (pattern, flags) in sorted(sources().items()):
        parsed = _parser.parse(pattern, flags)
        code = array(_WORD, _compiler._code(parsed, flags)).tobytes()
        patterns[name] = {
            "pattern": pattern,
            "flags": flags,
            "sre_flags": flags | parsed.state.flags,
            "groups": parsed.state.groups - 1,
            "groupindex": list(parsed.state.groupdict.items()),  # (in order: a pattern's groupindex is)
            "start": len(body),
            "end": len(body) + len(code),
        }
        body += code
    header = {"about": "compiled patterns (factx/prebuilt.py); made by scripts/build_patterns.py",
              "matcher": matcher(), "patterns": patterns}
    return json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n" + bytes(body)
