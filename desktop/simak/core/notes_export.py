"""Notes as Markdown or HTML: the article title as a heading, notes oldest first."""

from __future__ import annotations

import html
import sqlite3

from simak.storage.repos import ArticleRepo, NoteRepo


def export_notes(conn: sqlite3.Connection, article_id: int | None, fmt: str = "md") -> str:
    articles, notes = ArticleRepo(conn), NoteRepo(conn)
    if article_id is not None:
        groups = {article_id: notes.for_article(articles.get(article_id).id)}
    else:
        groups = {}
        for note in notes.all():
            groups.setdefault(note.article_id, []).append(note)
    parts = []
    for aid, group in groups.items():
        title = articles.get(aid).title
        parts.append(_markdown(title, group) if fmt == "md" else _html(title, group))
    if fmt == "html":
        body = "\n".join(parts)
        head = '<!DOCTYPE html>\n<html lang="id"><meta charset="utf-8">\n<body>\n'
        return f"{head}{body}</body></html>\n"
    return "\n".join(parts)


def _markdown(title: str, group) -> str:
    lines = [f"# {title}", ""]
    for note in group:
        if note.quote:
            lines += [f"> {q}" for q in note.quote.splitlines()] + [""]
        lines += [note.body, ""]
    return "\n".join(lines)


def _html(title: str, group) -> str:
    out = [f"<h1>{html.escape(title)}</h1>"]
    for note in group:
        if note.quote:
            out.append(f"<blockquote>{html.escape(note.quote)}</blockquote>")
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in note.body.split("\n\n"))
        out.append(f'<section class="note">{paragraphs}</section>')
    return "\n".join(out) + "\n"
