"""E-books (.epub): each chapter in reading order, its title as a paragraph of its own."""

from __future__ import annotations

import warnings
from pathlib import Path
from urllib.parse import unquote

from simak.core.errors import BadInputError
from simak.core.importers.base import ImportedText, Progress, report_progress
from simak.core.importers.plain_text import normalise, require_text

_HEADINGS = ("h1", "h2", "h3")


def read_epub(path: Path, progress: Progress | None = None) -> ImportedText:
    book = _open_book(path)
    chapters = _spine_documents(book)
    titles = _toc_titles(book)
    sections: list[str] = []
    for done, item in enumerate(chapters, start=1):
        paragraphs = _chapter_paragraphs(item, path.name)
        toc_title = titles.get(_file_key(item.file_name))
        if toc_title and (not paragraphs or paragraphs[0] != toc_title):
            paragraphs.insert(0, toc_title)
        if paragraphs:
            sections.append("\n\n".join(paragraphs))
        report_progress(progress, done, len(chapters))
    text = require_text(normalise("\n\n".join(sections)), path.name)
    title = _book_title(book) or path.stem
    return ImportedText(title=title, text=text, source=str(path))


def _open_book(path: Path):
    from ebooklib import epub

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ebooklib warns about options we do not use
            return epub.read_epub(str(path))
    except OSError as exc:
        raise BadInputError(f"cannot read {path.name} ({exc.strerror or exc})") from exc
    except Exception as exc:  # noqa: BLE001 - a damaged zip or XML raises anything at all
        raise BadInputError(f"{path.name} is not a readable EPUB book (it may be damaged)") from exc


def _spine_documents(book) -> list:
    import ebooklib
    from ebooklib import epub

    documents = []
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or isinstance(item, epub.EpubNav):
            continue
        if item.get_type() == ebooklib.ITEM_DOCUMENT:
            documents.append(item)
    return documents


def _toc_titles(book) -> dict[str, str]:
    """Chapter titles from the table of contents, by file name (anchors dropped)."""
    titles: dict[str, str] = {}

    def walk(entries) -> None:
        for entry in entries:
            if isinstance(entry, tuple | list):
                walk(entry)
                continue
            href, title = getattr(entry, "href", None), getattr(entry, "title", None)
            if href and title and title.strip():
                titles.setdefault(_file_key(href), " ".join(title.split()))

    walk(book.toc or [])
    return titles


def _file_key(href: str) -> str:
    return unquote(href.split("#", 1)[0]).rsplit("/", 1)[-1]


def _chapter_paragraphs(item, name: str) -> list[str]:
    from simak.core.importers.html import parse_html, visible_paragraphs

    content = item.get_content()
    if not content or not content.strip():
        return []
    try:
        root = parse_html(content, name)
    except BadInputError:
        return []  # one unreadable chapter should not lose the rest of the book
    return visible_paragraphs(root, keep_headers=True)


def _book_title(book) -> str | None:
    found = book.get_metadata("DC", "title")
    if found and found[0] and found[0][0]:
        return " ".join(str(found[0][0]).split()) or None
    return None
