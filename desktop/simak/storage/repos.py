"""Articles and notes: the only SQL for them lives here.

Every write is its own committed transaction before the call returns, so anything a caller
acknowledges to the user is on disk (synchronous=FULL, WAL).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from simak.core.errors import NotFoundError, StorageError


@dataclass(frozen=True)
class ArticleRow:
    id: int
    title: str
    body: str
    source: str | None
    added_at: str
    opened_at: str | None
    word_count: int
    reading_part: int = 0  # of a long text read in parts (core/parts.py)


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    title: str
    added_at: str
    word_count: int


@dataclass(frozen=True)
class NoteRow:
    id: int
    article_id: int
    kind: str
    body: str
    quote: str | None
    start_offset: int | None
    end_offset: int | None
    created_at: str
    updated_at: str
    # the text just before and after a passage note's quote (schema 6); None for older notes
    prefix: str | None = None
    suffix: str | None = None


def content_sha(title: str, body: str) -> str:
    return hashlib.sha256(f"{title}\n\n{body}".encode()).hexdigest()


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One committed transaction; rolls back and raises StorageError on failure."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StorageError(f"the library is busy or read-only ({exc})") from exc
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        conn.execute("ROLLBACK")
        raise StorageError(f"could not save to the library ({exc})") from exc


class ArticleRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, title: str, body: str, source: str | None, word_count: int) -> int:
        try:
            with transaction(self._conn) as conn:
                cursor = conn.execute(
                    "INSERT INTO articles(title, body, source, word_count, content_sha) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (title, body, source, word_count, content_sha(title, body)),
                )
                return int(cursor.lastrowid)
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"could not add the article ({exc})") from exc

    def find_duplicate(self, title: str, body: str) -> int | None:
        row = self._conn.execute(
            "SELECT id FROM articles WHERE content_sha = ? LIMIT 1", (content_sha(title, body),)
        ).fetchone()
        return None if row is None else int(row["id"])

    def get(self, article_id: int) -> ArticleRow:
        row = self._conn.execute(
            "SELECT id, title, body, source, added_at, opened_at, word_count, reading_part "
            "FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no article {article_id} in the library")
        return ArticleRow(**dict(row))

    def exists(self, article_id: int) -> bool:
        return (
            self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
            is not None
        )

    def list(self) -> list[ArticleSummary]:
        rows = self._conn.execute(
            "SELECT id, title, added_at, word_count FROM articles ORDER BY added_at DESC, id DESC"
        ).fetchall()
        return [ArticleSummary(**dict(r)) for r in rows]

    def bodies(self, exclude: set[int] | frozenset[int] = frozenset()) -> dict[int, str]:
        """Every article's text by id, in one query (for library-wide work on a worker);
        texts of `exclude` are not read."""
        ids = [r[0] for r in self._conn.execute("SELECT id FROM articles")]
        wanted = [i for i in ids if i not in exclude]
        if not wanted:
            return {}
        if len(wanted) == len(ids):
            rows = self._conn.execute("SELECT id, body FROM articles").fetchall()
        else:
            rows = [
                self._conn.execute("SELECT id, body FROM articles WHERE id = ?", (i,)).fetchone()
                for i in wanted
            ]
        return {int(r["id"]): r["body"] for r in rows if r is not None}

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def mark_opened(self, article_id: int, part: int = 0) -> None:
        """The article was opened now, at `part` (0 for one that is read whole)."""
        with transaction(self._conn) as conn:
            conn.execute(
                "UPDATE articles SET opened_at = strftime('%Y-%m-%dT%H:%M:%SZ','now'), "
                "reading_part = ? WHERE id = ?",
                (part, article_id),
            )

    def last_opened(self) -> int | None:
        row = self._conn.execute(
            "SELECT id FROM articles WHERE opened_at IS NOT NULL "
            "ORDER BY opened_at DESC, id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else int(row["id"])

    def delete(self, article_id: int) -> None:
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))


_NOTE_COLUMNS = (
    "id, article_id, kind, body, quote, start_offset, end_offset, created_at, updated_at, "
    "prefix, suffix"
)


def normalise_tag(tag: str) -> str:
    """`#Kosakata ` -> `kosakata`; inner spaces become hyphens so a tag stays one word."""
    return "-".join(tag.strip().lstrip("#").lower().split())


class NoteRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(
        self,
        article_id: int,
        body: str,
        *,
        quote: str | None = None,
        start: int | None = None,
        end: int | None = None,
        prefix: str | None = None,
        suffix: str | None = None,
    ) -> NoteRow:
        kind = "passage" if quote is not None else "article"
        try:
            with transaction(self._conn) as conn:
                if (
                    conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
                    is None
                ):
                    raise NotFoundError(f"there is no article {article_id} in the library")
                cursor = conn.execute(
                    "INSERT INTO notes(article_id, kind, body, quote, start_offset, end_offset, "
                    "prefix, suffix) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (article_id, kind, body, quote, start, end, prefix, suffix),
                )
                note_id = int(cursor.lastrowid)
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"could not save the note ({exc})") from exc
        return self.get(note_id)

    def update(self, note_id: int, body: str) -> NoteRow:
        try:
            with transaction(self._conn) as conn:
                cursor = conn.execute(
                    "UPDATE notes SET body = ?, "
                    "updated_at = strftime('%Y-%m-%dT%H:%M:%f','now') WHERE id = ?",
                    (body, note_id),
                )
                if cursor.rowcount == 0:
                    raise NotFoundError(f"there is no note {note_id}")
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"could not save the note ({exc})") from exc
        return self.get(note_id)

    def delete(self, note_id: int) -> None:
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    def get(self, note_id: int) -> NoteRow:
        row = self._conn.execute(
            f"SELECT {_NOTE_COLUMNS} FROM notes WHERE id = ?", (note_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no note {note_id}")
        return NoteRow(**dict(row))

    def for_article(self, article_id: int) -> list[NoteRow]:
        rows = self._conn.execute(
            f"SELECT {_NOTE_COLUMNS} FROM notes WHERE article_id = ? ORDER BY created_at, id",
            (article_id,),
        ).fetchall()
        return [NoteRow(**dict(r)) for r in rows]

    def all(self) -> list[NoteRow]:
        rows = self._conn.execute(
            f"SELECT {_NOTE_COLUMNS} FROM notes ORDER BY article_id, created_at, id"
        ).fetchall()
        return [NoteRow(**dict(r)) for r in rows]

    def move_passage(
        self,
        note_id: int,
        start: int,
        end: int,
        *,
        quote: str,
        prefix: str | None = None,
        suffix: str | None = None,
    ) -> NoteRow:
        """Re-anchor a passage note after its article changed (see core/anchors.resolve)."""
        try:
            with transaction(self._conn) as conn:
                cursor = conn.execute(
                    "UPDATE notes SET start_offset = ?, end_offset = ?, quote = ?, prefix = ?, "
                    "suffix = ? WHERE id = ? AND kind = 'passage'",
                    (start, end, quote, prefix, suffix, note_id),
                )
                if cursor.rowcount == 0:
                    raise NotFoundError(f"there is no passage note {note_id}")
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"could not save the note ({exc})") from exc
        return self.get(note_id)

    def set_tags(self, note_id: int, tags: Iterable[str]) -> list[str]:
        """Replace the note's tags; returns them normalised and sorted."""
        clean = sorted({normalise_tag(t) for t in tags} - {""})
        try:
            with transaction(self._conn) as conn:
                if conn.execute("SELECT 1 FROM notes WHERE id = ?", (note_id,)).fetchone() is None:
                    raise NotFoundError(f"there is no note {note_id}")
                conn.execute("DELETE FROM note_tags WHERE note_id = ?", (note_id,))
                conn.executemany(
                    "INSERT INTO note_tags(note_id, tag) VALUES (?, ?)",
                    [(note_id, tag) for tag in clean],
                )
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"could not save the tags ({exc})") from exc
        return clean

    def tags_of(self, note_id: int) -> list[str]:
        rows = self._conn.execute(
            "SELECT tag FROM note_tags WHERE note_id = ? ORDER BY tag", (note_id,)
        ).fetchall()
        return [r["tag"] for r in rows]

    def tags_by_note(self) -> dict[int, list[str]]:
        """Every tagged note's tags in one query (for exports and lists)."""
        tags: dict[int, list[str]] = {}
        for row in self._conn.execute("SELECT note_id, tag FROM note_tags ORDER BY note_id, tag"):
            tags.setdefault(int(row["note_id"]), []).append(row["tag"])
        return tags

    def all_tags(self) -> list[tuple[str, int]]:
        """(tag, number of notes) for every tag in use, most used first."""
        rows = self._conn.execute(
            "SELECT tag, count(*) AS n FROM note_tags GROUP BY tag ORDER BY n DESC, tag"
        ).fetchall()
        return [(r["tag"], int(r["n"])) for r in rows]

    def notes_with_tag(self, tag: str) -> list[NoteRow]:
        columns = ", ".join(f"n.{c.strip()}" for c in _NOTE_COLUMNS.split(","))
        rows = self._conn.execute(
            f"SELECT {columns} FROM notes n JOIN note_tags t ON t.note_id = n.id "
            "WHERE t.tag = ? ORDER BY n.created_at, n.id",
            (normalise_tag(tag),),
        ).fetchall()
        return [NoteRow(**dict(r)) for r in rows]
