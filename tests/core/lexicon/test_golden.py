"""The bundled lexicon must explain the golden words (tests/golden/definitions.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simak import paths
from simak.core.lexicon import Lexicon

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "definitions.txt"
REQUIRED_SHARE = 0.95


def golden_pairs() -> list[tuple[str, str]]:
    pairs = []
    for line in GOLDEN.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term, _, word = line.rpartition(":")
            pairs.append((term.strip(), word.strip()))
    return pairs


def test_golden_file_is_big_enough() -> None:
    pairs = golden_pairs()
    assert len(pairs) >= 150
    assert sum(" " in term for term, _ in pairs) >= 3  # phrases too


def test_bundled_lexicon_explains_golden_words() -> None:
    if not any((paths.resources_dir() / "lexicon").glob("*.tsv")):
        pytest.skip("the bundled lexicon is not in resources/lexicon")
    lexicon = Lexicon.load(discover_system=False, thesaurus=False)
    misses = []
    for term, word in golden_pairs():
        definition = lexicon.define(term)
        texts = [s.gloss for s in definition.senses if s.source != "loanword"]
        if not any(word.casefold() in text.casefold() for text in texts):
            shown = "; ".join(texts[:3]) or "nothing"
            misses.append(f"{term}: wanted '{word}', got {shown}")
    share = 1 - len(misses) / len(golden_pairs())
    assert share >= REQUIRED_SHARE, f"{share:.1%} explained; misses:\n" + "\n".join(misses)
