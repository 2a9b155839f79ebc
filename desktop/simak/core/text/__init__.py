"""Simak's Indonesian text engine: tokens, sentences, morphology, loanword hints, families.

The tokenizer and the sentence splitter are built on nltk, whose import costs about a quarter
of a second; the window should not wait for it at start-up. So `tokenize` and
`split_sentences` here load their modules on first call, and the other names are imported on
first use (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

_HOMES = {
    "IndonesianTokenizer": "tokenizer",
    "LoanwordHint": "loanwords",
    "WordFamilies": "families",
    "analyse_word": "morphology",
    "headword_of": "morphology",
    "loanword_hint": "loanwords",
    "syllables": "syllables",
}

__all__ = [
    "IndonesianTokenizer",
    "LoanwordHint",
    "WordFamilies",
    "analyse_word",
    "headword_of",
    "loanword_hint",
    "split_sentences",
    "syllables",
    "tokenize",
]

if TYPE_CHECKING:
    from simak.core.model import Span, Token
    from simak.core.text.families import WordFamilies
    from simak.core.text.loanwords import LoanwordHint, loanword_hint
    from simak.core.text.morphology import analyse_word, headword_of
    from simak.core.text.syllables import syllables
    from simak.core.text.tokenizer import IndonesianTokenizer


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` with code-point offsets; whitespace is never a token."""
    from simak.core.text.tokenizer import tokenize as tokenize_text

    return tokenize_text(text)


def split_sentences(text: str) -> list[Span]:
    """Sentence spans in reading order, trimmed of surrounding whitespace, never overlapping."""
    from simak.core.text.sentences import split_sentences as split

    return split(text)


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value
