"""The library file: migrations, WAL, refusing newer or foreign files, committed writes."""

from __future__ import annotations

import sqlite3

import pytest

from simak.core.errors import NotFoundError, StorageError
from simak.storage.db import available_migrations, connect, schema_version
from simak.storage.repos import ArticleRepo, NoteRepo


def test_new_library_is_migrated_to_the_latest_schema_in_wal_mode(tmp_path):
    conn = connect(tmp_path / "lib.sqlite3")
    assert schema_version(conn) == available_migrations()[-1].version
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY 1")]
    assert versions == [m.version for m in available_migrations()]


def test_reopening_applies_nothing_twice(tmp_path):
    connect(tmp_path / "lib.sqlite3").close()
    conn = connect(tmp_path / "lib.sqlite3")
    count = conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]
    assert count == len(available_migrations())


def test_a_library_from_a_newer_simak_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "lib.sqlite3"
    connect(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 9999")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="newer Simak"):
        connect(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StorageError):
        connect(path)


def test_notes_are_visible_to_a_second_connection_as_soon_as_add_returns(tmp_path):
    path = tmp_path / "lib.sqlite3"
    conn = connect(path)
    article = ArticleRepo(conn).add("Judul", "Isi artikel.", None, 2)
    note = NoteRepo(conn).add(article, "catatan pertama")
    other = connect(path)
    assert [n.body for n in NoteRepo(other).for_article(article)] == ["catatan pertama"]
    assert NoteRepo(other).get(note.id).kind == "article"


def test_a_note_for_a_missing_article_is_refused_and_nothing_is_written(tmp_path):
    conn = connect(tmp_path / "lib.sqlite3")
    with pytest.raises(NotFoundError):
        NoteRepo(conn).add(42, "tidak ada artikel")
    assert NoteRepo(conn).all() == []


def test_deleting_an_article_deletes_its_notes(tmp_path):
    conn = connect(tmp_path / "lib.sqlite3")
    articles, notes = ArticleRepo(conn), NoteRepo(conn)
    article = articles.add("Judul", "Isi.", None, 1)
    notes.add(article, "a")
    articles.delete(article)
    assert notes.all() == []


def test_duplicates_are_found_by_content(tmp_path):
    conn = connect(tmp_path / "lib.sqlite3")
    articles = ArticleRepo(conn)
    first = articles.add("Judul", "Isi.", None, 1)
    assert articles.find_duplicate("Judul", "Isi.") == first
    assert articles.find_duplicate("Judul", "Isi lain.") is None
