"""Indonesian syllables (pemenggalan suku kata), for reading aloud and the word card.

The rules are the spelling guide's (PUEBI) applied to sounds rather than morphemes, so
`keamanan` is ke-a-ma-nan, not ke-aman-an:

- ng, ny, sy and kh spell one consonant each and are never split (pe-ngung-si, nya-nyi-an).
- Two vowels side by side belong to different syllables (ke-a-ma-nan, mem-per-ku-at), except
  the diphthongs ai, au, oi and ei at the end of a word (san-tai, pu-lau, sur-vei).
- Between vowels one consonant starts the next syllable (ma-kan); of two or more, the first
  closes the syllable before and the rest start the next (man-di, in-stru-men, sas-tra),
  as far as they can start a syllable at all (trans-por-ta-si, not tran-spor-ta-si).
- A stop or f before r or l is a loanword onset (pro-gram, pu-tra, pro-kla-ma-si), unless
  it is the emphatic -lah (ma-suk-lah).
- Consonants before the first vowel all start the word (stra-te-gis); those after the last
  vowel all end it (teks).
- A reduplicated word is split at its hyphen and each half on its own (a-nak-a-nak).
"""

from __future__ import annotations

_VOWELS = frozenset("aiueoàáâäèéêëìíîïòóôöùúûü")
_DIGRAPHS = ("ng", "ny", "sy", "kh")
_FINAL_DIPHTHONGS = frozenset({"ai", "au", "oi", "ei"})
_OBSTRUENTS = frozenset("pbtdkgf")


def syllables(word: str) -> list[str]:
    """Split `word` into syllables, keeping its spelling and case; a word without a vowel
    (an abbreviation like `dll`) or without letters is one syllable."""
    if "-" in word:
        out: list[str] = []
        for part in word.split("-"):
            if part:
                out += syllables(part)
        return out
    if not word:
        return []
    units = _units(word)
    nuclei = _nuclei(units)
    if not nuclei:
        return [word]
    # Each syllable boundary falls somewhere in the consonants between two nuclei.
    cuts = [
        _cut(units, end_prev, start_next)
        for (_, end_prev), (start_next, _) in zip(nuclei, nuclei[1:], strict=False)
    ]
    bounds = [0, *cuts, len(units)]
    return ["".join(units[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


def _units(word: str) -> list[str]:
    """Letters of the word, with each consonant digraph kept as one unit."""
    units, i, lower = [], 0, word.lower()
    while i < len(word):
        if lower[i : i + 2] in _DIGRAPHS:
            units.append(word[i : i + 2])
            i += 2
        else:
            units.append(word[i])
            i += 1
    return units


def _cut(units: list[str], first: int, last: int) -> int:
    """Where the consonants units[first:last] between two nuclei divide."""
    run = [u.lower() for u in units[first:last]]
    if len(run) <= 1:
        return first
    if len(run) == 2:
        is_lah = run[1] == "l" and "".join(units[last:]).lower() == "ah"
        return first if _legal_onset(run) and not is_lah else first + 1
    # three or more: at least one closes the syllable before, the longest legal rest starts
    for skip in range(1, len(run)):
        if _legal_onset(run[skip:]):
            return first + skip
    return last - 1


def _legal_onset(cluster: list[str]) -> bool:
    if len(cluster) == 1:
        return True
    if len(cluster) == 2:
        first, second = cluster
        return first in _OBSTRUENTS and (second == "r" or (second == "l" and first not in "td"))
    return len(cluster) == 3 and cluster[0] == "s" and _legal_onset(cluster[1:])


def _is_vowel(unit: str) -> bool:
    return len(unit) == 1 and unit.lower() in _VOWELS


def _nuclei(units: list[str]) -> list[tuple[int, int]]:
    """[start, end) unit ranges of syllable nuclei: single vowels, or a word-final diphthong."""
    nuclei = [(i, i + 1) for i, unit in enumerate(units) if _is_vowel(unit)]
    if len(nuclei) >= 2:
        (a, _), (b, end) = nuclei[-2], nuclei[-1]
        final = end == len(units) and b == a + 1
        if final and (units[a] + units[b]).lower() in _FINAL_DIPHTHONGS:
            nuclei[-2:] = [(a, end)]
    return nuclei
