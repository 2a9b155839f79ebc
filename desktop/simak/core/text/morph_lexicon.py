"""Word lists the morphology needs: known roots, compounds, hand-checked exceptions.

Roots come from PySastrawi's root list (KBBI-derived, MIT licence) plus our own additions in
resources/text; compounds and exceptions are our own lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources as package_resources

from simak.core.text.notation import Structure, parse_structure
from simak.paths import resources_dir


def _lines(name: str) -> list[str]:
    path = resources_dir() / "text" / name
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


@dataclass(frozen=True)
class MorphLexicon:
    roots: frozenset[str]
    compounds: dict[str, str]  # joined spelling -> spelled with a space ("kerjasama")
    exceptions: dict[str, Structure]

    def is_root(self, candidate: str) -> bool:
        return candidate in self.roots or candidate in self.compounds

    def spelled_root(self, candidate: str) -> str:
        return self.compounds.get(candidate, candidate)


def _sastrawi_roots() -> set[str]:
    data = package_resources.files("Sastrawi.Stemmer") / "data" / "kata-dasar.txt"
    return {line.strip() for line in data.read_text(encoding="utf-8").splitlines() if line.strip()}


@cache
def morph_lexicon() -> MorphLexicon:
    roots = _sastrawi_roots() | {line.lower() for line in _lines("roots-extra.txt")}
    compounds = {}
    for compound in _lines("compounds-id.txt"):
        compound = compound.lower()
        compounds[compound.replace(" ", "")] = compound
        roots.update(compound.split())
    exceptions = {}
    for line in _lines("morphology-exceptions.txt"):
        structure = parse_structure(line)
        exceptions[structure.surface.lower()] = structure
    return MorphLexicon(frozenset(roots), compounds, exceptions)
