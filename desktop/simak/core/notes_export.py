"""Notes as Markdown or HTML: the article title as a heading, notes oldest first.

A passage note shows its passage as a block quote, a tagged note its tags as `#tag` after
it. Term notes (one per headword, shared by all articles) follow in a "Terms" section: every
term note when the whole library is exported, and for one article the terms it contains. In
HTML each term has an anchor, and the words in notes that are such terms link to it.
"""

from __future__ import annotations

import html
import re
import sqlite3
from dataclasses import dataclass

from simak.storage.repos import ArticleRepo, NoteRepo, NoteRow
from simak.storage.term_note_repo import TermNoteRepo, TermNoteRow

TERMS_HEADING = "Terms"


@dataclass(frozen=True)
class _ArticleNotes:
    article_id: int
    title: str
    notes: list[NoteRow]


def export_notes(conn: sqlite3.Connection, article_id: int | None, fmt: str = "md") -> str:
    articles, notes = ArticleRepo(conn), NoteRepo(conn)
    if article_id is not None:
        article = articles.get(article_id)
        groups = [_ArticleNotes(article.id, article.title, notes.for_article(article.id))]
        terms = _terms_in(TermNoteRepo(conn).all(), article.body)
    else:
        by_article: dict[int, list[NoteRow]] = {}
        for note in notes.all():
            by_article.setdefault(note.article_id, []).append(note)
        groups = [_ArticleNotes(aid, articles.get(aid).title, g) for aid, g in by_article.items()]
        terms = TermNoteRepo(conn).all()
    tags = notes.tags_by_note()
    if fmt == "html":
        return _html_document(groups, tags, terms)
    parts = [_markdown(group, tags) for group in groups]
    if terms:
        parts.append(_markdown_terms(terms))
    return "\n".join(parts)


def _terms_in(terms: list[TermNoteRow], body: str) -> list[TermNoteRow]:
    """The term notes whose term occurs in `body` as whole words."""
    pattern = _term_pattern(terms)
    if pattern is None:
        return []
    present = {match.group(0).lower() for match in pattern.finditer(body)}
    present = {" ".join(p.split()) for p in present}
    return [t for t in terms if t.term in present]


def _term_pattern(terms: list[TermNoteRow]) -> re.Pattern[str] | None:
    if not terms:
        return None
    # longest first, so `kerja sama` wins over `kerja`; spaces match any run of whitespace
    alternatives = sorted((t.term for t in terms), key=len, reverse=True)
    escaped = (r"\s+".join(re.escape(w) for w in term.split()) for term in alternatives)
    return re.compile(rf"(?<!\w)(?:{'|'.join(escaped)})(?!\w)", re.IGNORECASE)


def _tag_line(tags: list[str]) -> str:
    return " ".join(f"#{tag}" for tag in tags)


def _markdown(group: _ArticleNotes, tags: dict[int, list[str]]) -> str:
    lines = [f"# {group.title}", ""]
    for note in group.notes:
        if note.quote:
            lines += [f"> {q}" for q in note.quote.splitlines()] + [""]
        lines.append(note.body)
        if note.id in tags:
            lines.append(_tag_line(tags[note.id]))
        lines.append("")
    return "\n".join(lines)


def _markdown_terms(terms: list[TermNoteRow]) -> str:
    lines = [f"# {TERMS_HEADING}", ""]
    for term in terms:
        first, *rest = term.body.splitlines() or [""]
        lines.append(f"- **{term.term}**: {first}")
        lines += [f"  {line}" if line.strip() else "" for line in rest]
    return "\n".join(lines) + "\n"


def _anchor_id(term: str) -> str:
    return "term-" + "-".join(re.sub(r"[^\w\s-]", "", term).split())


def _html_document(
    groups: list[_ArticleNotes], tags: dict[int, list[str]], terms: list[TermNoteRow]
) -> str:
    pattern = _term_pattern(terms)
    parts = [_html(group, tags, pattern) for group in groups]
    if terms:
        parts.append(_html_terms(terms))
    body = "\n".join(parts)
    head = '<!DOCTYPE html>\n<html lang="id"><meta charset="utf-8">\n<body>\n'
    return f"{head}{body}</body></html>\n"


def _linked(text: str, pattern: re.Pattern[str] | None) -> str:
    """Escaped text with every term-note word linked to its entry in the Terms section."""
    escaped = html.escape(text)
    if pattern is None:
        return escaped

    def link(match: re.Match[str]) -> str:
        term = " ".join(match.group(0).lower().split())
        return f'<a href="#{_anchor_id(term)}">{match.group(0)}</a>'

    # terms are words and spaces, which escaping leaves alone, so matching escaped text is safe
    return pattern.sub(link, escaped)


def _html(group: _ArticleNotes, tags: dict[int, list[str]], pattern: re.Pattern[str] | None) -> str:
    out = [f'<h1 id="article-{group.article_id}">{html.escape(group.title)}</h1>']
    for note in group.notes:
        if note.quote:
            out.append(f"<blockquote>{html.escape(note.quote)}</blockquote>")
        paragraphs = "".join(f"<p>{_linked(p, pattern)}</p>" for p in note.body.split("\n\n"))
        if note.id in tags:
            spans = " ".join(
                f'<span class="tag">#{html.escape(tag)}</span>' for tag in tags[note.id]
            )
            paragraphs += f'<p class="tags">{spans}</p>'
        out.append(f'<section class="note">{paragraphs}</section>')
    return "\n".join(out) + "\n"


def _html_terms(terms: list[TermNoteRow]) -> str:
    out = [f'<h1 id="terms">{TERMS_HEADING}</h1>', "<dl>"]
    for term in terms:
        anchor = _anchor_id(term.term)
        out.append(
            f'<dt id="{anchor}"><a href="#{anchor}"><strong>{html.escape(term.term)}</strong>'
            "</a></dt>"
        )
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in term.body.split("\n\n"))
        out.append(f"<dd>{paragraphs}</dd>")
    out.append("</dl>")
    return "\n".join(out) + "\n"
