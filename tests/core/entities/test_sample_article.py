"""The bundled sample article: what a learner must see in the entities sidebar."""

from __future__ import annotations

import pytest

from simak.core.entities.extract import find_entities
from simak.core.entities.recognizer import EntityRecognizer
from simak.core.text.sentences import split_sentences
from simak.core.text.tokenizer import tokenize
from simak.paths import resources_dir

ORDINARY_WORDS = {
    "Ada",
    "Apa",
    "Keduanya",
    "Pertemuan",
    "Dalam",
    "Jika",
    "Kepala",
    "Temui",
    "Motivasi",
    "Sementara",
    "Selain",
    "Bagi",
    "Kunjungan",
    "Ke",
    "Di",
}


@pytest.fixture(scope="module")
def entities():
    text = (resources_dir() / "sample-article.txt").read_text(encoding="utf-8")
    found = find_entities(text, tokenize(text), split_sentences(text), EntityRecognizer.load())
    return text, {e.name: e for e in found}


def test_people_places_and_organisation(entities) -> None:
    _, by_name = entities
    expected = {
        "Nikolai Patrushev": "PER",
        "Kim Jong-Un": "PER",
        "Rusia": "LOC",
        "Korea Utara": "LOC",
        "Ukraina": "LOC",
        "Korea Selatan": "LOC",
        "Jepang": "LOC",
        "Asia Timur": "LOC",
        "Dewan Keamanan Rusia": "ORG",
    }
    assert {name: by_name[name].type for name in expected if name in by_name} == expected


def test_no_ordinary_word_is_an_entity(entities) -> None:
    _, by_name = entities
    forms = {form for e in by_name.values() for form in [e.name, *e.variants]}
    words_in_forms = {w for form in forms for w in form.split()}
    assert not forms & ORDINARY_WORDS
    assert "Pertemuan" not in words_in_forms and "Keduanya" not in words_in_forms


def test_variants_merge_into_one_entity(entities) -> None:
    text, by_name = entities
    russia = by_name["Rusia"]
    assert "Russia" in russia.variants  # the English spelling in the headline
    assert russia.english == "Russia"
    assert "Patrushev" in by_name["Nikolai Patrushev"].variants
    assert "Patrushev" not in by_name
    assert by_name["Kim Jong-Un"].count >= 3
    for span in by_name["Nikolai Patrushev"].spans:
        assert text[span.start : span.end] in ("Nikolai Patrushev", "Patrushev")


def test_roles_describe_people(entities) -> None:
    _, by_name = entities
    assert by_name["Nikolai Patrushev"].description == "Kepala Keamanan Rusia"
    assert by_name["Kim Jong-Un"].description == "Pemimpin Korea Utara"


def test_english_names_of_places(entities) -> None:
    _, by_name = entities
    assert by_name["Korea Utara"].english == "North Korea"
    assert by_name["Jepang"].english == "Japan"
