"""The English words loanword hints may name, against wordfreq itself."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import wordfreq

from simak.core.text.english_words import MIN_ZIPF, english_zipf


def test_the_shipped_list_gives_wordfreqs_frequencies() -> None:
    # After a wordfreq upgrade makes this fail: .venv/bin/python scripts/build_english_words.py
    english = sorted(wordfreq.get_frequency_dict("en"))
    sample = random.Random(5).sample(english, 3000)
    sample += ["stability", "democracy", "aggressive", "technology", "lama", "ization"]
    for word in sample:
        if not word.isalpha():
            continue
        expected = wordfreq.zipf_frequency(word, "en")
        assert english_zipf(word) == (expected if expected >= MIN_ZIPF else 0.0), word


def test_words_that_are_not_common_english_count_as_absent() -> None:
    assert english_zipf("stabilitas") == 0.0
    assert english_zipf("") == 0.0
    assert english_zipf("stability") >= 4.0


def test_without_the_list_a_word_simply_gets_no_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from simak.core.text import english_words, loanwords

    monkeypatch.setenv("SIMAK_RESOURCES", str(tmp_path))
    english_words._words.cache_clear()
    loanwords._hint_for.cache_clear()
    try:
        assert english_zipf("stability") == 0.0
        assert loanwords.loanword_hint("stabilitas") is None
        assert "no loanword hints" in caplog.text
    finally:
        english_words._words.cache_clear()
        loanwords._hint_for.cache_clear()
