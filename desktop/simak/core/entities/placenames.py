"""A large list of place names, used only as recogniser features
(resources/gazetteer/place-names.tsv, built by scripts/build_place_names.py from GeoNames
and Indonesian administrative-region data).

Unlike the curated places.tsv, this list is noisy (many village names are also ordinary
words or person names), so nothing trusts it directly: the CRF sees which kinds of list a
token sequence matched and weighs each kind from the training data.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import marisa_trie

from simak.core.errors import BadInputError
from simak.paths import resources_dir

PLACE_NAMES_FILE = "place-names.tsv"


class PlaceNames:
    def __init__(self, entries: Iterable[tuple[str, tuple[str, ...]]]) -> None:
        # 98,000 names as Python strings in dicts held 17 MB; in a MARISA trie (which numbers
        # its keys) they take about 1 MB, with each key's kinds in a byte array beside it.
        # Names of several words are tried at a token only when some name starts with it,
        # longest first; every name is stored with single spaces between its words.
        kinds_list: list[tuple[str, ...]] = []
        kinds_index: dict[tuple[str, ...], int] = {}
        keyed: dict[str, int] = {}
        longest: dict[str, int] = {}  # first word of a several-word name -> most words
        size = 0
        for name, kinds in entries:
            size += 1
            words = name.split()
            if not words:
                continue
            key = " ".join(words)
            index = kinds_index.get(kinds)
            if index is None:
                index = kinds_index[kinds] = len(kinds_list)
                kinds_list.append(kinds)
            keyed[key] = index
            if len(words) > 1:
                longest[words[0]] = max(longest.get(words[0], 0), len(words))
        if len(kinds_list) > 255:
            raise BadInputError("the place list has more than 255 combinations of kinds")
        self._trie = marisa_trie.Trie(keyed)
        kinds_of = bytearray(len(self._trie))
        for key, index in keyed.items():
            kinds_of[self._trie[key]] = index
        self._kinds_of = bytes(kinds_of)
        self._kinds = tuple(kinds_list)
        self._longest = longest
        self._size = size

    @classmethod
    def load(cls, path: Path | None = None) -> PlaceNames:
        path = path or resources_dir() / "gazetteer" / PLACE_NAMES_FILE
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise BadInputError(f"cannot read the place names {path}: {exc.strerror}") from exc
        return cls(_entries(text, path))

    def __len__(self) -> int:
        return self._size

    def marks(self, tokens: list[str]) -> dict[int, list[str]]:
        """Token index -> the matches it is part of, as "B-city", "I-kel", ... (only the
        indices that matched; case-sensitive). Every start position is tried (matches may
        overlap), taking the longest name that starts there."""
        marks: dict[int, list[str]] = {}
        n = len(tokens)
        find, longest, kinds_of, all_kinds = (
            self._trie.get,
            self._longest,
            self._kinds_of,
            self._kinds,
        )
        for i, token in enumerate(tokens):
            found, size = None, 1
            most = longest.get(token)
            if most is not None:
                for size in range(min(most, n - i), 1, -1):
                    found = find(" ".join(tokens[i : i + size]))
                    if found is not None:
                        break
            if found is None:
                size = 1
                found = find(token) if " " not in token else None
                if found is None:
                    continue
            for kind in all_kinds[kinds_of[found]]:
                marks.setdefault(i, []).append("B-" + kind)
                for k in range(i + 1, i + size):
                    marks.setdefault(k, []).append("I-" + kind)
        return marks


def _entries(text: str, path: Path) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(name, kinds) per line, read as the trie is built: no second copy of the list."""
    kinds_of: dict[str, tuple[str, ...]] = {}  # "kab,kec" -> ("kab", "kec"), made once
    start, number = 0, 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line, start, number = text[start:end], end + 1, number + 1
        if not line or line[0] == "#":
            continue
        name, sep, kinds = line.partition("\t")
        if not sep or not kinds or not name.strip():
            raise BadInputError(f"{path}, line {number}: expected NAME<TAB>KINDS")
        parsed = kinds_of.get(kinds)
        if parsed is None:
            parsed = kinds_of[kinds] = tuple(kinds.split(","))
        yield name, parsed


@cache
def default_place_names() -> PlaceNames:
    return PlaceNames.load()
