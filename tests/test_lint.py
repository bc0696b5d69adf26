"""The code base stays ruff-clean (ruff comes with the test extra)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    targets = [p for p in ("factx", "tests", "scripts", "benchmarks") if (ROOT / p).exists()]
    result = subprocess.run([ruff, "check", *targets],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_clean():
    """``mypy`` (settings in pyproject.toml: the modules being rewritten elsewhere are listed
    there as pending) finds no error in the package, which ships ``py.typed``."""
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
