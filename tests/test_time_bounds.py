"""No pattern backtracks catastrophically: adversarial text costs about what news costs.

Each adversarial input (long runs of digits, numerals, magnitudes, percent signs, thousands
separators, dotted numbers, dates, ranges, one place name, and one 100 000-character line
with no punctuation) is timed against ordinary news text of the same length, measured in
the same run after a warm-up, best of three each. A ratio above ``LIMIT`` means some
pattern or loop is super-linear on that input. This is a ratio test, not an absolute one:
``pytest -s`` prints every ratio.
"""

from __future__ import annotations

import time
import unicodedata

import pytest
from scoring import SAMPLES, load_text

import factx

pytestmark = pytest.mark.slow

#: Code points in every input.
SIZE = 100_000
#: The largest acceptable time, as a multiple of the time on ordinary text.
LIMIT = 20.0
RUNS = 3

ARTICLES = "\n".join(load_text(p) for p in sorted(SAMPLES.glob("*.txt")))


def _repeat(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _no_punctuation(text: str) -> str:
    """The text as one line: punctuation, spaces and line breaks removed."""
    return "".join(
        c for c in text if not c.isspace() and not unicodedata.category(c).startswith("P")
    )


ORDINARY = _repeat(ARTICLES)

ADVERSARIAL = {
    "digits": "1234567890",
    "wan": "万",
    "chinese-numerals": "一二三四五六七八九十",
    "percent-signs": "%",
    "one-line-no-punctuation": _no_punctuation(ARTICLES),
    "place-name": "陕西省西安市",
    "thousands-groups": "1,000,",
    "dotted-numbers": "1.2.3.4.",
    "chinese-date": "二〇二四年十二月三十一日",
    "money-range": "约3至5万元以上",
}

#: kind -> (seconds, ratio), printed when the module ends.
MEASURED: dict[str, tuple[float, float]] = {}


def best_time(text: str, runs: int = RUNS) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        factx.extract(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.fixture(scope="module")
def ordinary_time():
    factx.extract(ARTICLES)  # warm up: tokenizer, lexicons, compiled patterns, gazetteer
    took = best_time(ORDINARY)
    yield took
    print(f"\nordinary text, {SIZE} code points: {took:.3f} s (best of {RUNS})")
    for kind, (seconds, ratio) in MEASURED.items():
        print(f"  {kind:<26} {seconds:7.3f} s  {ratio:6.2f}x")


@pytest.mark.parametrize("kind", list(ADVERSARIAL))
def test_adversarial_text_costs_no_more_than_news(kind, ordinary_time):
    text = _repeat(ADVERSARIAL[kind])
    assert len(text) == len(ORDINARY) == SIZE
    if kind == "one-line-no-punctuation":
        assert "\n" not in text
    took = best_time(text)
    ratio = took / ordinary_time
    MEASURED[kind] = (took, ratio)
    print(f"\n{kind}: {took:.3f} s = {ratio:.2f}x ordinary text ({ordinary_time:.3f} s)")
    assert ratio <= LIMIT, f"{kind}: {ratio:.1f}x the time of ordinary text (limit {LIMIT}x)"
