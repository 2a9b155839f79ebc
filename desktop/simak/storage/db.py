"""Opening the library database: WAL, foreign keys, busy timeout, numbered migrations.

Each migration file `migrations/NNNN_name.sql` runs in one transaction together with its
bookkeeping row, so a crash mid-migration leaves the previous version intact. A database
written by a newer Simak (a migration number we do not know) is refused, never touched.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from simak.core.errors import StorageError

BUSY_TIMEOUT_MS = 5000
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    folder = resources.files("simak.storage") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    return found


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def connect(path: Path | str, *, migrate: bool = True) -> sqlite3.Connection:
    """Open (and create or upgrade) the library at `path`."""
    try:
        conn = sqlite3.connect(
            str(path),
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # FULL: a commit is on disk before we acknowledge it (notes survive power loss).
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"cannot open the library {path}: {exc}") from exc
    if migrate:
        try:
            apply_migrations(conn)
        except StorageError:
            conn.close()
            raise
    return conn


def apply_migrations(conn: sqlite3.Connection, target: int | None = None) -> list[int]:
    """Upgrade to the latest schema (or to `target`, for building old test databases).

    An existing library is backed up (storage/backup.py) before its first pending migration.
    """
    migrations = available_migrations()
    if target is not None:
        migrations = [m for m in migrations if m.version <= target]
    latest = migrations[-1].version if migrations else 0
    try:
        current = schema_version(conn)
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            f"the library file is not a Simak database or is corrupt ({exc})"
        ) from exc
    if current > latest:
        raise StorageError(
            f"the library was written by a newer Simak (schema {current}, this version knows "
            f"{latest}); update Simak to open it"
        )
    if current > 0 and any(m.version > current for m in migrations):
        _backup_before_upgrade(conn, current)
    applied = []
    for migration in migrations:
        if migration.version <= current:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(migration.sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations(version, name, applied_at) "
                "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
                (migration.version, migration.name),
            )
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            conn.execute("ROLLBACK")
            raise StorageError(f"upgrading the library failed at {migration.name}: {exc}") from exc
        applied.append(migration.version)
    return applied


def _backup_before_upgrade(conn: sqlite3.Connection, current: int) -> None:
    from simak.storage.backup import backup_folder_for, take_backup

    folder = backup_folder_for(conn)
    if folder is not None:  # an in-memory database has nothing to lose
        take_backup(conn, folder, keep=3, label=f"before-upgrade-from-v{current}")


def _statements(sql: str) -> list[str]:
    """Split a migration into statements, keeping CREATE TRIGGER ... END blocks whole."""
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        if line.strip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
