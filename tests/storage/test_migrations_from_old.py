"""Libraries written by every earlier schema version open, upgrade, and keep every row.

The files in old_databases/ are real databases made by scripts/make_old_database.py; they
are committed so that a change to an old migration (which must never happen) shows up here.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from simak.core.search import search
from simak.storage.backup import check_database, list_backups
from simak.storage.db import available_migrations, connect, schema_version
from simak.storage.repos import ArticleRepo, NoteRepo
from simak.storage.term_note_repo import TermNoteRepo

OLD = Path(__file__).parent / "old_databases"
VERSIONS = sorted(int(p.stem.split("-v")[1]) for p in OLD.glob("simak-v*.sqlite3"))


def _rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def test_there_is_an_old_database_for_every_schema_version():
    # a new migration needs `python scripts/make_old_database.py --all` and the files committed
    assert [m.version for m in available_migrations()] == VERSIONS


@pytest.mark.parametrize("version", VERSIONS)
def test_each_old_database_has_every_migration_up_to_its_version(version):
    # a file made before a lower-numbered migration was added would skip it on upgrade
    applied = _rows(OLD / f"simak-v{version}.sqlite3", "SELECT version FROM schema_migrations")
    expected = [m.version for m in available_migrations() if m.version <= version]
    assert [v for (v,) in applied] == expected, "rebuild: python scripts/make_old_database.py --all"


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_library_upgrades_with_every_article_and_note_intact(tmp_path, version):
    original = OLD / f"simak-v{version}.sqlite3"
    assert _rows(original, "PRAGMA user_version") == [(version,)]
    articles_before = _rows(original, "SELECT id, title, body, source, added_at FROM articles")
    notes_before = _rows(
        original,
        "SELECT id, article_id, kind, body, quote, start_offset, end_offset, "
        "created_at FROM notes ORDER BY id",
    )
    assert len(articles_before) == 3 and len(notes_before) == 4
    path = tmp_path / "simak.sqlite3"
    shutil.copy(original, path)

    conn = connect(path)
    assert schema_version(conn) == available_migrations()[-1].version
    assert check_database(conn).ok
    articles = ArticleRepo(conn)
    assert [
        (a.id, a.title, a.body, a.source, a.added_at)
        for a in (articles.get(row[0]) for row in articles_before)
    ] == articles_before
    notes = NoteRepo(conn).all()
    assert [
        (n.id, n.article_id, n.kind, n.body, n.quote, n.start_offset, n.end_offset, n.created_at)
        for n in notes
    ] == notes_before
    passage = next(n for n in notes if n.kind == "passage")
    assert articles.get(passage.article_id).body[passage.start_offset : passage.end_offset] == (
        passage.quote
    )
    # what was written before search existed is searchable after the upgrade
    assert [h.kind for h in search(conn, "mengungsi")] == ["article"]
    assert sorted(h.kind for h in search(conn, "naïf")) == ["article", "note"]
    # the library keeps working: new notes, duplicates still found by content
    article_id = articles_before[0][0]
    NoteRepo(conn).add(article_id, "catatan sesudah upgrade")
    assert articles.find_duplicate(articles_before[0][1], articles_before[0][2]) == article_id
    conn.close()

    upgraded = version < available_migrations()[-1].version
    backups = list_backups(tmp_path / "backups")
    assert [b.label for b in backups] == ([f"before-upgrade-from-v{version}"] if upgraded else [])
    if upgraded:  # the backup is the library exactly as it was
        assert (
            _rows(backups[0].path, "SELECT id, title, body, source, added_at FROM articles")
            == articles_before
        )


def test_study_rows_of_an_old_library_survive(tmp_path):
    newest_with_study = [v for v in VERSIONS if v >= 4]
    if not newest_with_study:
        pytest.skip("no old database has study tables yet")
    path = tmp_path / "simak.sqlite3"
    shutil.copy(OLD / f"simak-v{newest_with_study[0]}.sqlite3", path)
    conn = connect(path)
    statuses = dict(conn.execute("SELECT term, status FROM term_status").fetchall())
    assert statuses == {"gempa": 99, "mengguncang": 2, "yang": 98}
    assert conn.execute("SELECT count(*) FROM review_log").fetchone()[0] == 1
    definition = conn.execute("SELECT body FROM user_definitions WHERE term = 'kerja sama'")
    assert definition.fetchone()[0] == "cooperation"
    entity_note = conn.execute("SELECT body FROM entity_notes WHERE name = 'Kim Jong-Un'")
    assert entity_note.fetchone()[0] == "Pemimpin Korea Utara sejak 2011"
    conn.close()


@pytest.mark.parametrize("version", [v for v in VERSIONS if v < 6])
def test_notes_from_before_anchors_gain_tags_and_context_after_upgrade(tmp_path, version):
    path = tmp_path / "simak.sqlite3"
    shutil.copy(OLD / f"simak-v{version}.sqlite3", path)
    conn = connect(path)
    notes = NoteRepo(conn)
    old = notes.all()
    assert all(n.prefix is None and n.suffix is None for n in old)
    assert notes.set_tags(old[0].id, ["#Kosakata"]) == ["kosakata"]
    assert [n.id for n in notes.notes_with_tag("kosakata")] == [old[0].id]
    assert TermNoteRepo(conn).set("Keamanan", "security").term == "keamanan"
    conn.close()


def test_tags_term_notes_and_passage_context_of_a_v6_library_survive(tmp_path):
    newest = [v for v in VERSIONS if v >= 6]
    if not newest:
        pytest.skip("no old database has note tags yet")
    path = tmp_path / "simak.sqlite3"
    shutil.copy(OLD / f"simak-v{newest[0]}.sqlite3", path)
    conn = connect(path)
    notes = NoteRepo(conn)
    first, *_, last = notes.all()
    assert notes.tags_of(first.id) == ["gempa", "kosakata"]
    assert [n.id for n in notes.notes_with_tag("ejaan")] == [last.id]
    passage = next(n for n in notes.all() if n.kind == "passage")
    body = ArticleRepo(conn).get(passage.article_id).body
    assert body[: passage.start_offset].endswith(passage.prefix)
    assert body[passage.end_offset :].startswith(passage.suffix)
    assert [t.term for t in TermNoteRepo(conn).all()] == ["keamanan", "kerja sama"]
    conn.close()
