"""The learner's library: adding and removing articles (with duplicate check), the first-run
sample, notes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from simak import paths
from simak.core.errors import BadInputError
from simak.core.importers import ImportedText
from simak.core.text import tokenize
from simak.storage.repos import ArticleRepo, NoteRepo

SAMPLE_FILENAME = "sample-article.txt"


@dataclass(frozen=True)
class AddResult:
    article_id: int
    duplicate: bool  # True when the same text was already in the library


class Library:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.articles = ArticleRepo(conn)
        self.notes = NoteRepo(conn)

    def add(self, imported: ImportedText) -> AddResult:
        text = imported.text.strip()
        if not text:
            raise BadInputError("there is no text to add")
        existing = self.articles.find_duplicate(imported.title, text)
        if existing is not None:
            return AddResult(existing, duplicate=True)
        words = sum(1 for t in tokenize(text) if t.is_word)
        article_id = self.articles.add(imported.title, text, imported.source, words)
        return AddResult(article_id, duplicate=False)

    def ensure_sample(self) -> int | None:
        """On first run (an empty library) import the bundled sample article."""
        if self.articles.count() > 0:
            return None
        from simak.core.importers.plain_text import read_text_file

        imported = read_text_file(paths.resources_dir() / SAMPLE_FILENAME)
        return self.add(ImportedText(imported.title, imported.text, "sample")).article_id

    def first_article(self) -> int | None:
        """The article to open at start-up: the sample on first run, else the last one read."""
        sample = self.ensure_sample()
        if sample is not None:
            return sample
        return self.articles.last_opened() or next((a.id for a in self.articles.list()), None)

    def remove(self, article_id: int) -> int | None:
        """Take an article out of the library, with what belongs to it alone (its notes,
        highlights, names and search entries; the words' statuses stay). Returns the
        article to show next: the one read last, or None when the library is empty."""
        self.articles.delete(article_id)
        return self.articles.last_opened() or next((a.id for a in self.articles.list()), None)
