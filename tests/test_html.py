"""HTML input: decoding, the main text of the sample pages, and the CLI around it.

The expected text of each page (``samples/html/NAME.expected.txt``) was written by hand
with the page: its headline and body paragraphs, one a line; ``? `` marks a line that may
be kept or dropped (captions, bylines).
"""

from __future__ import annotations

import builtins
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from fakes import FixedExtractor, install

import factx
from factx.cli import ExitStatus, cli
from factx.html import declared_charset, decode_html, main_text, page_title
from factx.inputs import INPUT_FORMATS, format_of, text_path

pytest.importorskip("readability", reason="the html extra (pip install 'factx[html]') is not installed")

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "html"
PAGES = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".html", ".htm"))


def expected(page: str) -> tuple[list[str], list[str]]:
    """The required and the optional lines of a page."""
    lines = (SAMPLES / page).with_suffix(".expected.txt").read_text(encoding="utf-8").splitlines()
    return [x for x in lines if not x.startswith("? ")], [x[2:] for x in lines if x.startswith("? ")]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_text(page: str) -> str:
    return main_text(decode_html((SAMPLES / page).read_bytes())[0])


def test_there_are_four_pages_each_with_expected_text():
    assert PAGES == ["gov_notice_gbk.html", "mobile_railway.html", "modern_rainstorm.htm", "portal_economy.html"]


@pytest.mark.parametrize("page", PAGES)
def test_every_body_line_is_kept_in_order(page):
    lines = [squash(x) for x in page_text(page).splitlines()]
    required, _ = expected(page)
    assert lines[0] == squash(required[0])  # the headline first, without the site name
    found = [lines.index(squash(x)) for x in required]
    assert found == sorted(found)


@pytest.mark.parametrize(
    "page",
    [
        "gov_notice_gbk.html",
        pytest.param(
            "mobile_railway.html",
            marks=pytest.mark.xfail(
                strict=True, reason="keeps the byline 陕西交通广播2024-05-21 18:02关注, 广告 and 编辑"
            ),
        ),
        "modern_rainstorm.htm",
        "portal_economy.html",
    ],
)
def test_nothing_but_the_article_is_kept(page):
    required, optional = expected(page)
    allowed = {squash(x) for x in required + optional}
    assert [x for x in page_text(page).splitlines() if squash(x) not in allowed] == []


@pytest.mark.parametrize("page", PAGES)
def test_no_footer_script_or_menu_text(page):
    text = page_text(page)
    for boilerplate in ("ICP", "公网安备", "电话", "首页", "function", "{", "相关", "推荐", "热点排行", "热榜", "评论"):
        assert boilerplate not in text


def test_gbk_page_is_decoded():
    data = (SAMPLES / "gov_notice_gbk.html").read_bytes()
    assert declared_charset(data) == "gb2312"
    html, encoding = decode_html(data)
    assert encoding == "gb18030"
    assert "我市2023年城市管理工作成效显著" in html


def test_declared_charset_is_used_when_detection_fails():
    page = (
        '<html><head><meta charset="big5"><title>x</title></head>'
        "<body><p>台北市政府今年預算為一千二百億元，較去年增加百分之五。</p></body></html>"
    )
    html, encoding = decode_html(page.encode("big5"))
    assert (encoding, "預算為一千二百億元" in html) == ("big5", True)


@pytest.mark.parametrize(
    ("html", "title"),
    [
        ('<title>甲乙丙_频道_网站</title><h1>甲乙丙</h1>', "甲乙丙"),
        ('<meta property="og:title" content="标题 &amp; 副题"><title>x</title>', "标题 & 副题"),
        ('<meta name="ArticleTitle" content="政府标题"><title>政府标题 - 网站</title>', "政府标题"),
        ('<title>站名</title><h1>不在标题里</h1>', None),
    ],
)
def test_page_title(html, title):
    assert page_title(html) == title


def test_short_chinese_paragraphs_are_kept():
    html = (
        '<html><head><title>标题一_网站</title><script>var w=1200;</script></head><body>'
        '<div class="nav"><a href="/">首页</a></div><h1>标题一</h1><div class="content">'
        "<p>全省破获案件8.5万余起。</p><p>损失3至5万元。</p></div>"
        '<div class="footer">京ICP备12345678号 电话010-12345678</div></body></html>'
    )
    assert main_text(html) == "标题一\n全省破获案件8.5万余起。\n损失3至5万元。"


def test_empty_page():
    assert main_text("") == ""


def test_registry():
    assert list(INPUT_FORMATS) == ["text", "html"]
    assert format_of("a/b.HTML").name == "html"
    assert format_of("b.htm").name == "html"
    assert format_of("b.txt").name == "text"
    assert format_of("-").name == "text"
    assert format_of("b.txt", "html").name == "html"


