"""MyThes thesauri (LibreOffice's th_id_ID_v2.idx/.dat): Indonesian synonyms.

`.idx`: encoding line, count line, then `word|byte offset`. `.dat` at that offset:
`word|n` followed by n lines `[pos]|synonym|synonym...` (`[ant]` lines are antonyms).
"""

from __future__ import annotations

import logging
from pathlib import Path

from simak.core.lexicon.entries import dedupe, normalise_key

log = logging.getLogger(__name__)

SYSTEM_THESAURUS = Path("/usr/share/mythes/th_id_ID_v2.idx")
MAX_SYNONYMS = 8


class Thesaurus:
    def __init__(self, idx_path: Path) -> None:
        self.idx_path = idx_path
        self.dat_path = idx_path.with_suffix(".dat")
        raw = idx_path.read_bytes()
        first_line, _, rest = raw.partition(b"\n")
        self.encoding = first_line.decode("ascii", errors="replace").strip() or "utf-8"
        self.offsets: dict[str, int] = {}
        for line in rest.decode(self.encoding, errors="replace").splitlines()[1:]:
            word, sep, offset = line.rpartition("|")
            if sep and offset.isdigit():
                self.offsets.setdefault(normalise_key(word), int(offset))
        if not self.dat_path.is_file():
            raise FileNotFoundError(self.dat_path)

    def synonyms(self, term: str) -> list[str]:
        offset = self.offsets.get(normalise_key(term))
        if offset is None:
            return []
        found: list[str] = []
        with self.dat_path.open("rb") as handle:
            handle.seek(offset)
            head = handle.readline().decode(self.encoding, errors="replace").strip()
            _word, _sep, count = head.rpartition("|")
            for _ in range(int(count) if count.isdigit() else 0):
                line = handle.readline().decode(self.encoding, errors="replace").strip()
                kind, _sep, words = line.partition("|")
                if kind.strip() == "[ant]":
                    continue
                found.extend(w.strip() for w in words.split("|") if w.strip())
        key = normalise_key(term)
        return [w for w in dedupe(found) if normalise_key(w) != key][:MAX_SYNONYMS]


def load_system_thesaurus() -> Thesaurus | None:
    if not SYSTEM_THESAURUS.is_file():
        return None
    try:
        return Thesaurus(SYSTEM_THESAURUS)
    except (OSError, ValueError) as exc:
        log.warning("ignoring the Indonesian thesaurus: %s", exc)
        return None
