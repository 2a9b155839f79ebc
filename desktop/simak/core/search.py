"""Search the library: articles, the learner's notes, and glossary terms with meanings.

Whatever the learner types is turned into a safe FTS5 query: each word becomes a quoted
string (so AND, NOT, quotes, brackets or a lone `-` mean nothing special), words must all
match, "quoted words" match as a phrase, and a trailing * matches every word starting so
(`aman*` finds aman, amankan, amanat). Accents are ignored (kafe finds café).
"""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from simak.core.errors import BadInputError
from simak.storage.search_repo import MARK_END, MARK_START, SearchRepo

_PIECES = re.compile(r'"([^"]*)"(\*?)|(\S+)')
# Characters the unicode61 tokenizer treats as separators anyway; a word made only of them
# would be an empty phrase.
_WORD_CHAR = re.compile(r"\w", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "article", "note" or "term"
    article_id: int
    note_id: int | None
    title: str  # the article's title (for a term: "term — article title")
    snippet: str  # matched words between MARK_START and MARK_END

    @property
    def snippet_text(self) -> str:
        """The snippet with matches in **bold** Markdown, for the command line."""
        return self.snippet.replace(MARK_START, "**").replace(MARK_END, "**")

    @property
    def snippet_html(self) -> str:
        """The snippet escaped for a rich-text label, matches in <b>."""
        escaped = html.escape(self.snippet, quote=False)
        return escaped.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


def build_query(text: str) -> str | None:
    """The FTS5 expression for what the learner typed, or None when there is nothing to find."""
    parts: list[str] = []
    for match in _PIECES.finditer(text):
        phrase, phrase_star, word = match.groups()
        if word is not None:
            prefix = word.endswith("*")
            phrase = word.rstrip("*")
        else:
            prefix = bool(phrase_star)
        phrase = phrase.replace("*", " ")
        if not _WORD_CHAR.search(phrase):
            continue
        quoted = '"' + phrase.replace('"', '""') + '"'
        parts.append(quoted + ("*" if prefix else ""))
    return " ".join(parts) if parts else None


def search(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Best matches first; an empty or punctuation-only query finds nothing."""
    fts_query = build_query(query)
    if fts_query is None or limit <= 0:
        return []
    try:
        rows = SearchRepo(conn).match(fts_query, limit)
    except sqlite3.OperationalError as exc:
        raise BadInputError(f"cannot search for {query!r}; try plain words") from exc
    hits = []
    for row in rows:
        if row.kind == "term":
            title = f"{_plain(row.matched_title)} — {row.article_title}"
            snippet = row.matched_title + (f" — {row.snippet}" if row.snippet else "")
        else:
            title = row.article_title
            snippet = (
                row.snippet
                if MARK_START in row.snippet or not row.matched_title
                else (row.matched_title)
            )
        hits.append(SearchHit(row.kind, row.article_id, row.note_id, title, snippet))
    return hits


def index_terms(
    conn: sqlite3.Connection,
    article_id: int,
    entries: Iterable[tuple[str, str]],
    *,
    keep_others: bool = False,
) -> int:
    """Make an article's glossary (term, gloss) pairs searchable, replacing earlier ones (or,
    with `keep_others`, for one part of a long text, adding to them)."""
    repo = SearchRepo(conn)
    if keep_others:
        known = {term for term, _ in repo.terms_for(article_id)}
        entries = [*repo.terms_for(article_id), *((t, g) for t, g in entries if t not in known)]
    return repo.index_terms(article_id, entries)


def _plain(marked: str) -> str:
    return marked.replace(MARK_START, "").replace(MARK_END, "")


def first_occurrence(text: str, words: str) -> int | None:
    """Offset of the first place `words` (or, failing that, their first word) occur in
    `text`, ignoring case: where a search hit sends the reader."""
    import re

    found = words.split()
    if not found:
        return None
    match = re.search(re.escape(" ".join(found)), text, re.IGNORECASE) or re.search(
        re.escape(found[0]), text, re.IGNORECASE
    )
    return match.start() if match else None
