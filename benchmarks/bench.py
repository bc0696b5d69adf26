"""Benchmarks of factx: throughput, start-up, memory, scaling, batch workers, adversarial inputs.

Run from the repository root::

    python benchmarks/bench.py throughput|startup|memory|scaling|batch|adversarial [options]
    python benchmarks/bench.py all            # everything, written to benchmarks/results.md

Each sub-command prints a markdown section (a table and a verdict against the target) and,
with ``--out FILE``, appends it to FILE. The machine is small and noisy, so every figure
is reported as a ratio against a baseline measured in the same run; absolute times are
given for context only. Corpora come from ``benchmarks/corpus.py`` (seeded, deterministic).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path

import corpus

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results.md"
SEED_ARTICLE = REPO.parent / "shared" / "gold" / "seed.txt"
FALLBACK_ARTICLE = REPO / "samples" / "economy_quarterly.txt"
MB = corpus.MB

#: Targets from the project's speed issue.
TARGETS = {
    "throughput": 0.35,  # factx.extract chars/s ÷ rjieba.tag chars/s, at least (issue 10)
    "startup": 2.2,  # median wall time of one single-article run ÷ the rjieba import, at most (issue 10)
    "memory_mb": 150.0,  # peak RSS of one single-article run, below
    "scaling": 0.15,  # per-MB time of every size within this of the 1 MB one
    "batch": 1.8,  # files/s of -j 2 ÷ files/s of -j 1, at least
    "adversarial": 3.0,  # extract time of an adversarial text ÷ ordinary text of the same size, at most
}

# --- small helpers -----------------------------------------------------------------------


def log(message: str) -> None:
    """Progress on stderr (never mixed with the markdown on stdout)."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A markdown table; numbers right-aligned."""
    cells = [[str(c) for c in row] for row in rows]
    align = ["---:" if cells and all(_numeric(row[i]) for row in cells) else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(align) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join(lines)


def _numeric(cell: str) -> bool:
    """Whether a table cell holds a number (thousands separators allowed)."""
    try:
        float(cell.replace(",", ""))
    except ValueError:
        return False
    return True


def verdict(ok: bool) -> str:
    """How a figure stands against its target."""
    return "met" if ok else "**not met**"


def num(x: float, digits: int = 0) -> str:
    """A number with thousands separators."""
    return f"{x:,.{digits}f}"


def load() -> str:
    """The 1-minute load average, a hint of how noisy the machine was."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "n/a"


def factx_command() -> list[str]:
    """How to run the ``factx`` command: the entry point beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name("factx")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("factx")
    return [found] if found else [sys.executable, "-m", "factx"]


def writing_bytecode() -> dict[str, str]:
    """This environment without ``PYTHONDONTWRITEBYTECODE``, for a warm-up run: it writes the
    ``.pyc`` files an installed copy has. With the variable set (as in some shells here) a
    checkout keeps whatever ``.pyc`` files it had, and every module edited since is compiled
    again at each start: 15 stale modules added 50-60 ms, 0.3-1 × the rjieba import, to a
    one-article run of main (session 8)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def single_article() -> tuple[str, str]:
    """The article for the single-article runs (as given on the command line, from the repo root) and a note."""
    if SEED_ARTICLE.exists():
        return "../shared/gold/seed.txt", "the shared seed article `../shared/gold/seed.txt`"
    return "samples/economy_quarterly.txt", "`samples/economy_quarterly.txt` (../shared is absent)"


def best_time(fn: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    """The best wall time of ``repeat`` calls of ``fn``, the CPU time of that call, and the last result.

    CPU time (this process only) tells how much of the wall time other programs took.
    """
    best, best_cpu, result = float("inf"), float("inf"), None
    for _ in range(repeat):
        cpu = time.process_time()
        start = time.perf_counter()
        result = fn()
        wall = time.perf_counter() - start
        if wall < best:
            best, best_cpu = wall, time.process_time() - cpu
    return best, best_cpu, result


def warm_text() -> str:
    """A short ordinary text used to load dictionaries and compile rules before timing."""
    return corpus.load_samples()[0][1]


def run_child(spec: str, repeat: int = 1, timeout: float | None = None) -> dict:
    """Time ``factx.extract`` on the text ``spec`` (see ``make_text``) in a fresh Python process.

    Returns the child's JSON report, or ``{"timeout": seconds}`` / ``{"error": message}``.
    """
    cmd = [sys.executable, str(Path(__file__).resolve()), "_one", spec, "--repeat", str(repeat)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=REPO)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["(no message)"])[-1]
        return {"error": f"exit {proc.returncode}: {tail}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def make_text(spec: str) -> str:
    """The text named by ``spec``: ``big:MB``, ``ordinary:BYTES`` (big text cut) or ``adv:KIND:BYTES``."""
    kind, _, arg = spec.partition(":")
    if kind == "big":
        return corpus.big_text(float(arg))
    if kind == "ordinary":
        size = int(arg)
        return corpus.cut_to_bytes(corpus.big_text(size / MB + 0.1), size)
    if kind == "adv":
        name, _, size = arg.partition(":")
        return corpus.adversarial(name, int(size))
    raise ValueError(f"bad text spec {spec!r}")


def own_peak_rss_kb() -> int:
    """This process's peak RSS in KiB: ``VmHWM`` (reset by exec, unlike ``ru_maxrss``, which keeps the parent's)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def cmd_one(args: argparse.Namespace) -> str:
    """(internal) Build one text, warm up, time ``factx.extract`` on it; print a JSON line."""
    import factx

    text = make_text(args.spec)
    factx.extract(warm_text())
    seconds, cpu, facts = best_time(lambda: factx.extract(text), args.repeat)
    report = {
        "spec": args.spec,
        "chars": len(text),
        "bytes": len(text.encode("utf-8")),
        "facts": len(facts),
        "seconds": seconds,
        "cpu": cpu,
        "maxrss_kb": own_peak_rss_kb(),
    }
    print(json.dumps(report))
    return ""


