"""Syllables against tests/golden/syllables.txt (word = syl-la-bles)."""

from __future__ import annotations

from pathlib import Path

from simak.core.text import syllables

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "syllables.txt"


def _cases() -> list[tuple[str, str]]:
    cases = []
    for line in GOLDEN.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, expected = (part.strip() for part in line.split("="))
            cases.append((word, expected))
    return cases


def test_golden_syllables_match_at_least_95_percent():
    cases = _cases()
    assert len(cases) >= 60
    misses = [
        f"{word}: got {'-'.join(syllables(word))}, expected {expected}"
        for word, expected in cases
        if "-".join(syllables(word)) != expected
    ]
    assert len(misses) <= 0.05 * len(cases), "\n".join(misses)


def test_syllables_keep_spelling_and_case():
    assert syllables("Keamanan") == ["Ke", "a", "ma", "nan"]
    assert "".join(syllables("Mengungsi")) == "Mengungsi"


def test_words_without_vowels_or_text_are_one_piece():
    assert syllables("PT") == ["PT"]
    assert syllables("2024") == ["2024"]
    assert syllables("") == []
