"""SQL for the learner's study state: statuses, review cards and log, contexts, glossary edits.

Methods that change data expect to run inside `StudyRepo.transaction()`, so a service can make
several changes (a status and its review card) commit or fail together.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from simak.core.errors import NotFoundError, StorageError
from simak.storage.repos import transaction

_CHUNK = 500  # stays below SQLite's bound-parameter limit


@dataclass(frozen=True)
class CardRow:
    id: int
    term: str
    due: str
    fsrs_state: str
    suspended: bool


@dataclass(frozen=True)
class ReviewRow:
    card_id: int
    rating: int
    reviewed_at: str
    duration_ms: int | None
    due_after: str


@dataclass(frozen=True)
class ContextRow:
    term: str
    root: str
    article_id: int
    article_title: str
    sentence: str
    start: int
    end: int
    sentence_start: int


@dataclass(frozen=True)
class VocabularyRow:
    term: str
    status: int
    first_article_id: int | None
    first_article_title: str | None
    count: int


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


class StudyRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            with transaction(self._conn):
                yield
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"could not save your study progress ({exc})") from exc

    # --- statuses ---------------------------------------------------------------------------

    def statuses_for(self, terms: Iterable[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in _chunks(sorted(set(terms))):
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT term, status FROM term_status WHERE term IN ({marks})", chunk
            )
            found.update({r["term"]: r["status"] for r in rows})
        return found

    def all_statuses(self) -> dict[str, int]:
        rows = self._conn.execute("SELECT term, status FROM term_status")
        return {r["term"]: r["status"] for r in rows}

    def put_status(self, term: str, status: int, article_id: int | None = None) -> None:
        self._conn.execute(
            "INSERT INTO term_status(term, status, article_id) VALUES (?, ?, ?) "
            "ON CONFLICT(term) DO UPDATE SET status = excluded.status, "
            "article_id = coalesce(term_status.article_id, excluded.article_id), "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')",
            (term, status, article_id),
        )

    def delete_status(self, term: str) -> None:
        self._conn.execute("DELETE FROM term_status WHERE term = ?", (term,))

    # --- review cards -------------------------------------------------------------------------

    def card_for_term(self, term: str) -> CardRow | None:
        row = self._conn.execute(
            "SELECT id, term, due, fsrs_state, suspended FROM review_cards WHERE term = ?", (term,)
        ).fetchone()
        return None if row is None else CardRow(**dict(row))

    def get_card(self, card_id: int) -> CardRow:
        row = self._conn.execute(
            "SELECT id, term, due, fsrs_state, suspended FROM review_cards WHERE id = ?",
            (card_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no review card {card_id}")
        return CardRow(**dict(row))

    def add_card(self, term: str, due: str) -> int:
        """A card row with an empty state; the caller writes the state once it knows the id."""
        cursor = self._conn.execute(
            "INSERT INTO review_cards(term, due, fsrs_state) VALUES (?, ?, '{}')", (term, due)
        )
        return int(cursor.lastrowid)

    def set_card_state(self, card_id: int, fsrs_state: str, due: str) -> None:
        self._conn.execute(
            "UPDATE review_cards SET fsrs_state = ?, due = ? WHERE id = ?",
            (fsrs_state, due, card_id),
        )

    def set_card_suspended(self, card_id: int, suspended: bool) -> None:
        self._conn.execute(
            "UPDATE review_cards SET suspended = ? WHERE id = ?", (int(suspended), card_id)
        )

    def add_review(self, review: ReviewRow, fsrs_log: str) -> None:
        self._conn.execute(
            "INSERT INTO review_log(card_id, rating, reviewed_at, duration_ms, due_after, "
            "fsrs_log) VALUES (?, ?, ?, ?, ?, ?)",
            (
                review.card_id,
                review.rating,
                review.reviewed_at,
                review.duration_ms,
                review.due_after,
                fsrs_log,
            ),
        )

    def reviews_of(self, card_id: int) -> list[ReviewRow]:
        rows = self._conn.execute(
            "SELECT card_id, rating, reviewed_at, duration_ms, due_after FROM review_log "
            "WHERE card_id = ? ORDER BY reviewed_at, id",
            (card_id,),
        )
        return [ReviewRow(**dict(r)) for r in rows]

    def due_cards(self, now: str, limit: int) -> list[CardRow]:
        rows = self._conn.execute(
            "SELECT id, term, due, fsrs_state, suspended FROM review_cards "
            "WHERE suspended = 0 AND due <= ? ORDER BY due, id LIMIT ?",
            (now, limit),
        )
        return [CardRow(**dict(r)) for r in rows]

    def due_count(self, now: str) -> int:
        row = self._conn.execute(
            "SELECT count(*) FROM review_cards WHERE suspended = 0 AND due <= ?", (now,)
        ).fetchone()
        return int(row[0])

    def next_due(self) -> str | None:
        row = self._conn.execute("SELECT min(due) FROM review_cards WHERE suspended = 0").fetchone()
        return row[0]

    def active_cards(self) -> list[CardRow]:
        rows = self._conn.execute(
            "SELECT id, term, due, fsrs_state, suspended FROM review_cards "
            "WHERE suspended = 0 ORDER BY term"
        )
        return [CardRow(**dict(r)) for r in rows]

    # --- contexts -----------------------------------------------------------------------------

    def replace_contexts(
        self,
        article_id: int,
        rows: Iterable[tuple[str, str, str, int, int, int]],
        within: tuple[int, int] | None = None,
    ) -> int:
        """(term, root, sentence, start, end, sentence_start) rows replace the article's (or,
        with `within`, those of one part of it: the words starting in that range)."""
        if within is None:
            self._conn.execute("DELETE FROM term_contexts WHERE article_id = ?", (article_id,))
        else:
            self._conn.execute(
                "DELETE FROM term_contexts WHERE article_id = ? AND start >= ? AND start < ?",
                (article_id, *within),
            )
        cursor = self._conn.executemany(
            "INSERT OR IGNORE INTO term_contexts(term, root, article_id, sentence, start, "
            '"end", sentence_start) VALUES (?, ?, ?, ?, ?, ?, ?)',
            ((t, r, article_id, s, a, b, ss) for t, r, s, a, b, ss in rows),
        )
        return cursor.rowcount

    def contexts(
        self, *, terms: Iterable[str] = (), roots: Iterable[str] = (), limit: int = 1000
    ) -> list[ContextRow]:
        terms, roots = sorted(set(terms)), sorted(set(roots))
        if not terms and not roots:
            return []
        clauses, params = [], []
        if terms:
            clauses.append(f"c.term IN ({','.join('?' * len(terms))})")
            params += terms
        if roots:
            clauses.append(f"c.root IN ({','.join('?' * len(roots))})")
            params += roots
        rows = self._conn.execute(
            "SELECT c.term, c.root, c.article_id, a.title AS article_title, c.sentence, "
            'c.start, c."end" AS "end", c.sentence_start FROM term_contexts c '
            f"JOIN articles a ON a.id = c.article_id WHERE {' OR '.join(clauses)} "
            "ORDER BY a.added_at, c.article_id, c.start LIMIT ?",
            (*params, limit),
        )
        return [ContextRow(**dict(r)) for r in rows]

    def root_of(self, term: str) -> str | None:
        row = self._conn.execute(
            "SELECT root FROM term_contexts WHERE term = ? LIMIT 1", (term,)
        ).fetchone()
        return None if row is None else row[0]

    # --- glossary overrides --------------------------------------------------------------------

    def set_override(self, article_id: int, term: str, action: str | None) -> None:
        if action is None:
            self._conn.execute(
                "DELETE FROM glossary_overrides WHERE article_id = ? AND term = ?",
                (article_id, term),
            )
            return
        self._conn.execute(
            "INSERT INTO glossary_overrides(article_id, term, action) VALUES (?, ?, ?) "
            "ON CONFLICT(article_id, term) DO UPDATE SET action = excluded.action",
            (article_id, term, action),
        )

    def overrides(self, article_id: int) -> dict[str, str]:
        rows = self._conn.execute(
            "SELECT term, action FROM glossary_overrides WHERE article_id = ? ORDER BY created_at",
            (article_id,),
        )
        return {r["term"]: r["action"] for r in rows}

    # --- library-wide vocabulary ----------------------------------------------------------------

    def vocabulary(self) -> list[VocabularyRow]:
        rows = self._conn.execute(
            "SELECT s.term, s.status, "
            "  coalesce(first.article_id, s.article_id) AS first_article_id, "
            "  a.title AS first_article_title, coalesce(n.count, 0) AS count "
            "FROM term_status s "
            "LEFT JOIN (SELECT term, count(*) AS count FROM term_contexts GROUP BY term) n "
            "  ON n.term = s.term "
            "LEFT JOIN (SELECT c.term, c.article_id, min(a2.added_at || printf('%012d', "
            "  c.article_id)) AS k FROM term_contexts c JOIN articles a2 ON a2.id = c.article_id "
            "  GROUP BY c.term) first ON first.term = s.term "
            "LEFT JOIN articles a ON a.id = coalesce(first.article_id, s.article_id) "
            "ORDER BY s.term"
        )
        return [VocabularyRow(**dict(r)) for r in rows]

    def article_title(self, article_id: int) -> str | None:
        row = self._conn.execute(
            "SELECT title FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return None if row is None else row[0]

    def article_exists(self, article_id: int) -> bool:
        return self.article_title(article_id) is not None

    # --- progress over time (added for the Progress dialog) --------------------------------------

    def known_by_day(self) -> list[tuple[str, int]]:
        """(local day, terms marked known that day), oldest first.

        Only the latest status change of a term is stored, so a word marked known, then
        learning, then known again counts on the day of its last change.
        """
        rows = self._conn.execute(
            "SELECT date(updated_at, 'localtime') AS day, count(*) AS n FROM term_status "
            "WHERE status = 99 GROUP BY day ORDER BY day"
        )
        return [(r["day"], int(r["n"])) for r in rows]

    def reviews_by_day(self, since_day: str | None = None) -> list[tuple[str, int]]:
        """(local day, reviews made that day), oldest first; `since_day` is 'YYYY-MM-DD'."""
        rows = self._conn.execute(
            "SELECT date(reviewed_at, 'localtime') AS day, count(*) AS n FROM review_log "
            "GROUP BY day HAVING ? IS NULL OR day >= ? ORDER BY day",
            (since_day, since_day),
        )
        return [(r["day"], int(r["n"])) for r in rows]

    def status_counts(self) -> dict[int, int]:
        rows = self._conn.execute("SELECT status, count(*) AS n FROM term_status GROUP BY status")
        return {r["status"]: int(r["n"]) for r in rows}
