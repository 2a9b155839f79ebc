"""From recogniser tags to the entities a learner sees in the sidebar.

Steps: tag each sentence (headlines in Title Case are handled apart: every word is
capitalised there, so capitals say nothing); turn tags into mentions; drop ordinary words the
model mistook for names at the start of a sentence; merge the forms of one entity within the
article (Russia/Rusia through the place list, Patrushev -> Nikolai Patrushev); attach roles
("Kepala Keamanan Rusia") to people and English names to places.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from simak.core.entities.features import ORG_HEADS, PERSON_CUES, root_words
from simak.core.entities.gazetteer import Gazetteer, default_gazetteer
from simak.core.entities.metrics import spans_from_tags
from simak.core.entities.namelists import lengths_by_first_word
from simak.core.entities.recognizer import EntityRecognizer
from simak.core.model import Entity, Span, Token

# Short words left lowercase in English-style Title Case headlines.
_TITLE_CASE_EXCEPTIONS = frozenset(
    ["di", "ke", "dari", "dan", "atau", "yang", "untuk", "pada", "dengan", "vs"]
)
_NAME_PARTS = re.compile(r"[\s-]+")


@dataclass
class Mention:
    tokens: list[Token]
    type: str
    sentence_start: bool  # the first token opens the sentence

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)

    @property
    def span(self) -> Span:
        return Span(self.tokens[0].start, self.tokens[-1].end)


def find_entities(
    text: str,
    tokens: list[Token],
    sentences: list[Span],
    recognizer: EntityRecognizer,
    gazetteer: Gazetteer | None = None,
) -> list[Entity]:
    groups = group_sentences(tokens, sentences)
    found = body_mentions(groups, 0, len(groups.body), recognizer, gazetteer)
    return entities_of(groups, found, recognizer, gazetteer)


@dataclass
class SentenceGroups:
    """A text's tokens by sentence, with what tagging any one sentence needs of the others.

    The work is in three steps so that a long text's sentences can be tagged by two
    processes (engine.py): group_sentences, body_mentions over any range of body
    sentences, then entities_of over them all."""

    groups: list[list[Token]]
    headlines: list[int]  # indices into groups: Title Case headlines, handled apart
    body: list[int]  # indices into groups: every other sentence, in order
    capitalised_inside: set[str]  # words capitalised in the middle of some body sentence


def group_sentences(tokens: list[Token], sentences: list[Span]) -> SentenceGroups:
    groups = _tokens_by_sentence(tokens, sentences)
    headlines = [i for i, group in enumerate(groups) if _is_title_case(group)]
    headline_set = set(headlines)
    body = [i for i in range(len(groups)) if i not in headline_set]
    return SentenceGroups(groups, headlines, body, _capitalised_inside_sentences(groups, body))


def body_mentions(
    text: SentenceGroups,
    first: int,
    stop: int,
    recognizer: EntityRecognizer,
    gazetteer: Gazetteer | None = None,
) -> list[list[Mention]]:
    """The names in body sentences first..stop-1 (positions in text.body), each sentence
    on its own: tagged, ordinary sentence openers dropped, organisations and known places
    added."""
    gazetteer = gazetteer or default_gazetteer()
    result = []
    for i in text.body[first:stop]:
        group = text.groups[i]
        found = _mentions(group, recognizer.tag([t.text for t in group]))
        found = [
            m
            for m in found
            if not _is_ordinary_sentence_start(m, gazetteer, text.capitalised_inside)
        ]
        found = _add_organisations(group, _drop_roles(group, found, gazetteer))
        result.append(_add_places(group, found, gazetteer))
    return result


def entities_of(
    text: SentenceGroups,
    found: list[list[Mention]],
    recognizer: EntityRecognizer,
    gazetteer: Gazetteer | None = None,
) -> list[Entity]:
    """The entities of the whole text, from the mentions of every body sentence (in order):
    names repeated elsewhere, roles, headlines, and the forms of one entity merged."""
    gazetteer = gazetteer or default_gazetteer()
    tagged = [(text.groups[i], mentions) for i, mentions in zip(text.body, found, strict=True)]
    _add_repeats(tagged)
    mentions: list[Mention] = []
    roles: dict[int, str] = {}  # id(mention) -> role phrase
    for group, in_sentence in tagged:
        for mention in in_sentence:
            mentions.append(mention)
            if mention.type == "PER":
                role = _role_of(group, mention)
                if role:
                    roles[id(mention)] = role
    for i in text.headlines:
        mentions.extend(_headline_mentions(text.groups[i], mentions, gazetteer, recognizer))
    mentions.sort(key=lambda m: m.tokens[0].start)
    return _merge(mentions, roles, gazetteer)


def encode_mentions(text: SentenceGroups, first: int, found: list[list[Mention]]) -> list:
    """Mentions of body sentences first, first+1, ... as plain tuples (token positions in
    their sentence), cheap to send to another process."""
    encoded = []
    for group_index, mentions in zip(text.body[first:], found, strict=False):
        group = text.groups[group_index]
        position = {id(token): k for k, token in enumerate(group)}
        encoded.append(
            [(position[id(m.tokens[0])], len(m.tokens), m.type, m.sentence_start) for m in mentions]
        )
    return encoded


def decode_mentions(text: SentenceGroups, first: int, encoded: list) -> list[list[Mention]]:
    found = []
    for group_index, mentions in zip(text.body[first:], encoded, strict=False):
        group = text.groups[group_index]
        found.append(
            [Mention(group[at : at + size], kind, opens) for at, size, kind, opens in mentions]
        )
    return found


def _tokens_by_sentence(tokens: list[Token], sentences: list[Span]) -> list[list[Token]]:
    if not sentences:
        return [tokens] if tokens else []
    groups: list[list[Token]] = [[] for _ in sentences]
    k = 0
    for token in tokens:
        while k + 1 < len(sentences) and token.start >= sentences[k].end:
            k += 1
        groups[k].append(token)
    return [g for g in groups if g]


def _is_title_case(group: list[Token]) -> bool:
    """A headline where every word is capitalised (short function words aside)."""
    words = 0
    for t in group:
        first = t.text[:1]
        if not (first.isalpha() and t.is_word) or t.text.lower() in _TITLE_CASE_EXCEPTIONS:
            continue
        if not first.isupper():
            return False  # most sentences end here, at their first lower-case word
        words += 1
    return words >= 3


def _capitalised_inside_sentences(groups: list[list[Token]], body: list[int]) -> set[str]:
    """Words printed with a capital in the middle of a body sentence: names, not accidents."""
    seen = set()
    for i in body:
        for token in groups[i][1:]:
            if token.text[:1].isupper():
                seen.add(token.text)
    return seen


def _mentions(group: list[Token], tags: list[str]) -> list[Mention]:
    return [
        Mention(group[start:end], kind, start == 0)
        for start, end, kind in sorted(spans_from_tags(tags))
    ]


def _overlaps(mentions: list[Mention], start: int, end: int, group: list[Token]) -> bool:
    first, last = group[start].start, group[end - 1].end
    return any(m.tokens[0].start < last and first < m.tokens[-1].end for m in mentions)


def _sorted(mentions: list[Mention]) -> list[Mention]:
    return sorted(mentions, key=lambda m: m.tokens[0].start)


def _drop_roles(group: list[Token], found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """'Kepala [Keamanan Rusia]': an ORG right after a title word, without an organisation
    head, is part of a person's role; only a place inside it stays an entity."""
    kept = []
    for m in found:
        index = group.index(m.tokens[0])
        after_title = index > 0 and group[index - 1].text.lower() in PERSON_CUES
        if m.type == "ORG" and after_title and m.tokens[0].text.lower() not in ORG_HEADS:
            texts = [t.text for t in m.tokens]
            kept += [
                Mention(m.tokens[p.start : p.end], "LOC", False) for p in gazetteer.match(texts)
            ]
        else:
            kept.append(m)
    return kept