# --- throughput --------------------------------------------------------------------------


def cmd_throughput(args: argparse.Namespace) -> str:
    """chars/s of rjieba.tag and factx.extract on the same big text, plus jieba.posseg on a slice."""
    import rjieba

    import factx

    log(f"throughput: building a {args.mb} MB text")
    text = corpus.big_text(args.mb, args.seed)
    log(f"throughput: warming up; {len(text):,} chars")
    warm = warm_text()
    rjieba.tag(warm)
    factx.extract(warm)
    tag_best = ext_best = float("inf")
    facts = 0
    for i in range(args.repeat):  # interleaved, so both see the same background noise
        log(f"throughput: round {i + 1}/{args.repeat}")
        t, _, _ = best_time(lambda: rjieba.tag(text), 1)
        tag_best = min(tag_best, t)
        t, _, result = best_time(lambda: factx.extract(text), 1)
        ext_best = min(ext_best, t)
        facts = len(result)  # type: ignore[arg-type]
    rows = [
        ["`rjieba.tag`", "whole text", len(text), f"{tag_best:.3f}", num(len(text) / tag_best), "1.000"],
        [
            "`factx.extract`",
            "whole text",
            len(text),
            f"{ext_best:.3f}",
            num(len(text) / ext_best),
            f"{tag_best / ext_best:.3f}",
        ],
    ]
    if args.jieba_kb > 0:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(60)
        piece = corpus.cut_to_bytes(text, args.jieba_kb * 1024)
        log(f"throughput: jieba.posseg on {len(piece):,} chars")
        jieba.posseg.lcut(warm)
        jb_best, _, _ = best_time(lambda: jieba.posseg.lcut(piece), args.repeat)
        rows.append(
            [
                "`jieba.posseg.lcut` (reference)",
                f"first {args.jieba_kb} KB",
                len(piece),
                f"{jb_best:.3f}",
                num(len(piece) / jb_best),
                f"{(len(piece) / jb_best) / (len(text) / tag_best):.3f}",
            ]
        )
    ratio = tag_best / ext_best
    return "\n\n".join(
        [
            "## Throughput",
            f"Input: `big_text({args.mb}, seed={args.seed})`: {len(text):,} chars, "
            f"{len(text.encode('utf-8')) / MB:.2f} MiB, passed whole to each function; "
            f"{facts:,} facts. Best of {args.repeat}, after a warm-up. Load average at start: {load()}.",
            table(["function", "input", "chars", "best s", "chars/s", "vs rjieba.tag"], rows),
            f"**factx / rjieba.tag = {ratio:.3f}** (target ≥ {TARGETS['throughput']}: "
            f"{verdict(ratio >= TARGETS['throughput'])}).",
        ]
    )


