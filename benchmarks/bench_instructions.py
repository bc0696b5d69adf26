"""Machine instructions that ``factx.extract`` and its link and scope stages execute, counted
by callgrind: unlike times, the counts hardly move with the load of a shared machine (two runs
of the same checkout agree within about 0.1%), so a change of 1-2% can be told from noise.

    python benchmarks/bench_instructions.py OLD_CHECKOUT NEW_CHECKOUT [--articles 30] [--ordinary]

Each checkout runs in its own process under ``valgrind --tool=callgrind`` (needs valgrind; about
a minute per count) with ``PYTHONHASHSEED=0``. The texts are extracted once to warm every memo,
then counted: the whole ``extract`` of each text, and apart from it the link and scope stages
(``STAGES[1:]``) of documents whose candidates and places were made before. Only the work run
inside ``functools.reduce`` is counted (``--toggle-collect``), so start-up, imports and the
warm-up are not. Texts: ``--articles`` dev-sample variants (``corpus.variants(seed=1)``, about
70 facts per 1,000 characters), or with ``--ordinary`` the same share of the ordinary text of
``bench_versions`` (variants of the seed article, about 34 facts per 1,000 characters).

Counts are not times: an instruction of the interpreter's loop is cheaper than a cache miss,
and a source line is no unit at all (a guard that slices out a character costs about what the
call it saves does). Confirm a gain with ``bench_versions.py`` too.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = r"""
import functools, gc, itertools, sys
sys.path.insert(0, sys.argv[4])
import factx.extractor
from factx.document import Document
from factx.extractor import candidates
from factx.stages import STAGES
from factx.tagging import get_tagger
mode, n, ordinary = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
if ordinary:
    import bench_versions
    texts = [bench_versions.ordinary_text(0.1 * n / 30)]
else:
    from corpus import variants
    texts = list(itertools.islice(variants(seed=1), n))
extractor = factx.extractor.Extractor()
for text in texts:
    extractor.extract(text)  # (every memo warm)
gc.disable()
if mode == "extract":
    functools.reduce(lambda _, text: extractor.extract(text), texts, None)
else:
    docs = []
    for text in texts:
        # (the taggers ``extract`` uses: ``get_tagger()`` would be other objects, whose cut of the
        # words the link stages derive starts empty and would be counted as link work)
        doc = Document(text, get_tagger(extractor.tokenizer), get_tagger(extractor.tokenizer, hmm=False))
        found = candidates(doc)
        STAGES[0](doc, found)
        docs.append((doc, found))
    def link(_, item):
        for stage in STAGES[1:]:
            stage(*item)
    functools.reduce(link, docs, None)
"""


def count(checkout: Path, mode: str, articles: int, ordinary: bool) -> int:
    """Instructions run inside ``functools.reduce`` by the child on ``checkout``."""
    env = {**os.environ, "PYTHONPATH": str(checkout), "PYTHONHASHSEED": "0"}
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=functools_reduce",
         "--callgrind-out-file=/dev/null", sys.executable, "-c", _CHILD, mode, str(articles),
         "1" if ordinary else "0", str(HERE)],
        env=env, capture_output=True, text=True, check=True, cwd=HERE)
    found = re.search(r"Collected : (\d+)", out.stderr)
    if found is None:
        raise SystemExit(f"no callgrind count for {checkout}:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", nargs="+", type=Path, help="repository roots; the first is the baseline")
    parser.add_argument("--articles", type=int, default=30, help="dev-sample variants (default 30)")
    parser.add_argument("--ordinary", action="store_true", help="ordinary text (variants of the seed article)")
    args = parser.parse_args(argv)
    rows = []
    for checkout in args.checkouts:
        whole = count(checkout.resolve(), "extract", args.articles, args.ordinary)
        links = count(checkout.resolve(), "links", args.articles, args.ordinary)
        rows.append((checkout, whole, links))
        print(f"{checkout}: extract {whole / 1e6:,.0f} M, link and scope {links / 1e6:,.0f} M", file=sys.stderr)
    base_whole, base_links = rows[0][1], rows[0][2]
    print(f"{'ordinary text' if args.ordinary else f'{args.articles} dev-sample variants'}; "
          "millions of instructions (callgrind)\n")
    print("| checkout | extract | vs first | link and scope | vs first | link and scope share |")
    print("|---|---:|---:|---:|---:|---:|")
    for checkout, whole, links in rows:
        print(f"| `{checkout}` | {whole / 1e6:,.0f} | {whole / base_whole:.3f} | {links / 1e6:,.0f} | "
              f"{links / base_links:.3f} | {links / whole:.1%} |")


if __name__ == "__main__":
    main()
