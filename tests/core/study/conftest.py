"""Fixtures for the study services: a real library file and the analysed sample article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from simak.core.glossary import build_glossary
from simak.core.model import Analysis, Entity, Span
from simak.core.wordforms import tokens_and_sentences
from simak.storage.db import connect
from simak.storage.repos import ArticleRepo

# The sample's names, as an entity recogniser would mark them (tests must not need the model).
SAMPLE_NAMES = {
    "PER": ["Nikolai Patrushev", "Patrushev", "Kim Jong-Un"],
    "LOC": ["Rusia", "Russia", "Korea Utara", "Korea Selatan", "Jepang", "Ukraina", "Asia Timur"],
    "ORG": ["Dewan Keamanan Rusia"],
}


def sample_entities(text: str) -> list[Entity]:
    taken: list[Span] = []
    entities = []
    for kind, names in SAMPLE_NAMES.items():
        for name in sorted(names, key=len, reverse=True):
            spans = []
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                if not any(s.start < m.end() and m.start() < s.end for s in taken):
                    spans.append(Span(m.start(), m.end()))
            taken.extend(spans)
            if spans:
                entities.append(Entity(name, kind, spans))
    return entities


def analyse(text: str, title: str = "Sample") -> Analysis:
    tokens, sentences = tokens_and_sentences(text)
    entities = sample_entities(text)
    spans = [s for e in entities for s in e.spans]
    glossary = build_glossary(text, tokens, sentences, spans)
    return Analysis(text, title, tokens, sentences, entities, glossary)


@pytest.fixture
def sample_analysis(sample_text: str) -> Analysis:
    return analyse(sample_text, "Kepala Keamanan Russia Temui Kim Jong-Un, Ada Apa?")


@pytest.fixture
def conn(tmp_path: Path):
    connection = connect(tmp_path / "library.sqlite3")
    yield connection
    connection.close()


@pytest.fixture
def sample_article_id(conn, sample_analysis: Analysis) -> int:
    return ArticleRepo(conn).add(
        sample_analysis.title, sample_analysis.text, "sample", sample_analysis.word_count
    )
