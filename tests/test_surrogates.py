"""Lone surrogates and determinism through the real paths: the library, the command's
decoders, and separate processes with different hash seeds (no fakes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from scoring import SAMPLES

import factx
from factx.cli import ExitStatus, cli

ROOT = Path(__file__).resolve().parent.parent
REFUSED = "text holds lone surrogate code points (undecodable input); decode it first"


def _extract(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["extract", *args])
    return result.exit_code, result.stdout_bytes.decode(), result.stderr_bytes.decode()


@pytest.mark.parametrize("text", ["\ud800", "西安\udc80市3个", "3个\udfff"])
def test_the_library_refuses_a_lone_surrogate_by_name(text):
    with pytest.raises(factx.FactxError) as info:
        factx.extract(text)
    assert str(info.value) == REFUSED


def test_a_surrogate_pair_written_as_one_character_is_fine():
    (fact,) = factx.extract("\U0001F600有3个", types=["quantity"])  # one code point, not two
    assert (fact.start, fact.end, fact.text) == (2, 4, "3个")


def test_utf7_spelling_a_lone_surrogate_is_one_line_and_exit_1(tmp_path, monkeypatch):
    # UTF-7 is the one codec here that decodes to a lone surrogate (+2AA- is U+D800)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "utf7.txt").write_bytes(b"+2AA-" + "西安市有3个学校。".encode("utf-7"))
    code, out, err = _extract("utf7.txt", "--encoding", "utf-7", "-f", "jsonl")
    assert code == ExitStatus.ERROR
    assert out == ""
    assert err == f"factx: error: extraction failed: FactxError: {REFUSED} (utf7.txt)\n"


def test_utf16_with_a_lone_surrogate_is_refused_unless_forced(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    body = "西安".encode("utf-16-le") + b"\x00\xd8" + "市有3个学校。".encode("utf-16-le")
    (tmp_path / "bom.txt").write_bytes(b"\xff\xfe" + body)
    code, out, err = _extract("bom.txt", "-f", "jsonl")
    assert (code, out, err) == (ExitStatus.ERROR, "", "factx: error: not UTF-16-LE text (bom.txt)\n")
    # forced, the surrogate becomes U+FFFD and the offsets count it as one character
    (tmp_path / "forced.txt").write_bytes(body)
    code, out, err = _extract("forced.txt", "--encoding", "utf-16-le", "-f", "jsonl", "--types", "quantity")
    assert code == ExitStatus.OK, err
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert (row["start"], row["end"], row["text"]) == (5, 7, "3个")  # 西 安 \ufffd 市 有 | 3 个
    assert row["sentence"] == "西安\ufffd市有3个学校。"


@pytest.mark.slow  # two interpreters, each loading the tokeniser
def test_output_is_the_same_under_different_hash_seeds(tmp_path):
    # set and dict order of strings changes with PYTHONHASHSEED: no fact may depend on it
    files = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        result = subprocess.run([sys.executable, "-m", "factx", "extract", "-f", "jsonl", "-q", *files],
                                env=env, capture_output=True, timeout=300)
        assert result.returncode == 0, result.stderr.decode()
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") > 1500  # every sample article was read
