"""Each article's running headwords and their counts, kept for the library's known shares."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from simak.storage.repos import transaction


class ArticleWordsRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def all(
        self, version: str, exclude: set[int] | frozenset[int] = frozenset()
    ) -> dict[int, dict[str, int]]:
        """Every article's counts worked out by analysis `version` (others are stale), but
        those of `exclude` (already at hand: not read)."""
        if not exclude:
            rows = self._conn.execute(
                "SELECT article_id, counts FROM article_words WHERE version = ?", (version,)
            ).fetchall()
            return {int(r[0]): _parse(r[1]) for r in rows}
        found = {}
        for (article_id,) in self._conn.execute(
            "SELECT article_id FROM article_words WHERE version = ?", (version,)
        ):
            if article_id not in exclude:
                row = self._conn.execute(
                    "SELECT counts FROM article_words WHERE article_id = ?", (article_id,)
                ).fetchone()
                if row is not None:
                    found[int(article_id)] = _parse(row[0])
        return found

    def put(self, article_id: int, version: str, counts: Mapping[str, int]) -> None:
        """Raises StorageError (the article was deleted meanwhile, the disk is full...)."""
        text = "\n".join(f"{word}\t{count}" for word, count in counts.items())
        with transaction(self._conn) as conn:
            conn.execute(
                "INSERT INTO article_words(article_id, version, counts) VALUES (?, ?, ?) "
                "ON CONFLICT(article_id) DO UPDATE SET version = excluded.version, "
                "counts = excluded.counts",
                (article_id, version, text),
            )


def _parse(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in text.splitlines():
        word, _, count = line.rpartition("\t")
        if word and count.isdigit():
            counts[word] = int(count)
    return counts
