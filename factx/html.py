"""HTML pages: decode the bytes, then keep only the article's title and main text."""

from __future__ import annotations

import re

from factx.reading import InputError, decode

#: What to tell a user whose factx was installed without the HTML extra.
INSTALL_HINT = 'HTML input needs readability-lxml: pip install "factx[html]"'

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag within its first 4 KB, if Python knows it."""
    import codecs

    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_html(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The page as text and the encoding used: ``encoding`` if given, else a BOM, UTF-8 or
    GB18030 as for text files (GB2312/GBK pages are GB18030), else the declared charset."""
    try:
        return decode(data, encoding)
    except InputError:
        declared = None if encoding else declared_charset(data)
        if declared is None:
            raise
        return decode(data, declared)


def main_text(html: str) -> str:
    """The headline and main text of a page, one block (paragraph, list item, cell) a line.

    readability-lxml finds the article's container (scripts, styles, menus, sidebars,
    related links and footers are left out); the headline comes from ``page_title``.
    Raises ``InputError`` with an install hint when readability-lxml is missing.
    """
    try:
        import lxml.html
        from readability import Document
    except ImportError:
        raise InputError(INSTALL_HINT) from None
    if not html.strip():
        return ""
    page = Document(html, min_text_length=MIN_TEXT, retry_length=RETRY_LENGTH)
    try:
        body = lxml.html.fromstring(page.summary(html_partial=True))
        lines = [_clean_text(el.text_content()) for el in body.iter(*_BLOCKS) if not _has_block(el)]
        title = page_title(html) or _clean_text(page.short_title())
    except Exception as err:  # readability raises its own Unparseable, lxml ParserError ...
        raise InputError(f"cannot parse HTML: {type(err).__name__}") from err
    lines = [line for line in lines if line]
    if title and lines and _squash(lines[0]) == _squash(title):
        lines = lines[1:]  # the body starts with the headline again
    return "\n".join([title, *lines] if title else lines)


#: readability's length thresholds (characters) are set for English; a Chinese paragraph
#: says as much in far fewer characters (its defaults are 25 and 250).
MIN_TEXT = 10
RETRY_LENGTH = 100

#: Elements whose text is one line of the result (when they hold no such element).
_BLOCKS = (
    "p", "div", "section", "article", "td", "th", "li", "dd", "dt", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption",
)
_BLOCK_SET = frozenset(_BLOCKS)


def _has_block(el) -> bool:
    return any(child.tag in _BLOCK_SET for child in el.iterdescendants())


def _clean_text(text: str) -> str:
    """A block's text on one line: runs of white space (ideographic space too) as one
    space, none at the ends."""
    return _WHITE.sub(" ", text).strip()


_TITLE_META = re.compile(
    r"""<meta\s[^>]*(?:property|name)\s*=\s*["'](?:og:title|ArticleTitle)["'][^>]*>""", re.I
)
_CONTENT = re.compile(r"""content\s*=\s*(["'])(.*?)\1""", re.I | re.S)
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.I | re.S)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_WHITE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _WHITE.sub("", text)


def _clean(fragment: str) -> str:
    import html as html_module

    return _clean_text(html_module.unescape(_TAG.sub("", fragment)))


def page_title(html: str) -> str | None:
    """The article's headline: ``og:title`` or ``ArticleTitle`` meta, else the first ``<h1>``
    whose text the ``<title>`` holds (site names and channels after it are left out)."""
    for m in _TITLE_META.finditer(html):
        content = _CONTENT.search(m.group())
        if content and _clean(content.group(2)):
            return _clean(content.group(2))
    head = _TITLE.search(html)
    page = _squash(_clean(head.group(1))) if head else ""
    for m in _H1.finditer(html):
        h1 = _clean(m.group(1))
        if h1 and _squash(h1) in page:
            return h1
    return None
