"""A small scorer for gold JSONL files (the same matching rules as ../shared/tools/gold_score.py:
span match first, then type, value, value_max, unit and approx must all agree)."""

from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import factx

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = ROOT / "tests" / "gold"
SHARED = ROOT.parent / "shared"


def nth_offset(text: str, surface: str, occurrence: int) -> int:
    """The code-point offset of the ``occurrence``-th (0-based) ``surface`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(surface, start + 1)
        assert start >= 0, f"{surface!r} occurs fewer than {occurrence + 1} times in {text!r}"
    return start


def load_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _same_value(g, p) -> bool:
    if g is None or p is None:
        return g is None and p is None
    if isinstance(g, str) or isinstance(p, str):
        return str(g).strip() == str(p).strip()
    return math.isclose(float(g), float(p), rel_tol=1e-9, abs_tol=1e-9)


def _norm_unit(u):
    return None if u is None else unicodedata.normalize("NFKC", str(u)).strip() or None


def fully_correct(g: dict, p: dict) -> bool:
    return (
        g["type"] == p["type"]
        and _same_value(g["value"], p["value"])
        and _same_value(g.get("value_max"), p.get("value_max"))
        and _norm_unit(g.get("unit")) == _norm_unit(p.get("unit"))
        and g.get("approx") == p.get("approx")
    )


@dataclass
class Score:
    gold: int
    pred: int
    span_matches: int
    full_matches: int

    @staticmethod
    def _f1(tp: int, pred: int, gold: int) -> float:
        p = tp / pred if pred else float(gold == 0)
        r = tp / gold if gold else float(pred == 0)
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def span_f1(self) -> float:
        return self._f1(self.span_matches, self.pred, self.gold)

    @property
    def full_f1(self) -> float:
        return self._f1(self.full_matches, self.pred, self.gold)

    def __str__(self) -> str:
        return (f"gold={self.gold} pred={self.pred} span F1={self.span_f1:.4f} "
                f"full F1={self.full_f1:.4f}")


def score(pairs: list[tuple[list[dict], list[dict]]]) -> Score:
    """Score (gold rows, predicted rows) of several documents together."""
    total = Score(0, 0, 0, 0)
    for gold, pred in pairs:
        by_span = {}
        for p in pred:
            by_span.setdefault((p["start"], p["end"]), []).append(p)
        total.gold += len(gold)
        total.pred += len(pred)
        for g in gold:
            cands = by_span.get((g["start"], g["end"]))
            if cands:
                p = cands.pop(0)
                total.span_matches += 1
                total.full_matches += fully_correct(g, p)
    return total


def predict(text: str, doc: str, tokenizer: str | None = None) -> list[dict]:
    return [f.to_dict() for f in factx.extract(text, doc=doc, tokenizer=tokenizer)]


def differences(gold: list[dict], pred: list[dict]) -> list[str]:
    """What keeps a document from a perfect score, one line per fact: ``missed`` (gold with
    no prediction at its span), ``extra`` (a prediction at no gold span) and ``wrong`` (the
    span matches, a field does not), each with its span, text and type."""
    by_span: dict[tuple[int, int], list[dict]] = {}
    for p in pred:
        by_span.setdefault((p["start"], p["end"]), []).append(p)
    out = []
    for g in gold:
        cands = by_span.get((g["start"], g["end"]))
        where = f"[{g['start']},{g['end']}) {g['text']!r}"
        if not cands:
            out.append(f"missed {where} {g['type']}")
            continue
        p = cands.pop(0)
        if not fully_correct(g, p):
            fields = ("type", "value", "value_max", "unit", "approx")
            said = ", ".join(f"{k}={p.get(k)!r} (gold {g.get(k)!r})" for k in fields if p.get(k) != g.get(k))
            out.append(f"wrong  {where} {said}")
    for rest in by_span.values():
        out.extend(f"extra  [{p['start']},{p['end']}) {p['text']!r} {p['type']}" for p in rest)
    return out
