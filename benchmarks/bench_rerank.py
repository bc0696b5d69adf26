"""What the learned subject reranker (factx/stages/rerank.py) costs a number, beside the
whole link stage, on the same ordinary articles.

    python benchmarks/bench_rerank.py [--articles 300] [--repeat 5]

Extracts every article once with the reranker left out and keeps each document and its
linked candidates; then times, best of ``--repeat``, the link stage alone
(``link_numbers``) and the reranker alone (``rerank_subjects``, weights loaded) over those
documents, and prints microseconds per numeric candidate. (The reranker's target is at
most 25 µs a number; the link stage's is a share of extraction, bench_links.py.)
"""

from __future__ import annotations

import copy
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import article_run  # noqa: E402

import factx.extractor  # noqa: E402
import factx.stages.links as links  # noqa: E402
from factx.stages import rerank  # noqa: E402


def main() -> None:
    args, texts = article_run(__doc__.splitlines()[0])
    captured = []
    original = links.rerank_subjects
    links.rerank_subjects = lambda doc, found: captured.append((doc, copy.deepcopy(found)))
    extractor = factx.extractor.Extractor()
    for text in texts:
        extractor.extract(text)
    links.rerank_subjects = original
    numbers = sum(c.numeric for _, found in captured for c in found)
    rerank.ENABLED = True
    rerank.rerank_subjects(*captured[0])  # warm: weights loaded
    linked = [(doc, [copy.copy(c) for c in found]) for doc, found in captured]

    def best(run) -> float:
        times = []
        for _ in range(args.repeat):
            fresh = [(doc, [copy.copy(c) for c in found]) for doc, found in linked]  # the grammar's spans
            start = time.process_time()
            for doc, found in fresh:
                run(doc, found)
            times.append(time.process_time() - start)
        return min(times)

    saved = links.rerank_subjects
    links.rerank_subjects = lambda doc, found: None
    link = best(links.link_numbers)
    links.rerank_subjects = saved
    model = best(rerank.rerank_subjects)
    print(f"{args.articles} articles, {numbers:,} numbers, best of {args.repeat}, CPU time")
    print("| part | seconds | µs a number |")
    print("|---|---:|---:|")
    print(f"| link stage (grammar) | {link:.3f} | {link / numbers * 1e6:.1f} |")
    print(f"| reranker | {model:.3f} | {model / numbers * 1e6:.1f} |")


if __name__ == "__main__":
    main()
