"""The learner's note on a term (headword or phrase), shared by every article it appears in.

Terms are keys as a learner looks them up: lowercase, single-spaced (`kerja sama`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from simak.core.errors import BadInputError, StorageError
from simak.storage.repos import transaction


@dataclass(frozen=True)
class TermNoteRow:
    term: str
    body: str
    updated_at: str


def normalise_term(term: str) -> str:
    return " ".join(term.lower().split())


class TermNoteRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def set(self, term: str, body: str) -> TermNoteRow | None:
        """Save the note on `term`; an empty body removes it (and returns None)."""
        key = normalise_term(term)
        if not key:
            raise BadInputError("a term note needs a term")
        if not body.strip():
            self.delete(key)
            return None
        try:
            with transaction(self._conn) as conn:
                conn.execute(
                    "INSERT INTO term_notes(term, body) VALUES (?, ?) "
                    "ON CONFLICT(term) DO UPDATE SET body = excluded.body, "
                    "updated_at = strftime('%Y-%m-%dT%H:%M:%f','now')",
                    (key, body),
                )
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"could not save the note on {key!r} ({exc})") from exc
        return self.get(key)

    def get(self, term: str) -> TermNoteRow | None:
        row = self._conn.execute(
            "SELECT term, body, updated_at FROM term_notes WHERE term = ?",
            (normalise_term(term),),
        ).fetchone()
        return None if row is None else TermNoteRow(**dict(row))

    def delete(self, term: str) -> None:
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM term_notes WHERE term = ?", (normalise_term(term),))

    def all(self) -> list[TermNoteRow]:
        """Every term note, alphabetically."""
        rows = self._conn.execute(
            "SELECT term, body, updated_at FROM term_notes ORDER BY term"
        ).fetchall()
        return [TermNoteRow(**dict(r)) for r in rows]
