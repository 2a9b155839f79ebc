"""Before importing, Simak warns when a text is probably not Indonesian."""

from __future__ import annotations

from simak.core.langcheck import looks_indonesian


def test_indonesian_news_is_recognised_without_a_warning(sample_text):
    guess = looks_indonesian(sample_text)
    assert guess.language == "id" and guess.confidence > 0.8
    assert guess.is_indonesian and guess.warning is None


def test_english_text_gets_a_warning():
    guess = looks_indonesian(
        "The president visited the victims of the earthquake on Monday and promised that the "
        "government would rebuild every school before the new year."
    )
    assert guess.language == "en"
    assert not guess.is_close
    assert "not Indonesian" in guess.warning


def test_malay_counts_as_close():
    guess = looks_indonesian(
        "Kerajaan akan melaksanakan dasar baharu bagi membantu rakyat yang terjejas akibat banjir "
        "di beberapa negeri sejak minggu lalu."
    )
    assert guess.is_close


def test_a_language_simak_does_not_know_or_no_words_at_all_is_unknown():
    french = looks_indonesian("Le président a rendu visite aux victimes du séisme lundi matin.")
    assert french.language == "unknown" and "not Indonesian" in french.warning
    assert looks_indonesian("12345 67 -- !!").language == "unknown"
