"""Copies of the library: daily rolling backups, one before every upgrade, restore, checks.

Backups are made with SQLite's online backup API (a consistent copy even while Simak
writes), only after `PRAGMA integrity_check` passes (a damaged library must not push the
last good copy out of the rotation), into a temporary name renamed when complete: a file
named like a backup is always a whole one. Each is a single self-contained file.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from simak.core.errors import BadInputError, StorageError

PREFIX = "simak-"
SUFFIX = ".sqlite3"
DEFAULT_KEEP = 7
DUE_AFTER = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^simak-(\d{8}-\d{6})(?:-(\d+))?(?:-([a-z0-9-]+?))?\.sqlite3$")
BEFORE_RESTORE_SUFFIX = ".before-restore"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # local time, from the file name
    label: str | None  # None for the daily ones; "before-v5" before an upgrade
    size_bytes: int


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    messages: list[str]


def check_database(conn: sqlite3.Connection) -> CheckResult:
    """SQLite's own integrity check, foreign keys, and the search index when there is one."""
    messages: list[str] = []
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            messages.extend(f"integrity: {r}" for r in rows[:20])
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            messages.append(f"{len(broken)} rows point at rows that no longer exist")
        has_search = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'search_index'"
        ).fetchone()
        if has_search:
            from simak.storage.search_repo import SearchRepo

            messages.extend(SearchRepo(conn).check())
    except sqlite3.DatabaseError as exc:
        messages.append(f"the library cannot be read ({exc})")
    return CheckResult(ok=not messages, messages=messages)


def take_backup(
    conn: sqlite3.Connection,
    folder: Path | str,
    keep: int | None = DEFAULT_KEEP,
    *,
    label: str | None = None,
    now: datetime | None = None,
) -> Path:
    """Copy the library into `folder` as simak-YYYYMMDD-HHMMSS[-label].sqlite3.

    Keeps the newest `keep` backups with the same label (None keeps every one).
    Raises StorageError when the library fails its integrity check or the copy fails.
    """
    # Only real damage stops a backup: a stale search index or a dangling reference is
    # repairable, and refusing would also refuse the upgrade that this backup precedes.
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        raise StorageError(
            "the library failed its integrity check, so no backup was made: "
            + "; ".join(problems[:3])
        )
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"cannot create the backup folder {folder} ({exc.strerror})") from exc
    target = _free_name(folder, (now or datetime.now()).strftime(_STAMP), label)
    partial = target.with_name(target.name + ".partial")
    try:
        _copy_database(conn, partial)
        os.replace(partial, target)
    except (sqlite3.DatabaseError, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"the backup into {folder} failed ({exc})") from exc
    if keep is not None:
        _prune(folder, label, keep)
    return target


def backup_if_due(
    conn: sqlite3.Connection,
    folder: Path | str,
    keep: int = DEFAULT_KEEP,
    *,
    now: datetime | None = None,
) -> Path | None:
    """Take the daily backup when the newest daily one is a day old (or there is none)."""
    now = now or datetime.now()
    daily = [b for b in list_backups(folder) if b.label is None]
    if daily and now - daily[0].taken_at < DUE_AFTER:
        return None
    return take_backup(conn, folder, keep, now=now)


def list_backups(folder: Path | str) -> list[Backup]:
    """Every complete backup in `folder`, newest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        try:
            taken_at = datetime.strptime(match.group(1), _STAMP)
        except ValueError:
            continue
        sequence = int(match.group(2) or 0)
        found.append((taken_at, sequence, Backup(path, taken_at, match.group(3), _size(path))))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [backup for _, _, backup in found]


def restore_backup(path: Path | str, db_path: Path | str) -> Path | None:
    """Replace the library at `db_path` with the backup at `path`.

    Every connection to `db_path` must be closed first. The backup is copied beside the
    library and that copy checked before anything is touched; the current library is kept
    as `<db>.before-restore` (returned), so a restore can itself be undone.
    """
    path, db_path = Path(path), Path(db_path)
    before = db_path.with_name(db_path.name + BEFORE_RESTORE_SUFFIX)
    incoming = db_path.with_name(db_path.name + ".restoring")
    try:
        _copy_checked_backup(path, incoming)
        if db_path.exists():
            _keep_current(db_path, before)
        for sidecar in ("-wal", "-shm"):
            db_path.with_name(db_path.name + sidecar).unlink(missing_ok=True)
        os.replace(incoming, db_path)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise StorageError(
            f"restoring {path.name} failed ({exc}); the library is unchanged"
        ) from exc
    finally:
        incoming.unlink(missing_ok=True)
    return before if before.exists() else None


def backup_folder_for(conn: sqlite3.Connection) -> Path | None:
    """`backups/` next to the connection's main database file (None for in-memory ones)."""
    for row in conn.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            return Path(row[2]).parent / "backups"
    return None


def _copy_checked_backup(path: Path, incoming: Path) -> None:
    """Copy the backup to `incoming` and check the copy; BadInputError when it is unusable."""
    if not path.is_file():
        raise BadInputError(f"{path} is not a backup file")
    try:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _copy_database(source, incoming)
        finally:
            source.close()
        copy = sqlite3.connect(incoming)
        try:
            result = check_database(copy)
            has_articles = copy.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'"
            ).fetchone()
        finally:
            copy.close()
    except sqlite3.DatabaseError as exc:
        raise BadInputError(f"{path.name} is not a Simak backup ({exc})") from exc
    if not result.ok or not has_articles:
        raise BadInputError(f"{path.name} is damaged or not a Simak library; nothing was restored")


def _keep_current(db_path: Path, before: Path) -> None:
    """A consistent copy of the current library (with its WAL), or a raw copy if damaged."""
    try:
        current = sqlite3.connect(db_path)
        try:
            _copy_database(current, before)
        finally:
            current.close()
    except sqlite3.DatabaseError:
        shutil.copy2(db_path, before)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, before.with_name(before.name + "-wal"))


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    target.unlink(missing_ok=True)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        # a single file, no -wal beside it: safe to copy, mail or put on a USB stick
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def _free_name(folder: Path, stamp: str, label: str | None) -> Path:
    tail = f"-{label}" if label else ""
    candidate = folder / f"{PREFIX}{stamp}{tail}{SUFFIX}"
    sequence = 1
    while candidate.exists():  # two backups within one second
        candidate = folder / f"{PREFIX}{stamp}-{sequence}{tail}{SUFFIX}"
        sequence += 1
    return candidate


def _prune(folder: Path, label: str | None, keep: int) -> None:
    same_kind = [b for b in list_backups(folder) if b.label == label]
    for old in same_kind[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
