"""The compact notation for word structure used by golden tests and the exceptions list.

memperkuat = memper- + kuat
posisinya = posisi + -nya
keamanan = ke-...-an + aman
negara-negara = negara (full)
"""

from __future__ import annotations

from dataclasses import dataclass

from simak.core.text.affixes import CLITIC_MEANINGS

REDUPLICATION_KINDS = ("full", "partial", "rhyming")


@dataclass(frozen=True, slots=True)
class Structure:
    surface: str
    affixes: tuple[str, ...]
    root: str
    reduplication: str | None
    clitics: tuple[str, ...]


def parse_structure(line: str) -> Structure:
    surface, _, right = line.partition("=")
    affixes: list[str] = []
    clitics: list[str] = []
    root = ""
    reduplication = None
    for part in right.split(" + "):
        part = part.strip()
        for kind in REDUPLICATION_KINDS:
            if part.endswith(f"({kind})"):
                reduplication = kind
                part = part[: -len(kind) - 2].strip()
        if part in CLITIC_MEANINGS:
            clitics.append(part)
        elif part.startswith("-") or part.endswith("-") or "..." in part:
            affixes.append(part)
        elif part:
            root = part
    return Structure(surface.strip(), tuple(affixes), root, reduplication, tuple(clitics))


def format_structure(structure: Structure) -> str:
    root = structure.root
    if structure.reduplication:
        root = f"{root} ({structure.reduplication})"
    proclitics = [c for c in structure.clitics if c.endswith("-")]
    enclitics = [c for c in structure.clitics if c.startswith("-")]
    prefixes = [a for a in structure.affixes if not a.startswith("-")]
    suffixes = [a for a in structure.affixes if a.startswith("-")]
    parts = [*proclitics, *prefixes, root, *suffixes, *enclitics]
    return f"{structure.surface} = {' + '.join(parts)}"
