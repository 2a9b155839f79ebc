"""The lexicon Simak ships: resources/lexicon/*.tsv (format in resources/lexicon/FORMAT)."""

from __future__ import annotations

import logging
from pathlib import Path

from simak.core.lexicon.entries import LexEntry, dedupe, normalise_key
from simak.core.model import Sense

log = logging.getLogger(__name__)

BUNDLED_SOURCE = "simak"
ABBREVIATIONS_FILE = "abbreviations.tsv"
PHRASES_FILE = "phrases.tsv"


def bundled_files(folder: Path) -> list[Path]:
    """Word lists first (words-1, words-2, ...), then news, phrases, abbreviations, others.

    The order matters: when a headword appears in several files, the first file's first
    sense stays first, so the core word lists decide what the glossary shows.
    """
    if not folder.is_dir():
        return []
    files = sorted(folder.glob("*.tsv"))
    rank = {"news.tsv": 1, PHRASES_FILE: 2, ABBREVIATIONS_FILE: 3}

    def key(path: Path) -> tuple[int, str]:
        if path.name.startswith("words"):
            return (0, path.name)
        return (rank.get(path.name, 4), path.name)

    return sorted(files, key=key)


Row = tuple[str, str, str, str, str, str]  # headword, pos, senses, register, example, expansion


class BundledLexicon:
    """Merged bundled entries plus abbreviations kept apart so `AS` and `as` both work.

    Loading only splits lines into rows; entries are built on first lookup, which keeps
    start-up fast however large the word lists grow.
    """

    def __init__(self) -> None:
        self.source = BUNDLED_SOURCE
        self.rows: dict[str, list[Row]] = {}
        self.abbreviation_rows: dict[str, list[Row]] = {}
        self.abbreviation_forms: dict[str, str] = {}  # lowercase -> as written in news
        self.files: list[Path] = []
        self._built: dict[tuple[str, bool], LexEntry | None] = {}

    @classmethod
    def load(cls, folder: Path) -> BundledLexicon:
        lexicon = cls()
        for path in bundled_files(folder):
            lexicon.add_file(path)
        return lexicon

    def add_file(self, path: Path) -> None:
        is_abbreviation = path.name == ABBREVIATIONS_FILE
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("skipping bundled lexicon file %s: %s", path, exc)
            return
        self.files.append(path)
        self._built.clear()
        table = self.abbreviation_rows if is_abbreviation else self.rows
        width = 6 if is_abbreviation else 5
        for line in text.splitlines():
            if not line or line[0] == "#":
                continue
            cells = line.split("\t")
            if len(cells) < width:
                cells += [""] * (width - len(cells))
            if is_abbreviation:
                headword, pos, expansion, senses, register, example = cells[:6]
            else:
                headword, pos, senses, register, example = cells[:5]
                expansion = ""
            headword = headword.strip()
            if not headword or not (senses.strip() or expansion.strip()):
                continue  # a comment-less blank or a half-written line
            key = normalise_key(headword)
            if is_abbreviation:
                self.abbreviation_forms.setdefault(key, headword)
            table.setdefault(key, []).append(
                (
                    headword,
                    pos.strip(),
                    senses,
                    register.strip(),
                    example.strip(),
                    expansion.strip(),
                )
            )

    def _entry(self, key: str, abbreviation: bool) -> LexEntry | None:
        cache_key = (key, abbreviation)
        if cache_key not in self._built:
            rows = (self.abbreviation_rows if abbreviation else self.rows).get(key)
            entry = None
            for row in rows or ():
                parsed = _entry_from_row(row)
                if entry is None:
                    entry = parsed
                else:
                    _merge_entry(entry, parsed)
            self._built[cache_key] = entry
        return self._built[cache_key]

    def lookup(self, term: str) -> LexEntry | None:
        key = normalise_key(term)
        word = self._entry(key, False)
        abbreviation = self._entry(key, True)
        if abbreviation is None:
            return word
        if word is None:
            return abbreviation
        # `AS` (Amerika Serikat) versus `as` (axle): the way it is written decides the order.
        written = term.strip()
        prefer_abbreviation = written == self.abbreviation_forms.get(key) or (
            written.isupper() and len(written) > 1
        )
        first, second = (abbreviation, word) if prefer_abbreviation else (word, abbreviation)
        merged = LexEntry(first.headword, list(first.senses), first.pos, first.note)
        _merge_entry(merged, second)
        return merged

    def __contains__(self, term: str) -> bool:
        key = normalise_key(term)
        return key in self.rows or key in self.abbreviation_rows

    def __len__(self) -> int:
        return len(self.rows.keys() | self.abbreviation_rows.keys())

    def headwords(self) -> set[str]:
        return set(self.rows) | set(self.abbreviation_rows)


def _entry_from_row(row: Row) -> LexEntry:
    headword, pos, senses_text, register, example, expansion = row
    glosses = dedupe(g.strip() for g in senses_text.split("|") if g.strip())
    if not glosses and expansion:
        glosses = [expansion]
    pos_value = pos or None
    senses = [
        Sense(
            gloss=gloss,
            source=BUNDLED_SOURCE,
            pos=pos_value,
            register=register or None,
            example=(example or None) if i == 0 else None,
        )
        for i, gloss in enumerate(glosses)
    ]
    note = f"{headword} = {expansion}" if expansion else None
    return LexEntry(headword=headword, senses=senses, pos=pos_value, note=note)


def _merge_entry(existing: LexEntry, extra: LexEntry) -> None:
    """Union of senses, the earlier entry's senses first; the first pos and note win."""
    known = {s.gloss.casefold() for s in existing.senses}
    for sense in extra.senses:
        if sense.gloss.casefold() not in known:
            known.add(sense.gloss.casefold())
            existing.senses.append(sense)
    existing.pos = existing.pos or extra.pos
    if extra.note and extra.note != existing.note:
        existing.note = f"{existing.note}; {extra.note}" if existing.note else extra.note
    for synonym in extra.synonyms:
        if synonym not in existing.synonyms:
            existing.synonyms.append(synonym)
