"""Encoding detection, incremental decoding and folder discovery."""

from __future__ import annotations

import codecs
import io
import os
import sys

import pytest

from factx import reading
from factx.reading import InputError, decode, discover, display, iter_text

TEXT = "2023年，全省破获案件8.5万余起。\r\n陕西省西安市\n"


# --- decode --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("gb2312"), "gb18030"),
    ],
)
def test_decode_detects_encoding_and_removes_only_the_bom(data, encoding):
    assert decode(data) == (TEXT, encoding)


def test_decode_keeps_a_bom_character_that_is_not_at_the_start():
    assert decode("a\ufeffb".encode())[0] == "a\ufeffb"


def test_decode_empty():
    assert decode(b"") == ("", "utf-8")


def test_decode_refuses_nul_bytes():
    with pytest.raises(InputError, match="binary"):
        decode(b"PK\x03\x04\x00\x00abc")


def test_decode_refuses_undecodable_bytes_and_suggests_gb18030():
    with pytest.raises(InputError) as info:
        decode("正文".encode() + b"\xff\xff")
    assert str(info.value) == "not UTF-8 or GB18030 text; try --encoding gb18030"


def test_decode_with_a_bad_bom_body():
    with pytest.raises(InputError, match="not UTF-16-LE text"):
        decode(codecs.BOM_UTF16_LE + b"\x00")


def test_forced_encoding_replaces_bad_bytes_so_offsets_hold():
    text, name = decode("甲".encode() + b"\xff" + "乙".encode(), "utf-8")
    assert (text, name) == ("甲\ufffd乙", "utf-8")


def test_forced_encoding_still_removes_the_bom():
    assert decode(codecs.BOM_UTF8 + b"abc", "utf-8")[0] == "abc"
    assert decode(codecs.BOM_UTF16_LE + "甲".encode("utf-16-le"), "utf-16")[0] == "甲"


def test_forced_utf16_allows_nul_bytes_others_do_not():
    assert decode("ab".encode("utf-16-le"), "utf-16-le")[0] == "ab"
    with pytest.raises(InputError, match="binary"):
        decode(b"a\x00b", "gb18030")


# --- iter_text: parts and offsets ------------------------------------------------------------


def _small_bounds(monkeypatch, whole=200, block=64):
    """Inputs over ``whole`` bytes come in parts of at most ``whole`` code points."""
    monkeypatch.setattr(reading, "WHOLE_SIZE", whole)
    monkeypatch.setattr(reading, "BLOCK_SIZE", block)


def _whole(path, encoding=None):
    parts = list(iter_text(str(path), encoding))
    text = "".join(part for _, part in parts)
    for offset, part in parts:
        assert text[offset : offset + len(part)] == part
    return parts, text


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "gb18030"]
)
def test_big_input_is_cut_at_line_breaks_with_exact_offsets(tmp_path, monkeypatch, encoding):
    _small_bounds(monkeypatch)  # many blocks, characters split across them
    text = "".join(f"第{i}行：价值{i * 7}万元，增长{i % 10}.5%。\r\n" for i in range(300))
    data = codecs.BOM_UTF16_BE + text.encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    parts, whole = _whole(path)
    assert whole == text
    assert len(parts) > 10
    assert all(part.endswith("\n") for _, part in parts)


def test_big_input_is_checked_before_any_part(tmp_path, monkeypatch):
    _small_bounds(monkeypatch)
    path = tmp_path / "bad.txt"
    path.write_bytes("一行\n".encode() * 100 + b"\xff\xff\xff")
    parts = iter_text(str(path))
    with pytest.raises(InputError) as info:
        next(parts)
    assert str(info.value) == f"not UTF-8 or GB18030 text; try --encoding gb18030 ({path})"


def test_big_input_with_forced_encoding_streams(tmp_path, monkeypatch):
    _small_bounds(monkeypatch)
    path = tmp_path / "bad.txt"
    path.write_bytes(codecs.BOM_UTF8 + "一行\n".encode() * 100 + b"\xff")
    _, whole = _whole(path, "utf-8")
    assert whole == "一行\n" * 100 + "\ufffd"


def test_a_line_longer_than_a_part_is_cut_at_a_sentence_end(tmp_path, monkeypatch):
    _small_bounds(monkeypatch)
    path = tmp_path / "long.txt"
    text = "一句话说完了。" * 100
    path.write_text(text, encoding="utf-8")
    parts, whole = _whole(path)
    assert whole == text
    assert len(parts) > 1
    assert all(len(part) <= 200 for _, part in parts)
    assert all(part.endswith("。") for _, part in parts)


