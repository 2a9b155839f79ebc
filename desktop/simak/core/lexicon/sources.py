"""Opening any dictionary Simak can read, by format: dictd, StarDict, TSV, CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from simak.core.errors import BadInputError
from simak.core.lexicon.dictd import DictdDictionary
from simak.core.lexicon.entries import (
    DictionarySource,
    LexEntry,
    MemoryDictionary,
    dedupe,
    normalise_key,
)
from simak.core.lexicon.stardict import StarDictDictionary
from simak.core.model import Sense

FORMATS = ("dictd", "stardict", "tsv", "csv")


@dataclass(frozen=True)
class DictionaryRef:
    """One row of Settings > Dictionaries (see storage/lexicon_repo.py)."""

    path: Path
    format: str
    name: str
    kind: str = "user"  # "system" (found on this computer) or "user" (imported)
    enabled: bool = True
    position: int = 0
    id: int | None = None


def detect_format(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".index"):
        return "dictd"
    if name.endswith(".ifo"):
        return "stardict"
    if name.endswith((".tsv", ".tab", ".txt")):
        return "tsv"
    if name.endswith(".csv"):
        return "csv"
    raise BadInputError(
        f"{path.name} is not a dictionary Simak reads; choose a dictd .index, a StarDict .ifo, "
        "or a .tsv/.csv file of term and meaning"
    )


def open_dictionary(path: Path, fmt: str, source: str) -> DictionarySource:
    """Open and check a dictionary; raises BadInputError with one sentence when it is bad."""
    if not path.is_file():
        raise BadInputError(f"the dictionary file {path} does not exist")
    if fmt == "dictd":
        return DictdDictionary(path, source)
    if fmt == "stardict":
        return StarDictDictionary(path, source)
    if fmt in ("tsv", "csv"):
        return read_table(path, fmt, source)
    raise BadInputError(f"unknown dictionary format {fmt!r}; use one of {', '.join(FORMATS)}")


def read_table(path: Path, fmt: str, source: str) -> MemoryDictionary:
    """`term<TAB>gloss` / `term,gloss` files, or the bundled 5-column layout; `|` splits senses."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInputError(
            f"{path.name} is not UTF-8 text; save it as UTF-8 and try again"
        ) from exc
    except OSError as exc:
        raise BadInputError(f"cannot read {path.name} ({exc.strerror})") from exc
    delimiter = "\t" if fmt == "tsv" else ","
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    dictionary = MemoryDictionary(source)
    bad = 0
    for number, row in enumerate(rows):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if number == 0 and [c.strip().lower() for c in row[:2]] in (
            ["term", "gloss"],
            ["headword", "pos"],
        ):
            continue
        cells = [c.strip() for c in row]
        if len(cells) < 2 or not cells[0] or not any(cells[1:]):
            bad += 1
            continue
        pos = None
        gloss_text = cells[1]
        if len(cells) >= 3 and cells[1] in (
            "noun",
            "verb",
            "adj",
            "adv",
            "pron",
            "prep",
            "conj",
            "num",
            "particle",
            "interj",
            "det",
        ):
            pos, gloss_text = cells[1], cells[2]
        glosses = dedupe(g.strip() for g in gloss_text.split("|") if g.strip())
        if not glosses:
            bad += 1
            continue
        key = normalise_key(cells[0])
        entry = dictionary.entries.setdefault(key, LexEntry(headword=key, pos=pos))
        entry.senses.extend(Sense(gloss=g, source=source, pos=pos) for g in glosses)
    if not dictionary.entries:
        separator = "a tab" if fmt == "tsv" else "a comma"
        raise BadInputError(
            f"{path.name} has no usable lines; each line needs a term, {separator}, and a meaning"
        )
    return dictionary
