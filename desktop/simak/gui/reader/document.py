"""Lay an article out as a QTextDocument: a headline block, then one block per paragraph.

Single line breaks inside a paragraph become spaces of the same length, so offsets into the
article text and positions in the block stay in step (see offsets.py).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from simak.core.model import Token
from simak.gui.reader.offsets import OffsetMap
from simak.gui.theme import ReadingStyle

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass
class LaidOutArticle:
    document: QTextDocument
    offsets: OffsetMap
    # Filled on the worker for a book: the reader needs them, and at a hundred thousand tokens
    # building them on the window's thread is a visible stall.
    token_starts: list[int] | None = None
    word_indexes: list[int] | None = None  # indexes of the word tokens, in order
    # The article offsets the document shows: all of them, or one part of a long text.
    text_range: tuple[int, int] = (0, 0)

    def shows(self, start: int, end: int | None = None) -> bool:
        """Whether [start, end) (or the offset `start`) is in the document."""
        low, high = self.text_range
        return low <= start and (start if end is None else end) <= high

    def index_tokens(self, tokens: Sequence[Token]) -> None:
        self.token_starts = [t.start for t in tokens]
        self.word_indexes = [i for i, t in enumerate(tokens) if t.is_word]


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(start offset, text) of each paragraph: runs of lines separated by blank lines."""
    found, start = [], 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        chunk = chunk.strip()
        if chunk:
            found.append((start + lead, chunk))
        if match:
            start = match.end()
    return found


def lay_out(
    text: str,
    title: str,
    style: ReadingStyle,
    marks: Sequence[tuple[int, int, QTextCharFormat]] = (),
    part: tuple[int, int] | None = None,
) -> LaidOutArticle:
    """The article (or its `part`, a [start, end) range of a long text: see core/parts.py)
    as a document. `marks` are (start, end, format) in article offsets, sorted and not
    overlapping, merged into the text's format as it is inserted (status colours): far
    cheaper at book length than merging them into the finished document. Positions map to
    article offsets either way, so a part's document speaks the article's offsets."""
    doc = QTextDocument()
    doc.setDocumentMargin(style.margin)
    doc.setDefaultFont(style.body_font())
    offsets = OffsetMap()
    cursor = QTextCursor(doc)
    body_format = QTextBlockFormat()
    body_format.setLineHeight(style.line_height_percent, 1)  # 1 = ProportionalHeight
    body_format.setBottomMargin(style.paragraph_spacing)
    body_chars = QTextCharFormat()
    body_chars.setFont(style.body_font())
    body_chars.setForeground(style.text_colour)
    title_format = QTextBlockFormat(body_format)
    title_format.setLineHeight(118, 1)
    title_format.setBottomMargin(style.paragraph_spacing * 1.4)
    title_chars = QTextCharFormat()
    title_font = style.title_font()
    title_chars.setFont(title_font)
    title_chars.setFontWeight(QFont.Weight.Bold)
    title_chars.setForeground(style.title_colour)

    merged: dict[tuple[bool, int], QTextCharFormat] = {}
    starts = [mark[0] for mark in marks]
    flat = text.replace("\n", " ")  # same length: offsets stay in step
    insert = cursor.insertText
    first = True
    base, stop = part if part is not None else (0, len(text))
    cursor.beginEditBlock()
    for inner, chunk in paragraphs(text[base:stop] if part is not None else text):
        start = base + inner
        is_title = first and base == 0 and chunk.strip().lstrip("#").strip() == title.strip()
        chars = title_chars if is_title else body_chars
        if not first:
            cursor.insertBlock()
        cursor.setBlockFormat(title_format if is_title else body_format)
        cursor.setBlockCharFormat(chars)
        offsets.add_paragraph(start, chunk, cursor.position())
        end, done = start + len(chunk), start
        for k in range(bisect.bisect_left(starts, start), len(marks)):
            mark_start, mark_end, mark_format = marks[k]
            if mark_start >= end:
                break
            if mark_start > done:
                insert(flat[done:mark_start], chars)
            key = (is_title, id(mark_format))
            marked = merged.get(key)
            if marked is None:
                marked = merged[key] = QTextCharFormat(chars)
                marked.merge(mark_format)
            insert(flat[mark_start:mark_end], marked)
            done = mark_end
        if end > done:
            insert(flat[done:end], chars)
        first = False
    cursor.endEditBlock()
    return LaidOutArticle(doc, offsets, text_range=(base, stop))
