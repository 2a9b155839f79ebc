"""Split Indonesian text into sentences with nltk's Punkt, using our own parameters.

No trained Punkt model is downloaded: the parameters are built from the abbreviation list
in resources/text plus a few words that start sentences after an abbreviation ("dll. Namun").
Blank lines always end a sentence, so a headline without a final period stands alone.
"""

from __future__ import annotations

import re
from functools import cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from simak.core.model import Span
from simak.core.text.abbreviations import abbreviations

_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK_RE = re.compile(r"\n\s*")
_SENTENCE_END_CHARS = ".!?:;\"'”’)…"
_WRAPPED_LINE_LENGTH = 45

# Words that, after an abbreviation period, mean a new sentence has begun.
_STARTER_WORDS = """
    namun tetapi akan tetapi sementara selain kemudian lalu setelah sebelum saat ketika
    dia ia mereka kami kita saya aku beliau hal itu ini pada dalam menurut meski meskipun
    walaupun sedangkan oleh karena sebab jika kalau bila apabila hingga sampai sejak
    adapun bahkan juga tak tidak belum sudah apa siapa mengapa bagaimana kapan di
"""
_SENTENCE_STARTERS = frozenset(_STARTER_WORDS.split())


@cache
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    # Punkt keeps abbreviations lowercase and without their last period ("s.h", "dll").
    params.abbrev_types = set(abbreviations()) | set("abcdefghijklmnopqrstuvwxyz")
    params.sent_starters = set(_SENTENCE_STARTERS)
    return PunktSentenceTokenizer(params)


def _is_hard_wrapped(block: str) -> bool:
    """True when a paragraph's lines are long and stop mid-sentence (a file wrapped at ~72
    columns): there a line break is only a space. Text from web pages puts one paragraph
    or headline on each line, so there a line break ends a sentence.
    """
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    inner = lines[:-1]
    if not inner:
        return False
    average_length = sum(len(line) for line in inner) / len(inner)
    open_lines = sum(1 for line in inner if not line.endswith(tuple(_SENTENCE_END_CHARS)))
    return average_length >= _WRAPPED_LINE_LENGTH and open_lines * 2 >= len(inner)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Blocks between blank lines, cut further at line breaks unless the block is wrapped."""
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _split_at(_PARAGRAPH_BREAK_RE, text, 0, len(text)):
        if _is_hard_wrapped(text[block_start:block_end]):
            spans.append((block_start, block_end))
        else:
            spans.extend(_split_at(_LINE_BREAK_RE, text, block_start, block_end))
    return spans


def _split_at(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    for match in pattern.finditer(text, start, end):
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, end))
    return pieces


def split_sentences(text: str) -> list[Span]:
    """Sentence spans in reading order, trimmed of surrounding whitespace, never overlapping."""
    punkt = _punkt()
    sentences: list[Span] = []
    for para_start, para_end in _paragraph_spans(text):
        paragraph = text[para_start:para_end]
        if not paragraph.strip():
            continue
        pieces: list[Span] = []
        for start, end in punkt.span_tokenize(paragraph):
            pieces.extend(_trimmed(text, para_start + start, para_start + end))
        sentences.extend(_join_lowercase_continuations(text, pieces))
    return sentences


def _join_lowercase_continuations(text: str, pieces: list[Span]) -> list[Span]:
    """Undo a split before a lowercase word: Indonesian sentences start with a capital,
    so "ke A.S. kemarin" was cut at an abbreviation Punkt did not know."""
    joined: list[Span] = []
    for piece in pieces:
        if joined and text[piece.start].islower():
            joined[-1] = Span(joined[-1].start, piece.end)
        else:
            joined.append(piece)
    return joined


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Span(start, end)] if start < end else []
