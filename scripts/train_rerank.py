"""Train the subject reranker (factx/stages/rerank.py) on the development linking gold.

    python scripts/train_rerank.py [--cv 5] [--write] [--c2 1.0] [--no-fresh]
    python scripts/train_rerank.py --make-fresh   # rebuild scripts/rerank_fresh.jsonl (needs git history)

Reads tests/gold/NAME.links.jsonl with samples/NAME.txt for every NAME not starting with
``heldout_`` (the held-out articles are never read). Runs factx with the reranker left
out, collects each number's candidate spans and features, and fits a log-linear model
(softmax over a number's candidates; the likelihood of its right candidates; L2) with
L-BFGS. ``--cv K`` prints a leave-articles-out cross-validation (K folds by article)
against the grammar alone; ``--write`` fits on every development article and writes
factx/data/rerank.json. Besides the current grammar's answers it trains on the answers the
grammar gave each article before the article's gold was added, read from
scripts/rerank_fresh.jsonl (``--no-fresh``: without them). Needs numpy and scipy (training
only; factx does not).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

ROOT = Path(__file__).resolve().parent.parent
#: The answers of the grammar before it was tuned on each development article (``make_fresh``).
FRESH = ROOT / "scripts" / "rerank_fresh.jsonl"
#: The development articles that were blind until the reranker was retrained (batches 20-22).
NEWEST = {"drought_water_supply", "pension_insurance_annual", "telecom_5g_network", "ocean_fishery_economy",
          "forest_fire_rescue", "retail_consumption_festival", "provident_fund_annual", "vaccination_campaign",
          "bridge_opening"}
#: The development articles added after the reranker's weights were first trained (batches 24-25).
LATEST = {"power_grid_summer_peak", "university_admissions", "listed_company_dividend", "rural_tourism_homestay",
          "courier_rural_delivery", "hospital_emergency_heatstroke"}
sys.path.insert(0, str(ROOT))

import factx.extractor  # noqa: E402
import factx.stages.links as links  # noqa: E402
from factx.stages import rerank  # noqa: E402


def right(span, gold) -> bool:
    """The scorer's rule (LINKING.md K1): null for null, else covers min and inside max."""
    gmin, gmax = gold["subject_min"], gold["subject_max"]
    if gmin is None and gmax is None:
        return span is None
    gmin, gmax = gmin or gmax, gmax or gmin
    return span is not None and span[0] <= gmin[0] and gmin[1] <= span[1] and gmax[0] <= span[0] \
        and span[1] <= gmax[1]


