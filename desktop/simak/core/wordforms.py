"""Word facts the study services share: headword and root, stopwords, frequency in Indonesian.

Everything here is cached: the glossary asks the same questions thousands of times per
article.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache

from simak import paths
from simak.core.text import split_sentences, tokenize


@lru_cache(maxsize=200_000)
def headword_and_root(word: str) -> tuple[str, str]:
    """(headword, root) of a lowercase word: `keamanannya` -> (`keamanan`, `aman`), as
    analyse_word gives them, without building the whole analysis (a book asks this of
    every word type)."""
    from simak.core.text.morphology import headword_and_root as parts_of

    return parts_of(word)


def headword_of(word: str) -> str:
    return headword_and_root(word.lower())[0]


def tokens_and_sentences(text: str):
    """Tokens and sentence spans of a text, as the engine makes them."""
    return tokenize(text), split_sentences(text)


# --- stopwords and frequency -------------------------------------------------------------


def read_word_list(filename: str, *, per_line: bool = False) -> list[str]:
    """A bundled list under resources/text/: '#' comments, lowercase entries."""
    path = paths.resources_dir() / "text" / filename
    entries: list[str] = []
    for line in path.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            entries.extend([" ".join(line.split())] if per_line else line.split())
    return entries


@cache
def function_words() -> frozenset[str]:
    """Simak's own list: words that never start or end a term."""
    return frozenset(read_word_list("stopwords-id.txt"))


@cache
def stopwords() -> frozenset[str]:
    """Function words plus the stopwords-iso list for Indonesian, when that package is there."""
    words = set(function_words())
    try:
        import stopwordsiso

        words.update(stopwordsiso.stopwords("id"))
    except (ImportError, KeyError):
        pass
    return frozenset(words)


def is_stopword(word: str) -> bool:
    return word in stopwords()


def is_function_word(word: str) -> bool:
    return word in function_words()


@lru_cache(maxsize=200_000)
def zipf(term: str, language: str = "id") -> float:
    """Frequency on the Zipf scale (0 = unknown, 7 = the commonest words), Indonesian by default.

    A plain lowercase word is looked up in wordfreq's table directly: its own
    `zipf_frequency` runs every query through a tokenizer first, which cost a second per book.
    """
    if term.isalpha() and term.islower() and term.isascii():
        frequency = _frequencies(language).get(term, 0.0)
        return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0
    from wordfreq import zipf_frequency

    _frequencies(language)  # loads the list, and drops wordfreq's copy of it
    return zipf_frequency(term, language, wordlist=_WORDLISTS.get(language, "best"))


# English is asked one question only ("is this also a common English word?", Zipf >= 3):
# its small list holds every word that frequent, in a tenth of the large list's 28 MB.
_WORDLISTS = {"en": "small"}


@cache
def _frequencies(language: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict, get_frequency_list

    frequencies = get_frequency_dict(language, _WORDLISTS.get(language, "best"))
    # wordfreq keeps the decoded list behind the dict as well, as large again: drop it.
    get_frequency_list.cache_clear()
    return frequencies
