from __future__ import annotations

from pathlib import Path

import pytest

from simak.core.entities import conll
from simak.core.entities.features import capitalised_runs
from simak.core.entities.metrics import score, spans_from_tags
from simak.core.entities.recognizer import EntityRecognizer, train
from simak.core.errors import BadInputError

TRAIN = """Jokowi X B-PER
mengunjungi X O
Surabaya X B-LOC
. X O

Presiden X O
Joko X B-PER
Widodo X I-PER
bertemu X O
Kementerian X B-ORG
Keuangan X I-ORG
. X O

Rina X B-PER
tinggal X O
di X O
Bandung X B-LOC
. X O
"""


def test_bundled_model_tags_iob2() -> None:
    recognizer = EntityRecognizer.load()
    tags = recognizer.tag(["Presiden", "Joko", "Widodo", "tiba", "di", "Jakarta", "."])
    assert tags == ["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]
    assert recognizer.tag([]) == []
    assert recognizer.tag_sents([["Bandung"], []])[1] == []


def test_missing_or_foreign_model_is_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInputError):
        EntityRecognizer.load(tmp_path / "none.crfsuite")
    junk = tmp_path / "junk.crfsuite"
    junk.write_text("not a model")
    with pytest.raises(BadInputError):
        EntityRecognizer.load(junk)


def test_train_writes_a_loadable_model_with_its_name_list(tmp_path: Path) -> None:
    data = tmp_path / "train.txt"
    data.write_text(TRAIN.replace("\n", "\r\n"), encoding="utf-8")
    model = tmp_path / "out" / "ner.crfsuite"
    report = train(data, data, model, max_iterations=50)
    assert model.is_file() and (tmp_path / "out" / "ner.crfsuite.names.tsv").is_file()
    assert report.sentences == 3 and report.tokens == 16
    assert report.dev_scores is not None and report.dev_scores.prf()[2] > 0.5
    tags = EntityRecognizer.load(model).tag(["Jokowi", "mengunjungi", "Surabaya", "."])
    assert tags == ["B-PER", "O", "B-LOC", "O"]


def test_train_rejects_a_file_without_tags(tmp_path: Path) -> None:
    data = tmp_path / "plain.txt"
    data.write_text("Jokowi\nmengunjungi\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="line 1"):
        train(data, None, tmp_path / "m.crfsuite")


def test_scores_count_exact_spans_only() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    predicted = [["B-PER", "O", "O", "B-LOC"]]
    scores = score(gold, predicted)
    assert scores.prf("LOC") == (1.0, 1.0, 1.0)
    assert scores.prf("PER") == (0.0, 0.0, 0.0)
    assert scores.prf()[2] == pytest.approx(0.5)
    assert spans_from_tags(["I-ORG", "I-ORG", "O"]) == {(0, 2, "ORG")}


def test_conll_reader_keeps_sentences(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("A B-PER\r\n\r\n\r\nB O\r\nC O\r\n", encoding="utf-8")
    sentences = conll.read(path, with_tags=True)
    assert [s.tokens for s in sentences] == [["A"], ["B", "C"]]


def test_capitalised_runs_bridge_connector_words() -> None:
    tokens = ["Dia", "bekerja", "di", "Bank", "of", "America", "dan", "pulang", "."]
    assert capitalised_runs(tokens) == [(0, 1), (3, 6)]
    # A connector only joins when a capitalised word follows it.
    assert capitalised_runs(["Joko", "dan", "teman"]) == [(0, 1)]


def test_organisation_ending_in_a_place_stays_one_organisation() -> None:
    tokens = [
        "Kepala",
        "Pengadilan",
        "Negeri",
        "Jakarta",
        "Selatan",
        "memeriksa",
        "berkas",
        "itu",
        ".",
    ]
    tags = EntityRecognizer.load().tag(tokens)
    assert tags[1:5] == ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]