def collect(names: list[str], grammar: dict[str, dict] | None = None) -> list[dict]:
    """One item per gold number that factx found: its candidates' features and rightness.
    ``grammar``: per article, (start, end) -> subject span to take as the grammar's instead of
    the current grammar's (the answers of a grammar that had not seen the article)."""
    items: list[dict] = []
    captured: list = []
    saved = links.rerank_subjects
    links.rerank_subjects = lambda doc, found: captured.append((doc, found))
    extractor = factx.extractor.Extractor()
    for name in names:
        text = (ROOT / "samples" / f"{name}.txt").read_text(encoding="utf-8")
        gold = {}
        for line in (ROOT / "tests" / "gold" / f"{name}.links.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                gold[(row["start"], row["end"])] = row
        captured.clear()
        extractor.extract(text)
        doc, found = captured[0]
        if grammar is not None:
            spans = grammar.get(name, {})
            for c in found:
                if c.numeric:
                    old = spans.get((c.start, c.end))
                    if old != c.subject_span:
                        c.subject_rule = ""  # (how the older grammar found it is unknown: its own phrase)
                    c.subject_span = old
        ctx = rerank.Context(doc, found)
        for c in found:
            row = gold.get((c.start, c.end))
            if not c.numeric or row is None:
                continue
            mode = rerank.gate(doc, c)
            cands = ctx.candidates(c, trims=mode != rerank.KEEP_HEAD)
            sit = rerank.situation(doc, c)
            items.append({
                "doc": name,
                "sit": sit,
                "worth": mode is not None,
                "feats": [ctx.features(c, cand) for cand in cands],
                "right": [right(cand[0], row) for cand in cands],
                "grammar": right(c.subject_span, row),
                "null": [cand[0] is None for cand in cands],
                "gold_null": row["subject_min"] is None and row["subject_max"] is None,
                "grammar_null": c.subject_span is None,
            })
    links.rerank_subjects = saved
    return items


def make_fresh(names: list[str], cache: Path) -> None:
    """Write FRESH: per article, the subject spans that the grammar gave it before it was
    tuned on it (factx as of the parent of the commit that added the article's links gold,
    run on the article), and when that gold was added. The current grammar has been tuned on
    every development article, so its answers there are better than on new text; a reranker
    trained on them alone trusts it too much. These answers show it as new text sees it.
    This is the one step that reads the git history; training reads only the file."""
    by_commit: dict[str, list[str]] = {}
    added: dict[str, int] = {}
    for name in names:
        log = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H %at", "--",
                              f"tests/gold/{name}.links.jsonl"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split("\n")
        log = [line.split() for line in log if line.strip()]
        if log:
            by_commit.setdefault(log[-1][0], []).append(name)
            added[name] = int(log[-1][1])
    rows = []
    for commit, batch in sorted(by_commit.items()):
        tree = cache / commit
        if not (tree / "factx").is_dir():
            archive = subprocess.run(["git", "archive", f"{commit}^"], cwd=ROOT, capture_output=True, check=True).stdout
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(tree)
        for name in batch:
            out = tree / f"{name}.jsonl"
            if not out.exists():
                got = subprocess.run([sys.executable, "-m", "factx", "extract", str(ROOT / "samples" / f"{name}.txt"),
                                      "--format", "jsonl"], cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)},
                                     capture_output=True, text=True, check=True).stdout
                out.write_text(got, encoding="utf-8")
            spans = []
            for line in out.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                if row.get("subject_start") is not None:
                    spans.append([row["start"], row["end"], row["subject_start"], row["subject_end"]])
            rows.append({"doc": name, "added": added[name], "grammar": f"{commit}^", "spans": spans})
    rows.sort(key=lambda r: (r["added"], r["doc"]))
    FRESH.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {FRESH} ({len(rows)} articles)")


def fresh_grammar() -> tuple[dict[str, dict], list[str]]:
    """From FRESH: per article, (start, end) -> the subject span of the grammar before it was
    tuned on the article; and the articles in the order their gold was added."""
    spans: dict[str, dict] = {}
    order: list[str] = []
    for line in FRESH.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        spans[row["doc"]] = {(a, b): (s, e) for a, b, s, e in row["spans"]}
        order.append(row["doc"])
    return spans, order


def fit(items: list[dict], c2: float) -> dict[tuple, float]:
    """Feature weights maximising the likelihood of the right candidates, minus c2/2 |w|^2."""
    index: dict[str, int] = {}
    rows, cols, groups, targets = [], [], [0], []
    r = 0
    for it in items:
        if not any(it["right"]):
            continue  # no candidate is right: nothing to learn
        for feats, ok in zip(it["feats"], it["right"], strict=True):
            for f in feats:
                rows.append(r)
                cols.append(index.setdefault(f, len(index)))
            targets.append(ok)
            r += 1
        groups.append(r)
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(r, len(index)))
    x.sum_duplicates()
    xt = x.T.tocsr()
    target = np.array(targets, dtype=bool)
    starts = np.array(groups[:-1])
    sizes = np.diff(groups)
    owner = np.repeat(np.arange(len(starts)), sizes)

    def loss(w):
        s = x @ w
        mx = np.maximum.reduceat(s, starts)
        e = np.exp(s - mx[owner])
        z = np.add.reduceat(e, starts)
        zr = np.add.reduceat(np.where(target, e, 0.0), starts)
        value = -np.sum(np.log(zr) - np.log(z)) + c2 / 2 * w @ w
        grad_s = e / z[owner] - np.where(target, e / zr[owner], 0.0)
        return value, xt @ grad_s + c2 * w

    w0 = np.zeros(len(index))
    res = optimize.minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    names = sorted(index, key=index.get)
    return {f: round(float(v), 4) for f, v in zip(names, res.x, strict=True) if abs(v) >= 1e-3}