class _Pipe(io.RawIOBase):
    """A stream that cannot seek, like a pipe."""

    def __init__(self, data: bytes) -> None:
        self.data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        chunk = self.data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_big_stdin_is_streamed_its_encoding_judged_by_its_head(monkeypatch):
    _small_bounds(monkeypatch)
    text = "统计显示，增长百分之五。\n" * 50
    stdin = io.TextIOWrapper(io.BufferedReader(_Pipe(text.encode("gb18030"))))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert not stdin.buffer.seekable()
    assert "".join(part for _, part in iter_text("-")) == text


def test_small_input_is_one_part(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("gb18030"))
    assert list(iter_text(str(path))) == [(0, TEXT)]


def test_empty_input_has_no_parts(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert list(iter_text(str(path))) == []


def test_reading_a_missing_file(tmp_path):
    with pytest.raises(InputError) as info:
        list(iter_text(str(tmp_path / "gone.txt")))
    assert info.value.what == "cannot read: no such file or directory"


def test_reading_a_fifo_does_not_wait(tmp_path):
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        list(iter_text(str(fifo)))


# --- discover --------------------------------------------------------------------------------


def _tree(root):
    for rel in ["b.txt", "a/z.txt", "a/y.md", "a/x/w.txt", ".hidden/h.txt", "a/.h.txt", "c.txt"]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rel, encoding="utf-8")


def _docs(sources):
    return [s.doc for s in sources]


def test_discover_walks_in_sorted_order_skipping_hidden(tmp_path, monkeypatch):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    sources, problems = discover(["."])
    assert _docs(sources) == ["./a/x/w.txt", "./a/z.txt", "./b.txt", "./c.txt"]
    assert problems == []


def test_discover_doc_is_the_path_as_given_plus_relative_path(tmp_path, monkeypatch):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert _docs(discover(["a/"])[0]) == ["a/x/w.txt", "a/z.txt"]
    assert _docs(discover(["a"])[0]) == ["a/x/w.txt", "a/z.txt"]


def test_discover_globs_and_explicit_names(tmp_path, monkeypatch):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    sources, _ = discover(["a", "a/.h.txt", ".hidden"], globs=("*.md", "w.*", "h.*"))
    assert _docs(sources) == ["a/x/w.txt", "a/y.md", "a/.h.txt", ".hidden/h.txt"]


def test_discover_reads_a_file_named_twice_once(tmp_path, monkeypatch):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    sources, _ = discover(["b.txt", ".", "./b.txt", "-", "-"])
    assert _docs(sources) == ["b.txt", "./a/x/w.txt", "./a/z.txt", "./c.txt", "-"]


def test_discover_survives_symlink_loops_and_reports_broken_links(tmp_path, monkeypatch):
    _tree(tmp_path)
    os.symlink("..", tmp_path / "a" / "up")  # a loop
    os.symlink("a", tmp_path / "again")  # the same folder under another name
    os.symlink("missing.txt", tmp_path / "broken.txt")
    os.symlink("self.txt", tmp_path / "self.txt")
    monkeypatch.chdir(tmp_path)
    sources, problems = discover(["."])
    assert _docs(sources) == ["./a/x/w.txt", "./a/z.txt", "./b.txt", "./c.txt"]
    assert [str(p) for p in problems] == [
        "broken symbolic link (./broken.txt)",
        "broken symbolic link (./self.txt)",
    ]


def test_discover_reports_missing_paths_and_special_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.mkfifo("pipe.txt")
    os.mkdir("d")
    os.mkfifo("d/inner.txt")
    os.mkfifo("d/other.fifo")  # does not match the glob: not mentioned
    sources, problems = discover(["gone.txt", "pipe.txt", "d"])
    assert sources == []
    assert [str(p) for p in problems] == [
        "no such file or directory (gone.txt)",
        "not a regular file (FIFO, device or socket) (pipe.txt)",
        "not a regular file (FIFO, device or socket) (d/inner.txt)",
    ]


@pytest.mark.skipif(sys.platform != "linux", reason="needs a filesystem of raw bytes")
def test_file_names_that_are_not_utf8(tmp_path):
    name = os.fsdecode(b"bad\xffname.txt")
    (tmp_path / name).write_text("x", encoding="utf-8")
    sources, _ = discover([str(tmp_path)])
    assert sources[0].path == os.path.join(str(tmp_path), name)
    assert sources[0].doc == os.path.join(str(tmp_path), "bad\\xffname.txt")
    assert display(name).encode("utf-8")


def test_discover_reports_a_folder_it_cannot_list(tmp_path, monkeypatch):
    _tree(tmp_path)
    real_scandir = os.scandir

    def scandir(path):
        if os.path.basename(path) == "x":
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.chdir(tmp_path)
    sources, problems = discover(["a"])
    assert _docs(sources) == ["a/z.txt"]
    assert [str(p) for p in problems] == ["cannot list folder: permission denied (a/x)"]
