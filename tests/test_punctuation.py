"""The shared punctuation sets agree with the patterns built from them."""

from __future__ import annotations

from factx import punctuation, reading


def test_the_reader_cuts_after_every_sentence_end_and_its_closing_marks():
    for end in punctuation.SENTENCE_ENDS:
        for closing in ("", *punctuation.CLOSING_MARKS):
            text = f"甲乙{end}{closing}丙丁戊己"
            assert reading._cut(text, len(text) - 1) == 3 + len(closing), (end, closing)


def test_range_separators_are_longest_first():
    seps = punctuation.RANGE_SEPARATORS
    assert list(seps) == sorted(seps, key=len, reverse=True)
    assert {"至", "到", "~", "～", "-", "—", "——"} <= set(seps)