#: Weights smaller than this are left out of the file: half the weights, half the time the
#: model takes to load at start-up, and the same answers on the development CV and held-out gold.
PRUNE = 0.05


def dump(w: dict[tuple, float], c2: float) -> str:
    """The weights file: per template, [key, weight] rows (tuple keys as lists), one a line;
    weights under ``PRUNE`` left out."""
    by: dict[str, list] = {}
    for (t, k), v in w.items():
        if abs(v) >= PRUNE:
            by.setdefault(t, []).append([list(k) if isinstance(k, tuple) else k, v])
    lines = ['{"about": "subject reranker weights (factx/stages/rerank.py); made by scripts/train_rerank.py",',
             f' "c2": {c2},', ' "weights": {']
    for i, t in enumerate(sorted(by)):
        rows = sorted(by[t], key=lambda r: json.dumps(r[0], ensure_ascii=False))
        body = ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in rows)
        lines.append(f' "{t}": [\n{body}\n ]' + ("," if i < len(by) - 1 else ""))
    lines.append("}}")
    return "\n".join(lines) + "\n"


def predict(item: dict, w: dict[tuple, float]) -> int:
    scores = [sum(w.get(f, 0.0) for f in feats) for feats in item["feats"]]
    return max(range(len(scores)), key=lambda i: (scores[i], -i))


def figures(oks: list[bool], nulls: list[bool], items: list[dict]) -> tuple[float, float]:
    """Subject accuracy and F1 (non-null links only, as link_score.py counts them)."""
    tp = fp = fn = 0
    for ok, pnull, it in zip(oks, nulls, items, strict=True):
        if not it["gold_null"] and ok:
            tp += 1
        else:
            fn += not it["gold_null"]
            fp += not pnull
    return sum(oks) / len(oks), (2 * tp / (2 * tp + fp + fn) if tp else 0.0)


def by_situation(rows: list[tuple[dict, bool, bool]], label: str) -> None:
    """Where the model changes the grammar's answer, for better or worse: per part of the
    grammar's situation (``rerank.situation``), ungated."""
    print(f"\n{label}: changes by situation (ungated): numbers, gains, losses, net")
    for part, name in ((0, "rule"), (1, "tokens"), (2, "first tag"), (3, "after"), (None, "whole")):
        agg: dict = {}
        for it, ok, _ in rows:
            key = it["sit"] if part is None else it["sit"][part]
            a = agg.setdefault(key, [0, 0, 0])
            a[0] += 1
            a[1] += ok and not it["grammar"]
            a[2] += it["grammar"] and not ok
        top = sorted(agg.items(), key=lambda kv: -(kv[1][1] + kv[1][2]))[: 40 if part is None else 25]
        print(f"  {name}: " + "; ".join(f"{k}: {a[0]} +{a[1]} -{a[2]} ={a[1] - a[2]:+d}" for k, a in top))


