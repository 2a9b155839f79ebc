"""`simak notes add` and `simak notes export` (design/CLI.md)."""

from __future__ import annotations

import argparse
import sys

from simak import paths
from simak.core.errors import UsageError
from simak.core.notes_export import export_notes
from simak.storage.db import connect
from simak.storage.repos import ArticleRepo, NoteRepo


def run(args: argparse.Namespace) -> int:
    conn = connect(paths.db_path())
    try:
        if args.notes_command == "add":
            return _add(args, NoteRepo(conn), ArticleRepo(conn))
        sys.stdout.write(export_notes(conn, args.article_id, args.format))
        return 0
    finally:
        conn.close()


def _add(args: argparse.Namespace, notes: NoteRepo, articles: ArticleRepo) -> int:
    if args.stdin and args.text:
        raise UsageError("give the note as TEXT or with --stdin, not both")
    if not articles.exists(args.article_id):
        from simak.core.errors import NotFoundError

        raise NotFoundError(f"there is no article {args.article_id}; see the library for ids")
    if not args.stdin:
        text = " ".join(args.text).strip()
        if not text:
            raise UsageError("the note is empty; give TEXT or use --stdin")
        print(f"saved {notes.add(args.article_id, text).id}", flush=True)
        return 0
    for line in sys.stdin:
        text = line.rstrip("\n").strip()
        if not text:
            continue
        note = notes.add(args.article_id, text)  # committed before we acknowledge it
        sys.stdout.write(f"saved {note.id}\n")
        sys.stdout.flush()
    return 0