def _add_organisations(group: list[Token], found: list[Mention]) -> list[Mention]:
    """'Dewan Keamanan Rusia': a capitalised run that starts with an organisation head is an
    organisation, even where the model saw only the place at its end."""
    added = []
    i = 1  # a head opening the sentence is too often an ordinary word
    while i < len(group):
        if group[i].text[:1].isupper() and group[i].text.lower() in ORG_HEADS:
            end = i + 1
            while end < len(group) and group[end].text[:1].isupper() and group[end].is_word:
                end += 1
            if end - i >= 2:
                inside = [
                    m
                    for m in found
                    if m.tokens[0].start >= group[i].start
                    and m.tokens[-1].end <= group[end - 1].end
                ]
                if not _overlaps([m for m in found if m not in inside], i, end, group):
                    found = [m for m in found if m not in inside]
                    added.append(Mention(group[i:end], "ORG", False))
            i = end
        else:
            i += 1
    return _sorted(found + added)


def _add_places(group: list[Token], found: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Known places the model left untagged (the training data often leaves a country that
    acts, "Rusia berusaha...", unmarked; a learner still wants it listed)."""
    added = []
    for match in gazetteer.match([t.text for t in group]):
        if not _overlaps(found, match.start, match.end, group):
            added.append(Mention(group[match.start : match.end], "LOC", match.start == 0))
    return _sorted(found + added)


def _add_repeats(tagged: list[tuple[list[Token], list[Mention]]]) -> None:
    """A name found once is found everywhere in the article: other occurrences of the same
    words, and a person's surname alone ("Patrushev" after "Nikolai Patrushev")."""
    known: dict[tuple[str, ...], str] = {}
    for _, found in tagged:
        for m in found:
            known.setdefault(tuple(t.text for t in m.tokens), m.type)
            if m.type == "PER" and len(m.tokens) > 1:
                for t in m.tokens:
                    if t.text[:1].isupper() and not _is_ordinary_word(t.text):
                        known.setdefault((t.text,), "PER")
    if not known:
        return
    lengths = lengths_by_first_word(known)  # only a name's first word can start a repeat
    for group, found in tagged:
        texts = [t.text for t in group]
        added = []
        i, n = 0, len(texts)
        while i < n:
            for length in lengths.get(texts[i], ()):
                if length > n - i:
                    continue
                kind = known.get(tuple(texts[i : i + length]))
                if kind and not _overlaps(found, i, i + length, group):
                    added.append(Mention(group[i : i + length], kind, i == 0))
                    i += length
                    break
            else:
                i += 1
        if added:
            found[:] = _sorted(found + added)


@cache
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def _is_ordinary_word(word: str) -> bool:
    lower = word.lower()
    roots = root_words()
    return lower in roots or _stemmer().stem(lower) in roots


def _is_ordinary_sentence_start(
    mention: Mention, gazetteer: Gazetteer, capitalised_inside: set[str]
) -> bool:
    """'Dalam', 'Keduanya', 'Pertemuan' open sentences with a capital but are not names."""
    if not mention.sentence_start or len(mention.tokens) != 1:
        return False
    word = mention.tokens[0].text
    if gazetteer.get(word) or word in capitalised_inside:
        return False
    return _is_ordinary_word(word)


def _role_of(group: list[Token], mention: Mention) -> str | None:
    """'Kepala Keamanan Rusia, Nikolai Patrushev' or 'Presiden Joko Widodo': the role
    is the run of capitalised words before the name that begins with a title word."""
    index = group.index(mention.tokens[0])
    j = index - 1
    if j >= 0 and group[j].text == ",":
        j -= 1
    run: list[Token] = []
    while j >= 0 and group[j].text[:1].isupper() and group[j].is_word:
        run.insert(0, group[j])
        j -= 1
    for k, token in enumerate(run):
        if token.text.lower() in PERSON_CUES:
            return " ".join(t.text for t in run[k:])
    return None


def _headline_mentions(
    group: list[Token],
    body_mentions: list[Mention],
    gazetteer: Gazetteer,
    recognizer: EntityRecognizer,
) -> list[Mention]:
    """In a Title Case headline trust only names the body or the place list confirms.

    Without a body (the text is only a headline) the words are lowercased, except places,
    and tagged, so the model judges them by context rather than by their capitals."""
    texts = [t.text for t in group]
    if not body_mentions:
        places = {k for m in gazetteer.match(texts) for k in range(m.start, m.end)}
        lowered = [w if k in places else w.lower() for k, w in enumerate(texts)]
        return _add_places(group, _mentions(group, recognizer.tag(lowered)), gazetteer)
    known: dict[tuple[str, ...], str] = {}
    for m in body_mentions:
        known.setdefault(tuple(t.text for t in m.tokens), m.type)
        if m.type == "PER":  # a surname alone in a headline: "Patrushev Temui Kim"
            for t in m.tokens:
                known.setdefault((t.text,), "PER")
    for m in gazetteer.match(texts):
        known.setdefault(tuple(texts[m.start : m.end]), "LOC")
    longest = max(len(k) for k in known)
    found: list[Mention] = []
    i = 0
    while i < len(texts):
        for length in range(min(longest, len(texts) - i), 0, -1):
            kind = known.get(tuple(texts[i : i + length]))
            if kind:
                found.append(Mention(group[i : i + length], kind, i == 0))
                i += length
                break
        else:
            i += 1
    return found


def _name_parts(name: str) -> list[str]:
    return [p for p in _NAME_PARTS.split(name) if p]


def _merge(mentions: list[Mention], roles: dict[int, str], gazetteer: Gazetteer) -> list[Entity]:
    """Group mentions into entities; keys are canonical names."""
    keys: list[str] = []
    types: dict[str, Counter] = {}
    full_names: list[str] = []  # multi-word person names, in order of appearance
    for m in mentions:
        place = gazetteer.get(m.text)
        if place:
            key, m.type = place.canonical, "LOC"
        elif len(m.tokens) == 1 and (owner := _full_name_containing(m.text, full_names)):
            key = owner
        else:
            key = m.text
            if m.type == "PER" and len(_name_parts(m.text)) > 1:
                full_names.append(m.text)
        keys.append(key)
        types.setdefault(key, Counter())[m.type] += 1
    # A single name seen before its full form ("Kim ... Kim Jong-Un") joins it too.
    for n, (m, key) in enumerate(zip(mentions, keys, strict=True)):
        if key == m.text and len(m.tokens) == 1 and gazetteer.get(m.text) is None:
            owner = _full_name_containing(m.text, full_names)
            if owner and owner != key:
                keys[n] = owner
                types[owner][m.type] += 1
                types[key][m.type] -= 1

    entities: dict[str, Entity] = {}
    for m, key in zip(mentions, keys, strict=True):
        entity = entities.get(key)
        if entity is None:
            place = gazetteer.get(key)
            entity = Entity(
                name=key,
                type=types[key].most_common(1)[0][0],
                english=place.english if place else None,
            )
            entities[key] = entity
        entity.spans.append(m.span)
        if m.text != entity.name and m.text not in entity.variants:
            entity.variants.append(m.text)
        role = roles.get(id(m))
        if role and entity.description is None:
            entity.description = role
    return list(entities.values())


def _full_name_containing(name: str, full_names: list[str]) -> str | None:
    """The most recent full person name that has `name` as one of its parts."""
    for full in reversed(full_names):
        if name in _name_parts(full) and name != full:
            return full
    return None
