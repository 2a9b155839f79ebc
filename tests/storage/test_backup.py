"""Backups: daily rolling copies, restore with an undo, refusing damaged files, checks."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from simak.core.errors import BadInputError, StorageError
from simak.storage.backup import (
    backup_if_due,
    check_database,
    list_backups,
    restore_backup,
    take_backup,
)
from simak.storage.db import connect
from simak.storage.repos import ArticleRepo, NoteRepo

T0 = datetime(2024, 3, 1, 9, 30, 0)


@pytest.fixture
def library(tmp_path):
    path = tmp_path / "simak.sqlite3"
    conn = connect(path)
    article = ArticleRepo(conn).add("Gempa", "Gempa mengguncang Cianjur.", None, 3)
    NoteRepo(conn).add(article, "catatan pertama")
    yield path, conn, article
    conn.close()


def _notes(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT body FROM notes ORDER BY id")]
    finally:
        conn.close()


def test_a_backup_is_a_complete_single_file_copy(library, tmp_path):
    path, conn, _ = library
    folder = tmp_path / "backups"
    backup = take_backup(conn, folder, now=T0)
    assert backup.name == "simak-20240301-093000.sqlite3"
    assert sorted(p.name for p in folder.iterdir()) == [backup.name]  # no -wal, no .partial
    assert _notes(backup) == ["catatan pertama"]
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


def test_only_the_newest_backups_are_kept(library, tmp_path):
    _, conn, _ = library
    folder = tmp_path / "backups"
    for day in range(5):
        take_backup(conn, folder, keep=3, now=T0 + timedelta(days=day))
    kept = list_backups(folder)
    assert [b.taken_at for b in kept] == [T0 + timedelta(days=d) for d in (4, 3, 2)]
    assert all(b.size_bytes > 0 and b.label is None for b in kept)


def test_two_backups_in_one_second_do_not_overwrite_each_other(library, tmp_path):
    _, conn, _ = library
    first = take_backup(conn, tmp_path / "b", now=T0)
    second = take_backup(conn, tmp_path / "b", now=T0)
    assert first != second and first.exists() and second.exists()
    assert list_backups(tmp_path / "b")[0].path == second


def test_the_daily_backup_is_taken_once_a_day(library, tmp_path):
    _, conn, _ = library
    folder = tmp_path / "backups"
    assert backup_if_due(conn, folder, now=T0) is not None  # none yet
    assert backup_if_due(conn, folder, now=T0 + timedelta(hours=23)) is None
    assert backup_if_due(conn, folder, now=T0 + timedelta(hours=25)) is not None
    assert len(list_backups(folder)) == 2


def test_restore_brings_back_old_notes_and_keeps_the_current_library(library, tmp_path):
    path, conn, article = library
    backup = take_backup(conn, tmp_path / "backups", now=T0)
    NoteRepo(conn).add(article, "catatan sesudah backup")  # still in the WAL, not checkpointed
    conn.close()
    before = restore_backup(backup, path)
    assert before == path.with_name("simak.sqlite3.before-restore")
    assert _notes(before) == ["catatan pertama", "catatan sesudah backup"]
    reopened = connect(path)
    assert [n.body for n in NoteRepo(reopened).all()] == ["catatan pertama"]
    assert check_database(reopened).ok
    reopened.close()


def test_a_damaged_backup_is_refused_and_the_library_is_untouched(library, tmp_path):
    path, conn, _ = library
    conn.close()
    damaged = tmp_path / "simak-20240301-093000.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(BadInputError):
        restore_backup(damaged, path)
    with pytest.raises(BadInputError):
        restore_backup(tmp_path / "tidak-ada.sqlite3", path)
    assert _notes(path) == ["catatan pertama"]
    assert not path.with_name("simak.sqlite3.before-restore").exists()


def test_a_damaged_library_is_reported_and_not_backed_up(library, tmp_path):
    path, conn, _ = library
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    _corrupt_an_index_page(path)
    broken = sqlite3.connect(path)
    result = check_database(broken)
    assert not result.ok and result.messages
    with pytest.raises(StorageError, match="integrity check"):
        take_backup(broken, tmp_path / "backups")
    assert list_backups(tmp_path / "backups") == []
    broken.close()


def test_upgrading_an_existing_library_backs_it_up_first(tmp_path):
    from simak.storage.db import apply_migrations, available_migrations

    path = tmp_path / "simak.sqlite3"
    raw = sqlite3.connect(path, isolation_level=None)
    apply_migrations(raw, target=1)
    raw.execute("INSERT INTO articles(title, body, content_sha) VALUES ('Lama', 'Isi lama.', 'x')")
    raw.close()
    connect(path).close()
    backups = list_backups(tmp_path / "backups")
    assert [b.label for b in backups] == ["before-upgrade-from-v1"]
    old = sqlite3.connect(backups[0].path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT title FROM articles").fetchall() == [("Lama",)]
    old.close()
    connect(path).close()  # nothing to upgrade: no second backup
    assert len(list_backups(tmp_path / "backups")) == 1
    assert len(available_migrations()) > 1


def test_a_new_library_is_not_backed_up(tmp_path):
    connect(tmp_path / "simak.sqlite3").close()
    assert list_backups(tmp_path / "backups") == []


def _corrupt_an_index_page(path) -> None:
    """Overwrite the page of an index with junk, as a failing disk would."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    rootpage = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'notes_article'"
    ).fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((rootpage - 1) * page_size + 8)
        handle.write(b"\x07" * 200)