# --- startup -----------------------------------------------------------------------------


def cmd_startup(args: argparse.Namespace) -> str:
    """Median wall time of short commands in fresh processes, interleaved round by round."""
    article, note = single_article()
    py = sys.executable
    cases = [
        ("`python -c pass`", [py, "-c", "pass"]),
        ("`python -c \"import rjieba; rjieba.tag('x')\"`", [py, "-c", "import rjieba; rjieba.tag('x')"]),
        (f"`factx extract {article} --format jsonl`", [*factx_command(), "extract", article, "--format", "jsonl"]),
    ]
    times: list[list[float]] = [[] for _ in cases]
    for _, cmd in cases:  # warm-up (disk cache, .pyc files); also checks each runs
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO, check=True,
                       env=writing_bytecode())
    for r in range(args.runs):
        if r % 5 == 0:
            log(f"startup: round {r + 1}/{args.runs}")
        for i, (_, cmd) in enumerate(cases):
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO, check=True)
            times[i].append(time.perf_counter() - start)
    med = [statistics.median(t) * 1000 for t in times]
    rows = [
        [name, f"{m:.1f}", f"{min(t) * 1000:.1f}", f"{m / med[1]:.2f}", f"{m / med[0]:.2f}"]
        for (name, _), m, t in zip(cases, med, times, strict=True)
    ]
    ms = med[2]
    return "\n\n".join(
        [
            "## Start-up",
            f"Wall time of each command in a fresh process (output to /dev/null), {args.runs} rounds, "
            f"the three commands interleaved in each round after one warm-up run each. "
            f"Single article: {note}. Load average at start: {load()}.",
            table(["command", "median ms", "min ms", "vs rjieba import", "vs python -c pass"], rows),
            f"**factx single article: {ms:.0f} ms median, {ms / med[1]:.2f}× the rjieba import** "
            f"(target ≤ {TARGETS['startup']}×: {verdict(ms / med[1] <= TARGETS['startup'])}).",
        ]
    )


# --- memory ------------------------------------------------------------------------------

_RUSAGE_WRAPPER = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def peak_rss_kb(cmd: Sequence[str]) -> int:
    """Peak resident set size (KiB) of ``cmd``, by ``/usr/bin/time -f %M`` or else ``RUSAGE_CHILDREN``."""
    if Path("/usr/bin/time").exists():
        proc = subprocess.run(
            ["/usr/bin/time", "-f", "%M", *cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=REPO
        )
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.strip()[-300:]}")
        return int(proc.stderr.strip().splitlines()[-1])
    proc = subprocess.run(
        [sys.executable, "-c", _RUSAGE_WRAPPER, *cmd], capture_output=True, text=True, cwd=REPO, check=True
    )
    return int(proc.stdout.strip())


