from __future__ import annotations

import argparse
import csv
import sqlite3
import zipfile

import pytest

from simak import paths
from simak.commands import export
from simak.core.errors import BadInputError
from simak.core.exporters.anki import FIELDS, MODEL_ID, note_guid, write_apkg
from simak.core.exporters.csv_export import write_csv
from simak.core.exporters.study_cards import study_card
from simak.core.review import ReviewService
from simak.core.study import Status, StudyService
from simak.storage.db import connect
from simak.storage.repos import ArticleRepo


def _cards(conn, analysis):
    article = ArticleRepo(conn).add(analysis.title, analysis.text, None, analysis.word_count)
    review = ReviewService(conn)
    review.record_contexts(article, analysis)
    StudyService(conn).set_statuses({"sanksi": Status.LEARNING_1, "aliansi": Status.LEARNING_2})
    return [study_card(c) for c in review.all_cards()]


def _notes(apkg):
    with zipfile.ZipFile(apkg) as package:
        assert "collection.anki2" in package.namelist()
        database = apkg.parent / "collection.anki2"
        database.write_bytes(package.read("collection.anki2"))
    with sqlite3.connect(database) as db:
        notes = db.execute("SELECT guid, mid, flds FROM notes ORDER BY sfld").fetchall()
        cards = db.execute("SELECT nid FROM cards").fetchall()
    database.unlink()
    return notes, cards


def test_apkg_holds_one_note_and_card_per_learning_word(conn, sample_analysis, tmp_path):
    apkg = tmp_path / "out.apkg"
    assert write_apkg(_cards(conn, sample_analysis), apkg) == 2
    notes, cards = _notes(apkg)
    assert len(notes) == 2 and len(cards) == 2
    fields = {n[2].split("\x1f")[0]: n[2].split("\x1f") for n in notes}
    sanksi = fields["sanksi"]
    assert len(sanksi) == len(FIELDS)
    assert "<b>sanksi</b>" in sanksi[FIELDS.index("Sentence")]
    assert sanksi[FIELDS.index("Root")] == "sanksi"
    assert sanksi[FIELDS.index("Article")] == sample_analysis.title
    assert {n[0] for n in notes} == {note_guid("sanksi"), note_guid("aliansi")}
    assert {n[1] for n in notes} == {MODEL_ID}


def test_reexport_keeps_ids_so_anki_updates_notes(conn, sample_analysis, tmp_path):
    cards = _cards(conn, sample_analysis)
    write_apkg(cards, tmp_path / "a.apkg")
    write_apkg(cards, tmp_path / "b.apkg")
    first, _ = _notes(tmp_path / "a.apkg")
    second, _ = _notes(tmp_path / "b.apkg")
    assert [(g, m) for g, m, _ in first] == [(g, m) for g, m, _ in second]


def test_csv_export(conn, sample_analysis, tmp_path):
    out = tmp_path / "cards.csv"
    write_csv(_cards(conn, sample_analysis), out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["term"] for r in rows} == {"sanksi", "aliansi"}
    assert all(r["term"] in r["sentence"] for r in rows)


def test_unwritable_output_is_bad_input(tmp_path):
    with pytest.raises(BadInputError):
        write_csv([], tmp_path / "missing-folder" / "cards.csv")


@pytest.mark.parametrize("kind", ["anki", "csv"])
def test_export_command(kind, sample_analysis, tmp_path, capsys):
    conn = connect(paths.db_path())
    _cards(conn, sample_analysis)
    conn.close()
    out = tmp_path / f"out.{'apkg' if kind == 'anki' else 'csv'}"
    assert export.run(argparse.Namespace(export_kind=kind, output=str(out))) == 0
    assert out.stat().st_size > 0
    assert "exported 2 cards" in capsys.readouterr().err


def test_export_command_reports_unwritable_path(tmp_path, capsys):
    from simak.cli import main

    code = main(["export", "csv", str(tmp_path / "no" / "such" / "dir" / "x.csv")])
    assert code == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("simak: error: cannot write")
