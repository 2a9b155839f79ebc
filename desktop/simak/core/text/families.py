"""Word families: every headword seen that shares a root (kuat: kekuatan, memperkuat)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from simak.core.text.morphology import analyse_word


class WordFamilies:
    """An index from root to the headwords seen with it; the caller decides what to persist."""

    def __init__(self) -> None:
        self._by_root: dict[str, set[str]] = defaultdict(set)

    def add_words(self, surfaces: Iterable[str]) -> None:
        for surface in surfaces:
            analysis = analyse_word(surface)
            if analysis.root and any(char.isalpha() for char in analysis.root):
                self._by_root[analysis.root].add(analysis.headword)

    def merge(self, other: WordFamilies) -> None:
        """Take in the families another instance found (built on a worker, say)."""
        for root, headwords in other._by_root.items():
            self._by_root[root] |= headwords

    def family(self, root: str) -> list[str]:
        return sorted(self._by_root.get(root.lower(), ()))

    def family_of(self, word: str) -> list[str]:
        return self.family(analyse_word(word).root)

    def roots(self) -> list[str]:
        return sorted(self._by_root)

    def __len__(self) -> int:
        return len(self._by_root)
