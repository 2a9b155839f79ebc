"""The recogniser hands crfsuite only the attributes its model knows: tags must not change."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest

from simak.core.entities import conll
from simak.core.entities.crfmodel import read_attributes
from simak.core.entities.features import FeatureExtractor
from simak.core.entities.recognizer import EntityRecognizer, bundled_model_path
from simak.core.text import split_sentences, tokenize


def test_attributes_are_the_ones_pycrfsuite_lists() -> None:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(bundled_model_path()))
    assert read_attributes(bundled_model_path()) == set(tagger.info().attributes)


def test_a_file_that_is_no_model_is_refused(tmp_path: Path) -> None:
    for content in (b"", b"not a model at all, just text", b"lCRF" + b"\0" * 60):
        junk = tmp_path / "junk.crfsuite"
        junk.write_bytes(content)
        with pytest.raises(ValueError):
            read_attributes(junk)


def _assert_same_tags(sentences: list[list[str]]) -> None:
    features = EntityRecognizer.load()._features
    known = features.known
    assert known
    every = FeatureExtractor(features.gazetteer, features.groups, features.names)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(bundled_model_path()))
    for tokens in sentences:
        full, kept = every.sentence(tokens), features.sentence(tokens)
        # The same known attributes in the same order: crfsuite sums the same weights.
        assert [[f for f in feats if f in known] for feats in kept] == [
            [f for f in feats if f in known] for feats in full
        ]
        assert tagger.tag(kept) == tagger.tag(full), tokens


def test_sample_article_tags_as_with_every_attribute(sample_text: str) -> None:
    tokens = tokenize(sample_text)
    sentences = [
        [t.text for t in tokens if s.start <= t.start < s.end] for s in split_sentences(sample_text)
    ]
    _assert_same_tags([s for s in sentences if s] + [[t.lower() for t in s] for s in sentences])


def test_dev_split_tags_as_with_every_attribute(idner_dir: Path) -> None:
    _assert_same_tags([s.tokens for s in conll.read(idner_dir / "dev.txt", with_tags=False)])
