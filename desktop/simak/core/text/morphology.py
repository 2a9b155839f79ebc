"""How an Indonesian word is built: root, affixes, reduplication and clitics.

Every way of peeling clitics, suffixes and prefixes off a word is tried; a parse counts only
if what is left is a known root. The parse with the fewest pieces wins (so "menteri" stays a
root and is not men- + teri); remaining ties go to the more frequent root (wordfreq: ber-ubah,
not be-rubah), then to simplemma's and PySastrawi's opinion. Hand-checked exceptions in
resources/text override all of this.
"""

from __future__ import annotations

import re
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


# Clitic and suffix names, made once: each word tries most of them.
_PARTICLE_SPLITS = tuple(
    (particle, (f"-{particle}",), tuple((p, (f"-{p}", f"-{particle}")) for p in POSSESSIVES))
    for particle in PARTICLES
)
_POSSESSIVE_SPLITS = tuple((possessive, (f"-{possessive}",)) for possessive in POSSESSIVES)
_CLITIC_ENDINGS = PARTICLES + POSSESSIVES
_SUFFIX_SPLITS = tuple((suffix, f"-{suffix}") for suffix in DERIVATIONAL_SUFFIXES)
_PROCLITIC_SPLITS = tuple((proclitic, f"{proclitic}-") for proclitic in PROCLITICS)


def _enclitic_splits(word: str) -> list[tuple[str, tuple[str, ...]]]:
    splits: list[tuple[str, tuple[str, ...]]] = [(word, ())]
    if not word.endswith(_CLITIC_ENDINGS):  # most words end in no clitic at all
        return splits
    for particle, particle_names, possessive_splits in _PARTICLE_SPLITS:
        if word.endswith(particle) and len(word) - len(particle) >= _MIN_ROOT:
            stem = word[: -len(particle)]
            splits.append((stem, particle_names))
            for possessive, names in possessive_splits:
                if stem.endswith(possessive) and len(stem) - len(possessive) >= _MIN_ROOT:
                    splits.append((stem[: -len(possessive)], names))
    for possessive, names in _POSSESSIVE_SPLITS:
        if word.endswith(possessive) and len(word) - len(possessive) >= _MIN_ROOT:
            splits.append((word[: -len(possessive)], names))
    return splits


def _suffix_splits(body: str) -> list[tuple[str, str | None]]:
    splits: list[tuple[str, str | None]] = [(body, None)]
    for suffix, name in _SUFFIX_SPLITS:
        if body.endswith(suffix) and len(body) - len(suffix) >= _MIN_ROOT:
            splits.append((body[: -len(suffix)], name))
    return splits


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


# The same rules, by the first two letters a word needs for each (every head has two or
# more): a word tries only the few rules that can apply, in the order above.
_RULES_BY_START: dict[str | None, dict[str, tuple[tuple[str, str, object], ...]]] = {
    outer: {
        start: tuple(rule for rule in rules if rule[1][:2] == start)
        for start in dict.fromkeys(rule[1][:2] for rule in rules)
    }
    for outer, rules in _RULES.items()
}
_NO_RULES: dict[str, tuple[tuple[str, str, object], ...]] = {}  # loan prefixes take none inside


def _prefix_splits(
    residual: str, outer: str | None = None, depth: int = 0
) -> list[tuple[tuple[str, ...], str]]:
    """Ways to peel prefixes off `residual` (outermost first), with what is left."""
    splits: list[tuple[tuple[str, ...], str]] = [((), residual)]
    if depth < _MAX_PREFIXES:
        _add_prefix_splits(residual, outer, depth, (), splits)
    return splits


def _add_prefix_splits(
    residual: str,
    outer: str | None,
    depth: int,
    above: tuple[str, ...],
    splits: list[tuple[tuple[str, ...], str]],
) -> None:
    """Appends to `splits` what _prefix_splits(residual, outer, depth) adds after its first
    entry, each with the prefixes `above` in front, in the same order."""
    rules = _RULES_BY_START.get(outer, _NO_RULES).get(residual[:2])
    if rules is None:
        return
    deeper = depth + 1 < _MAX_PREFIXES
    for name, head, rule in rules:
        if not residual.startswith(head):
            continue
        peeled = (*above, name)
        inner_rules = _RULES_BY_START.get(name, _NO_RULES)
        for rest in rule(residual):  # type: ignore[operator]
            if len(rest) >= _MIN_ROOT:
                splits.append((peeled, rest))
                if deeper and rest[:2] in inner_rules:  # else no rule inside can apply
                    _add_prefix_splits(rest, name, depth + 1, peeled, splits)


