"""Deterministic benchmark corpora built from the development articles in ``samples/``.

Every text here is a *variant* of a sample article, made with a seeded ``random.Random``:
the body paragraphs are shuffled (the headline stays first), some are dropped, some are
duplicated, and every run of ASCII digits is replaced by another number of the same
shape (same count of digits before and after the point, no new leading zero). The same
arguments always give the same bytes.

Sizes called "MB" are MiB of UTF-8 (``mb * 2**20`` bytes), as a file on disk would be.

API (standard library only)::

    build_corpus(dir, n=2000, seed=0)  -> list[Path]   n files in n/100 folders
    big_text(mb=5, seed=0)             -> str          at least mb MiB of UTF-8
    adversarial(kind, size=2**20)      -> str          at most size bytes of UTF-8

``python benchmarks/corpus.py DIR [-n N] [--seed S]`` writes a corpus from the shell.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path

#: The repository root (the folder holding ``samples/``).
REPO = Path(__file__).resolve().parent.parent
#: Where the development articles are.
SAMPLES = REPO / "samples"
#: One MiB.
MB = 1 << 20

#: Adversarial kinds and what each one is.
ADVERSARIAL_KINDS: dict[str, str] = {
    "digits": "random ASCII digits, no break",
    "wan": "万万万…",
    "numerals": "一二三四五六七八九十 repeated",
    "percent": "%%%…",
    "nopunct": "sample text, all punctuation and whitespace removed (one line)",
    "place": "陕西省西安市 repeated",
}

_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_DROP = 0.12  # chance that a body paragraph is left out
_DUPLICATE = 0.08  # chance that a body paragraph appears twice
_CALENDAR = {"月": (1, 12), "日": (1, 28), "时": (0, 23)}  # ranges kept valid


@cache
def load_samples(folder: Path = SAMPLES) -> tuple[tuple[str, str], ...]:
    """The ``(name, text)`` of every ``*.txt`` in ``folder``, sorted by name."""
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"no *.txt samples in {folder}")
    return tuple((f.name, f.read_text(encoding="utf-8")) for f in files)


def _other_number(match: re.Match[str], rng: random.Random) -> str:
    """A random number shaped like ``match``: same digit counts, no new leading zero.

    A whole number right before 月, 日 or 时 stays a valid month, day or hour, so dates
    stay dates.
    """
    whole, _, frac = match.group().partition(".")
    after = match.string[match.end() : match.end() + 1]
    if not frac and after in _CALENDAR:
        return str(rng.randint(*_CALENDAR[after]))
    if len(whole) == 1:
        new = str(rng.randrange(1, 10))
    else:
        new = str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in whole[1:])
    if frac:
        new += "." + "".join(str(rng.randrange(10)) for _ in frac)
    return new


def vary(text: str, rng: random.Random) -> str:
    """One variant of an article: headline first, body shuffled, dropped, duplicated, renumbered."""
    paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
    head, body = paragraphs[:1], paragraphs[1:]
    rng.shuffle(body)
    kept: list[str] = []
    for p in body:
        if rng.random() < _DROP:
            continue
        kept.append(p)
        if rng.random() < _DUPLICATE:
            kept.append(p)
    if body and not kept:
        kept.append(rng.choice(body))
    out = "\n\n".join(head + kept) + "\n"
    return _NUMBER.sub(lambda m: _other_number(m, rng), out)


def variants(seed: int = 0) -> Iterator[str]:
    """An endless, deterministic stream of variants, cycling through the samples in order."""
    rng = random.Random(seed)
    samples = load_samples()
    i = 0
    while True:
        yield vary(samples[i % len(samples)][1], rng)
        i += 1


def article_run(description: str) -> tuple[argparse.Namespace, list[str]]:
    """The ``--articles N --repeat K`` options of the per-article benchmarks (bench_links.py,
    bench_rerank.py) and their N texts: dev-sample variants, seed 1."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    return args, list(itertools.islice(variants(seed=1), args.articles))


def build_corpus(directory: str | Path, n: int = 2000, seed: int = 0, per_folder: int = 100) -> list[Path]:
    """Write ``n`` variant articles under ``directory`` as ``dNNN/aNNNNN.txt``, ``per_folder`` a folder.

    Returns the paths in the order the files were written (also the sorted order).
    """
    root = Path(directory)
    paths: list[Path] = []
    stream = variants(seed)
    for i in range(n):
        path = root / f"d{i // per_folder:03d}" / f"a{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(next(stream), encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


def big_text(mb: float = 5, seed: int = 0) -> str:
    """One text of at least ``mb`` MiB of UTF-8: variants joined by blank lines.

    With the same seed, a smaller text is a prefix of a larger one.
    """
    target = int(mb * MB)
    parts: list[str] = []
    size = 0
    for part in variants(seed):
        parts.append(part)
        size += len(part.encode("utf-8")) + 1
        if size >= target:
            break
    return "\n".join(parts)


def cut_to_bytes(text: str, size: int) -> str:
    """The longest prefix of ``text`` whose UTF-8 is at most ``size`` bytes."""
    data = text.encode("utf-8")[:size]
    return data.decode("utf-8", "ignore")


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated to at most ``size`` bytes of UTF-8 (cut inside the last copy if needed)."""
    copies = size // len(unit.encode("utf-8")) + 1
    return cut_to_bytes(unit * copies, size)


def _no_punctuation(text: str) -> str:
    """``text`` without punctuation (Unicode P*) and without any whitespace or line break."""
    return "".join(c for c in text if not (unicodedata.category(c)[0] in "PZ" or c.isspace()))


def adversarial(kind: str, size: int = MB, seed: int = 0) -> str:
    """An adversarial text of ``kind`` (a key of ``ADVERSARIAL_KINDS``), at most ``size`` bytes of UTF-8."""
    if kind == "digits":
        rng = random.Random(seed)
        return "".join(rng.choices("0123456789", k=size))
    if kind == "wan":
        return _repeat("万", size)
    if kind == "numerals":
        return _repeat("一二三四五六七八九十", size)
    if kind == "percent":
        return _repeat("%", size)
    if kind == "place":
        return _repeat("陕西省西安市", size)
    if kind == "nopunct":
        text = ""
        mb = size / MB * 1.3 + 0.05
        while len(text.encode("utf-8")) < size:
            text = _no_punctuation(big_text(mb, seed))
            mb *= 1.5
        return cut_to_bytes(text, size)
    raise ValueError(f"unknown adversarial kind {kind!r}; one of {', '.join(ADVERSARIAL_KINDS)}")


def main(argv: list[str] | None = None) -> None:
    """Command line: write a corpus of variant articles to a folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("-n", type=int, default=2000, help="number of files (default 2000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = build_corpus(args.directory, args.n, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} files, {size / MB:.1f} MiB under {args.directory}")


if __name__ == "__main__":
    main()
