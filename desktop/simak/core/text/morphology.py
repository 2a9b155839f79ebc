"""How an Indonesian word is built: root, affixes, reduplication and clitics.

Every way of peeling clitics, suffixes and prefixes off a word is tried; a parse counts only
if what is left is a known root. The parse with the fewest pieces wins (so "menteri" stays a
root and is not men- + teri); remaining ties go to the more frequent root (wordfreq: ber-ubah,
not be-rubah), then to simplemma's and PySastrawi's opinion. Hand-checked exceptions in
resources/text override all of this.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from simak.core.model import Affix, WordAnalysis
from simak.core.text.affixes import (
    CIRCUMFIX_ORDER,
    DERIVATIONAL_SUFFIXES,
    FUSED_PREFIXES,
    INNER_PREFIXES,
    LOAN_PREFIXES,
    OUTER_ONLY_PREFIXES,
    PARTICLES,
    POSSESSIVES,
    PREFIX_RULES,
    PROCLITICS,
    meaning_of,
)
from simak.core.text.morph_lexicon import morph_lexicon
from simak.core.text.notation import Structure

_MIN_ROOT = 3
_MAX_PREFIXES = 3
# Outermost prefix and suffix that never combine (Nazief & Adriani's list).
_IMPOSSIBLE = frozenset(
    {
        ("ber-", "-i"),
        ("di-", "-an"),
        ("ke-", "-i"),
        ("ke-", "-kan"),
        ("meN-", "-an"),
        ("se-", "-i"),
        ("se-", "-kan"),
        ("ter-", "-an"),
        ("peN-", "-i"),
        ("peN-", "-kan"),
        ("pe-", "-i"),
        ("pe-", "-kan"),
    }
)
_OUTER_PREFIXES = tuple(name for name in PREFIX_RULES if name != "tidak-") + tuple(
    OUTER_ONLY_PREFIXES
)
_HYPHEN_PREFIXES = {head: f"{head}-" for head in ("di", "ke", "se", "ber", "ter", *LOAN_PREFIXES)}
_VOWELS_RE = re.compile(r"[aeiou]")


@dataclass(slots=True, unsafe_hash=True)  # a dict key; not frozen, which builds 3x slower
class _Parse:
    prefixes: tuple[str, ...]  # outermost first
    root: str  # as found in the lexicon (compounds joined: "kerjasama")
    suffix: str | None
    proclitic: str | None
    enclitics: tuple[str, ...]

    @property
    def size(self) -> int:
        extras = (self.suffix is not None) + (self.proclitic is not None)
        return 1 + len(self.prefixes) + extras + len(self.enclitics)

    @property
    def penalty(self) -> int:
        loans = sum(1 for prefix in self.prefixes if prefix[:-1] in LOAN_PREFIXES)
        # pe + runding is per-...-an (perundingan), not the peN- of pembaca
        r_after_pen = bool(self.prefixes) and self.prefixes[-1] == "peN-" and self.root[0] == "r"
        return loans + r_after_pen


def _enclitic_splits(word: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    yield word, ()
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= _MIN_ROOT:
            stem = word[: -len(particle)]
            yield stem, (f"-{particle}",)
            for possessive in POSSESSIVES:
                if stem.endswith(possessive) and len(stem) - len(possessive) >= _MIN_ROOT:
                    yield stem[: -len(possessive)], (f"-{possessive}", f"-{particle}")
    for possessive in POSSESSIVES:
        if word.endswith(possessive) and len(word) - len(possessive) >= _MIN_ROOT:
            yield word[: -len(possessive)], (f"-{possessive}",)


def _suffix_splits(body: str) -> Iterator[tuple[str, str | None]]:
    yield body, None
    for suffix in DERIVATIONAL_SUFFIXES:
        if body.endswith(suffix) and len(body) - len(suffix) >= _MIN_ROOT:
            yield body[: -len(suffix)], f"-{suffix}"


def _rule_head(name: str) -> str:
    """The letters a word must start with for the prefix rule `name` to apply at all."""
    head = name[:-1].lower()
    return head[:2] if name in ("meN-", "peN-", "pe-", "per-", "ber-", "ter-") else head


# Every rule needs its head at the start of the word: testing that first skips the rule's
# generator for most words (a fifth of a book's cold analysis time went to such misses).
_RULES: dict[str | None, tuple[tuple[str, str, object], ...]] = {
    outer: tuple(
        (name, _rule_head(name), PREFIX_RULES.get(name) or OUTER_ONLY_PREFIXES[name])
        for name in (_OUTER_PREFIXES if outer is None else INNER_PREFIXES.get(outer, ()))
    )
    for outer in (None, *PREFIX_RULES)
}


def _prefix_splits(
    residual: str, outer: str | None = None, depth: int = 0
) -> list[tuple[tuple[str, ...], str]]:
    """Ways to peel prefixes off `residual` (outermost first), with what is left."""
    splits: list[tuple[tuple[str, ...], str]] = [((), residual)]
    if depth >= _MAX_PREFIXES:
        return splits
    for name, head, rule in _RULES.get(outer, ()):
        if not residual.startswith(head):
            continue
        for rest in rule(residual):  # type: ignore[operator]
            if len(rest) >= _MIN_ROOT:
                for inner, root in _prefix_splits(rest, name, depth + 1):
                    splits.append(((name, *inner), root))
    return splits


def _parses(word: str) -> list[_Parse]:
    lexicon = morph_lexicon()
    is_root = lexicon.is_root
    found: dict[_Parse, None] = {}
    for stem, enclitics in _enclitic_splits(word):
        proclitic_splits = [(None, stem)] + [
            (f"{p}-", stem[len(p) :])
            for p in PROCLITICS
            if stem.startswith(p) and len(stem) - len(p) >= _MIN_ROOT
        ]
        for proclitic, body in proclitic_splits:
            for residual, suffix in _suffix_splits(body):
                for prefixes, root in _prefix_splits(residual):
                    if not is_root(root):
                        continue
                    if proclitic and prefixes:
                        continue
                    if suffix in ("-wan", "-wati") and prefixes:
                        continue
                    if prefixes and (prefixes[0], suffix) in _IMPOSSIBLE:
                        continue
                    found[_Parse(prefixes, root, suffix, proclitic, enclitics)] = None
    return list(found)


@cache
def _stemmer():  # type: ignore[no-untyped-def]
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def _best_parse(word: str) -> _Parse | None:
    if morph_lexicon().is_root(word):
        # The bare word is the only one-part parse, and the fewest parts always win.
        return _Parse((), word, None, None, ())
    parses = _parses(word)
    if not parses:
        return None
    smallest = min(parse.size for parse in parses)
    best = [parse for parse in parses if parse.size == smallest]
    if len(best) == 1:
        return best[0]
    from wordfreq import zipf_frequency

    # Ties are broken by, in turn: fewer loan prefixes, the more frequent root (ber-ubah, not
    # be-rubah), simplemma's lemma, Sastrawi's stem, the longer root. The two stemmers are
    # asked only when the earlier tests leave a tie: Sastrawi alone cost a fifth of a book's
    # cold analysis.
    best = _keep_least(best, lambda p: (p.penalty, -round(zipf_frequency(p.root, "id"), 1)))
    if len(best) > 1:
        import simplemma

        lemma = simplemma.lemmatize(word, lang="id")
        best = _keep_least(best, lambda p: p.root != lemma)
    if len(best) > 1:
        stem = _stemmer().stem(word)
        best = _keep_least(best, lambda p: p.root != stem)
    return min(best, key=lambda p: -len(p.root))


def _keep_least(parses: list[_Parse], key) -> list[_Parse]:  # type: ignore[no-untyped-def]
    """The parses with the smallest key, in their original order."""
    keys = [key(parse) for parse in parses]
    least = min(keys)
    return [parse for parse, k in zip(parses, keys, strict=True) if k == least]


def _affix_names(prefixes: tuple[str, ...], suffix: str | None) -> tuple[str, ...]:
    names = list(prefixes)
    if len(names) >= 2 and (names[0], names[1]) in FUSED_PREFIXES:
        names[0:2] = [FUSED_PREFIXES[(names[0], names[1])]]
    if suffix == "-an":
        for head in CIRCUMFIX_ORDER:
            if head in names:
                names[names.index(head)] = f"{head}...-an"
                return tuple(names)
    return (*names, suffix) if suffix else tuple(names)


def _affixes(names: tuple[str, ...]) -> tuple[Affix, ...]:
    return tuple(Affix(name, meaning_of(name)) for name in names)


def _headword(word: str, parse: _Parse) -> str:
    start = len(parse.proclitic) - 1 if parse.proclitic else 0
    end = len(word) - sum(len(enclitic) - 1 for enclitic in parse.enclitics)
    headword = word[start:end]
    compound = morph_lexicon().compounds.get(parse.root)
    if compound and parse.suffix is None:
        # PUEBI: a compound with only a prefix stays two words (bekerja sama).
        tail = len(compound.split(" ", 1)[1])
        headword = f"{headword[:-tail]} {headword[-tail:]}"
    return headword


def _from_parse(
    surface: str, word: str, parse: _Parse, reduplication: str | None = None
) -> WordAnalysis:
    names = _affix_names(parse.prefixes, parse.suffix)
    clitics = parse.enclitics
    if names == ("se-",) and clitics[:1] == ("-nya",):
        names, clitics = ("se-...-nya",), clitics[1:]  # sebaik-baiknya, setidaknya
    proclitics = (parse.proclitic,) if parse.proclitic else ()
    kept = replace(parse, enclitics=clitics)
    return WordAnalysis(
        surface=surface,
        headword=_headword(word, kept),
        root=morph_lexicon().spelled_root(parse.root),
        affixes=_affixes(names),
        reduplication=reduplication,
        clitics=proclitics + clitics,
    )


def _plain(surface: str, word: str) -> WordAnalysis:
    return WordAnalysis(surface=surface, headword=word, root=word)


def _from_structure(
    surface: str, structure: Structure, extra_clitics: tuple[str, ...]
) -> WordAnalysis:
    headword = structure.surface.lower()
    for clitic in structure.clitics:
        headword = headword.removesuffix(clitic[1:]) if clitic.startswith("-") else headword
    left, _, right = headword.partition("-")
    if structure.reduplication == "full" and left == right and structure.root != headword:
        headword = left
    return WordAnalysis(
        surface=surface,
        headword=headword,
        root=structure.root,
        affixes=_affixes(structure.affixes),
        reduplication=structure.reduplication,
        clitics=structure.clitics + extra_clitics,
    )


def _from_exceptions(surface: str, word: str) -> WordAnalysis | None:
    exceptions = morph_lexicon().exceptions
    for stem, enclitics in _enclitic_splits(word):
        structure = exceptions.get(stem)
        if structure is not None:
            return _from_structure(surface, structure, enclitics)
    return None


def _is_rhyming(left: str, right: str) -> bool:
    if len(left) < 3 or len(right) < 3 or left == right:
        return False
    same_consonants = _VOWELS_RE.sub("", left) == _VOWELS_RE.sub("", right)
    same_rhyme = left[1:] == right[1:]
    return same_consonants or same_rhyme


def _analyse_hyphenated(surface: str, word: str) -> WordAnalysis:
    lexicon = morph_lexicon()
    left, _, right = word.partition("-")
    if word in lexicon.roots:  # lexicalised: kupu-kupu, bolak-balik, warna-warni
        kind = "full" if left == right else "rhyming"
        return WordAnalysis(surface, word, word, reduplication=kind)
    if "-" in right:
        return _plain(surface, word)
    right_parse = _best_parse(right)
    if right_parse and right_parse.enclitics and right[: -_clitic_length(right_parse)] == left:
        base = analyse_word(left)  # anak-anaknya, pertemuan-pertemuannya
        return replace(
            base,
            surface=surface,
            reduplication="full",
            clitics=base.clitics + right_parse.enclitics,
        )
    if left == right:
        return replace(analyse_word(left), surface=surface, reduplication="full")
    left_parse = _best_parse(left)
    if left_parse and right_parse and left_parse.root == right_parse.root:
        merged = _Parse(
            prefixes=left_parse.prefixes or right_parse.prefixes,
            root=left_parse.root,
            suffix=right_parse.suffix or left_parse.suffix,
            proclitic=left_parse.proclitic,
            enclitics=right_parse.enclitics,
        )
        analysis = _from_parse(surface, word, merged, reduplication="full")
        kept_clitics = sum(len(clitic) - 1 for clitic in analysis.clitics if clitic[0] == "-")
        return replace(analysis, headword=word[: len(word) - kept_clitics])
    if _is_rhyming(left, right) and (lexicon.is_root(left) or lexicon.is_root(right)):
        root = left if lexicon.is_root(left) else right
        return WordAnalysis(surface, word, root, reduplication="rhyming")
    if left in _HYPHEN_PREFIXES:  # di-PHK, non-Muslim
        affix = _HYPHEN_PREFIXES[left]
        return WordAnalysis(surface, word, right, affixes=_affixes((affix,)))
    return _plain(surface, word)


def _clitic_length(parse: _Parse) -> int:
    return sum(len(enclitic) - 1 for enclitic in parse.enclitics)


def _analyse_phrase(surface: str, word: str) -> WordAnalysis:
    lexicon = morph_lexicon()
    if word in lexicon.compounds.values():
        return _plain(surface, word)
    parse = _best_parse(word.replace(" ", ""))
    if parse and parse.root in lexicon.compounds:
        return replace(_from_parse(surface, word.replace(" ", ""), parse), headword=word)
    return _plain(surface, word)


def _normalise(surface: str) -> str:
    return " ".join(surface.lower().replace("’", "'").split())


@lru_cache(maxsize=65536)
def _analyse_normalised(word: str) -> WordAnalysis:
    if not word or not any(char.isalpha() for char in word):
        return _plain(word, word)
    from_exceptions = _from_exceptions(word, word)
    if from_exceptions is not None:
        return from_exceptions
    if " " in word:
        return _analyse_phrase(word, word)
    if "-" in word:
        return _analyse_hyphenated(word, word)
    parse = _best_parse(word)
    if parse is None:
        if word.endswith("nya") and len(word) >= 7 and word.isalpha():
            stem = word[:-3]  # an unknown name or loanword with -nya
            return WordAnalysis(word, stem, stem, clitics=("-nya",))
        return _plain(word, word)
    return _from_parse(word, word, parse)


@lru_cache(maxsize=65536)
def analyse_word(surface: str) -> WordAnalysis:
    """Root, affixes, reduplication and clitics of one word (or a compound like kerja sama)."""
    analysis = _analyse_normalised(_normalise(surface))
    return analysis if analysis.surface == surface else replace(analysis, surface=surface)


@lru_cache(maxsize=65536)
def headword_of(surface: str) -> str:
    """The dictionary form a learner looks up: lowercase, clitics and reduplication gone."""
    return _analyse_normalised(_normalise(surface)).headword
