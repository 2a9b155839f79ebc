"""Word facts the study services share: headword and root, stopwords, frequency in Indonesian.

Headwords come from `simak.core.text.analyse_word` when the text engine provides it; until
then (and if it ever fails to import) a small stand-in strips clitics and reduplication itself
and asks Sastrawi for the root. Everything here is cached: the glossary asks the same
questions thousands of times per article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from simak import paths

_PARTICLES = ("lah", "kah", "tah", "pun")
_POSSESSIVES = ("nya", "ku", "mu")
_PROCLITICS = ("ku", "kau")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)


@lru_cache(maxsize=200_000)
def headword_and_root(word: str) -> tuple[str, str]:
    """(headword, root) of a lowercase word: `keamanannya` -> (`keamanan`, `aman`)."""
    analyse = _text_engine_analyser()
    if analyse is not None:
        analysis = analyse(word)
        return analysis.headword.lower(), analysis.root.lower()
    headword = _strip_reduplication(_strip_clitics(word))
    return headword, _stemmer().stem(headword) or headword


def headword_of(word: str) -> str:
    return headword_and_root(word.lower())[0]


@cache
def _text_engine_analyser() -> Callable | None:
    try:
        from simak.core.text import analyse_word
    except ImportError:
        return None
    return analyse_word


def _strip_clitics(word: str) -> str:
    dictionary = _root_dictionary()
    if word in dictionary or "-" in word and word.split("-")[0] == word.split("-")[-1]:
        return word
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 4:
            word = word[: -len(particle)]
            break
    for possessive in _POSSESSIVES:
        if word.endswith(possessive) and len(word) - len(possessive) >= 4:
            if word not in dictionary:
                word = word[: -len(possessive)]
            break
    for proclitic in _PROCLITICS:
        rest = word[len(proclitic) :]
        if word.startswith(proclitic) and word not in dictionary and rest in dictionary:
            word = rest
            break
    return word


def _strip_reduplication(word: str) -> str:
    """negara-negara -> negara, benar-benar -> benar; sayur-mayur stays whole."""
    parts = word.split("-")
    if len(parts) == 2 and parts[0] == _strip_clitics(parts[1]):
        return parts[0]
    return word


@cache
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@cache
def _root_dictionary() -> frozenset[str]:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(StemmerFactory().get_words_from_file())


def fallback_tokens(text: str):
    """Tokens and sentences when the text engine is missing (tests and benchmarks only)."""
    from simak.core.model import Span, Token, TokenKind

    try:
        from simak.core.text import split_sentences, tokenize

        return tokenize(text), split_sentences(text)
    except ImportError:
        pass
    tokens = []
    for match in re.finditer(r"[^\W_]+(?:-[^\W_]+)*|[^\w\s]", text):
        value = match.group()
        if value[0].isdigit():
            kind = TokenKind.NUMBER
        elif value[0].isalpha():
            kind = TokenKind.WORD
        else:
            kind = TokenKind.PUNCT
        tokens.append(Token(value, match.start(), match.end(), kind))
    sentences = []
    for match in re.finditer(r"[^\s][^\n]*?(?:[.!?](?=\s|$)|(?=\n)|$)", text):
        if match.group().strip():
            sentences.append(Span(match.start(), match.end()))
    return tokens, sentences


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
    """Frequency on the Zipf scale (0 = unknown, 7 = the commonest words), Indonesian by default."""
    from wordfreq import zipf_frequency

    return zipf_frequency(term, language)
