"""Loanword hints and word families on the Word card."""

from __future__ import annotations

from simak.core.text import WordFamilies, loanword_hint


def test_transparent_cognates_are_recognised() -> None:
    expected = {
        "stabilitas": "stability",
        "organisasi": "organization",
        "diplomatik": "diplomatic",
        "teknologi": "technology",
        "nasional": "national",
        "agresif": "aggressive",
        "kolaborasi": "collaboration",
    }
    for word, english in expected.items():
        hint = loanword_hint(word)
        assert hint is not None and hint.english == english, word
        assert 0 < hint.confidence <= 1


def test_hint_looks_through_affixes_and_clitics() -> None:
    assert loanword_hint("stabilitasnya").english == "stability"


def test_native_words_get_no_hint() -> None:
    for word in ("makan", "negara", "cantik", "lama", "rumah"):
        assert loanword_hint(word) is None, word


def test_family_gathers_headwords_sharing_a_root() -> None:
    families = WordFamilies()
    families.add_words(["memperkuat", "Kekuatan", "menguatkan", "kuat", "kuatnya", "aman"])
    assert families.family("kuat") == ["kekuatan", "kuat", "memperkuat", "menguatkan"]
    assert families.family_of("diperkuat") == families.family("kuat")
    assert families.family("tidak-ada") == []