def _parses(
    word: str, enclitic_splits: list[tuple[str, tuple[str, ...]]] | None = None
) -> list[_Parse]:
    lexicon = morph_lexicon()
    roots, compounds = lexicon.roots, lexicon.compounds  # is_root, inline: asked ~10x a word
    rules_at_start = _RULES_BY_START[None]
    found: dict[tuple, None] = {}
    if enclitic_splits is None:
        enclitic_splits = _enclitic_splits(word)
    for stem, enclitics in enclitic_splits:
        proclitic_splits: list[tuple[str | None, str]] = [(None, stem)]
        for proclitic, name in _PROCLITIC_SPLITS:
            if stem.startswith(proclitic) and len(stem) - len(proclitic) >= _MIN_ROOT:
                proclitic_splits.append((name, stem[len(proclitic) :]))
        for proclitic, body in proclitic_splits:
            for residual, suffix in _suffix_splits(body):
                # _prefix_splits(residual), unrolled: first the residual itself as the root
                if residual in roots or residual in compounds:
                    found[((), residual, suffix, proclitic, enclitics)] = None
                if residual[:2] not in rules_at_start:  # no prefix can start it: most words
                    continue
                prefixed: list[tuple[tuple[str, ...], str]] = []
                _add_prefix_splits(residual, None, 0, (), prefixed)
                for prefixes, root in prefixed:
                    if root not in roots and root not in compounds:
                        continue
                    if proclitic:
                        continue
                    if suffix in ("-wan", "-wati"):
                        continue
                    if (prefixes[0], suffix) in _IMPOSSIBLE:
                        continue
                    found[(prefixes, root, suffix, proclitic, enclitics)] = None
    return [_Parse(*key) for key in found]


@cache
def _stemmer():  # type: ignore[no-untyped-def]
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def _best_parse(
    word: str, enclitic_splits: list[tuple[str, tuple[str, ...]]] | None = None
) -> _Parse | None:
    if morph_lexicon().is_root(word):
        # The bare word is the only one-part parse, and the fewest parts always win.
        return _Parse((), word, None, None, ())
    parses = _parses(word, enclitic_splits)
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
    return tuple(_affix(name) for name in names)


@cache
def _affix(name: str) -> Affix:
    return Affix(name, meaning_of(name))  # frozen: one object per affix serves every word


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


def _names_and_clitics(parse: _Parse) -> tuple[tuple[str, ...], tuple[str, ...]]:
    names = _affix_names(parse.prefixes, parse.suffix)
    clitics = parse.enclitics
    if names == ("se-",) and clitics[:1] == ("-nya",):
        names, clitics = ("se-...-nya",), clitics[1:]  # sebaik-baiknya, setidaknya
    return names, clitics


def _from_parse(
    surface: str, word: str, parse: _Parse, reduplication: str | None = None
) -> WordAnalysis:
    names, clitics = _names_and_clitics(parse)
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


def headword_and_root(surface: str) -> tuple[str, str]:
    """(headword, root) of analyse_word(surface), both lowercased, without building the
    analysis: the glossary and the known share ask this of every word type of a book.
    Not cached here; simak.core.wordforms keeps the answers."""
    word = _normalise(surface)
    if not word or not any(char.isalpha() for char in word):
        return word.lower(), word.lower()
    enclitic_splits = _enclitic_splits(word)
    exceptions = morph_lexicon().exceptions
    if " " in word or "-" in word or any(stem in exceptions for stem, _ in enclitic_splits):
        analysis = _analyse_normalised(word)  # the rarer paths, as analyse_word takes them
        return analysis.headword.lower(), analysis.root.lower()
    parse = _best_parse(word, enclitic_splits)
    if parse is None:
        if word.endswith("nya") and len(word) >= 7 and word.isalpha():
            stem = word[:-3].lower()  # an unknown name or loanword with -nya
            return stem, stem
        return word.lower(), word.lower()
    _, clitics = _names_and_clitics(parse)
    headword = _headword(
        word, parse if clitics is parse.enclitics else replace(parse, enclitics=clitics)
    )
    return headword.lower(), morph_lexicon().spelled_root(parse.root).lower()


@lru_cache(maxsize=65536)
def headword_of(surface: str) -> str:
    """The dictionary form a learner looks up: lowercase, clitics and reduplication gone."""
    return _analyse_normalised(_normalise(surface)).headword
