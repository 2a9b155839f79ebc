"""Which forms of a surface word to look up, best first.

How a word is built comes from the text engine (simak.core.text.morphology); this module
turns that into the spellings a dictionary may list it under.
"""

from __future__ import annotations

from simak.core.model import WordAnalysis

CLITIC_SUFFIXES = ("nya", "lah", "kah", "pun", "ku", "mu")
CLITIC_PREFIXES = ("ku", "kau")
_NASAL_BY_INITIAL = {
    "b": "mem",
    "f": "mem",
    "v": "mem",
    "p": "mem",
    "d": "men",
    "c": "men",
    "j": "men",
    "t": "men",
    "z": "men",
    "s": "meny",
    "k": "meng",
    "g": "meng",
    "h": "meng",
    "a": "meng",
    "e": "meng",
    "i": "meng",
    "o": "meng",
    "u": "meng",
}
_DROPS_INITIAL = set("ptks")  # meN- + tulis = menulis: the root's first sound melts away


def analyse(surface: str) -> WordAnalysis:
    """How `surface` is built: the text engine's morphology (cached there)."""
    from simak.core.text.morphology import analyse_word

    return analyse_word(surface)


def nasal_form(stem: str) -> str:
    """di-bangun -> membangun, di-tulis -> menulis: the active form dictionaries list."""
    if len(stem) < 2:
        return stem
    if stem.startswith("per"):
        return "mem" + stem
    if sum(ch in "aeiou" for ch in stem) == 1:
        return "menge" + stem  # one-syllable roots: mengebom, mengecat
    prefix = _NASAL_BY_INITIAL.get(stem[0], "me")
    if stem[0] in _DROPS_INITIAL and stem[1] in "aeiou":
        return prefix + stem[1:]
    return prefix + stem


def candidate_forms(surface: str, analysis: WordAnalysis) -> list[str]:
    """Surface, headword without clitics/reduplication, active/base forms, then the root."""
    word = surface.strip()
    lower = word.lower()
    forms = [word, lower, analysis.headword.lower()]
    for base in (lower, analysis.headword.lower()):
        halves = base.split("-")
        if len(halves) == 2 and halves[0] and halves[1]:
            if halves[0] == halves[1] or halves[1].endswith(halves[0]):
                forms.append(halves[0])
            elif halves[0].endswith(halves[1]) or len(halves[0]) >= 3:
                forms.append(halves[0])  # berlari-lari -> berlari, sayur-mayur -> sayur
        for clitic in CLITIC_SUFFIXES:
            if base.endswith(clitic) and len(base) - len(clitic) >= 3:
                forms.append(base[: -len(clitic)])
        for clitic in CLITIC_PREFIXES:
            if base.startswith(clitic) and len(base) - len(clitic) >= 3:
                forms.append(base[len(clitic) :])
    bases = list(dict.fromkeys(forms[2:]))
    for base in bases:
        forms.extend(voice_variants(base))
    if not analysis.affixes:
        forms.append(analysis.root.lower())  # with affixes, the root explains, not defines
    return [f for f in dict.fromkeys(forms) if f]


def voice_variants(word: str) -> list[str]:
    """diperkuat -> memperkuat, perkuat; ditulis -> menulis, tulis; terbawa -> bawa."""
    out = []
    if word.startswith("di") and len(word) > 4:
        stem = word[2:]
        out += [nasal_form(stem), stem]
    if word.startswith("ter") and len(word) > 5:
        stem = word[3:]
        out += [stem, nasal_form(stem)]
    for suffix in ("kan", "i"):
        if word.startswith(("me", "di", "ber")) and word.endswith(suffix) and len(word) > 7:
            out.append(word[: -len(suffix)])
    return out
