"""SQL for entity corrections, entity notes and mentions across articles."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from simak.storage.repos import transaction


@dataclass(frozen=True)
class CorrectionRow:
    id: int
    kind: str
    name: str
    value: str | None


class EntityRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def corrections(self) -> list[CorrectionRow]:
        rows = self._conn.execute(
            "SELECT id, kind, name, value FROM entity_corrections ORDER BY id"
        ).fetchall()
        return [CorrectionRow(**dict(r)) for r in rows]

    def add_correction(self, kind: str, name: str, value: str | None) -> int:
        with transaction(self._conn) as conn:
            cursor = conn.execute(
                "INSERT INTO entity_corrections(kind, name, value) VALUES (?, ?, ?)",
                (kind, name, value),
            )
            return int(cursor.lastrowid)

    def note(self, name: str) -> str:
        row = self._conn.execute("SELECT body FROM entity_notes WHERE name = ?", (name,)).fetchone()
        return "" if row is None else row["body"]

    def set_note(self, name: str, body: str) -> None:
        with transaction(self._conn) as conn:
            if body.strip():
                conn.execute(
                    "INSERT INTO entity_notes(name, body) VALUES (?, ?) ON CONFLICT(name) DO "
                    "UPDATE SET body = excluded.body, "
                    "updated_at = strftime('%Y-%m-%dT%H:%M:%f','now')",
                    (name, body),
                )
            else:
                conn.execute("DELETE FROM entity_notes WHERE name = ?", (name,))

    def replace_mentions(self, article_id: int, mentions: list[tuple[str, str, int]]) -> None:
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM entity_mentions WHERE article_id = ?", (article_id,))
            conn.executemany(
                "INSERT INTO entity_mentions(article_id, name, type, count) VALUES (?, ?, ?, ?)",
                [(article_id, name, kind, count) for name, kind, count in mentions],
            )

    def add_mentions(self, article_id: int, mentions: list[tuple[str, str, int]]) -> None:
        """Names seen in one more part of an article: kept with the larger count."""
        with transaction(self._conn) as conn:
            conn.executemany(
                "INSERT INTO entity_mentions(article_id, name, type, count) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(article_id, name) DO UPDATE SET "
                "count = max(count, excluded.count), type = excluded.type",
                [(article_id, name, kind, count) for name, kind, count in mentions],
            )

    def articles_mentioning(self, name: str, except_article: int | None) -> list[tuple[int, str]]:
        rows = self._conn.execute(
            "SELECT a.id, a.title FROM entity_mentions m JOIN articles a ON a.id = m.article_id "
            "WHERE m.name = ? AND a.id IS NOT ? ORDER BY a.added_at DESC",
            (name, except_article),
        ).fetchall()
        return [(int(r["id"]), r["title"]) for r in rows]
