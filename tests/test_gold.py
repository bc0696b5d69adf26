"""Accuracy on hand-annotated articles: our own samples and, when present, the shared seed.

The samples are two sets scored apart: ``heldout_*`` articles were annotated and kept out of
development (a check that the rules generalise); the others are the development set. Each
document is reported on its own too, and a failing test names the facts that are wrong."""

from __future__ import annotations

from functools import cache

import pytest
from scoring import GOLD, SAMPLES, SHARED, Score, differences, load_gold, load_text, predict, score

# fact gold only; the *.links.jsonl files next to it are linking gold (see tests/gold/LINKS.md)
SAMPLE_NAMES = sorted(p.stem for p in GOLD.glob("*.jsonl") if not p.name.endswith(".links.jsonl"))
HELDOUT = [name for name in SAMPLE_NAMES if name.startswith("heldout_")]
DEV = [name for name in SAMPLE_NAMES if name not in HELDOUT]

#: Full F1 floors per set, not pooled. Measured when they were set: dev 0.9929 (1133 gold
#: facts), held-out 0.9803 (535).
SET_FLOORS = {"dev": 0.99, "heldout": 0.97}
#: No single document below this (the lowest measured: heldout_village_story 0.9505, added blind
#: in session 5).
DOC_FLOOR = 0.95
#: Documents that arrived below it, kept at what they scored until fixed from development text
#: (the blood units, kinds of rural road and 载重吨 that held-out batches 34 and 39 found were fixed
#: in session 8; ancient_town_tourism's 西塘, a township's short name, in session 11).
#: heldout_night_bus_driver_story (held-out batch 83) names its driver 胡建华 (建华 is a district's
#: short name) a dozen times and its bus routes 夜8路 (a route number, no count of routes).
ARRIVAL_FLOORS: dict[str, float] = {"heldout_night_bus_driver_story": 0.93}


@cache
def _pair(name: str) -> tuple[list[dict], list[dict]]:
    text = load_text(SAMPLES / f"{name}.txt")
    return load_gold(GOLD / f"{name}.jsonl"), predict(text, f"{name}.txt")


def _report(names: list[str]) -> str:
    lines = []
    for name in names:
        gold, pred = _pair(name)
        lines.append(f"{name}: {score([(gold, pred)])}")
        lines.extend(f"    {d}" for d in differences(gold, list(pred)))
    return "\n".join(lines)


def test_samples_have_gold_and_enough_facts():
    assert len(DEV) >= 6 and len(HELDOUT) >= 6
    assert all((SAMPLES / f"{name}.txt").exists() for name in SAMPLE_NAMES)
    facts = [row for name in SAMPLE_NAMES for row in load_gold(GOLD / f"{name}.jsonl")]
    assert len(facts) >= 400
    assert {row["type"] for row in facts} == {"quantity", "money", "percent", "place", "date"}


def test_gold_offsets_are_exact():
    for name in SAMPLE_NAMES:
        text = load_text(SAMPLES / f"{name}.txt")
        for row in load_gold(GOLD / f"{name}.jsonl"):
            assert text[row["start"] : row["end"]] == row["text"], (name, row)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_each_document(name):
    gold, pred = _pair(name)
    result = score([(gold, pred)])
    print(f"\n{name}: {result}")
    assert result.full_f1 >= ARRIVAL_FLOORS.get(name, DOC_FLOOR), _report([name])


@pytest.mark.parametrize("which", ["dev", "heldout"])
def test_each_set(which):
    names = DEV if which == "dev" else HELDOUT
    result: Score = score([_pair(name) for name in names])
    print(f"\n{which}: {result}")
    assert result.full_f1 >= SET_FLOORS[which], f"{which}: {result}\n{_report(names)}"


def test_differences_name_the_wrong_facts():
    gold = [{"start": 0, "end": 2, "text": "3个", "type": "quantity", "value": 3, "unit": "个"},
            {"start": 5, "end": 8, "text": "南京市", "type": "place", "value": "南京市"}]
    pred = [{"start": 0, "end": 2, "text": "3个", "type": "quantity", "value": 4, "unit": "个"},
            {"start": 9, "end": 11, "text": "5元", "type": "money", "value": 5, "unit": "CNY"}]
    assert differences(gold, pred) == [
        "wrong  [0,2) '3个' value=4 (gold 3)",
        "missed [5,8) '南京市' place",
        "extra  [9,11) '5元' money",
    ]


@pytest.mark.skipif(not (SHARED / "gold" / "seed.txt").exists(),
                    reason="../shared/gold is only present in CI and development checkouts")
def test_seed_full_f1():
    text = load_text(SHARED / "gold" / "seed.txt")
    gold = load_gold(SHARED / "gold" / "seed.jsonl")
    pred = predict(text, "seed.txt")
    result = score([(gold, pred)])
    print(f"\nseed: {result}")
    # the seed defines correct output: every fact, exactly (issue "Numbers become facts": 1.000)
    assert result.full_f1 == 1.0, f"{result}\n" + "\n".join(differences(gold, pred))
