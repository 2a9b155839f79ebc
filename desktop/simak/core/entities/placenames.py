"""A large list of place names, used only as recogniser features
(resources/gazetteer/place-names.tsv, built by scripts/build_place_names.py from GeoNames
and Indonesian administrative-region data).

Unlike the curated places.tsv, this list is noisy (many village names are also ordinary
words or person names), so nothing trusts it directly: the CRF sees which kinds of list a
token sequence matched and weighs each kind from the training data.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from simak.core.errors import BadInputError
from simak.paths import resources_dir

PLACE_NAMES_FILE = "place-names.tsv"


class PlaceNames:
    def __init__(self, entries: dict[str, tuple[str, ...]]) -> None:
        # Most of the list is one-word village names: they get a plain dict (name -> kinds)
        # and share their kinds tuples; names of several words are found by their first word,
        # longest first. About 12 MB for the whole list, a third of one tuple per entry.
        shared: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._single: dict[str, tuple[str, ...]] = {}
        self._by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for name, kinds in entries.items():
            kinds = shared.setdefault(kinds, kinds)
            words = name.split()
            if len(words) == 1:
                self._single[name] = kinds
            else:
                self._by_first.setdefault(words[0], []).append((tuple(words), kinds))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: -len(c[0]))
        self._size = len(entries)

    @classmethod
    def load(cls, path: Path | None = None) -> PlaceNames:
        path = path or resources_dir() / "gazetteer" / PLACE_NAMES_FILE
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise BadInputError(f"cannot read the place names {path}: {exc.strerror}") from exc
        entries: dict[str, tuple[str, ...]] = {}
        kinds_of: dict[str, tuple[str, ...]] = {}  # "kab,kec" -> ("kab", "kec"), made once
        for number, line in enumerate(text.splitlines(), start=1):
            if not line or line[0] == "#":
                continue
            name, sep, kinds = line.partition("\t")
            if not sep or not kinds or not name.strip():
                raise BadInputError(f"{path}, line {number}: expected NAME<TAB>KINDS")
            parsed = kinds_of.get(kinds)
            if parsed is None:
                parsed = kinds_of[kinds] = tuple(kinds.split(","))
            entries[name] = parsed
        return cls(entries)

    def __len__(self) -> int:
        return self._size

    def marks(self, tokens: list[str]) -> dict[int, list[str]]:
        """Token index -> the matches it is part of, as "B-city", "I-kel", ... (only the
        indices that matched; case-sensitive). Every start position is tried (matches may
        overlap), taking the longest name that starts there."""
        marks: dict[int, list[str]] = {}
        n = len(tokens)
        by_first, single = self._by_first, self._single
        for i, token in enumerate(tokens):
            found: tuple[tuple[str, ...], tuple[str, ...]] | None = None
            for words, kinds in by_first.get(token, ()):
                end = i + len(words)
                if end <= n and tuple(tokens[i:end]) == words:
                    found = (words, kinds)
                    break
            if found is None:
                kinds = single.get(token)
                if kinds is None:
                    continue
                found = ((token,), kinds)
            words, kinds = found
            end = i + len(words)
            for kind in kinds:
                marks.setdefault(i, []).append("B-" + kind)
                for k in range(i + 1, end):
                    marks.setdefault(k, []).append("I-" + kind)
        return marks


@cache
def default_place_names() -> PlaceNames:
    return PlaceNames.load()
