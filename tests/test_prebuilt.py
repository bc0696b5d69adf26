"""The stored programs of factx/data/patterns.sre are what scripts/build_patterns.py makes of
the current data and code, and a pattern made from one is the pattern ``re`` compiles."""

from __future__ import annotations

import json
import re

import pytest

from factx import prebuilt
from factx.recognizers import amounts


def _header() -> dict:
    with open(prebuilt.FILE, "rb") as f:
        return json.loads(f.readline())


def test_stored_patterns_are_made_from_the_current_data():
    # rebuild with `python scripts/build_patterns.py` after editing units.tsv & co.
    stored = _header()["patterns"]
    assert {name: (entry["pattern"], entry["flags"]) for name, entry in stored.items()} == prebuilt.sources()


def test_stored_programs_are_this_pythons_compiler_output():
    if _header()["matcher"] != prebuilt.matcher():
        pytest.skip("patterns.sre was built for another Python (its patterns are compiled as usual)")
    with open(prebuilt.FILE, "rb") as f:
        assert f.read() == prebuilt.build()


def test_a_stored_program_makes_the_same_pattern_as_re():
    for name, (pattern, flags) in prebuilt.sources().items():
        assert prebuilt.compile(name, pattern, flags) == re.compile(pattern, flags), name
    pattern, flags = prebuilt.sources()["amounts"]
    assert amounts._main() == re.compile(pattern, flags)
    assert list(amounts._main().groupindex) == list(re.compile(pattern, flags).groupindex)


def test_another_text_or_name_is_compiled_as_usual():
    pattern, flags = prebuilt.sources()["amounts"]
    changed = pattern.replace("# 1 pre", "# 1 pre (edited)")
    assert prebuilt.compile("amounts", changed, flags) == re.compile(changed, flags)
    assert prebuilt.compile("amounts", "[0-9]+", 0).pattern == "[0-9]+"
    assert prebuilt.compile("no such pattern", "a|b", re.IGNORECASE) == re.compile("a|b", re.IGNORECASE)
