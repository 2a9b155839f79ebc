"""Importing a learner's own dictionary file: check it, copy it, register it.

The file is opened and read before anything is copied, so a bad file is refused with one
sentence (BadInputError) and neither the dictionaries folder nor the database changes.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Protocol

from simak.core.errors import BadInputError, SimakError
from simak.core.lexicon.sources import DictionaryRef, detect_format, open_dictionary

_COMPANIONS = {
    "dictd": (".index", ".dict", ".dict.dz"),
    "stardict": (".ifo", ".idx", ".idx.gz", ".idx.dz", ".dict", ".dict.dz", ".syn"),
}


class DictionaryRegistry(Protocol):
    def add(self, path: Path, fmt: str, name: str, kind: str = "user") -> DictionaryRef: ...


def _files_to_copy(path: Path, fmt: str) -> list[Path]:
    if fmt not in _COMPANIONS:
        return [path]
    stem = str(path)[: -len(path.suffix)]
    return [Path(stem + s) for s in _COMPANIONS[fmt] if Path(stem + s).is_file()]


def _folder_name(name: str, root: Path) -> Path:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "dictionary"
    candidate, n = root / slug, 2
    while candidate.exists():
        candidate, n = root / f"{slug}-{n}", n + 1
    return candidate


def import_dictionary(
    path: Path, registry: DictionaryRegistry, dictionaries_dir: Path, name: str | None = None
) -> DictionaryRef:
    """Copy a dictd/StarDict/TSV/CSV dictionary into `dictionaries_dir` and register it."""
    path = Path(path)
    if not path.is_file():
        raise BadInputError(f"{path} does not exist or is not a file")
    fmt = detect_format(path)
    display = name or path.name.removesuffix(".index").removesuffix(".ifo").rsplit(".", 1)[0]
    dictionary = open_dictionary(path, fmt, display)  # raises BadInputError when bad
    if not _has_entries(dictionary):
        raise BadInputError(f"{path.name} holds no entries to import")
    target_folder = _folder_name(display, dictionaries_dir)
    try:
        target_folder.mkdir(parents=True)
        for file in _files_to_copy(path, fmt):
            shutil.copy2(file, target_folder / file.name)
        copied = target_folder / path.name
        open_dictionary(copied, fmt, display)  # the copy must read like the original
        return registry.add(copied, fmt, display, "user")
    except (OSError, SimakError) as exc:
        shutil.rmtree(target_folder, ignore_errors=True)
        if isinstance(exc, SimakError):
            raise
        raise BadInputError(f"could not copy {path.name} into the library ({exc})") from exc


def _has_entries(dictionary: object) -> bool:
    for attribute in ("entries", "index"):
        table = getattr(dictionary, attribute, None)
        if table is not None:
            return len(table) > 0
    return True
