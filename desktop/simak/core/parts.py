"""Long texts are read in parts, like the pages of LUTE or the chapters of an e-reader.

A book of a hundred thousand words is too much for one sitting, one glossary or one list of
names, and too much to analyse and lay out before the learner sees a word. An article up to
`WHOLE_MAX_WORDS` is one part; a longer text is cut at paragraph ends into parts of about
`PART_WORDS` words (a paragraph longer than a part is cut at a sentence end, or at a space).

A part's analysis speaks the article's offsets (`rebase`), so notes, search hits, contexts and
entity mentions mean the same place whichever part they were made in.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from simak.core.model import Analysis, Entity, GlossaryEntry, Span, Token

PART_WORDS = 3000
WHOLE_MAX_WORDS = 6000  # a long article still reads as one piece

_PARAGRAPH_END = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_WORD = re.compile(r"\S+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Part:
    index: int  # 0-based
    start: int  # code-point offsets into the article text, [start, end)
    end: int
    words: int

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


def is_long(text: str, whole_max: int = WHOLE_MAX_WORDS) -> bool:
    """Whether `text` is read in parts (split_parts gives more than one)."""
    return len(text.split()) > whole_max


def split_parts(
    text: str, part_words: int = PART_WORDS, whole_max: int = WHOLE_MAX_WORDS
) -> list[Part]:
    """The parts of `text`, covering it from 0 to len(text) without gaps."""
    if not is_long(text, whole_max):
        return [Part(0, 0, len(text), len(text.split()))]
    pieces = list(_pieces(text, part_words))  # (start, end, words), paragraph-sized or less
    if len(pieces) < 2:
        return [Part(0, 0, len(text), pieces[0][2] if pieces else 0)]
    parts: list[Part] = []
    start, words = 0, 0
    for _, end, count in pieces:
        words += count
        if words >= part_words:
            parts.append(Part(len(parts), start, end, words))
            start, words = end, 0
    if words:
        if parts and words < part_words // 2:  # a short tail joins the part before it
            last = parts.pop()
            parts.append(Part(last.index, last.start, len(text), last.words + words))
        else:
            parts.append(Part(len(parts), start, len(text), words))
    last = parts[-1]
    parts[-1] = dataclasses.replace(last, end=len(text))
    return parts


def _pieces(text: str, part_words: int):
    """Paragraphs (each running up to the next one's start), long ones cut further."""
    start = 0
    for match in [*_PARAGRAPH_END.finditer(text), None]:
        end = match.end() if match else len(text)
        if end > start:
            yield from _cut_long(text, start, end, part_words)
        start = end


def _cut_long(text: str, start: int, end: int, part_words: int):
    words = len(text[start:end].split())  # what _WORD counts, at C speed
    if words <= part_words:
        yield start, end, words
        return
    # Cut at the sentence end nearest each multiple of part_words; at a space if none.
    cuts = [m.end() for m in _SENTENCE_END.finditer(text, start, end)] or [
        m.end() for m in _SPACE.finditer(text, start, end)
    ]
    here = start
    while here < end:
        stop = end
        for counted, match in enumerate(_WORD.finditer(text, here, end), start=1):
            if counted == part_words:
                k = bisect.bisect_left(cuts, match.end())
                stop = cuts[k] if k < len(cuts) and cuts[k] < end else end
                break
        piece_words = len(text[here:stop].split())
        yield here, stop, piece_words
        here = stop


def part_of(parts: list[Part], offset: int) -> Part:
    """The part holding `offset` (the last one for offsets at or past the end)."""
    starts = [p.start for p in parts]
    return parts[max(0, bisect.bisect_right(starts, offset) - 1)]


def rebase(analysis: Analysis, text: str, base: int) -> Analysis:
    """A part's analysis (offsets into the part's text) in the offsets of the whole `text`."""
    if base == 0 and analysis.text is text:
        return analysis

    def span(s: Span) -> Span:
        return Span(s.start + base, s.end + base)

    def entity(e: Entity) -> Entity:
        return dataclasses.replace(e, spans=[span(s) for s in e.spans])

    def entry(g: GlossaryEntry) -> GlossaryEntry:
        return dataclasses.replace(
            g, spans=[span(s) for s in g.spans], first_offset=g.first_offset + base
        )

    return dataclasses.replace(
        analysis,
        text=text,
        tokens=[Token(t.text, t.start + base, t.end + base, t.kind) for t in analysis.tokens],
        sentences=[span(s) for s in analysis.sentences],
        entities=[entity(e) for e in analysis.entities],
        glossary=[entry(g) for g in analysis.glossary],
    )
