"""Finding dictionaries installed on the system, where dictd and GoldenDict look for them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DICTD_FOLDERS = (Path("/usr/share/dictd"),)
STARDICT_FOLDERS = (Path("/usr/share/stardict/dic"), Path("/usr/share/stardict"))
FREEDICT_ENG_IND = "freedict-eng-ind"
# Names like freedict-ind-eng, stardict-id-en, "Indonesian-English": Indonesian on the left.
_INDONESIAN_FIRST = re.compile(
    r"(?:^|[^a-z])(?:ind|id|indonesian|indonesia)[-_ ]+(?:eng|en|english|inggris)(?:[^a-z]|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundDictionary:
    path: Path  # the .index (dictd) or .ifo (StarDict) file
    format: str  # "dictd" | "stardict"
    name: str

    @property
    def is_freedict_eng_ind(self) -> bool:
        return self.format == "dictd" and self.name == FREEDICT_ENG_IND

    @property
    def usable(self) -> bool:
        """Simak reads Indonesian -> English, and FreeDict eng-ind backwards."""
        return self.is_freedict_eng_ind or bool(_INDONESIAN_FIRST.search(self.name))


def stardict_folders(home: Path | None = None) -> list[Path]:
    home = home if home is not None else Path.home()
    return [*STARDICT_FOLDERS, home / ".stardict" / "dic", home / ".stardict"]


def find_dictionaries(
    dictd_folders: tuple[Path, ...] | list[Path] = DICTD_FOLDERS,
    stardict_dirs: list[Path] | None = None,
) -> list[FoundDictionary]:
    found: list[FoundDictionary] = []
    seen: set[Path] = set()
    for folder in dictd_folders:
        if folder.is_dir():
            for index in sorted(folder.glob("*.index")):
                found.append(FoundDictionary(index, "dictd", index.name.removesuffix(".index")))
    for folder in stardict_dirs if stardict_dirs is not None else stardict_folders():
        if not folder.is_dir():
            continue
        # StarDict dictionaries usually sit one folder deep (dic/NAME/NAME.ifo).
        for ifo in sorted([*folder.glob("*.ifo"), *folder.glob("*/*.ifo")]):
            resolved = ifo.resolve()
            if resolved not in seen:
                seen.add(resolved)
                found.append(FoundDictionary(ifo, "stardict", _stardict_name(ifo)))
    return found


def _stardict_name(ifo: Path) -> str:
    try:
        for line in ifo.read_text("utf-8", errors="replace").splitlines():
            if line.startswith("bookname="):
                return f"{ifo.stem} ({line.partition('=')[2].strip()})"
    except OSError:
        pass
    return ifo.stem
