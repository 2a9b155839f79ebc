"""The Indonesian abbreviation list shipped in resources/text, loaded once."""

from __future__ import annotations

from functools import cache

from simak.paths import resources_dir

ABBREVIATIONS_FILE = "abbreviations-id.txt"


@cache
def abbreviations() -> frozenset[str]:
    """Lowercase abbreviations without their final period ("dll", "s.h", "jl")."""
    path = resources_dir() / "text" / ABBREVIATIONS_FILE
    entries: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.strip().lower()
        if entry and not entry.startswith("#"):
            entries.add(entry.rstrip("."))
    return frozenset(entries)
