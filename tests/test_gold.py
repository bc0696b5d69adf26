"""Accuracy on hand-annotated articles: our own samples and, when present, the shared seed."""

from __future__ import annotations

import pytest
from scoring import GOLD, SAMPLES, SHARED, load_gold, load_text, predict, score

# fact gold only: the linking gold (*.links.jsonl) lies next to it
SAMPLE_NAMES = sorted(p.stem for p in GOLD.glob("*.jsonl") if not p.name.endswith(".links.jsonl"))


def test_samples_have_gold_and_enough_facts():
    assert len(SAMPLE_NAMES) >= 6
    assert all((SAMPLES / f"{name}.txt").exists() for name in SAMPLE_NAMES)
    facts = [row for name in SAMPLE_NAMES for row in load_gold(GOLD / f"{name}.jsonl")]
    assert len(facts) >= 400
    assert {row["type"] for row in facts} == {"quantity", "money", "percent", "place", "date"}


def test_gold_offsets_are_exact():
    for name in SAMPLE_NAMES:
        text = load_text(SAMPLES / f"{name}.txt")
        for row in load_gold(GOLD / f"{name}.jsonl"):
            assert text[row["start"] : row["end"]] == row["text"], (name, row)


def test_samples_full_f1():
    pairs = []
    for name in SAMPLE_NAMES:
        text = load_text(SAMPLES / f"{name}.txt")
        pairs.append((load_gold(GOLD / f"{name}.jsonl"), predict(text, f"{name}.txt")))
    result = score(pairs)
    print(f"\nsamples: {result}")
    assert result.full_f1 >= 0.95, str(result)


@pytest.mark.skipif(not (SHARED / "gold" / "seed.txt").exists(),
                    reason="../shared/gold is only present in CI and development checkouts")
def test_seed_full_f1():
    text = load_text(SHARED / "gold" / "seed.txt")
    gold = load_gold(SHARED / "gold" / "seed.jsonl")
    result = score([(gold, predict(text, "seed.txt"))])
    print(f"\nseed: {result}")
    assert result.full_f1 >= 0.97, str(result)
