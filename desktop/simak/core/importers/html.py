"""Web pages (saved .html files and downloaded URLs): the article, without menus and scripts.

trafilatura finds the main article. On pages too short for it to judge (a few paragraphs) it
keeps menus and splits paragraphs at bold words, so those fall back to every block of
visible text, still without scripts, styles and navigation.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import lxml.etree
import lxml.html

from simak.core.errors import BadInputError
from simak.core.importers.base import ImportedText, read_bytes
from simak.core.importers.plain_text import decode_bytes, normalise, require_text

# Logged at WARNING for every odd page; the learner sees our one sentence instead.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

_DROPPED = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "template",
    "iframe",
    "svg",
    "button",
    "select",
)
_BLOCKS = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "br",
        "figcaption",
        "caption",
        "td",
        "th",
        "div",
        "section",
        "article",
        "main",
        "body",
    }
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_TRAFILATURA_MIN_CHARS = 400  # below this its boilerplate detection has too little to go on


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_html_file(path: Path) -> ImportedText:
    return html_to_text(read_bytes(path), source=str(path), fallback_title=path.stem)


def html_to_text(markup: bytes | str, *, source: str, fallback_title: str) -> ImportedText:
    """The page's article as paragraphs separated by blank lines, headed by its title."""
    name = Path(source).name or source
    html = decode_bytes(markup, name) if isinstance(markup, bytes) else markup
    if "<" not in html:
        raise BadInputError(f"{name} is not a web page (no HTML in it)")
    # Control characters mean nothing in a page, and lxml refuses to move text holding them
    # (a damaged file stopped the import with a ValueError instead of a sentence).
    html = _CONTROL_CHARS.sub("", html)
    title, paragraphs = _with_trafilatura(html)
    if sum(len(p) for p in paragraphs) < _TRAFILATURA_MIN_CHARS:
        root = parse_html(html, name)
        paragraphs = visible_paragraphs(root)
        title = _page_title(root) or title
    text = normalise("\n\n".join(paragraphs))
    require_text(text, name)
    title = " ".join((title or "").split())
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    from simak.core.engine import title_of

    return ImportedText(title=title or title_of(text, fallback_title), text=text, source=source)


def _with_trafilatura(html: str) -> tuple[str | None, list[str]]:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception:  # noqa: BLE001 - trafilatura fails on some malformed pages; the fallback reads them
        return None, []
    if document is None:
        return None, []
    paragraphs = [line.strip() for line in (document.text or "").splitlines() if line.strip()]
    return document.title, paragraphs


def parse_html(html: str | bytes, name: str) -> lxml.html.HtmlElement:
    if isinstance(html, str):
        # lxml refuses text that still declares its byte encoding (XHTML pages do)
        html = _CONTROL_CHARS.sub("", _XML_DECLARATION.sub("", html, count=1))
    elif not html.startswith((b"\xff\xfe", b"\xfe\xff")):  # (UTF-16 is full of NULs)
        html = _CONTROL_BYTES.sub(b"", html)  # an e-book's chapter, as stored
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise BadInputError(f"{name} is not a readable web page ({exc})") from exc


def _page_title(root: lxml.html.HtmlElement) -> str | None:
    for xpath in ("//h1", "//title"):
        found = root.xpath(xpath)
        if found:
            text = " ".join(found[0].text_content().split())
            if text:
                return text
    return None


def visible_paragraphs(root: lxml.html.HtmlElement, *, keep_headers: bool = False) -> list[str]:
    """Each block of visible text once, in reading order; scripts and menus are left out.

    E-books put chapter headings inside <header>, so they keep it; web pages put menus there.
    """
    dropped = [t for t in _DROPPED if not (keep_headers and t == "header")]
    for element in root.xpath("|".join(f"//{tag}" for tag in dropped)):
        element.drop_tree()
    paragraphs: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag not in _BLOCKS:
            continue
        text = _own_text(element)
        if text:
            paragraphs.append(text)
    return paragraphs


def _own_text(element: lxml.html.HtmlElement) -> str:
    """Text of the element and its inline children, not of nested blocks (read on their own)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in _BLOCKS:
            parts.append(" ")
        else:
            parts.append(child.text_content() if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())