def cross_validate(current: list[dict], fresh: list[dict], names: list[str], order: list[str], k: int,
                   c2: float, fresh_train: bool = True, situations: bool = False) -> None:
    """Leave-articles-out: train on k-1 folds of articles (both kinds of items, or the current
    grammar's alone when not ``fresh_train``), test on the held-back fold's numbers with the
    current grammar's answers and with the answers of the grammar before it was tuned on them
    (the articles of the later two thirds only: the early grammar was too young to stand for
    it); also on the NEWEST articles alone."""
    fold_of = {name: i % k for i, name in enumerate(sorted(names))}
    late = set(order[len(order) // 3 :])
    got: dict[str, list] = {"current": [], "fresh": [], "current, 9 newest": [], "fresh, 9 newest": [],
                            "current, batches 24-25": [], "fresh, batches 24-25": []}
    raw: dict[str, list] = {"current": [], "fresh": []}
    for fold in range(k):
        w = fit([it for it in current + (fresh if fresh_train else []) if fold_of[it["doc"]] != fold], c2)
        for label, pool in (("current", current), ("fresh", fresh)):
            for it in pool:
                if fold_of[it["doc"]] == fold:
                    p = predict(it, w)
                    raw[label].append((it, it["right"][p], it["null"][p]))
                    if it["worth"]:
                        row = (it, it["right"][p], it["null"][p])
                    else:
                        row = (it, it["grammar"], it["grammar_null"])  # (gated: the grammar's answer kept)
                    if label == "current" or it["doc"] in late:
                        got[label].append(row)
                    if it["doc"] in NEWEST:
                        got[label + ", 9 newest"].append(row)
                    if it["doc"] in LATEST:
                        got[label + ", batches 24-25"].append(row)
    print("| grammar answers | numbers | grammar acc | rerank acc | grammar F1 | rerank F1 |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, rows in got.items():
        test = [r[0] for r in rows]
        ga, gf = figures([it["grammar"] for it in test], [it["grammar_null"] for it in test], test)
        ra, rf = figures([r[1] for r in rows], [r[2] for r in rows], test)
        print(f"| {label} | {len(test)} | {ga:.3f} | {ra:.3f} | {gf:.3f} | {rf:.3f} |")
    gated = sum(not it["worth"] for it in current)
    print(f"gated out (the grammar's answer kept): {gated} of {len(current)} numbers ({gated / len(current):.1%})")
    if situations:
        by_situation(raw["current"], "current")
        by_situation([r for r in raw["fresh"] if r[0]["doc"] in late], "fresh")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", type=int, default=0, help="folds of a leave-articles-out cross-validation")
    parser.add_argument("--c2", type=float, default=1.0, help="L2 penalty")
    parser.add_argument("--situations", action="store_true",
                        help="with --cv: where the model's changes win and lose, by the grammar's situation")
    parser.add_argument("--no-fresh", action="store_true", help="train on the current grammar's answers alone")
    parser.add_argument("--write", action="store_true", help="fit on all dev articles, write factx/data/rerank.json")
    parser.add_argument("--make-fresh", action="store_true",
                        help=f"rebuild {FRESH.relative_to(ROOT)} from the git history (needs it whole) and stop")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "factx-rerank",
                        help="where --make-fresh keeps the older grammars and their answers")
    args = parser.parse_args()
    names = sorted(p.name[: -len(".links.jsonl")] for p in (ROOT / "tests" / "gold").glob("*.links.jsonl")
                   if not p.name.startswith("heldout_")
                   and (ROOT / "samples" / p.name.replace(".links.jsonl", ".txt")).exists())
    if args.make_fresh:
        make_fresh(names, args.cache)
        return
    spans, order = fresh_grammar()
    missing = sorted(set(names) - set(order))
    if missing:
        sys.exit(f"{FRESH.name} lacks {', '.join(missing)}: run with --make-fresh")
    items = collect(names)
    fresh = collect(names, spans)
    for label, got in (("current grammar", items), ("grammar before tuning", fresh)):
        covered = sum(any(it["right"]) for it in got)
        sizes = [len(it["right"]) for it in got]
        right_share = sum(it["grammar"] for it in got) / len(got)
        print(f"{label}: {len(names)} articles, {len(got)} numbers, {sum(sizes) / len(sizes):.1f} candidates a"
              f" number, oracle coverage {covered / len(got):.3f}, grammar right {right_share:.3f}")
    if args.cv:
        cross_validate(items, fresh, names, order, args.cv, args.c2, not args.no_fresh, args.situations)
    if args.write:
        w = fit(items + ([] if args.no_fresh else fresh), args.c2)
        out = ROOT / "factx" / "data" / "rerank.json"
        out.write_text(dump(w, args.c2), encoding="utf-8")
        print(f"wrote {out} ({sum(abs(v) >= PRUNE for v in w.values())} of {len(w)} weights)")


if __name__ == "__main__":
    main()
