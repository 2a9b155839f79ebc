"""Simak's Indonesian text engine: tokens, sentences, morphology, loanword hints, families."""

from simak.core.text.families import WordFamilies
from simak.core.text.loanwords import LoanwordHint, loanword_hint
from simak.core.text.morphology import analyse_word, headword_of
from simak.core.text.sentences import split_sentences
from simak.core.text.syllables import syllables
from simak.core.text.tokenizer import IndonesianTokenizer, tokenize

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
