"""The bundled table of place names (resources/gazetteer/places.tsv, built by
scripts/build_gazetteer.py) and longest-match lookup over token sequences.

The recogniser uses matches as features; entity extraction uses them to merge spellings of
one place (Russia, Rusia) and to give a place its English name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from simak.core.errors import BadInputError
from simak.paths import resources_dir


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # surface form as listed
    kind: str  # country | region | province | city
    english: str
    canonical: str  # the form shown to the learner; shared by every spelling of the place


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    place: Place


class Gazetteer:
    def __init__(self, places: list[Place]) -> None:
        self._by_name: dict[str, Place] = {}
        # First token -> candidate token sequences, longest first, for longest-match lookup.
        self._by_first: dict[str, list[tuple[tuple[str, ...], Place]]] = {}
        for place in places:
            self._by_name.setdefault(place.name, place)
            words = tuple(place.name.split())
            self._by_first.setdefault(words[0], []).append((words, place))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: -len(c[0]))

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        path = path or default_path()
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise BadInputError(f"cannot read the place list {path}: {exc.strerror}") from exc
        places = []
        for line in lines:
            if not line or line.startswith("#"):
                continue
            name, kind, english, canonical = line.split("\t")
            places.append(Place(name, kind, english, canonical))
        return cls(places)

    def __len__(self) -> int:
        return len(self._by_name)

    def get(self, name: str) -> Place | None:
        return self._by_name.get(name)

    def match(self, tokens: list[str]) -> list[PlaceMatch]:
        """Non-overlapping longest matches, left to right, case-sensitive."""
        matches: list[PlaceMatch] = []
        i = 0
        n = len(tokens)
        while i < n:
            found = None
            for words, place in self._by_first.get(tokens[i], ()):
                end = i + len(words)
                if end <= n and tuple(tokens[i:end]) == words:
                    found = PlaceMatch(i, end, place)
                    break
            if found:
                matches.append(found)
                i = found.end
            else:
                i += 1
        return matches

    def iob(self, tokens: list[str]) -> list[str]:
        """Per token "B", "I" or "" for gazetteer matches: the recogniser's feature."""
        marks = [""] * len(tokens)
        for m in self.match(tokens):
            marks[m.start] = "B"
            for k in range(m.start + 1, m.end):
                marks[k] = "I"
        return marks


def default_path() -> Path:
    return resources_dir() / "gazetteer" / "places.tsv"


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer.load()
