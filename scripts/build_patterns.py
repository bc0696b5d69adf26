#!/usr/bin/env python3
"""Build ``factx/data/patterns.sre``: the compiled programs of factx's biggest patterns.

Run it after editing the data a stored pattern is made from (units.tsv, currencies.tsv,
approx.tsv, unit_context.tsv) or factx's pattern code; ``tests/test_prebuilt.py`` fails until
then (and factx, finding the stored text different, compiles the pattern itself: slower to
start, the same matches). The programs are those of the Python that runs this script (CPython
3.11 or later; other versions compile as usual). See ``factx/prebuilt.py``. Usage::

    python scripts/build_patterns.py [--out FILE]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's factx, whatever is installed

from factx import prebuilt  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(prebuilt.FILE), help="the file to write")
    args = parser.parse_args()
    data = prebuilt.build()
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data):,} bytes)")


if __name__ == "__main__":
    main()
