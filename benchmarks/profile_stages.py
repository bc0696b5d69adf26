"""Where ``factx.extract`` spends its time: CPU seconds per pipeline stage on one text.

Runs the stages one after the other as ``Extractor.extract`` does (document, recognisers
with overlap resolution, each document stage, freezing the facts), each the best of
``--repeat`` runs of CPU time (``time.process_time``: what other processes on a shared
machine take is not counted), with the cyclic collector paused as ``extract`` pauses it.
``--profile`` adds a cProfile listing of one whole ``extract`` (sorted by ``tottime``).

    PYTHONPATH=. python benchmarks/profile_stages.py [--dense] [--mb 0.8] [--profile]

Texts as in ``bench_versions.py``: ordinary (variants of the seed article) by default,
``--dense`` for ``corpus.big_text`` (variants of ``samples/``).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import time

import bench_versions
import corpus


def best(run, repeat: int) -> float:
    """The least CPU time of ``repeat`` calls of ``run``."""
    out = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        out = min(out, time.process_time() - start)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dense", action="store_true", help="the dense corpus instead of the ordinary one")
    parser.add_argument("--mb", type=float, default=0.8, help="size of the text in MiB (default 0.8)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per stage (default 5)")
    parser.add_argument("--profile", action="store_true", help="add a cProfile listing of one extract")
    args = parser.parse_args(argv)

    import rjieba

    import factx
    from factx.document import Document
    from factx.extractor import candidates, get_extractor
    from factx.stages import STAGES
    from factx.tagging import get_tagger

    text = corpus.big_text(args.mb) if args.dense else bench_versions.ordinary_text(args.mb)
    if text is None:
        raise SystemExit("no seed article (../shared/gold/seed.txt): use --dense")
    extractor = get_extractor()
    extractor.extract(text[:20000])
    tag = best(lambda: rjieba.tag(text), args.repeat)
    whole = best(lambda: extractor.extract(text), args.repeat)
    print(f"{len(text):,} chars ({'dense' if args.dense else 'ordinary'}); factx {factx.__file__}")
    print(f"rjieba.tag {tag:.3f} s; factx.extract {whole:.3f} s; ratio {tag / whole:.3f}")
    collecting = gc.isenabled()
    gc.disable()
    try:
        def document() -> Document:
            return Document(text, get_tagger("rjieba"), get_tagger("rjieba", hmm=False))  # (as ``extract``'s)

        rows = [("document (lines, sentences)", best(document, args.repeat))]
        docs = [document() for _ in range(args.repeat)]
        found = []
        spent = float("inf")
        for doc in docs:  # a fresh document each time: the recognisers' tagging is part of it
            start = time.process_time()
            found = candidates(doc)
            spent = min(spent, time.process_time() - start)
        rows.append(("candidates (tagging, recognisers, overlaps)", spent))
        doc = docs[-1]
        for stage in STAGES:
            start = time.process_time()
            stage(doc, found)
            rows.append((stage.__name__, time.process_time() - start))
        start = time.process_time()
        for c in found:
            c.freeze("-", text, doc.sentence_text(c.start, c.end))
        rows.append(("freeze (Fact rows)", time.process_time() - start))
    finally:
        if collecting:
            gc.enable()
    for name, seconds in rows:
        print(f"  {name:45} {seconds:.3f} s")
    print(f"  {len(found):,} candidates")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(extractor.extract, text)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
