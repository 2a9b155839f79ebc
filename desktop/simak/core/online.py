"""Addresses of online dictionaries and a translator, opened only when the learner asks."""

from __future__ import annotations

from urllib.parse import quote

ONLINE_SOURCES = (
    ("KBBI", "https://kbbi.kemdikbud.go.id/entri/{word}"),
    ("Wiktionary", "https://en.wiktionary.org/wiki/{word}#Indonesian"),
    ("Cambridge", "https://dictionary.cambridge.org/dictionary/indonesian-english/{word}"),
)
TRANSLATOR = "https://translate.google.com/?sl=id&tl=en&op=translate&text={text}"


def word_links(word: str) -> list[tuple[str, str]]:
    """(name, address) for looking `word` up online."""
    word = word.strip().lower()
    return [(name, pattern.format(word=quote(word))) for name, pattern in ONLINE_SOURCES]


def translator_link(sentence: str) -> str:
    return TRANSLATOR.format(text=quote(" ".join(sentence.split())))
