"""SQL for full-text search (FTS5, migration 0005): querying, and the glossary terms index.

Articles and notes are indexed by triggers; glossary terms are stored here after analysis.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from simak.core.errors import StorageError
from simak.storage.repos import transaction

# Marks around matched words in snippets: control characters never typed in an article,
# so a caller can turn them into bold (HTML) or ** (Markdown) without ambiguity.
MARK_START = "\x02"
MARK_END = "\x03"
_SNIPPET_WORDS = 16
# Matches in titles and terms count more than the same match somewhere in a long body.
_TITLE_WEIGHT, _BODY_WEIGHT = 5.0, 1.0


@dataclass(frozen=True)
class SearchRow:
    kind: str
    article_id: int
    note_id: int | None
    article_title: str
    matched_title: str  # the title or term, with marks (empty for notes)
    snippet: str  # the best passage of the body, with marks


class SearchRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def match(self, fts_query: str, limit: int) -> list[SearchRow]:
        """Rows for an FTS5 query expression (already escaped), best first.

        Raises sqlite3.OperationalError for a malformed expression: the caller built it.
        """
        rows = self._conn.execute(
            f"""
            SELECT s.kind, s.article_id, s.note_id, a.title AS article_title,
                   highlight(search_index, 0, :start, :end) AS matched_title,
                   snippet(search_index, 1, :start, :end, '…', {_SNIPPET_WORDS}) AS snippet
            FROM search_index AS s JOIN articles AS a ON a.id = s.article_id
            WHERE search_index MATCH :query
            ORDER BY bm25(search_index, {_TITLE_WEIGHT}, {_BODY_WEIGHT}), s.rowid
            LIMIT :limit
            """,
            {"query": fts_query, "start": MARK_START, "end": MARK_END, "limit": limit},
        ).fetchall()
        return [
            SearchRow(
                kind=row["kind"],
                article_id=int(row["article_id"]),
                note_id=None if row["note_id"] is None else int(row["note_id"]),
                article_title=row["article_title"],
                matched_title=row["matched_title"] or "",
                snippet=row["snippet"] or "",
            )
            for row in rows
        ]

    def index_terms(self, article_id: int, entries: Iterable[tuple[str, str]]) -> int:
        """Replace the article's glossary terms in the index; returns how many are indexed."""
        unique: dict[str, str] = {}
        for term, gloss in entries:
            term = " ".join((term or "").split())
            if term and term not in unique:
                unique[term] = " ".join((gloss or "").split())
        try:
            with transaction(self._conn) as conn:
                conn.execute("DELETE FROM search_terms WHERE article_id = ?", (article_id,))
                conn.executemany(
                    "INSERT INTO search_terms(article_id, term, gloss) VALUES (?, ?, ?)",
                    [(article_id, term, gloss) for term, gloss in unique.items()],
                )
        except sqlite3.IntegrityError as exc:
            raise StorageError(f"there is no article {article_id} to index terms for") from exc
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"could not save the search index ({exc})") from exc
        return len(unique)

    def terms_for(self, article_id: int) -> list[tuple[str, str]]:
        rows = self._conn.execute(
            "SELECT term, gloss FROM search_terms WHERE article_id = ? ORDER BY id", (article_id,)
        ).fetchall()
        return [(r["term"], r["gloss"]) for r in rows]

    def check(self) -> list[str]:
        """Problems FTS5 finds in its own index (empty when it is sound)."""
        try:
            self._conn.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            if "readonly" in str(exc):  # FTS5 checks through an INSERT; a read-only copy can't
                return []
            return [f"the search index is damaged ({exc}); rebuild it"]
        return []

    def rebuild(self) -> None:
        """Rebuild the index from scratch (after damage); the rows themselves are unchanged."""
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM search_index")
            conn.execute(
                "INSERT INTO search_index(rowid, title, body, kind, article_id, note_id) "
                "SELECT id * 4, title, body, 'article', id, NULL FROM articles"
            )
            conn.execute(
                "INSERT INTO search_index(rowid, title, body, kind, article_id, note_id) "
                "SELECT id * 4 + 1, '', body, 'note', article_id, id FROM notes"
            )
            conn.execute(
                "INSERT INTO search_index(rowid, title, body, kind, article_id, note_id) "
                "SELECT id * 4 + 2, term, gloss, 'term', article_id, NULL FROM search_terms"
            )
