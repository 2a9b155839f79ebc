"""Golden tests in compact notation (tests/golden/entities*.txt)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from simak.core.entities.extract import find_entities
from simak.core.entities.recognizer import EntityRecognizer
from simak.core.text.sentences import split_sentences
from simak.core.text.tokenizer import tokenize

GOLDEN = Path(__file__).resolve().parents[2] / "golden"


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer.load()


def parse_tagged_line(line: str) -> tuple[list[str], list[str]]:
    tokens, tags = [], []
    for item in re.split(r"\s{2,}", line.strip()):
        text, _, kind = item.rpartition("|") if "|" in item else ("", "", "")
        words = (text or item).split()
        tokens += words
        if kind:
            tags += ["B-" + kind] + ["I-" + kind] * (len(words) - 1)
        else:
            tags += ["O"] * len(words)
    return tokens, tags


def _sentence_lines() -> list[str]:
    lines = (GOLDEN / "entities.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def test_notation_parser() -> None:
    tokens, tags = parse_tagged_line("Kim Jong-Un|PER  bertemu  Patrushev|PER  di  Moskow|LOC")
    assert tokens == ["Kim", "Jong-Un", "bertemu", "Patrushev", "di", "Moskow"]
    assert tags == ["B-PER", "I-PER", "O", "B-PER", "O", "B-LOC"]


@pytest.mark.parametrize("line", _sentence_lines())
def test_recogniser_tags_golden_sentence(recognizer: EntityRecognizer, line: str) -> None:
    tokens, expected = parse_tagged_line(line)
    assert recognizer.tag(tokens) == expected


def _articles() -> list[tuple[str, list[tuple[str, str]], list[str]]]:
    raw = (GOLDEN / "entities-articles.txt").read_text(encoding="utf-8")
    cases = []
    for block in raw.split("\n---\n"):
        text_lines, expected, forbidden = [], [], []
        for line in block.splitlines():
            if line.startswith("#"):
                continue
            if line.startswith("= "):
                expected += [tuple(i.split("|")) for i in re.split(r"\s{2,}", line[2:].strip())]
            elif line.startswith("! "):
                forbidden += re.split(r"\s{2,}", line[2:].strip())
            else:
                text_lines.append(line)
        cases.append(("\n".join(text_lines).strip(), expected, forbidden))
    return cases


@pytest.mark.parametrize("text,expected,forbidden", _articles())
def test_article_entities(
    recognizer: EntityRecognizer, text: str, expected: list, forbidden: list
) -> None:
    entities = find_entities(text, tokenize(text), split_sentences(text), recognizer)
    found = {(e.name, e.type) for e in entities}
    assert set(expected) <= found
    every_form = {form for e in entities for form in [e.name, *e.variants]}
    assert not every_form & set(forbidden)