def cmd_memory(args: argparse.Namespace) -> str:
    """Peak RSS of the single-article command, against the rjieba import (and a big file for context)."""
    article, note = single_article()
    cases = [
        ("`python -c \"import rjieba; rjieba.tag('x')\"`", [sys.executable, "-c", "import rjieba; rjieba.tag('x')"]),
        (f"`factx extract {article} --format jsonl`", [*factx_command(), "extract", article, "--format", "jsonl"]),
    ]
    with tempfile.TemporaryDirectory(prefix="factx-bench-") as tmp:
        if args.big_mb > 0:
            big = Path(tmp) / f"big{args.big_mb:g}.txt"
            big.write_text(corpus.big_text(args.big_mb, args.seed), encoding="utf-8")
            cases.append(
                (
                    f"`factx extract big_text({args.big_mb:g} MB) --format jsonl` (context)",
                    [*factx_command(), "extract", str(big), "--format", "jsonl"],
                )
            )
        results: list[list[int]] = [[] for _ in cases]
        for r in range(args.runs):
            log(f"memory: round {r + 1}/{args.runs}")
            for i, (_, cmd) in enumerate(cases):
                results[i].append(peak_rss_kb(cmd))
    med = [statistics.median(r) / 1024 for r in results]
    rows = [
        [name, f"{m:.1f}", f"{max(r) / 1024:.1f}", f"{m / med[0]:.2f}"]
        for (name, _), m, r in zip(cases, med, results, strict=True)
    ]
    how = "`/usr/bin/time -f %M`" if Path("/usr/bin/time").exists() else "`getrusage(RUSAGE_CHILDREN)`"
    mb = med[1]
    return "\n\n".join(
        [
            "## Memory",
            f"Peak RSS by {how}, median and max of {args.runs} runs. Single article: {note}.",
            table(["command", "median peak RSS MiB", "max MiB", "vs rjieba import"], rows),
            f"**factx single article: {mb:.1f} MiB peak RSS, {mb / med[0]:.2f}× the rjieba import** "
            f"(target < {TARGETS['memory_mb']:.0f} MB: {verdict(mb < TARGETS['memory_mb'])}).",
        ]
    )


# --- scaling -----------------------------------------------------------------------------


def cmd_scaling(args: argparse.Namespace) -> str:
    """factx.extract chars/s on texts of growing size, each in a fresh process; per-MB time vs the smallest."""
    sizes = sorted(float(s) for s in args.sizes.split(","))
    reports = []
    for size in sizes:
        repeat = args.repeat if size <= args.big_above else args.repeat_big
        log(f"scaling: {size:g} MB (best of {repeat}; building the text, then extracting) ...")
        start = time.perf_counter()
        report = run_child(f"big:{size:g}", repeat)
        report["repeat"] = repeat
        if "error" in report:
            raise RuntimeError(f"scaling {size:g} MB: {report['error']}")
        log(f"scaling: {size:g} MB done in {time.perf_counter() - start:.0f} s (extract {report['seconds']:.1f} s)")
        reports.append((size, report))
    base = reports[0][1]["seconds"] / (reports[0][1]["bytes"] / MB)
    base_cpu = reports[0][1]["cpu"] / (reports[0][1]["bytes"] / MB)
    rows, worst = [], 0.0
    for size, r in reports:
        per_mb = r["seconds"] / (r["bytes"] / MB)
        worst = max(worst, abs(per_mb / base - 1))
        rows.append(
            [
                f"{size:g}",
                r["repeat"],
                r["chars"],
                r["facts"],
                f"{r['seconds']:.2f}",
                num(r["chars"] / r["seconds"]),
                f"{per_mb:.3f}",
                f"{per_mb / base:.3f}",
                f"{r['cpu'] / (r['bytes'] / MB) / base_cpu:.3f}",
                f"{r['maxrss_kb'] / 1024:.0f}",
            ]
        )
    vs = f"vs {sizes[0]:g} MB"
    heads = ["MiB", "runs", "chars", "facts", "best s", "chars/s", "s per MiB", f"per MiB {vs}", f"CPU per MiB {vs}"]
    heads.append("peak RSS MiB")
    return "\n\n".join(
        [
            "## Scaling",
            f"`factx.extract` on `big_text(MB)` (seed 0; each a prefix of the next), the whole text in one call, "
            f"each size in a fresh process after a warm-up, best of {args.repeat} up to {args.big_above:g} MiB and "
            f"of {args.repeat_big} above (the 'runs' column). The target is on wall time; "
            f"CPU time (of the extracting process) is shown beside it because other programs share the machine. "
            f"Load average at end: {load()}.",
            table(heads, rows),
            f"**Largest deviation of per-MB time from {sizes[0]:g} MB: {worst * 100:.1f}%** "
            f"(target within {TARGETS['scaling'] * 100:.0f}%: {verdict(worst <= TARGETS['scaling'])}).",
        ]
    )


