"""Tokenizer behaviour a reader notices: what is one clickable word, number or abbreviation."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simak.core.model import TokenKind
from simak.core.text import IndonesianTokenizer, tokenize

GOLDEN = Path(__file__).parents[2] / "golden" / "tokenizer.txt"
_KINDS = {kind.value for kind in TokenKind}


def _expected_token(written: str) -> tuple[str, str]:
    text, _, kind = written.rpartition("/")
    if text and kind in _KINDS:
        return text, kind
    return written, TokenKind.WORD.value


def _golden_cases() -> list[tuple[str, list[tuple[str, str]]]]:
    cases = []
    lines = [line for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    for index, line in enumerate(lines):
        if line.startswith("> "):
            expected = [_expected_token(word) for word in lines[index + 1].split()]
            cases.append((line[2:], expected))
    return cases


@pytest.mark.parametrize(("text", "expected"), _golden_cases())
def test_golden_paragraphs(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(token.text, token.kind.value) for token in tokenize(text)]
    assert got == expected


def test_golden_file_has_cases() -> None:
    assert len(_golden_cases()) >= 10


def test_offsets_point_into_the_original_text() -> None:
    text = "  Kim Jong-Un\tbertemu\n\nPatrushev, dll. di Jl. Merdeka — Rp 5.000 "
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_reduplication_and_clitics_stay_one_word() -> None:
    words = [t.text for t in tokenize("negara-negara posisinya kupikir sayur-mayur") if t.is_word]
    assert words == ["negara-negara", "posisinya", "kupikir", "sayur-mayur"]


def test_word_at_sentence_end_is_not_an_abbreviation() -> None:
    tokens = tokenize("Mereka tiba di kantor.")
    assert [t.text for t in tokens[-2:]] == ["kantor", "."]
    assert tokens[-1].kind is TokenKind.PUNCT


def test_abbreviation_before_ellipsis_keeps_the_ellipsis() -> None:
    tokens = tokenize("beras, gula, dll...")
    assert [(t.text, t.kind) for t in tokens[-2:]] == [
        ("dll", TokenKind.WORD),
        ("...", TokenKind.PUNCT),
    ]


def test_is_an_nltk_tokenizer() -> None:
    tokenizer = IndonesianTokenizer()
    text = "Harga naik 10%."
    assert tokenizer.tokenize(text) == ["Harga", "naik", "10%", "."]
    assert list(tokenizer.span_tokenize(text)) == [(0, 5), (6, 10), (11, 14), (14, 15)]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_tokenizes_and_offsets_slice_back(text: str) -> None:
    previous_end = 0
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
        assert token.start >= previous_end
        assert token.end > token.start
        assert not token.text.isspace()
        previous_end = token.end


_NEWSY = st.lists(
    st.sampled_from(list("aAbkMnRp019 .,-/%'\"@:\n()…—") + ["dll.", "Jl.", "http://"]),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NEWSY)
def test_newsy_text_covers_every_non_space_character(text: str) -> None:
    covered = set()
    for token in tokenize(text):
        covered.update(range(token.start, token.end))
    assert covered == {i for i, char in enumerate(text) if not char.isspace()}