@pytest.mark.parametrize(
    ("doc", "path"),
    [("-", "out/stdin.txt"), ("a.html", "out/a.html.txt"), ("news/b.htm", "out/news/b.htm.txt"),
     ("/abs/c.html", "out/abs/c.html.txt"), ("../up/d.html", "out/__/up/d.html.txt"), ("./e.txt", "out/e.txt.txt")],
)
def test_text_path_stays_in_the_folder(doc, path):
    assert text_path("out", doc) == path


# --- the command ---------------------------------------------------------------------------


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def invoke(*args, input=None):
        result = CliRunner().invoke(cli, list(args), input=input)
        return result.exit_code, result.stdout_bytes.decode(), result.stderr_bytes.decode()

    return invoke


@pytest.fixture
def rainstorm(tmp_path):
    target = tmp_path / "page.htm"
    target.write_bytes((SAMPLES / "modern_rainstorm.htm").read_bytes())
    return target


def test_html_file_is_read_as_its_main_text(run, monkeypatch, rainstorm):
    fake = FixedExtractor([])
    install(monkeypatch, fake)
    code, out, err = run("extract", "page.htm", "-f", "jsonl")
    required, _ = expected("modern_rainstorm.htm")
    assert (code, out, err) == (0, "", "")
    assert fake.calls == [("\n".join(required), "page.htm", None)]


def test_html_on_stdin_needs_input_format(run, monkeypatch, rainstorm):
    fake = FixedExtractor([])
    install(monkeypatch, fake)
    page = rainstorm.read_bytes()
    assert run("extract", "-", "--input-format", "html", input=page)[0] == 0
    assert fake.calls[0][0].startswith("强降雨致多地积水 气象部门发布暴雨橙色预警\n受强对流天气影响")
    assert run("extract", "-", input=page)[0] == 0
    assert fake.calls[1][0].startswith("<!doctype html>")  # text by default


def test_input_format_text_reads_markup_as_is(run, monkeypatch, rainstorm):
    fake = FixedExtractor([])
    install(monkeypatch, fake)
    run("extract", "page.htm", "--input-format", "text")
    assert fake.calls[0][0] == rainstorm.read_text(encoding="utf-8")


def test_unknown_input_format_is_a_usage_error(run, rainstorm):
    code, _, err = run("extract", "page.htm", "--input-format", "pdf")
    assert code == ExitStatus.USAGE
    assert "Invalid value for '--input-format': 'pdf' is not one of 'text', 'html'." in err


def test_without_the_html_extra_one_line_names_it(run, monkeypatch, rainstorm):
    real_import = builtins.__import__

    def no_readability(name, *args, **kwargs):
        if name == "readability" or name.startswith("readability."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_readability)
    code, out, err = run("extract", "page.htm", "-f", "jsonl")
    assert (code, out) == (ExitStatus.ERROR, "")
    assert err == 'factx: error: HTML input needs readability-lxml: pip install "factx[html]" (page.htm)\n'


def test_save_text_offsets_point_into_the_saved_text(run, rainstorm, tmp_path):
    code, out, err = run("extract", "page.htm", "--save-text", "texts", "-f", "jsonl", "--fields", "text,start,end")
    assert (code, err) == (0, "")
    saved = (tmp_path / "texts" / "page.htm.txt").read_text(encoding="utf-8")
    assert saved.startswith("强降雨致多地积水 气象部门发布暴雨橙色预警\n")
    import json

    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(saved[r["start"]:r["end"]] == r["text"] for r in rows)
    assert {"text": "286.5毫米", "start": saved.index("286.5毫米"), "end": saved.index("286.5毫米") + 7} in rows


def test_save_text_of_a_text_file_and_stdin(run, monkeypatch, tmp_path):
    install(monkeypatch, FixedExtractor([]))
    (tmp_path / "a.txt").write_bytes("\ufeff第一行\r\n".encode())
    assert run("extract", "a.txt", "-", "--save-text", "t", "-q", input="标准输入\n")[0] == 0
    assert (tmp_path / "t" / "a.txt.txt").read_bytes() == "第一行\r\n".encode()  # BOM removed, CRLF kept
    assert (tmp_path / "t" / "stdin.txt").read_text(encoding="utf-8") == "标准输入\n"


def test_save_text_onto_a_file_is_a_usage_error(run, rainstorm, tmp_path):
    (tmp_path / "f").write_text("x")
    code, _, err = run("extract", "page.htm", "--save-text", "f")
    assert code == ExitStatus.USAGE
    assert "Directory 'f' is a file." in err


def test_library_reads_html_like_the_command():
    facts = factx.extract_file(SAMPLES / "portal_economy.html", types=("money",))
    assert [(f.doc, f.text, f.value, f.unit) for f in facts] == [
        (str(SAMPLES / "portal_economy.html"), "3260亿元", 326000000000, "CNY")
    ]
