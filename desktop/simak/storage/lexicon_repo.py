"""SQL for the learner's own definitions and the dictionary list (Settings > Dictionaries)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from simak.core.errors import NotFoundError, StorageError
from simak.core.lexicon.entries import normalise_key
from simak.core.lexicon.sources import DictionaryRef
from simak.storage.repos import transaction


class UserDefinitionRepo:
    """`get` is the provider `Lexicon(user_definitions=repo.get)` calls on every lookup."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def get(self, term: str) -> str | None:
        try:
            row = self._conn.execute(
                "SELECT body FROM user_definitions WHERE term = ?", (normalise_key(term),)
            ).fetchone()
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"could not read your definitions ({exc})") from exc
        return None if row is None else str(row[0])

    def set(self, term: str, body: str) -> None:
        """Save (or, with an empty body, remove) the learner's definition of `term`."""
        key = normalise_key(term)
        if not key:
            raise StorageError("a definition needs a word or phrase to define")
        try:
            with transaction(self._conn) as conn:
                if body.strip():
                    conn.execute(
                        "INSERT INTO user_definitions(term, body) VALUES (?, ?) "
                        "ON CONFLICT(term) DO UPDATE SET body = excluded.body, "
                        "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')",
                        (key, body.strip()),
                    )
                else:
                    conn.execute("DELETE FROM user_definitions WHERE term = ?", (key,))
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"could not save the definition ({exc})") from exc

    def delete(self, term: str) -> None:
        self.set(term, "")

    def all(self) -> dict[str, str]:
        rows = self._conn.execute("SELECT term, body FROM user_definitions ORDER BY term")
        return {str(r[0]): str(r[1]) for r in rows}


_COLUMNS = "id, path, format, name, kind, enabled, position"


def _ref(row: sqlite3.Row) -> DictionaryRef:
    return DictionaryRef(
        path=Path(row["path"]),
        format=row["format"],
        name=row["name"],
        kind=row["kind"],
        enabled=bool(row["enabled"]),
        position=int(row["position"]),
        id=int(row["id"]),
    )


class DictionaryRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def list(self) -> list[DictionaryRef]:
        """System dictionaries first, then imported ones, each in the learner's order."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM dictionaries ORDER BY kind = 'user', position, id"
        ).fetchall()
        return [_ref(r) for r in rows]

    def get(self, dictionary_id: int) -> DictionaryRef:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM dictionaries WHERE id = ?", (dictionary_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no dictionary {dictionary_id}")
        return _ref(row)

    def add(self, path: Path, fmt: str, name: str, kind: str = "user") -> DictionaryRef:
        try:
            with transaction(self._conn) as conn:
                (position,) = conn.execute(
                    "SELECT coalesce(max(position) + 1, 0) FROM dictionaries WHERE kind = ?",
                    (kind,),
                ).fetchone()
                cursor = conn.execute(
                    "INSERT INTO dictionaries(path, format, name, kind, position) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (str(path), fmt, name, kind, position),
                )
                new_id = int(cursor.lastrowid)
        except sqlite3.IntegrityError as exc:
            raise StorageError(f"{name} is already in the dictionary list") from exc
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"could not add the dictionary ({exc})") from exc
        return self.get(new_id)

    def sync_system(self, found: list[tuple[Path, str, str]]) -> list[DictionaryRef]:
        """Add system dictionaries seen for the first time (enabled); keep the learner's choices."""
        known = {r.path for r in self.list()}
        for path, fmt, name in found:
            if path not in known:
                self.add(path, fmt, name, kind="system")
        return self.list()

    def set_enabled(self, dictionary_id: int, enabled: bool) -> DictionaryRef:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "UPDATE dictionaries SET enabled = ? WHERE id = ?", (int(enabled), dictionary_id)
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"there is no dictionary {dictionary_id}")
        return self.get(dictionary_id)

    def reorder(self, ids_in_order: list[int]) -> list[DictionaryRef]:
        """Positions follow `ids_in_order` (ids not listed keep their relative order after)."""
        current = [r.id for r in self.list()]
        ordered = [i for i in ids_in_order if i in current]
        ordered += [i for i in current if i not in ordered]
        with transaction(self._conn) as conn:
            for position, dictionary_id in enumerate(ordered):
                conn.execute(
                    "UPDATE dictionaries SET position = ? WHERE id = ?", (position, dictionary_id)
                )
        return self.list()

    def remove(self, dictionary_id: int) -> DictionaryRef:
        ref = self.get(dictionary_id)
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM dictionaries WHERE id = ?", (dictionary_id,))
        return ref
