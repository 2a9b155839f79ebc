"""FreeDict English-Indonesian (dictd) read backwards: an Indonesian -> English dictionary.

FreeDict's eng-ind articles look like this (WikDict, plain text):

    security /səˈkjʊɹ.ɪˌti/ <n>
    1. jaminan, keamanan, sekuritas
    2. keamanan, keselamatan
    condition of not being threatened

The header gives the English word and its part of speech; a line starting `N.` opens a
sense with comma-separated Indonesian translations (or the first line does, unnumbered);
other lines explain that sense in English. Only clean Indonesian words are kept (lowercase
letters, hyphen, at most four words), so `ke-10`, `e- -an` or `Jakarta` do not become
headwords. The reversed table is cached as JSON, keyed by the file's size and date.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from simak.core.lexicon.dictd import DictdDictionary
from simak.core.lexicon.entries import LexEntry, normalise_key
from simak.core.model import Sense

log = logging.getLogger(__name__)

FREEDICT_SOURCE = "freedict-eng-ind"
CACHE_VERSION = 2
MAX_SENSES = 6
_HEADER = re.compile(r"^(?P<word>.+?)(?:\s+/.*?/)*\s*(?:<(?P<pos>[^>]+)>)?\s*$")
_NUMBERED = re.compile(r"^(\d+)\.\s*(.*)$")
_TRAILING_MARKER = re.compile(r"\s*\b\d+\.\s*$")
_CLEAN_INDONESIAN = re.compile(r"^[a-z]+(?:-[a-z]+)*(?: [a-z]+(?:-[a-z]+)*){0,3}$")
_POS = {
    "n": "noun",
    "v": "verb",
    "adj": "adj",
    "adv": "adv",
    "prep": "prep",
    "pron": "pron",
    "num": "num",
    "conj": "conj",
    "interj": "interj",
    "det": "det",
    "art": "det",
    "particle": "particle",
}
_SKIP_POS = {"suffix", "prefix", "infix", "affix", "abbr", "symbol"}


def parse_article(article: str) -> tuple[str, str | None, list[tuple[list[str], str]]]:
    """(english word, pos, [(indonesian translations, english explanation), ...])."""
    lines = [line.rstrip() for line in article.splitlines()]
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return "", None, []
    header = _HEADER.match(lines[0].strip())
    english = header.group("word").strip() if header else lines[0].strip()
    pos = header.group("pos") if header else None
    groups: list[tuple[list[str], list[str]]] = []
    for line in lines[1:]:
        if not line.strip() or re.fullmatch(r"\s*\d+\.\s*", line):
            continue
        numbered = _NUMBERED.match(line)
        if numbered and not line.startswith(" "):
            groups.append((_translations(numbered.group(2)), []))
        elif not groups:
            groups.append((_translations(line), []))
        else:
            groups[-1][1].append(line.strip())
    return english, pos, [(words, "; ".join(expl)) for words, expl in groups]


def _translations(text: str) -> list[str]:
    text = _TRAILING_MARKER.sub("", text)
    return [part.strip() for part in text.split(",") if part.strip()]


def is_clean_indonesian(word: str) -> bool:
    return bool(_CLEAN_INDONESIAN.match(word)) and len(word) >= 2


def reverse(dictionary: DictdDictionary) -> dict[str, tuple[str | None, list[str]]]:
    """Indonesian word -> (pos, English glosses best first)."""
    ranked: dict[str, list[tuple[int, int, str, str | None]]] = {}
    order = 0
    for english_key in dictionary.headwords():
        for article in dictionary.articles(english_key):
            english, pos_tag, groups = parse_article(article)
            if not english or (pos_tag or "").lower() in _SKIP_POS or re.search(r"\d", english):
                continue
            pos = _POS.get((pos_tag or "").lower())
            for group_number, (words, explanation) in enumerate(groups):
                gloss = english
                if len(groups) > 1 and explanation and len(explanation) <= 40:
                    gloss = f"{english} ({explanation})"
                for place, word in enumerate(words):
                    if not is_clean_indonesian(word):
                        continue
                    # Earlier senses and earlier translations are the more typical ones; an
                    # Indonesian word that is the sole translation is the best evidence.
                    score = group_number * 4 + place + (0 if len(words) == 1 else 1)
                    ranked.setdefault(word, []).append((score, order, gloss, pos))
                    order += 1
    table: dict[str, tuple[str | None, list[str]]] = {}
    for word, candidates in ranked.items():
        candidates.sort()
        glosses: list[str] = []
        seen: set[str] = set()
        for _score, _order, gloss, _pos in candidates:
            base = gloss.split(" (")[0].casefold()
            if base not in seen:
                seen.add(base)
                glosses.append(gloss)
        table[word] = (candidates[0][3], glosses[:MAX_SENSES])
    return table


def load_freedict(index_path: Path, cache_dir: Path | None) -> ReversedFreeDict:
    """The reversed dictionary, from the JSON cache when it matches the installed file."""
    stat = index_path.stat()
    cache_file = None
    if cache_dir is not None:
        cache_file = cache_dir / f"{index_path.name.removesuffix('.index')}-reversed.json"
        table = _read_cache(cache_file, stat.st_size, stat.st_mtime_ns)
        if table is not None:
            return _to_dictionary(table)
    table = reverse(DictdDictionary(index_path, FREEDICT_SOURCE))
    if cache_file is not None:
        _write_cache(cache_file, stat.st_size, stat.st_mtime_ns, table)
    return _to_dictionary(table)


def _read_cache(path: Path, size: int, mtime_ns: int) -> dict | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("version") != CACHE_VERSION or data.get("source") != [size, mtime_ns]:
        return None
    return data.get("entries")


def _write_cache(path: Path, size: int, mtime_ns: int, table: dict) -> None:
    payload = {"version": CACHE_VERSION, "source": [size, mtime_ns], "entries": table}
    temporary = path.with_suffix(".tmp")
    try:
        temporary.write_text(json.dumps(payload, ensure_ascii=False), "utf-8")
        temporary.replace(path)  # atomic: a reader never sees half a cache
    except OSError as exc:
        log.warning("could not cache the reversed FreeDict index: %s", exc)


class ReversedFreeDict:
    """The reversed table; entries are built on lookup so loading stays a JSON read."""

    source = FREEDICT_SOURCE

    def __init__(self, table: dict[str, tuple[str | None, list[str]]]) -> None:
        self.table = table

    def lookup(self, term: str) -> LexEntry | None:
        key = normalise_key(term)
        row = self.table.get(key)
        if row is None:
            return None
        pos, glosses = row
        senses = [Sense(gloss=g, source=FREEDICT_SOURCE, pos=pos) for g in glosses]
        return LexEntry(headword=key, pos=pos, senses=senses)

    def headwords(self) -> list[str]:
        return list(self.table)

    def __len__(self) -> int:
        return len(self.table)

    def __contains__(self, term: str) -> bool:
        return normalise_key(term) in self.table


def _to_dictionary(table: dict) -> ReversedFreeDict:
    return ReversedFreeDict(table)
