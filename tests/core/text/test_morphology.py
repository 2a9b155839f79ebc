"""Morphology as the Word card shows it: root, affixes, reduplication and clitics."""

from __future__ import annotations

from pathlib import Path

from simak.core.text import analyse_word, headword_of
from simak.core.text.notation import Structure, format_structure, parse_structure

GOLDEN = Path(__file__).parents[2] / "golden" / "morphology.txt"
REQUIRED_ACCURACY = 0.95


def _golden_lines() -> list[str]:
    lines = GOLDEN.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def _described(surface: str) -> str:
    analysis = analyse_word(surface)
    affixes = tuple(affix.affix for affix in analysis.affixes)
    return format_structure(
        Structure(surface, affixes, analysis.root, analysis.reduplication, analysis.clitics)
    )


def test_golden_morphology_accuracy() -> None:
    lines = _golden_lines()
    assert len(lines) >= 150
    misses = []
    for line in lines:
        expected = format_structure(parse_structure(line))
        got = _described(parse_structure(line).surface)
        if got != expected:
            misses.append(f"expected {expected}\n     got {got}")
    accuracy = 1 - len(misses) / len(lines)
    print(f"morphology golden: {accuracy:.1%} of {len(lines)}")
    print("\n".join(misses))
    assert accuracy >= REQUIRED_ACCURACY, "\n".join(misses)


def test_headword_keeps_derivation_and_drops_clitics_and_reduplication() -> None:
    assert headword_of("Posisinya") == "posisi"
    assert headword_of("keamanan") == "keamanan"
    assert headword_of("negara-negara") == "negara"
    assert headword_of("dialaminya") == "dialami"
    assert headword_of("kupikir") == "pikir"
    assert headword_of("bekerjasama") == "bekerja sama"


def test_affixes_carry_a_learner_meaning() -> None:
    analysis = analyse_word("keamanan")
    assert analysis.affixes[0].affix == "ke-...-an"
    assert "state" in analysis.affixes[0].meaning
    assert all(affix.meaning for affix in analyse_word("dipertimbangkan").affixes)


def test_surface_is_kept_as_written() -> None:
    analysis = analyse_word("Memperkuat")
    assert analysis.surface == "Memperkuat"
    assert analysis.root == "kuat"


def test_names_and_numbers_pass_through() -> None:
    assert analyse_word("Jong-Un").root == "jong-un"
    assert analyse_word("2014").headword == "2014"
    assert analyse_word("").headword == ""
