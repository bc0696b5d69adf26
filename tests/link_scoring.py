"""A small scorer for linking gold (``*.links.jsonl``), with the rules of
../shared/tools/link_score.py: numbers are matched by span; a subject is right when its
span covers the gold minimal span and lies inside the maximal one; the other links must
be equal. ``f1`` counts non-null links only (always answering null scores 0)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

LINKS = ("subject", "change", "basis", "time", "place")


def _norm(value) -> str | None:
    if value is None:
        return None
    return unicodedata.normalize("NFKC", str(value)).strip() or None


def _subject_right(gold: dict, fact: dict) -> bool:
    if gold["subject_min"] is None:
        return fact["subject_start"] is None
    if fact["subject_start"] is None or fact["subject_end"] is None:
        return False
    (lo, hi), (outer_lo, outer_hi) = gold["subject_min"], gold["subject_max"]
    return outer_lo <= fact["subject_start"] <= lo and hi <= fact["subject_end"] <= outer_hi


@dataclass
class LinkScore:
    found: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LINKS, 0))
    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LINKS, 0))
    gold_links: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LINKS, 0))
    pred_links: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LINKS, 0))
    wrong: list[str] = field(default_factory=list)

    def add(self, gold: dict, fact: dict) -> None:
        self.found += 1
        for name in LINKS:
            if name == "subject":
                ok = _subject_right(gold, fact)
                has_gold, has_pred = gold["subject_min"] is not None, fact["subject_start"] is not None
            else:
                ok = _norm(gold[name]) == _norm(fact[name])
                has_gold, has_pred = gold[name] is not None, fact[name] is not None
            self.right[name] += ok
            self.gold_links[name] += has_gold
            self.pred_links[name] += has_pred
            self.hits[name] += ok and has_gold
            if not ok:
                self.wrong.append(f"{gold['doc']}:{gold['start']} {gold['text']} {name}: "
                                  f"gold {gold.get(name, gold['subject_min'])!r} got {fact[name]!r}")

    def accuracy(self, name: str) -> float:
        return self.right[name] / self.found if self.found else 0.0

    def f1(self, name: str) -> float:
        tp, pred, gold = self.hits[name], self.pred_links[name], self.gold_links[name]
        if not pred or not gold:
            return float(pred == gold == 0)
        precision, recall = tp / pred, tp / gold
        return 2 * precision * recall / (precision + recall) if tp else 0.0

    def __str__(self) -> str:
        return f"found={self.found} " + " ".join(
            f"{n}={self.accuracy(n):.3f}/f1={self.f1(n):.3f}" for n in LINKS)


def score_links(pairs: list[tuple[list[dict], list[dict]]]) -> LinkScore:
    """``pairs``: (gold link rows, predicted fact rows) per document."""
    result = LinkScore()
    for gold_rows, facts in pairs:
        by_span = {(f["start"], f["end"]): f for f in facts if f["type"] in ("quantity", "money", "percent")}
        for row in gold_rows:
            fact = by_span.get((row["start"], row["end"]))
            if fact is not None:
                result.add(row, fact)
    return result
