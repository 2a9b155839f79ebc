"""Note tags, passage context, and term notes in a real library file."""

from __future__ import annotations

import pytest

from simak.core.anchors import make_anchor, resolve
from simak.core.errors import BadInputError, NotFoundError
from simak.storage.db import connect
from simak.storage.repos import ArticleRepo, NoteRepo
from simak.storage.term_note_repo import TermNoteRepo

BODY = "Gempa mengguncang Cianjur. Warga mengungsi ke tempat yang lebih aman."


@pytest.fixture
def conn(tmp_path):
    connection = connect(tmp_path / "simak.sqlite3")
    yield connection
    connection.close()


def test_a_passage_note_keeps_its_context_and_can_be_moved(conn, tmp_path):
    article = ArticleRepo(conn).add("Gempa", BODY, None, 9)
    anchor = make_anchor(BODY, BODY.index("Warga"), len(BODY))
    notes = NoteRepo(conn)
    note = notes.add(
        article,
        "mengungsi = evacuate",
        quote=anchor.quote,
        start=anchor.start,
        end=anchor.end,
        prefix=anchor.prefix,
        suffix=anchor.suffix,
    )
    assert (note.kind, note.prefix, note.suffix) == ("passage", "Gempa mengguncang Cianjur. ", "")
    edited = "CIANJUR — " + BODY
    start, end = resolve(anchor, edited)
    moved = notes.move_passage(note.id, start, end, quote=edited[start:end], prefix="CIANJUR")
    reopened = NoteRepo(connect(tmp_path / "simak.sqlite3"))
    assert reopened.get(note.id) == moved
    assert (moved.start_offset, moved.prefix) == (start, "CIANJUR")
    plain = notes.add(article, "catatan biasa")  # the old signature still works
    with pytest.raises(NotFoundError):
        notes.move_passage(plain.id, 0, 1, quote="G")


def test_tags_are_normalised_replaced_and_found(conn):
    article = ArticleRepo(conn).add("Gempa", BODY, None, 9)
    notes = NoteRepo(conn)
    first, second = notes.add(article, "satu"), notes.add(article, "dua")
    assert notes.set_tags(first.id, ["#Kosakata", "kata kerja", "kosakata", " "]) == [
        "kata-kerja",
        "kosakata",
    ]
    notes.set_tags(second.id, ["kosakata"])
    assert [n.body for n in notes.notes_with_tag("#KOSAKATA")] == ["satu", "dua"]
    notes.set_tags(first.id, ["ejaan"])
    assert notes.tags_of(first.id) == ["ejaan"]
    assert [n.body for n in notes.notes_with_tag("kosakata")] == ["dua"]
    assert notes.all_tags() == [("ejaan", 1), ("kosakata", 1)]
    assert notes.tags_by_note() == {first.id: ["ejaan"], second.id: ["kosakata"]}
    with pytest.raises(NotFoundError):
        notes.set_tags(999, ["x"])


def test_deleting_a_note_or_its_article_deletes_its_tags(conn):
    articles, notes = ArticleRepo(conn), NoteRepo(conn)
    article = articles.add("Gempa", BODY, None, 9)
    note = notes.add(article, "satu")
    notes.set_tags(note.id, ["kosakata"])
    notes.delete(note.id)
    assert notes.notes_with_tag("kosakata") == []
    note = notes.add(article, "dua")
    notes.set_tags(note.id, ["ejaan"])
    articles.delete(article)
    assert conn.execute("SELECT count(*) FROM note_tags").fetchone()[0] == 0


def test_term_notes_are_one_per_term_and_an_empty_body_removes_one(conn):
    terms = TermNoteRepo(conn)
    terms.set("Kerja  Sama", "dua kata")
    updated = terms.set("kerja sama", "selalu dua kata")
    terms.set("keamanan", "security")
    assert updated is not None and updated.body == "selalu dua kata"
    assert [(t.term, t.body) for t in terms.all()] == [
        ("keamanan", "security"),
        ("kerja sama", "selalu dua kata"),
    ]
    assert terms.set("keamanan", "  ") is None
    assert terms.get("keamanan") is None
    with pytest.raises(BadInputError):
        terms.set("  ", "x")
