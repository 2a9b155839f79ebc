"""CSV export of study cards: UTF-8, a header row, one card a row (spreadsheets, other apps)."""

from __future__ import annotations

import csv
from pathlib import Path

from simak.core.exporters.study_cards import StudyCard, atomic_output

COLUMNS = ("term", "meaning", "root", "sentence", "article", "notes")


def write_csv(cards: list[StudyCard], path: Path | str) -> int:
    with atomic_output(path) as temp, temp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for c in cards:
            writer.writerow([c.term, c.meaning, c.root, c.sentence, c.article_title, c.notes])
    return len(cards)
