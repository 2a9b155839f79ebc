"""Sentence splitting as the reader shows it: one highlighted sentence at a time."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simak.core.text import split_sentences

GOLDEN = Path(__file__).parents[2] / "golden" / "tokenizer-sentences.txt"


def _golden_cases() -> list[tuple[str, list[str]]]:
    cases = []
    for block in GOLDEN.read_text(encoding="utf-8").split("\n====\n"):
        lines = [line for line in block.splitlines() if not line.startswith("#")]
        separator = lines.index("----")
        text = "\n".join(lines[:separator])
        expected = [line for line in lines[separator + 1 :] if line.strip()]
        cases.append((text, expected))
    return cases


def _normalised(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("text", "expected"), _golden_cases())
def test_golden_sentences(text: str, expected: list[str]) -> None:
    got = [_normalised(text[span.start : span.end]) for span in split_sentences(text)]
    assert got == expected


def test_golden_file_has_cases() -> None:
    assert len(_golden_cases()) >= 8


def test_headline_before_blank_line_is_its_own_sentence() -> None:
    text = "Harga Cabai Melonjak\n\nHarga cabai rawit naik dua kali lipat."
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Harga Cabai Melonjak",
        "Harga cabai rawit naik dua kali lipat.",
    ]


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n\t ") == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list('aB .?!\n"”…') + ["dll.", "Dr. ", "1.000"])).map("".join))
def test_spans_are_ordered_disjoint_and_inside_the_text(text: str) -> None:
    previous_end = 0
    for span in split_sentences(text):
        assert previous_end <= span.start < span.end <= len(text)
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        previous_end = span.end


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_splits_without_error(text: str) -> None:
    for span in split_sentences(text):
        assert 0 <= span.start < span.end <= len(text)
