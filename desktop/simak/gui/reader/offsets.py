"""The one place where article offsets (code points) meet Qt document positions (UTF-16).

The reader lays each paragraph of the article out as one text block. `OffsetMap` remembers
where each paragraph starts in the article text and in the document, and converts both ways.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass


def utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


@dataclass(frozen=True)
class Paragraph:
    text_start: int  # code-point offset into the article text
    text_end: int
    doc_start: int  # QTextDocument position of the block's first character
    astral: tuple[int, ...]  # code-point offsets (in the paragraph) of characters > U+FFFF


class OffsetMap:
    def __init__(self) -> None:
        self._paragraphs: list[Paragraph] = []
        self._text_starts: list[int] = []
        self._doc_starts: list[int] = []

    def add_paragraph(self, text_start: int, text: str, doc_start: int) -> None:
        astral = tuple(i for i, ch in enumerate(text) if ord(ch) > 0xFFFF)
        para = Paragraph(text_start, text_start + len(text), doc_start, astral)
        self._paragraphs.append(para)
        self._text_starts.append(text_start)
        self._doc_starts.append(doc_start)

    def paragraph_count(self) -> int:
        return len(self._paragraphs)

    def to_doc(self, offset: int) -> int:
        """Article code-point offset -> document position."""
        if not self._paragraphs:
            return 0
        index = max(0, bisect.bisect_right(self._text_starts, offset) - 1)
        para = self._paragraphs[index]
        inner = min(max(offset, para.text_start), para.text_end) - para.text_start
        return para.doc_start + inner + bisect.bisect_left(para.astral, inner)

    def to_text(self, position: int) -> int | None:
        """Document position -> article code-point offset (None between paragraphs)."""
        if not self._paragraphs:
            return None
        index = bisect.bisect_right(self._doc_starts, position) - 1
        if index < 0:
            return None
        para = self._paragraphs[index]
        inner16 = position - para.doc_start
        # Walk astral characters: each one takes two UTF-16 units but one code point.
        inner = inner16
        for k, cp in enumerate(para.astral):
            if cp + k < inner16:
                inner -= 1
            else:
                break
        offset = para.text_start + inner
        return offset if offset <= para.text_end else None
