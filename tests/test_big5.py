"""Big5 (traditional Chinese) input: refused with a hint rather than read as GB18030 nonsense."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from fakes import FixedExtractor, install

from factx import reading
from factx.charsets import looks_like_big5
from factx.cli import ExitStatus, cli
from factx.reading import InputError, decode

TRADITIONAL = "台北市政府今年預算為一千二百億元，較去年增加百分之五，市長表示將用於交通建設與社會福利。\n"


def test_big5_bytes_are_told_from_gb18030():
    assert looks_like_big5(TRADITIONAL.encode("big5"))
    simplified = "台北市政府今年预算为一千二百亿元，较去年增加百分之五，市长表示将用于交通建设与社会福利。"
    assert not looks_like_big5(simplified.encode("gb18030"))
    assert not looks_like_big5("中国".encode("gb18030"))  # too little to tell: not Big5


def test_decode_refuses_big5_and_reads_it_when_asked():
    with pytest.raises(InputError, match="^looks like Big5"):
        decode(TRADITIONAL.encode("big5"))
    assert decode(TRADITIONAL.encode("big5"), "big5") == (TRADITIONAL, "big5")
    assert decode(TRADITIONAL.encode("utf-8")) == (TRADITIONAL, "utf-8")


def test_cli_names_the_encoding_to_use(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    fake = FixedExtractor([])
    install(monkeypatch, fake)
    (tmp_path / "tw.txt").write_bytes(TRADITIONAL.encode("big5"))
    result = CliRunner().invoke(cli, ["extract", "tw.txt", "-f", "jsonl"])
    assert (result.exit_code, result.stdout) == (ExitStatus.ERROR, "")
    assert result.stderr == (
        "factx: error: looks like Big5 (traditional Chinese), not GB18030; use --encoding big5 (tw.txt)\n"
    )
    result = CliRunner().invoke(cli, ["extract", "tw.txt", "--encoding", "big5"])
    assert result.exit_code == 0
    assert fake.calls == [(TRADITIONAL, "tw.txt", None)]


def test_large_big5_file_is_refused_before_its_first_part(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "BLOCK_SIZE", 256)
    (tmp_path / "tw.txt").write_bytes(TRADITIONAL.encode("big5") * 20)
    with pytest.raises(InputError, match=r"^looks like Big5 .* \(.*tw.txt\)$"):
        list(reading.iter_text(str(tmp_path / "tw.txt")))
