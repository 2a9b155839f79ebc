"""What every dictionary source hands to the lookup: entries with labelled senses."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from simak.core.model import Sense


@dataclass
class LexEntry:
    headword: str
    senses: list[Sense] = field(default_factory=list)
    pos: str | None = None
    note: str | None = None  # an abbreviation's expansion, a usage remark
    synonyms: list[str] = field(default_factory=list)


class DictionarySource(Protocol):
    """A loaded dictionary: `source` is the label put on every sense it gives."""

    source: str

    def lookup(self, term: str) -> LexEntry | None: ...


def normalise_key(term: str) -> str:
    """Lookup key: lowercase, single spaces, typographic hyphens made plain."""
    term = term.replace("\u2010", "-").replace("\u2011", "-").replace("\u00ad", "")
    return " ".join(term.strip().lower().split())


_TAG = re.compile(r"<[^>]+>")
_NUMBERED = re.compile(r"(?:^|\s)(?:\d{1,2}[.)]|[a-z][)])\s+")
_PRONUNCIATION = re.compile(r"/[^/\n]{1,60}/|\[[^\]\n]{1,60}\]")


def senses_from_text(text: str, headword: str, source: str, limit: int = 6) -> list[Sense]:
    """Turn a free-text dictionary article (dictd, StarDict) into a few short senses.

    Such articles have no fixed layout, so we keep what reads like a gloss: the lines after a
    headword line, split at numbered markers and semicolons, without markup or phonetics.
    """
    text = _TAG.sub(" ", text.replace("<br>", "\n").replace("<br/>", "\n"))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and normalise_key(lines[0]).startswith(normalise_key(headword)) and len(lines) > 1:
        lines = lines[1:]
    glosses: list[str] = []
    for line in lines:
        line = _PRONUNCIATION.sub(" ", line)
        for part in _NUMBERED.split(line):
            for piece in part.split(";"):
                piece = " ".join(piece.split()).strip(" ,.")
                if piece and len(piece) <= 120 and piece.lower() != headword.lower():
                    glosses.append(piece)
    return [Sense(gloss=g, source=source) for g in dedupe(glosses)[:limit]]


def dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.casefold()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


class MemoryDictionary:
    """A dictionary held in a plain dict (bundled TSV, user CSV, reversed FreeDict)."""

    def __init__(self, source: str, entries: dict[str, LexEntry] | None = None) -> None:
        self.source = source
        self.entries: dict[str, LexEntry] = entries if entries is not None else {}

    def lookup(self, term: str) -> LexEntry | None:
        return self.entries.get(normalise_key(term))

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, term: str) -> bool:
        return normalise_key(term) in self.entries