# --- batch -------------------------------------------------------------------------------


def _first_difference(a: bytes, b: bytes) -> str:
    """Where two outputs first differ, as a short description."""
    la, lb = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(la, lb, strict=False)):
        if x != y:
            return f"line {i + 1}: `{x[:120].decode(errors='replace')}` vs `{y[:120].decode(errors='replace')}`"
    return f"one output is a prefix of the other ({len(la)} vs {len(lb)} lines)"


def _children_cpu() -> float:
    """User + system CPU seconds of all finished child processes (and their waited-for children)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(cmds: Sequence[Sequence[str]], cwd: Path) -> tuple[float, float]:
    """Run ``cmds`` at the same time; wall seconds until all end, and their CPU seconds (with workers)."""
    before = _children_cpu()
    start = time.perf_counter()
    procs = [subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for cmd in cmds]
    errors = [(proc, proc.communicate()[1]) for proc in procs]
    elapsed = time.perf_counter() - start
    for proc, err in errors:
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(proc.args[:6])}… exited {proc.returncode}: {err.decode()[-300:]}")
    return elapsed, _children_cpu() - before


def cmd_batch(args: argparse.Namespace) -> str:
    """The CLI over a corpus of many files with -j 1 and -j 2; files/s, chars/s, and identical output.

    A third run, two ``-j 1`` commands at once on the two halves of the files, shows what
    two cores give this machine at best with no coordination at all.
    """
    with tempfile.TemporaryDirectory(prefix="factx-bench-") as tmp:
        root = Path(tmp)
        log(f"batch: building {args.files} files")
        paths = corpus.build_corpus(root / "corpus", args.files, args.seed)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        size = sum(p.stat().st_size for p in paths)
        folders = len({p.parent for p in paths})
        names = [str(p.relative_to(root)) for p in paths]
        half = len(names) // 2
        base = [*factx_command(), "extract", "--format", "jsonl", "--quiet"]
        runs = {
            "-j 1": [[*base, "corpus", "-j", "1", "-o", "out-j1.jsonl"]],
            "-j 2": [[*base, "corpus", "-j", "2", "-o", "out-j2.jsonl"]],
            "2 × -j 1 on halves, at once": [
                [*base, "-j", "1", "-o", "half1.jsonl", *names[:half]],
                [*base, "-j", "1", "-o", "half2.jsonl", *names[half:]],
            ],
        }
        best = dict.fromkeys(runs, float("inf"))
        cpu = dict.fromkeys(runs, 0.0)
        for r in range(args.repeat):
            for label, cmds in runs.items():
                log(f"batch: round {r + 1}/{args.repeat}, {label}")
                elapsed, used = _timed(cmds, root)
                if elapsed < best[label]:
                    best[label], cpu[label] = elapsed, used
        one, two = (root / "out-j1.jsonl").read_bytes(), (root / "out-j2.jsonl").read_bytes()
        halves = (root / "half1.jsonl").read_bytes() + (root / "half2.jsonl").read_bytes()
        rows_out = one.count(b"\n")
        same = one == two
        diff = "" if same else _first_difference(one, two)
        halves_same = halves == one
    j1 = best["-j 1"]
    rows = [
        [
            f"`{label}`" if label.startswith("-j") else label,
            args.files,
            chars,
            f"{best[label]:.2f}",
            f"{args.files / best[label]:.1f}",
            num(chars / best[label]),
            f"{j1 / best[label]:.3f}",
            f"{cpu[label]:.1f}",
            f"{cpu[label] / best[label]:.2f}",
        ]
        for label in runs
    ]
    ratio = j1 / best["-j 2"]
    ceiling = j1 / best["2 × -j 1 on halves, at once"]
    identical = "**byte-identical**" if same else f"**DIFFERENT** (first difference at {diff})"
    heads = ["run", "files", "chars", "best s", "files/s", "chars/s", "vs -j 1", "CPU s", "CPU / wall"]
    return "\n\n".join(
        [
            "## Batch (-j 1 vs -j 2)",
            f"`factx extract corpus -j N --format jsonl -o out.jsonl --quiet` over `build_corpus(n={args.files}, "
            f"seed={args.seed})`: {args.files} files in {folders} folders, {chars:,} chars, {size / MB:.1f} MiB; "
            f"{os.cpu_count()} CPUs; best of {args.repeat}, the runs alternating. The third row runs two `-j 1` "
            f"commands at the same time, each on half of the files (named on the command line): what two cores "
            f"give on this machine with no coordination, the ceiling for `-j 2`. 'CPU / wall' is the user+system "
            f"time of the commands and their workers over the wall time: near 2 means both cores were busy, near "
            f"1 that only one was (other programs, or serial work). Load average at end: {load()}.",
            table(heads, rows),
            f"**-j 2 / -j 1 = {ratio:.3f}** (target ≥ {TARGETS['batch']}: {verdict(ratio >= TARGETS['batch'])}); "
            f"the two-process ceiling is {ceiling:.3f}, so `-j 2` reaches {ratio / ceiling * 100:.0f}% of it. "
            f"Outputs of -j 1 and -j 2 ({rows_out:,} rows each): {identical}"
            + ("" if halves_same else "; the two halves joined differ from -j 1 (check the file order)")
            + ".",
        ]
    )


# --- adversarial -------------------------------------------------------------------------


def cmd_adversarial(args: argparse.Namespace) -> str:
    """Each adversarial text vs ordinary text of the same UTF-8 size, each in a process with a timeout."""
    size = int(args.size_mb * MB)
    kinds = args.kinds.split(",") if args.kinds else list(corpus.ADVERSARIAL_KINDS)
    runs: list[tuple[str, str, dict]] = []

    def one(label: str, spec: str) -> dict:
        log(f"adversarial: {label} ...")
        report = run_child(spec, args.repeat, args.timeout)
        runs.append((label, spec, report))
        return report

    base_reports = [one("ordinary text (before)", f"ordinary:{size}")]
    for kind in kinds:
        one(kind, f"adv:{kind}:{size}")
    base_reports.append(one("ordinary text (after)", f"ordinary:{size}"))
    good = [r for r in base_reports if "seconds" in r]
    if not good:
        raise RuntimeError(f"ordinary text failed: {base_reports}")
    base = min(good, key=lambda r: r["seconds"])
    base_per_char = base["seconds"] / base["chars"]
    rows, worst, problems = [], 0.0, []
    for label, _, r in runs:
        desc = corpus.ADVERSARIAL_KINDS.get(label, "big_text, cut to the same size")
        if "timeout" in r:
            rows.append([f"`{label}`", desc, "–", "–", f"timeout (> {args.timeout:g} s)", "–", "–", "–", "**timeout**"])
            problems.append(f"`{label}` timed out")
            worst = float("inf")
            continue
        if "error" in r:
            rows.append([f"`{label}`", desc, "–", "–", f"error: {r['error']}", "–", "–", "–", "**error**"])
            problems.append(f"`{label}` failed: {r['error']}")
            worst = float("inf")
            continue
        ratio = r["seconds"] / base["seconds"]
        is_adv = label in corpus.ADVERSARIAL_KINDS
        if is_adv:
            worst = max(worst, ratio)
        rows.append(
            [
                f"`{label}`",
                desc,
                r["chars"],
                r["facts"],
                f"{r['seconds']:.2f}",
                f"{ratio:.2f}",
                f"{(r['seconds'] / r['chars']) / base_per_char:.2f}",
                f"{r['maxrss_kb'] / 1024:.0f}",
                verdict(ratio <= TARGETS["adversarial"]) if is_adv else "baseline",
            ]
        )
    summary = f"**Worst adversarial / ordinary = {worst:.2f}×**" if worst != float("inf") else "**Worst: see below**"
    summary += f" (target ≤ {TARGETS['adversarial']:g}×: {verdict(worst <= TARGETS['adversarial'])})."
    if problems:
        summary += " " + "; ".join(problems) + "."
    heads = ["input", "what", "chars", "facts", "s", "vs ordinary", "per char vs ordinary", "peak RSS MiB", "target"]
    return "\n\n".join(
        [
            "## Adversarial inputs",
            f"`factx.extract` on each text of {size:,} bytes of UTF-8 ({args.size_mb:g} MiB), each in a fresh "
            f"process after a warm-up, with a {args.timeout:g} s timeout; best of {args.repeat} runs in that "
            f"process. The baseline is ordinary text of the same byte size, run before and after (the faster "
            f"counts). 'vs ordinary' compares the "
            f"times (the target); 'per char' compares time per character, since 1 MiB of ASCII holds 3× the "
            f"characters of 1 MiB of Chinese. Load average at end: {load()}.",
            table(heads, rows),
            summary,
        ]
    )


# --- all ---------------------------------------------------------------------------------

ORDER = ("throughput", "startup", "memory", "scaling", "batch", "adversarial")


def header() -> str:
    """Where and when the results were measured."""
    import factx

    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"# factx benchmark results\n\nMeasured {stamp} with `python benchmarks/bench.py all`: factx "
        f"{factx.__version__}, Python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} CPUs, load average {load()} at start."
    )


def cmd_all(args: argparse.Namespace, parsers: dict[str, argparse.ArgumentParser]) -> str:
    """Every benchmark in turn, with their defaults but for the options given to ``all``."""
    sections = [header()]
    overrides = {k: v for k, v in vars(args).items() if k in ALL_OPTIONS and v is not None}
    for name in ORDER:
        sub = parsers[name].parse_args([])
        for key, value in overrides.items():
            if hasattr(sub, key):
                setattr(sub, key, value)
        log(f"=== {name} ===")
        start = time.perf_counter()
        try:
            section = COMMANDS[name](sub)
        except Exception as err:  # one broken benchmark must not lose the others
            section = f"## {name}\n\n**failed**: {type(err).__name__}: {err}"
        log(f"=== {name} done in {time.perf_counter() - start:.0f} s ===")
        print(section + "\n", flush=True)
        sections.append(section)
    return "\n\n".join(sections)


COMMANDS: dict[str, Callable[[argparse.Namespace], str]] = {
    "throughput": cmd_throughput,
    "startup": cmd_startup,
    "memory": cmd_memory,
    "scaling": cmd_scaling,
    "batch": cmd_batch,
    "adversarial": cmd_adversarial,
}
#: Options of ``all`` passed down to the benchmarks that have them.
ALL_OPTIONS = ("mb", "sizes", "files", "size_mb", "timeout", "seed", "big_mb")


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The argument parser and its sub-parsers by name."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    subs = parser.add_subparsers(dest="command", required=True, metavar="{" + ",".join((*ORDER, "all")) + "}")
    p: dict[str, argparse.ArgumentParser] = {}

    def sub(name: str, help_: str) -> argparse.ArgumentParser:
        p[name] = subs.add_parser(name, help=help_, description=help_)
        p[name].add_argument("--out", type=Path, help="append the markdown section to this file")
        p[name].add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
        return p[name]

    s = sub("throughput", "chars/s of factx.extract vs rjieba.tag on one big text")
    s.add_argument("--mb", type=float, default=5, help="size of the text in MiB (default 5)")
    s.add_argument("--repeat", type=int, default=3, help="best of N (default 3)")
    s.add_argument("--jieba-kb", type=int, default=200, help="pure-Python jieba slice in KiB, 0 to skip (200)")
    s = sub("startup", "median wall time of the single-article command vs python and the rjieba import")
    s.add_argument("--runs", type=int, default=15, help="runs of each command (default 15)")
    s = sub("memory", "peak RSS of the single-article command")
    s.add_argument("--runs", type=int, default=3, help="runs of each command (default 3)")
    s.add_argument("--big-mb", type=float, default=5, help="also a file of this many MiB, 0 to skip (default 5)")
    s = sub("scaling", "factx.extract chars/s on growing texts")
    s.add_argument("--sizes", default="1,10,50", help="comma-separated MiB (default 1,10,50)")
    s.add_argument("--repeat", type=int, default=3, help="best of N up to --big-above MiB (default 3)")
    s.add_argument("--repeat-big", type=int, default=1, help="best of N above --big-above MiB (default 1)")
    s.add_argument("--big-above", type=float, default=10, help="see --repeat (default 10)")
    s = sub("batch", "the CLI over many files with -j 1 and -j 2")
    s.add_argument("--files", type=int, default=2000, help="number of files (default 2000)")
    s.add_argument("--repeat", type=int, default=2, help="best of N (default 2)")
    s = sub("adversarial", "pathological inputs vs ordinary text of the same size")
    s.add_argument("--size-mb", type=float, default=1, help="size of each text in MiB (default 1)")
    s.add_argument("--timeout", type=float, default=300, help="seconds allowed for each text (default 300)")
    s.add_argument("--repeat", type=int, default=2, help="best of N for each text (default 2)")
    s.add_argument("--kinds", default="", help=f"comma-separated subset of {','.join(corpus.ADVERSARIAL_KINDS)}")

    a = subs.add_parser("all", help="every benchmark; writes benchmarks/results.md")
    a.add_argument("--out", type=Path, default=RESULTS, help="write the results here (default benchmarks/results.md)")
    a.add_argument("--seed", type=int, default=None)
    a.add_argument("--mb", type=float, default=None, help="throughput text size in MiB")
    a.add_argument("--big-mb", type=float, default=None, help="memory: size of the big file in MiB")
    a.add_argument("--sizes", default=None, help="scaling sizes in MiB")
    a.add_argument("--files", type=int, default=None, help="batch: number of files")
    a.add_argument("--size-mb", type=float, default=None, help="adversarial: size of each text in MiB")
    a.add_argument("--timeout", type=float, default=None, help="adversarial: timeout per text in seconds")

    one = subs.add_parser("_one")  # internal: no help, so not listed
    one.add_argument("spec")
    one.add_argument("--repeat", type=int, default=1)
    return parser, p


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, run the benchmark, print (and maybe save) its markdown."""
    parser, subs = build_parser()
    args = parser.parse_args(argv)
    if args.command == "_one":
        cmd_one(args)
        return
    if args.command == "all":
        text = cmd_all(args, subs)
        args.out.write_text(text + "\n", encoding="utf-8")
        log(f"written to {args.out}")
        return
    text = COMMANDS[args.command](args)
    print(text + "\n")
    if args.out:
        with args.out.open("a", encoding="utf-8") as f:
            f.write(text + "\n\n")
        log(f"appended to {args.out}")


if __name__ == "__main__":
    main()
