"""Spot transparent English cognates: stabilitas looks like "stability".

Indonesian borrowed many words through Dutch and English with regular spelling changes
(-itas -> -ity, -isasi -> -ization, k -> c, ks -> x). We undo those changes and keep a guess
only if it is a real English word, judged by wordfreq's English frequencies (through
english_words.py, which keeps only the words common enough to count).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from simak.core.text.english_words import MIN_ZIPF as _MIN_ENGLISH_ZIPF
from simak.core.text.english_words import english_zipf as _english_zipf
from simak.core.text.morphology import analyse_word

# (Indonesian ending, English ending, how often this mapping is right)
_SUFFIX_RULES: tuple[tuple[str, str, float], ...] = (
    ("isasi", "ization", 0.95),
    ("isasi", "isation", 0.9),
    ("itas", "ity", 0.95),
    ("isme", "ism", 0.95),
    ("istik", "istic", 0.9),
    ("logi", "logy", 0.95),
    ("grafi", "graphy", 0.9),
    ("nomi", "nomy", 0.9),
    ("ensi", "ence", 0.85),
    ("ansi", "ance", 0.85),
    ("sional", "tional", 0.85),
    ("asi", "ation", 0.9),
    ("usi", "ution", 0.85),
    ("ksi", "ction", 0.85),
    ("si", "tion", 0.8),
    ("si", "sion", 0.75),
    ("tif", "tive", 0.85),
    ("if", "ive", 0.8),
    ("ika", "ics", 0.75),
    ("ik", "ic", 0.75),
    ("ik", "ics", 0.7),
    ("is", "ic", 0.6),
    ("is", "ist", 0.6),
    ("ur", "ure", 0.7),
    ("en", "ent", 0.6),
    ("tas", "ty", 0.7),
    ("il", "le", 0.7),
    ("eks", "ext", 0.6),
    ("i", "y", 0.6),
    ("", "", 0.6),
    ("", "e", 0.55),
)
_MIN_LENGTH = 5
_VOWELS = frozenset("aeiouy")


@dataclass(frozen=True, slots=True)
class LoanwordHint:
    english: str
    confidence: float  # 0..1, how sure we are that the words share their origin


def _spellings(stem: str) -> set[str]:
    """English spellings of an Indonesian stem: k -> c / ch, ks -> x, f -> ph."""
    forms = {stem, stem.replace("ks", "x")}
    for form in list(forms):
        forms.update({form.replace("k", "c"), form.replace("k", "ch", 1), form.replace("f", "ph")})
    return forms


def _with_doubled_consonant(word: str) -> set[str]:
    """English often doubles a consonant Indonesian writes once (agresif -> aggressive)."""
    forms = {word}
    for _ in range(2):  # at most two doublings: agresif -> aggressive
        for form in list(forms):
            for i in range(1, len(form) - 1):
                if form[i] not in _VOWELS and form[i - 1] in _VOWELS and form[i] != form[i + 1]:
                    forms.add(form[: i + 1] + form[i:])
    return forms


def _indonesian_zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "id")


@lru_cache(maxsize=8192)
def _hint_for(word: str) -> LoanwordHint | None:
    if len(word) < _MIN_LENGTH or not word.isalpha():
        return None
    best: LoanwordHint | None = None
    best_score = 0.0
    for ending, english_ending, reliability in _SUFFIX_RULES:
        if ending and not word.endswith(ending):
            continue
        stem = word[: len(word) - len(ending)]
        for spelling in _spellings(stem):
            for candidate in _with_doubled_consonant(spelling + english_ending):
                zipf = _english_zipf(candidate)
                if zipf < _MIN_ENGLISH_ZIPF:
                    continue
                if candidate == word and _indonesian_zipf(word) > zipf + 1.0:
                    continue  # a native word that happens to exist in English too (lama)
                confidence = reliability * (1.0 if zipf >= 3.0 else 0.8)
                score = confidence + zipf / 100  # the commoner English word breaks ties
                if score > best_score:
                    best, best_score = LoanwordHint(candidate, round(confidence, 2)), score
    return best


def loanword_hint(word: str) -> LoanwordHint | None:
    """English word that `word` (or its root) visibly shares an origin with, if any."""
    analysis = analyse_word(word)
    hint = _hint_for(analysis.headword)
    if hint is None and analysis.root != analysis.headword:
        hint = _hint_for(analysis.root)
    return hint
