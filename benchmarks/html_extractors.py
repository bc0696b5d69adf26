"""Compare main-text extractors on the HTML samples (samples/html/*.htm[l]).

Each page has a hand-written ``NAME.expected.txt``: the title and body paragraphs a reader
would keep, one a line; a line starting with ``? `` may be kept or dropped (captions,
bylines). For every candidate the script prints, per page and in total:

- ``kept``: required lines found in the output (whitespace ignored), of all required;
- ``noise``: output lines that are not (part of) an expected line, and their characters
  once the expected lines they contain are taken out;
- ``+facts``/``-facts``: facts factx finds in the output but not in the expected text,
  and the other way round (by type and text);
- ``ms``: mean time per page over ``--repeat`` runs (the extraction only).

The raw markup (what ``factx extract page.html`` did before HTML input) is the baseline.
Usage: ``python benchmarks/html_extractors.py [--repeat N]`` (``pip install trafilatura
readability-lxml`` first; a candidate whose library is missing is reported as such).
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import factx
from factx.html import decode_html

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(p for p in (ROOT / "samples" / "html").iterdir() if p.suffix in (".html", ".htm"))
_SPACE = re.compile(r"\s+")


def _norm(line: str) -> str:
    return _SPACE.sub("", line)


def raw(html: str) -> str:
    return html


def _trafilatura(html: str, tables: bool = True, precision: bool = False) -> str:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=tables, with_metadata=True, favor_precision=precision
    )
    if doc is None:
        return ""
    return "\n".join(filter(None, [doc.title, doc.text]))


def trafilatura_text(html: str) -> str:
    return _trafilatura(html)


def trafilatura_precision(html: str) -> str:
    return _trafilatura(html, precision=True)


def trafilatura_no_tables(html: str) -> str:
    return _trafilatura(html, tables=False, precision=True)


def factx_html(html: str) -> str:
    from factx.html import main_text

    return main_text(html)


def readability_text(html: str) -> str:
    import lxml.html
    from readability import Document

    doc = Document(html)
    body = lxml.html.fromstring(doc.summary(html_partial=True))
    blocks = [
        el.text_content().strip()
        for el in body.iter("p", "h1", "h2", "h3", "li", "td", "section", "figcaption")
        if not any(child.tag in ("p", "section", "td", "li") for child in el.iterdescendants())
    ]
    return "\n".join(filter(None, [doc.short_title(), *blocks]))


_BOILER = re.compile(
    r"nav|menu|foot|comment|share|relat|\brel\b|m-rel|recommend|\brec\b|m-rec|hot|\bad\b|m-ad|side|crumb|"
    r"copyright|tags|editor|m-edit|open-app|top|weizhi|xgwz|daohang",
    re.I,
)
_DROP = ("script", "style", "noscript", "template", "iframe", "form", "nav", "aside", "footer", "button")
_BLOCKS = ("p", "section", "td", "li", "div", "h1", "h2", "h3", "figcaption", "article", "main")


def lxml_pass(html: str) -> str:
    """A readability-like pass of our own: drop boilerplate by tag and class/id, score each
    block's Chinese characters (minus link text) into its parent and grandparent, keep the
    best container's low-link-density blocks; title from h1, else <title>."""
    import lxml.html

    root = lxml.html.document_fromstring(html)
    title_el = root.find(".//h1")
    title = title_el.text_content().strip() if title_el is not None else (root.findtext(".//title") or "")
    for el in list(root.iter(*_DROP)):
        el.drop_tree()
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        marks = f"{el.get('class', '')} {el.get('id', '')}"
        if marks.strip() and _BOILER.search(marks) and el.tag not in ("body", "html"):
            el.drop_tree()
    scores: Counter = Counter()
    for el in root.iter(*_BLOCKS):
        if any(child.tag in _BLOCKS for child in el):
            continue
        text = el.text_content()
        links = sum(len(a.text_content()) for a in el.iter("a"))
        han = len(re.findall(r"[\u4e00-\u9fff]", text))
        if han < 10 or links > len(text) / 2:
            continue
        parent = el.getparent()
        if parent is not None:
            scores[parent] += han
            if parent.getparent() is not None:
                scores[parent.getparent()] += han / 2
    if not scores:
        return title
    best = max(scores, key=scores.__getitem__)
    blocks = []
    for el in best.iter(*_BLOCKS):
        if any(child.tag in _BLOCKS for child in el):
            continue
        text = el.text_content().strip()
        links = sum(len(a.text_content()) for a in el.iter("a"))
        if text and links <= len(text) / 2 and text != title:
            blocks.append(text)
    return "\n".join([title, *blocks])


CANDIDATES: dict[str, Callable[[str], str]] = {
    "raw markup": raw,
    "trafilatura": trafilatura_text,
    "trafilatura precision": trafilatura_precision,
    "trafilatura precision, no tables": trafilatura_no_tables,
    "factx.html (readability + title)": factx_html,
    "readability-lxml": readability_text,
    "own lxml pass": lxml_pass,
}


def _facts(text: str) -> Counter:
    return Counter((f.type, f.text) for f in factx.extract(text))


def score(page: Path, out: str) -> dict[str, int]:
    expected = page.with_suffix(".expected.txt").read_text(encoding="utf-8").splitlines()
    required = [_norm(x) for x in expected if x and not x.startswith("? ")]
    optional = [_norm(x[2:]) for x in expected if x.startswith("? ")]
    lines = [_norm(x) for x in out.splitlines() if x.strip()]
    joined = "".join(lines)
    kept = sum(1 for r in required if r in joined)
    known = required + optional
    noise = [_leftover(x, known) for x in lines]
    noise = [x for x in noise if x]
    allowed = _facts("\n".join(x[2:] if x.startswith("? ") else x for x in expected))
    want = _facts("\n".join(x for x in expected if not x.startswith("? ")))
    got = _facts(out)
    return {
        "kept": kept, "required": len(required), "noise": len(noise),
        "noise_chars": sum(map(len, noise)), "extra": sum((got - allowed).values()),
        "missed": sum((want - got).values()),
    }


def _leftover(line: str, known: list[str]) -> str:
    """What is left of an output line once the expected lines it holds are taken out."""
    if any(line in k for k in known):
        return ""
    for k in sorted(known, key=len, reverse=True):
        line = line.replace(k, "")
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    pages = {p: decode_html(p.read_bytes())[0] for p in PAGES}
    print("| extractor | page | kept | noise lines (chars) | +facts | -facts | ms |")
    print("|---|---|---|---|---|---|---|")
    for name, fn in CANDIDATES.items():
        total: Counter = Counter()
        ms_total = 0.0
        for page, html in pages.items():
            t0 = time.perf_counter()
            try:
                for _ in range(args.repeat):
                    out = fn(html)
            except ImportError as err:  # trafilatura and readability are optional
                print(f"| {name} | not installed ({err.name}) | | | | | |")
                break
            ms = (time.perf_counter() - t0) / args.repeat * 1000
            s = score(page, out)
            total.update(s)
            ms_total += ms
            print(f"| {name} | {page.name} | {s['kept']}/{s['required']} | {s['noise']} ({s['noise_chars']}) "
                  f"| {s['extra']} | {s['missed']} | {ms:.1f} |")
        else:
            print(f"| **{name}** | all {len(pages)} | {total['kept']}/{total['required']} | "
                  f"{total['noise']} ({total['noise_chars']}) | {total['extra']} | {total['missed']} | "
                  f"{ms_total / len(pages):.1f} |")


if __name__ == "__main__":
    main()
