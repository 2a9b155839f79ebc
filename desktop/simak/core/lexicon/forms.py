"""Which forms of a surface word to look up, best first.

Morphology proper lives in simak.core.text (analyse_word). Until that module exists this
falls back to Sastrawi's stemmer, so lookups work either way; only `analyse` knows which.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simak.core.model import Affix, WordAnalysis

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
_WORD = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


def _text_analyser():
    try:
        from simak.core.text.morphology import analyse_word
    except ImportError:
        return None
    return analyse_word


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=20000)
def analyse(surface: str) -> WordAnalysis:
    analyser = _text_analyser()
    if analyser is not None:
        try:
            return analyser(surface)
        except Exception:  # a morphology bug must not stop a dictionary lookup
            pass
    return _fallback_analysis(surface)


def _fallback_analysis(surface: str) -> WordAnalysis:
    word = surface.strip().lower()
    headword, clitics, reduplication = word, [], None
    halves = headword.split("-")
    if len(halves) == 2 and halves[0] and halves[0] == halves[1]:
        headword, reduplication = halves[0], "full"
    if not _WORD.match(headword):
        return WordAnalysis(surface, headword, headword)
    root = _stemmer().stem(headword) or headword
    for clitic in CLITIC_SUFFIXES:
        # bukunya -> buku, but sekolah stays: strip only when the root survives the cut.
        stripped = headword.removesuffix(clitic)
        if stripped != headword and root in stripped and len(stripped) >= 3:
            headword, clitics = stripped, [f"-{clitic}"]
            break
    if root not in headword and len(root) < 3:
        root = headword
    return WordAnalysis(
        surface, headword, root, affixes_between(headword, root), reduplication, tuple(clitics)
    )


_PREFIX_LABELS = {
    "memper": ("memper-",),
    "diper": ("diper-",),
    "keber": ("ke-", "ber-"),
    "me": ("meN-",),
    "mem": ("meN-",),
    "men": ("meN-",),
    "meng": ("meN-",),
    "meny": ("meN-",),
    "menge": ("meN-",),
    "pe": ("peN-",),
    "pem": ("peN-",),
    "pen": ("peN-",),
    "peng": ("peN-",),
    "peny": ("peN-",),
    "penge": ("peN-",),
    "per": ("per-",),
    "ber": ("ber-",),
    "be": ("ber-",),
    "bel": ("ber-",),
    "ter": ("ter-",),
    "te": ("ter-",),
    "di": ("di-",),
    "ke": ("ke-",),
    "se": ("se-",),
    "pember": ("peN-", "ber-"),
    "mempe": ("memper-",),
    "dipe": ("diper-",),
    "pel": ("per-",),
}
_CIRCUMFIXES = {
    "ke-": "ke-...-an",
    "peN-": "peN-...-an",
    "per-": "per-...-an",
    "ber-": "ber-...-an",
}


def affixes_between(headword: str, root: str) -> tuple[Affix, ...]:
    """Name the affixes that turn `root` into `headword` (keamanan, aman -> ke-...-an)."""
    from simak.core.lexicon.derive import affix_meaning

    if not root or headword == root:
        return ()
    for cut in (root, root[1:]):
        if not cut:
            continue
        at = headword.find(cut)
        if at < 0:
            continue
        prefix, suffix = headword[:at], headword[at + len(cut) :]
        if prefix and prefix not in _PREFIX_LABELS or suffix not in ("", "kan", "an", "i"):
            continue
        labels = list(_PREFIX_LABELS.get(prefix, ()))
        if suffix == "an" and len(labels) == 1 and labels[0] in _CIRCUMFIXES:
            labels = [_CIRCUMFIXES[labels[0]]]
        elif suffix:
            labels.append(f"-{suffix}")
        return tuple(Affix(label, affix_meaning(label)) for label in labels)
    return ()


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
