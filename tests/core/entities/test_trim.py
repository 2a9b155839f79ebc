from __future__ import annotations

from simak.core.entities.namelists import NameLists
from simak.core.entities.recognizer import _trim_spans

TRAINING = [
    (["Senin", ",", "Budi", "pergi", "."], ["O", "O", "B-PER", "O", "O"]),
    (["Pada", "Senin", "pagi"], ["O", "O", "O"]),
    (["Rapat", "Senin", "ditunda"], ["O", "O", "O"]),
    (["Wali", "Kota", "Bandung"], ["O", "O", "B-LOC"]),
]


def test_ordinary_words_are_trimmed_from_name_edges_only() -> None:
    names = NameLists.build(TRAINING)
    assert names.is_ordinary("Senin")
    assert not names.is_ordinary("Budi")
    assert not names.is_ordinary("senin")  # lower-case words are left to the model
    tokens = ["kata", "Budi", "Senin", "."]
    assert _trim_spans(tokens, ["O", "B-PER", "I-PER", "O"], names) == ["O", "B-PER", "O", "O"]
    # Inside a name the word stays: "Senin" here is part of it.
    tokens = ["Budi", "Senin", "Budi"]
    tags = ["B-ORG", "I-ORG", "I-ORG"]
    assert _trim_spans(tokens, tags, names) == tags
    # A name made only of ordinary words disappears.
    assert _trim_spans(["Senin"], ["B-LOC"], names) == ["O"]


def test_lone_roman_numerals_are_not_names() -> None:
    names = NameLists.build(TRAINING)
    tokens = ["Muktamar", "ke", "VIII", "Surabaya"]
    tags = ["O", "O", "B-ORG", "B-LOC"]
    assert _trim_spans(tokens, tags, names) == ["O", "O", "O", "B-LOC"]
    tokens = ["Komisi", "VII"]
    assert _trim_spans(tokens, ["B-ORG", "I-ORG"], names) == ["B-ORG", "I-ORG"]
