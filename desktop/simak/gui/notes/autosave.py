"""Writes note text to the library from a worker thread or, when flushing, the GUI thread.

One connection of its own and a lock: saves run one at a time and in order, so an older
draft can never overwrite a newer one.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from simak.core.anchors import make_anchor
from simak.storage.db import connect
from simak.storage.repos import NoteRepo, NoteRow


@dataclass
class NoteRef:
    """Shared by a draft and its snapshots, so a note created by one save is updated by the
    next, whichever thread runs it."""

    note_id: int | None = None


@dataclass
class Draft:
    article_id: int
    ref: NoteRef
    text: str
    version: int  # increases with every edit; a save records the version it wrote

    @property
    def note_id(self) -> int | None:
        return self.ref.note_id


class NoteWriter:
    def __init__(self, db_path: Path) -> None:
        self._db_path = db_path
        self._conn = None
        self._lock = threading.Lock()

    def save(self, draft: Draft) -> tuple[Draft, NoteRow | None]:
        """Create or update the note; returns the draft (with its id) and the saved row."""
        with self._lock:
            if self._conn is None:
                self._conn = connect(self._db_path)
            repo = NoteRepo(self._conn)
            if draft.ref.note_id is None:
                if not draft.text.strip():
                    return draft, None
                row = repo.add(draft.article_id, draft.text)
                draft.ref.note_id = row.id
                return draft, row
            return draft, repo.update(draft.note_id, draft.text)

    def add_passage(self, article_id: int, body: str, text: str, start: int, end: int) -> NoteRow:
        """A highlight with its note, anchored by quote, offsets and surrounding context."""
        anchor = make_anchor(text, start, end)
        with self._lock:
            if self._conn is None:
                self._conn = connect(self._db_path)
            return NoteRepo(self._conn).add(
                article_id,
                body,
                quote=anchor.quote,
                start=anchor.start,
                end=anchor.end,
                prefix=anchor.prefix,
                suffix=anchor.suffix,
            )

    def _repo(self) -> NoteRepo:
        if self._conn is None:
            self._conn = connect(self._db_path)
        return NoteRepo(self._conn)

    def set_tags(self, note_id: int, tags: list[str]) -> list[str]:
        with self._lock:
            return self._repo().set_tags(note_id, tags)

    def tags_of(self, note_id: int) -> list[str]:
        with self._lock:
            return self._repo().tags_of(note_id)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
