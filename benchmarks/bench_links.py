"""What the document stages cost: extraction with every stage against extraction with
the link and scope stages left out, on the same ordinary articles, in one run.

    python benchmarks/bench_links.py [--articles 300] [--repeat 5]

Prints a table of seconds (best of ``--repeat``) and the ratio; issue "Numbers become
facts" asks for linking at most 30% of extraction time.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import article_run  # noqa: E402

import factx  # noqa: E402
import factx.extractor  # noqa: E402
from factx.stages import STAGES  # noqa: E402
from factx.stages.places import resolve_places  # noqa: E402


def best(texts: list[str], repeat: int) -> float:
    extractor = factx.extractor.Extractor()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            extractor.extract(text)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    args, texts = article_run(__doc__.splitlines()[0])
    chars = sum(map(len, texts))
    factx.extract(texts[0])  # warm: dictionaries and patterns loaded once
    rounds = []
    for _ in range(2):  # interleaved, so that both see the same machine
        factx.extractor.STAGES = (resolve_places,)
        without = best(texts, args.repeat)
        factx.extractor.STAGES = STAGES
        with_links = best(texts, args.repeat)
        rounds.append((without, with_links))
    without = min(r[0] for r in rounds)
    with_links = min(r[1] for r in rounds)
    share = (with_links - without) / with_links
    print(f"{args.articles} articles, {chars:,} characters, best of {args.repeat} x 2 interleaved rounds")
    print("| run | seconds | chars/s |")
    print("|---|---:|---:|")
    print(f"| without links and scope | {without:.3f} | {chars / without:,.0f} |")
    print(f"| with links and scope | {with_links:.3f} | {chars / with_links:,.0f} |")
    print(f"linking share of extraction time: {share:.1%} (target ≤ 30%)")


if __name__ == "__main__":
    main()
