"""The quicker morphology answers exactly as before: the same parses in the same order, and
the (headword, root) pair the glossary asks for equals what analyse_word says."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from simak.core.text import affixes, morphology
from simak.core.text.morph_lexicon import morph_lexicon

_PREFIXES = ["", "", "di", "ber", "be", "me", "mem", "men", "meng", "meny", "ter", "pe", "pem"]
_PREFIXES += ["pen", "peng", "per", "ke", "se", "memper", "diper", "ku", "kau", "antar", "non"]
_PREFIXES += ["pasca", "ketidak", "berke", "pemer", "multi", "pra", "anti", "tidak"]
_SUFFIXES = ["", "", "kan", "an", "i", "nya", "lah", "kah", "pun", "ku", "mu", "annya"]
_SUFFIXES += ["kannya", "inya", "wan", "wati", "nyalah", "tah", "kanlah"]
_ROOTS = sorted(morph_lexicon().roots)[::40] + ["aman", "tulis", "kerja", "sama", "rubah"]


def _words() -> st.SearchStrategy[str]:
    root = st.sampled_from(_ROOTS)
    word = st.builds(
        lambda p, r, s: p + r + s, st.sampled_from(_PREFIXES), root, st.sampled_from(_SUFFIXES)
    )
    return st.one_of(
        word,
        st.builds(lambda w: f"{w}-{w}", word),  # reduplication
        st.builds(lambda a, b: f"{a}-{b}", word, word),
        st.text(alphabet="abdegikmnprstuy-", min_size=1, max_size=14),
    )


# --- the parse enumeration as it was: generators, every rule tried at every step ---------


def _old_prefix_splits(residual: str, outer: str | None = None, depth: int = 0) -> list:
    splits = [((), residual)]
    if depth >= morphology._MAX_PREFIXES:
        return splits
    for name, head, rule in morphology._RULES.get(outer, ()):
        if not residual.startswith(head):
            continue
        for rest in rule(residual):
            if len(rest) >= morphology._MIN_ROOT:
                for inner, root in _old_prefix_splits(rest, name, depth + 1):
                    splits.append(((name, *inner), root))
    return splits


def _old_parses(word: str) -> list:
    is_root = morph_lexicon().is_root
    found: dict = {}
    for stem, enclitics in morphology._enclitic_splits(word):
        proclitic_splits = [(None, stem)] + [
            (f"{p}-", stem[len(p) :])
            for p in morphology.PROCLITICS
            if stem.startswith(p) and len(stem) - len(p) >= morphology._MIN_ROOT
        ]
        for proclitic, body in proclitic_splits:
            for residual, suffix in morphology._suffix_splits(body):
                for prefixes, root in _old_prefix_splits(residual):
                    if not is_root(root):
                        continue
                    if proclitic and prefixes:
                        continue
                    if suffix in ("-wan", "-wati") and prefixes:
                        continue
                    if prefixes and (prefixes[0], suffix) in morphology._IMPOSSIBLE:
                        continue
                    found[morphology._Parse(prefixes, root, suffix, proclitic, enclitics)] = None
    return list(found)


def _old_enclitic_splits(word: str) -> list:
    splits = [(word, ())]
    for particle in morphology.PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= morphology._MIN_ROOT:
            stem = word[: -len(particle)]
            splits.append((stem, (f"-{particle}",)))
            for possessive in morphology.POSSESSIVES:
                if (
                    stem.endswith(possessive)
                    and len(stem) - len(possessive) >= morphology._MIN_ROOT
                ):
                    splits.append((stem[: -len(possessive)], (f"-{possessive}", f"-{particle}")))
    for possessive in morphology.POSSESSIVES:
        if word.endswith(possessive) and len(word) - len(possessive) >= morphology._MIN_ROOT:
            splits.append((word[: -len(possessive)], (f"-{possessive}",)))
    return splits


@settings(max_examples=1500, deadline=None)
@given(_words())
def test_parses_are_the_same_in_the_same_order(word: str) -> None:
    assert morphology._parses(word) == _old_parses(word)
    assert morphology._enclitic_splits(word) == _old_enclitic_splits(word)


@settings(max_examples=1500, deadline=None)
@given(_words())
def test_headword_and_root_equal_the_full_analysis(word: str) -> None:
    analysis = morphology.analyse_word(word)
    expected = (analysis.headword.lower(), analysis.root.lower())
    assert morphology.headword_and_root(word) == expected


# --- the prefix rules as they were: generators ----------------------------------------

_VOWELS, _SONORANTS = frozenset("aeiou"), frozenset("lmnrwy")


def _old_nasal(after: str):  # type: ignore[no-untyped-def]
    if not after:
        return
    if after[0] in _SONORANTS:
        yield after
    if after.startswith("m"):
        body = after[1:]
        if body and body[0] in "bfvp":
            yield body
        if body and body[0] in _VOWELS:
            yield "p" + body
    if after.startswith("ny"):
        body = after[2:]
        if body and body[0] in _VOWELS:
            yield "s" + body
    elif after.startswith("ng"):
        body = after[2:]
        if body.startswith("e"):
            yield body[1:]
        if body and (body[0] in _VOWELS or body[0] in "ghk"):
            yield body
        if body and body[0] in _VOWELS:
            yield "k" + body
    elif after.startswith("n"):
        body = after[1:]
        if body and body[0] in "cdjzts":
            yield body
        if body and body[0] in _VOWELS:
            yield "t" + body


def _old_rule(name: str, word: str) -> list[str]:
    head = name[:-1]
    if name in ("meN-", "peN-"):
        return list(_old_nasal(word[2:])) if word.startswith(name[:2]) else []
    if name == "pe-":
        rest = word[2:]
        ok = word.startswith("pe") and rest and rest[0] not in _VOWELS | _SONORANTS
        return [rest] if ok else []
    if name in ("ber-", "ter-", "per-"):
        head, found = name[:2], []
        if word.startswith(head + "r") and len(word) > 4:
            found.append(word[3:])
        rest = word[2:]
        if word.startswith(head) and rest and (rest[0] == "r" or rest[1:3] == "er"):
            found.append(rest)
        if word.startswith(head + "l") and word[3:] in ("ajar", "anjur"):
            found.append(word[3:])
        return found
    return [word[len(head) :]] if word.startswith(head) and len(word) > len(head) + 1 else []


@settings(max_examples=3000, deadline=None)
@given(
    st.sampled_from(
        ["", "me", "mem", "men", "meng", "meny", "menge", "pe", "pem", "peng", "be"]
    ).flatmap(lambda p: st.text(alphabet="abdegijklmnprstuy", max_size=9).map(lambda w: p + w))
)
def test_prefix_rules_give_the_same_roots_in_the_same_order(word: str) -> None:
    for name, rule in {**affixes.PREFIX_RULES, **affixes.OUTER_ONLY_PREFIXES}.items():
        assert list(rule(word)) == _old_rule(name, word), name
