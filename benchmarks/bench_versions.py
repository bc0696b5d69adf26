"""Throughput of two or more checkouts of factx in one run, each against ``rjieba.tag``.

Each checkout runs in its own process (``PYTHONPATH`` = the checkout), on the same texts
written once to a temporary folder; the rounds are interleaved so that every checkout sees
the same background load. Per text and checkout it reports the best time of
``factx.extract`` and of ``rjieba.tag`` in that process and their ratio.

    python benchmarks/bench_versions.py /tmp/wt-old . [--mb 1] [--rounds 3]

Texts: ``dense`` is ``corpus.big_text`` (variants of ``samples/``, about 70 facts per
1,000 characters); ``ordinary`` is variants of the shared seed article
(``../shared/gold/seed.txt``, about 34 facts per 1,000 characters; skipped when absent).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import corpus

HERE = Path(__file__).resolve().parent
SEED_ARTICLE = HERE.parent.parent / "shared" / "gold" / "seed.txt"

_CHILD = r"""
import json, sys, time
import rjieba
import factx
text = open(sys.argv[1], encoding="utf-8").read()
warm = text[:20000]
rjieba.tag(warm)
factx.extract(warm)
tag = ext = float("inf")
for _ in range(int(sys.argv[2])):
    t = time.perf_counter(); rjieba.tag(text); tag = min(tag, time.perf_counter() - t)
    t = time.perf_counter(); facts = factx.extract(text); ext = min(ext, time.perf_counter() - t)
print(json.dumps({"tag": tag, "extract": ext, "facts": len(facts), "chars": len(text),
                  "module": factx.__file__}))
"""


def ordinary_text(mb: float, seed: int = 0) -> str | None:
    """Variants of the seed article up to ``mb`` MiB, or None without ``../shared``."""
    if not SEED_ARTICLE.exists():
        return None
    article = SEED_ARTICLE.read_text(encoding="utf-8")
    rng = random.Random(seed)
    parts, size = [], 0
    while size < mb * corpus.MB:
        part = corpus.vary(article, rng)
        parts.append(part)
        size += len(part.encode("utf-8")) + 1
    return "\n".join(parts)


def run(checkout: Path, text_file: Path, repeat: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    out = subprocess.run([sys.executable, "-c", _CHILD, str(text_file), str(repeat)], env=env,
                         capture_output=True, text=True, check=True, cwd=checkout)
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", nargs="+", type=Path, help="repository roots; the first is the baseline")
    parser.add_argument("--mb", type=float, default=1.0, help="size of each text in MiB (default 1)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    parser.add_argument("--repeat", type=int, default=1, help="timings per process and round (default 1)")
    args = parser.parse_args(argv)
    texts = {"dense": corpus.big_text(args.mb, 0), "ordinary": ordinary_text(args.mb)}
    best: dict[tuple[str, str], dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for name, text in texts.items():
            if text is not None:
                files[name] = Path(tmp) / f"{name}.txt"
                files[name].write_text(text, encoding="utf-8")
        for r in range(args.rounds):
            for name, path in files.items():
                for checkout in args.checkouts:
                    print(f"round {r + 1}/{args.rounds}: {name} {checkout}", file=sys.stderr)
                    got = run(checkout.resolve(), path, args.repeat)
                    key = (name, str(checkout))
                    old = best.setdefault(key, got)
                    old["tag"], old["extract"] = min(old["tag"], got["tag"]), min(old["extract"], got["extract"])
    print(f"Load average: {os.getloadavg()[0]:.2f}; best times of {args.rounds} interleaved rounds. "
          "rjieba.tag is the same code in every process: its best time over all of them is the baseline.\n")
    print("| text | checkout | chars | facts/1k chars | factx.extract s | factx / rjieba.tag | vs first |")
    print("|---|---|---|---|---|---|---|")
    for name in files:
        tag = min(best[(name, str(c))]["tag"] for c in args.checkouts)
        base = None
        for checkout in args.checkouts:
            got = best[(name, str(checkout))]
            ratio = tag / got["extract"]
            base = base or ratio
            print(f"| {name} | `{checkout}` | {got['chars']:,} | {1000 * got['facts'] / got['chars']:.1f} | "
                  f"{got['extract']:.3f} | {ratio:.3f} | {ratio / base:.2f}× |")
        print(f"| {name} | `rjieba.tag` (best of all) | | | {tag:.3f} | 1.000 | |")


if __name__ == "__main__":
    main()
