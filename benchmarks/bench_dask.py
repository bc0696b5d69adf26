"""The Dask path against local worker processes: ``factx extract --scheduler local:2`` vs
``-j 2`` on the same corpus in the same run (files/s, as a ratio), and what one task costs.

    python benchmarks/bench_dask.py                 # 2,000 ordinary articles, best of 2
    python benchmarks/bench_dask.py --files 500 --repeat 1 --out benchmarks/results.md

Needs ``pip install "factx[dask]"``. Like ``bench.py``, figures are ratios to a baseline
measured in the same run, because the machine is small and shared.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import bench
import corpus

#: files/s of --scheduler local:2 ÷ files/s of -j 2, at least (issue 15).
TARGET = 0.8


def task_overhead(root: Path, tasks: int) -> tuple[float, float, float]:
    """Seconds to start and to close a LocalCluster of 2 workers (``connect("local:2")``),
    and the wall seconds per task of ``factx.distributed.run`` over ``tasks`` empty files,
    one file a task, on the started and warmed cluster: the scheduler round trip, pickling
    and in-order collection, with nothing to extract."""
    sys.path.insert(0, str(bench.REPO))
    from contextlib import closing

    from factx import batch, distributed
    from factx.reading import discover

    empty = root / "empty"
    empty.mkdir()
    for i in range(tasks):
        (empty / f"{i:05d}.txt").write_bytes(b"")
    sources = discover([str(empty)])[0]

    def run_all(client: object, some: list) -> float:
        t0 = time.perf_counter()
        with closing(distributed.run(some, batch.Options(), client, docs_per_task=1)) as docs:
            for doc in docs:
                list(doc.parts())
        return time.perf_counter() - t0

    t0 = time.perf_counter()
    session = distributed.connect("local:2")
    client = session.__enter__()
    started = time.perf_counter() - t0
    try:
        run_all(client, sources[:20])  # warm-up
        best = min(run_all(client, sources) for _ in range(2))
    finally:
        t1 = time.perf_counter()
        session.__exit__(None, None, None)
        closed = time.perf_counter() - t1
    return started, closed, best / tasks


def cmd_dask(args: argparse.Namespace) -> str:
    """The table of this benchmark, as markdown."""
    with tempfile.TemporaryDirectory(prefix="factx-bench-dask-") as tmp:
        root = Path(tmp)
        bench.log(f"dask: building {args.files} files")
        paths = corpus.build_corpus(root / "corpus", args.files, args.seed)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        base = [*bench.factx_command(), "extract", "corpus", "--format", "jsonl", "--quiet"]
        runs = {
            "-j 2": [*base, "-j", "2", "-o", "out-j2.jsonl"],
            "--scheduler local:2": [*base, "--scheduler", "local:2", "-o", "out-dask.jsonl"],
        }
        best = dict.fromkeys(runs, float("inf"))
        cpu = dict.fromkeys(runs, 0.0)
        for r in range(args.repeat):
            for label, cmd in runs.items():
                bench.log(f"dask: round {r + 1}/{args.repeat}, {label}")
                elapsed, used = bench._timed([cmd], root)
                if elapsed < best[label]:
                    best[label], cpu[label] = elapsed, used
        same = (root / "out-j2.jsonl").read_bytes() == (root / "out-dask.jsonl").read_bytes()
        rows_out = (root / "out-j2.jsonl").read_bytes().count(b"\n")
        bench.log("dask: task overhead")
        started, closed, per_task = task_overhead(root, args.tasks)
    from factx import distributed

    tasks = -(-args.files // distributed.task_docs(args.files, 2))
    j2 = best["-j 2"]
    rows = [
        [
            f"`{label}`", args.files, f"{best[label]:.2f}", f"{args.files / best[label]:.1f}",
            bench.num(chars / best[label]), f"{j2 / best[label]:.3f}", f"{cpu[label]:.1f}",
            f"{cpu[label] / best[label]:.2f}",
        ]
        for label in runs
    ]
    ratio = j2 / best["--scheduler local:2"]
    heads = ["run", "files", "best s", "files/s", "chars/s", "vs -j 2", "CPU s", "CPU / wall"]
    overhead = [
        ["start a LocalCluster of 2 workers (in-process scheduler)", f"{started:.2f} s"],
        ["close it", f"{closed:.2f} s"],
        [f"one task, nothing to extract (best of 2 runs of {args.tasks} one-file tasks)", f"{per_task * 1000:.1f} ms"],
        [f"tasks in the {args.files}-file run ({args.files // tasks} files each)", f"{tasks}"],
        ["task overhead in that run (tasks × per task)", f"{tasks * per_task:.2f} s"],
    ]
    return "\n\n".join(
        [
            "## Dask (--scheduler local:2 vs -j 2)",
            f"`factx extract corpus --format jsonl --quiet -o out.jsonl` with `-j 2` and with `--scheduler "
            f"local:2` over `build_corpus(n={args.files}, seed={args.seed})` ({chars:,} chars); best of "
            f"{args.repeat}, the runs alternating; each wall time includes starting and stopping the "
            f"workers (the process pool, or the scheduler and 2 Dask worker processes). {os.cpu_count()} "
            f"CPUs; load average at end: {bench.load()}.",
            bench.table(heads, rows),
            f"**local:2 / -j 2 = {ratio:.3f}** files/s (target ≥ {TARGET}: {bench.verdict(ratio >= TARGET)}). "
            f"Outputs ({rows_out:,} rows): " + ("**byte-identical**." if same else "**DIFFERENT**."),
            bench.table(["Dask overhead", "figure"], overhead),
        ]
    )


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, run, print (and maybe append) the markdown."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000, help="articles in the corpus (default 2000)")
    parser.add_argument("--repeat", type=int, default=2, help="best of N (default 2)")
    parser.add_argument("--tasks", type=int, default=400, help="one-file tasks for the overhead (default 400)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--out", type=Path, help="append the markdown section to this file")
    args = parser.parse_args(argv)
    text = cmd_dask(args)
    print(text + "\n")
    if args.out:
        with args.out.open("a", encoding="utf-8") as f:
            f.write(text + "\n\n")
        bench.log(f"appended to {args.out}")


if __name__ == "__main__":
    main()
