"""`simak export anki OUT.apkg | simak export csv OUT.csv`: the learning words as study cards."""

from __future__ import annotations

import argparse
import sys

from simak import paths
from simak.core.errors import UsageError
from simak.core.exporters.study_cards import study_card
from simak.core.review import ReviewService
from simak.storage.db import connect


def run(args: argparse.Namespace) -> int:
    writer = _writer(args.export_kind)
    conn = connect(paths.db_path())
    try:
        review = ReviewService(conn, define=_definition_provider())
        cards = [study_card(card) for card in review.all_cards()]
    finally:
        conn.close()
    count = writer(cards, args.output)
    sys.stderr.write(f"exported {count} card{'s' if count != 1 else ''} to {args.output}\n")
    return 0


def _writer(kind: str):
    if kind == "anki":
        from simak.core.exporters.anki import write_apkg

        return write_apkg
    if kind == "csv":
        from simak.core.exporters.csv_export import write_csv

        return write_csv
    raise UsageError(f"unknown export kind {kind!r}; use anki or csv")


def _definition_provider():
    """The lexicon as the learner configured it, so cards carry their own definitions too."""
    from simak.core.lexicon.configured import load_for_library

    return load_for_library(paths.db_path()).define
