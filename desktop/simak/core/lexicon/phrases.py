"""Multi-word terms in running text: greedy longest match (kerja sama, hak asasi manusia)."""

from __future__ import annotations

from collections.abc import Iterable

from simak.core.lexicon.entries import normalise_key
from simak.core.lexicon.forms import CLITIC_SUFFIXES

MAX_PHRASE_WORDS = 6


class PhraseIndex:
    def __init__(self) -> None:
        self._by_first: dict[str, set[tuple[str, ...]]] = {}
        self.longest = 0

    def add_all(self, terms: Iterable[str]) -> None:
        for term in terms:
            words = tuple(normalise_key(term).split(" "))
            if 2 <= len(words) <= MAX_PHRASE_WORDS:
                self._by_first.setdefault(words[0], set()).add(words)
                self.longest = max(self.longest, len(words))

    def __contains__(self, phrase: str) -> bool:
        words = tuple(normalise_key(phrase).split(" "))
        return words in self._by_first.get(words[0], ())

    def match(self, words: list[str]) -> list[tuple[int, int, str]]:
        """(start, end, phrase) over word indexes [start, end), longest match first, no overlap.

        The last word of a phrase may carry a clitic (`kerja samanya`); the phrase returned is
        the dictionary form.
        """
        lowered = [normalise_key(w) for w in words]
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(lowered):
            candidates = self._by_first.get(lowered[i])
            best = None
            if candidates:
                top = min(self.longest, len(lowered) - i)
                for length in range(top, 1, -1):
                    span = lowered[i : i + length]
                    for last in _without_clitics(span[-1]):
                        phrase = (*span[:-1], last)
                        if phrase in candidates:
                            best = (i, i + length, " ".join(phrase))
                            break
                    if best:
                        break
            if best:
                found.append(best)
                i = best[1]
            else:
                i += 1
        return found


def _without_clitics(word: str) -> list[str]:
    forms = [word]
    for clitic in CLITIC_SUFFIXES:
        if word.endswith(clitic) and len(word) - len(clitic) >= 2:
            forms.append(word[: -len(clitic)])
    return forms
