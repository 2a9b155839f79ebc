"""Key terms of an article: the words and phrases a learner should study first.

A term is a headword (clitics and reduplication removed, derivational affixes kept:
`keamanan`, not `aman`) or a multi-word term (`kerja sama`, `sanksi internasional`). Terms are
ranked by salience: how often the article uses them against how rare they are in Indonesian
at large (wordfreq's Zipf scale), with a small bonus for terms the article opens with, since
news puts its subject in the headline and lead. Function words, numbers, names and anything
inside an entity span are left out.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING

from simak.core.errors import SimakError
from simak.core.model import GlossaryEntry, Span, Token, TokenKind
from simak.core.wordforms import headword_and_root, is_function_word, is_stopword, zipf

if TYPE_CHECKING:
    from nltk.probability import FreqDist

GlossProvider = Callable[[str], str]

# Salience = (1 + ln count) * rarity * position bonus, then divided by the best score.
ZIPF_CEILING = 7.5  # about the frequency of "yang"; rarity is how far below this a term sits
UNKNOWN_ZIPF = 2.5  # a word wordfreq has never seen: rare, but maybe a typo, so not the rarest
# wordfreq rates a phrase about as common as its rarer word; as a unit it is far rarer. Take
# each extra word as ten times rarer (one Zipf step), a rough rule for compounds.
PHRASE_ZIPF_STEP = 1.0
LEAD_SHARE = 0.2  # the headline and lead: the first fifth of the text
LEAD_BONUS = 0.5  # news puts its subject in the headline and lead (inverted pyramid)
# A word spelled like a common English word (global, bilateral, leverage) is transparent to
# the English-reading learner Simak glosses for, so it needs less study.
ENGLISH_TWIN_ZIPF = 3.0
ENGLISH_TWIN_WEIGHT = 0.6
# Key terms are mostly nouns; an active or passive verb (meN-, di- + root) is rarely what an
# article is about, so it needs more evidence to rank as high.
VERB_FORM_WEIGHT = 0.75
MIN_COLLOCATION_COUNT = 2
MIN_LIKELIHOOD_RATIO = 10.83  # chi-square, one degree of freedom, p < 0.001
_VERB_PREFIXES = ("me", "di", "ber", "ter", "per")


@dataclass
class _Candidate:
    term: str
    root: str
    words: int  # 1 for a headword, 2+ for a multi-word term
    spans: list[Span] = field(default_factory=list)
    has_lowercase: bool = False
    capitalised_mid_sentence: bool = False
    lexicalised: bool = False  # a phrase from the bundled compounds list
    starts: set[int] = field(default_factory=set)  # of phrase spans, to add each once


@dataclass(slots=True)  # not frozen: one per running word, and frozen ones build slowly
class _Word:
    """One running word of the article that may belong to a term."""

    token: Token
    headword: str
    root: str
    sentence: int
    sentence_initial: bool
    title_case_sentence: bool


def build_glossary(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Span],
    entity_spans: Iterable[Span],
    gloss_for: GlossProvider | None = None,
    limit: int = 40,
) -> list[GlossaryEntry]:
    """The article's key terms, best first, with a short meaning when `gloss_for` knows one."""
    entity_index = _SpanIndex(entity_spans)
    words, segments = _running_words(tokens, sentences, entity_index)
    candidates: dict[str, _Candidate] = {}
    is_candidate: dict[str, bool] = {}  # by surface: a book repeats its words thousands of times
    for word in words:
        if word is None:
            continue
        surface = word.token.text
        candidate_word = is_candidate.get(surface)
        if candidate_word is None:
            candidate_word = is_candidate[surface] = _is_candidate_word(word)
        if not candidate_word:
            continue
        candidate = candidates.get(word.headword)
        if candidate is None:
            candidate = candidates[word.headword] = _Candidate(word.headword, word.root, 1)
        candidate.spans.append(Span(word.token.start, word.token.end))
        _note_capitalisation(candidate, word)
    phrases = _multiword_terms(segments)
    _absorb_lexicalised_parts(candidates, phrases)
    candidates.update({p.term: p for p in phrases.values()})

    scored = []
    text_length = max(len(text), 1)
    for candidate in candidates.values():
        if not candidate.spans or _looks_like_name(candidate):
            continue
        scored.append((_salience(candidate, text_length), candidate))
    if not scored:
        return []
    best = max(score for score, _ in scored) or 1.0
    scored.sort(key=lambda pair: (-pair[0], pair[1].spans[0].start))
    return [
        _entry(text, sentences, candidate, score / best, gloss_for)
        for score, candidate in scored[:limit]
    ]


def _salience(candidate: _Candidate, text_length: int) -> float:
    frequency = zipf(candidate.term) or UNKNOWN_ZIPF
    frequency -= PHRASE_ZIPF_STEP * (candidate.words - 1)
    rarity = max(ZIPF_CEILING - frequency, 0.1)
    count_weight = 1.0 + math.log(len(candidate.spans))
    lead = 1.0 + LEAD_BONUS if candidate.spans[0].start < LEAD_SHARE * text_length else 1.0
    weight = 1.0
    if candidate.words == 1 and _is_verb_form(candidate):
        weight *= VERB_FORM_WEIGHT
    if zipf(candidate.term, "en") >= ENGLISH_TWIN_ZIPF:
        weight *= ENGLISH_TWIN_WEIGHT
    return count_weight * rarity * lead * weight


def _is_verb_form(candidate: _Candidate) -> bool:
    term, root = candidate.term, candidate.root
    return term.startswith(("me", "di")) and root != term and len(term) - len(root) >= 2


def _entry(
    text: str,
    sentences: Sequence[Span],
    candidate: _Candidate,
    score: float,
    gloss_for: GlossProvider | None,
) -> GlossaryEntry:
    spans = sorted(candidate.spans, key=lambda s: s.start)
    return GlossaryEntry(
        term=candidate.term,
        root=candidate.root,
        gloss=_gloss(candidate.term, gloss_for),
        count=len(spans),
        score=round(score, 4),
        example=_example(text, sentences, spans),
        spans=spans,
        first_offset=spans[0].start,
    )


def _gloss(term: str, gloss_for: GlossProvider | None) -> str:
    if gloss_for is None:
        return ""
    try:
        return gloss_for(term) or ""
    except SimakError:  # a dictionary that cannot answer leaves the meaning empty
        return ""


def _example(text: str, sentences: Sequence[Span], spans: list[Span]) -> str:
    """The first ordinary sentence holding the term (a headline only when nothing else does)."""
    starts = [s.start for s in sentences]
    fallback = ""
    for span in spans:
        index = bisect_right(starts, span.start) - 1
        if index < 0:
            continue
        sentence = sentences[index]
        sentence_text = " ".join(text[sentence.start : sentence.end].split())
        if not fallback:
            fallback = sentence_text
        if sentence_text[-1:] in ".!?\"'”" and not _is_title_case(sentence_text):
            return sentence_text
    return fallback


def _is_title_case(sentence: str) -> bool:
    words = [w for w in sentence.split() if w[:1].isalpha()]
    return len(words) < 4 or sum(w[0].isupper() for w in words) / len(words) >= 0.6


class _SpanIndex:
    """Answers "does this token overlap an entity?" in O(log n)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        merged: list[list[int]] = []
        for span in sorted(spans, key=lambda s: s.start):
            if merged and span.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], span.end)
            else:
                merged.append([span.start, span.end])
        self._starts = [m[0] for m in merged]
        self._ends = [m[1] for m in merged]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self._starts, end - 1) - 1
        return index >= 0 and self._ends[index] > start

    def overlapping(self, tokens: Sequence[Token]) -> list[bool]:
        """overlaps() of each token, tokens in text order: one walk, no search per token."""
        starts, ends = self._starts, self._ends
        count, k = len(starts), 0
        flags = []
        for token in tokens:
            while k < count and ends[k] <= token.start:
                k += 1
            flags.append(k < count and starts[k] < token.end)
        return flags


def _running_words(
    tokens: Sequence[Token], sentences: Sequence[Span], entities: _SpanIndex
) -> tuple[list[_Word | None], list[list[_Word]]]:
    """Word tokens outside entities, and the unbroken runs of them phrases may come from.

    Punctuation, numbers, entities and sentence ends break a run, so no phrase spans them.
    """
    sentence_of = _sentence_indices(tokens, [s.start for s in sentences])
    title_case = _title_case_sentences(tokens, sentence_of)
    words: list[_Word | None] = []
    segments: list[list[_Word]] = [[]]
    last_sentence = -1
    in_entity = entities.overlapping(tokens)
    for token, sentence, inside in zip(tokens, sentence_of, in_entity, strict=True):
        if sentence != last_sentence:
            segments.append([])
        text = token.text
        is_word = token.kind is TokenKind.WORD and (
            text[:1].isalpha() or any(ch.isalpha() for ch in text)
        )
        if not is_word or inside:
            if segments[-1]:
                segments.append([])
            words.append(None)
            if is_word:  # an entity word still ends the sentence's opening position
                last_sentence = sentence
            continue
        headword, root = headword_and_root(text.lower())
        word = _Word(
            token,
            headword,
            root,
            sentence,
            sentence != last_sentence,
            sentence in title_case,
        )
        last_sentence = sentence
        words.append(word)
        segments[-1].append(word)
    return words, [s for s in segments if len(s) > 1]


def _sentence_indices(tokens: Sequence[Token], starts: list[int]) -> list[int]:
    """The sentence each token starts in (tokens before the first sentence: 0), in one walk:
    tokens come in text order, so no search is needed."""
    indices = []
    current, following = 0, 1
    count = len(starts)
    for token in tokens:
        while following < count and starts[following] <= token.start:
            current, following = following, following + 1
        indices.append(current)
    return indices


def _title_case_sentences(tokens: Sequence[Token], sentence_of: list[int]) -> set[int]:
    """Headlines capitalise every word, so capitals there say nothing about names."""
    totals: dict[int, list[int]] = {}
    for token, sentence in zip(tokens, sentence_of, strict=True):
        if token.kind is not TokenKind.WORD:
            continue
        counts = totals.get(sentence)
        if counts is None:
            counts = totals[sentence] = [0, 0]
        counts[0] += 1
        counts[1] += token.text[:1].isupper()
    return {s for s, (n, caps) in totals.items() if n >= 3 and caps / n >= 0.6}


def _is_candidate_word(word: _Word) -> bool:
    surface = word.token.text
    if len(word.headword) < 3 or not word.headword.replace("-", "").isalpha():
        return False
    if surface.isupper() and len(surface) > 1:  # acronyms (NATO, PBB) are names, not vocabulary
        return False
    return not (is_stopword(word.headword) or is_stopword(surface.lower()))


def _note_capitalisation(candidate: _Candidate, word: _Word) -> None:
    if word.title_case_sentence:
        return
    if word.token.text[:1].islower():
        candidate.has_lowercase = True
    elif not word.sentence_initial:
        candidate.capitalised_mid_sentence = True


def _looks_like_name(candidate: _Candidate) -> bool:
    """Never written in lowercase, yet capitalised mid-sentence (or unknown): a name.

    A phrase written in capitals every time (Korea Utara, Dewan Keamanan) is a name or title.
    """
    if candidate.has_lowercase:
        return False
    if candidate.words > 1:
        return True
    return candidate.capitalised_mid_sentence or zipf(candidate.term) == 0.0


def _multiword_terms(segments: list[list[_Word]]) -> dict[str, _Candidate]:
    """Bundled compounds wherever they occur, plus statistically strong collocations."""
    found: dict[str, _Candidate] = {}
    compounds = _compounds()
    longest_from = _compound_lengths()  # first word -> words in its longest compound
    for segment in segments:
        heads = [w.headword for w in segment]
        i = 0
        while (
            i < len(segment) - 1
        ):  # longest compound first: kebijakan luar negeri, not luar negeri
            longest = longest_from.get(heads[i], 0)  # most words start no compound at all
            for n in range(min(longest, len(segment) - i), 1, -1):
                if " ".join(heads[i : i + n]) in compounds:
                    _add_phrase(found, segment[i : i + n], lexicalised=True)
                    i += n - 1
                    break
            i += 1
    for phrase_words in _collocations(segments):
        _add_phrase(found, phrase_words, lexicalised=False)
    return found


def _add_phrase(found: dict[str, _Candidate], words: Sequence[_Word], *, lexicalised: bool) -> None:
    term = " ".join(w.headword for w in words)
    candidate = found.get(term)
    if candidate is None:
        root = " ".join(w.root for w in words)
        candidate = found[term] = _Candidate(term, root, len(words), lexicalised=lexicalised)
    span = Span(words[0].token.start, words[-1].token.end)
    if span.start not in candidate.starts:
        candidate.starts.add(span.start)
        candidate.spans.append(span)
        if not words[0].title_case_sentence and any(w.token.text[:1].islower() for w in words):
            candidate.has_lowercase = True


def _collocations(segments: list[list[_Word]]) -> list[list[_Word]]:
    """Occurrences of bigrams and trigrams that the article repeats more than chance allows."""
    if sum(len(s) for s in segments) < 4:
        return []
    from nltk.collocations import BigramCollocationFinder, TrigramCollocationFinder
    from nltk.metrics import BigramAssocMeasures, TrigramAssocMeasures
    from nltk.probability import FreqDist

    # The counts nltk's finders gather with `from_documents` (n-grams never cross a segment),
    # counted here in C: its own per-window Python loop cost most of a second per book.
    documents = [[w.headword for w in segment] for segment in segments]
    words: Counter[str] = Counter(chain.from_iterable(documents))
    bigrams: Counter[tuple[str, str]] = Counter(
        chain.from_iterable(zip(h, h[1:], strict=False) for h in documents)
    )
    skips: Counter[tuple[str, str]] = Counter(
        chain.from_iterable(zip(h, h[2:], strict=False) for h in documents)
    )
    trigrams: Counter[tuple[str, str, str]] = Counter(
        chain.from_iterable(zip(h, h[1:], h[2:], strict=False) for h in documents)
    )
    word_fd, bigram_fd = FreqDist(words), FreqDist(bigrams)
    bigram_finder = BigramCollocationFinder(word_fd, _frequent(bigrams))
    trigram_finder = TrigramCollocationFinder(
        word_fd, bigram_fd, FreqDist(skips), _frequent(trigrams)
    )
    strong: set[tuple[str, ...]] = set()
    for finder, measure in (
        (bigram_finder, BigramAssocMeasures.likelihood_ratio),
        (trigram_finder, TrigramAssocMeasures.likelihood_ratio),
    ):
        strong.update(
            ngram for ngram, score in finder.score_ngrams(measure) if score >= MIN_LIKELIHOOD_RATIO
        )
    occurrences = []
    for segment, heads in zip(segments, documents, strict=True):
        for n in (2, 3):
            for i in range(len(heads) - n + 1):
                if tuple(heads[i : i + n]) in strong:
                    occurrences.append(segment[i : i + n])
    return occurrences


def _frequent(counts: Counter) -> FreqDist:
    """The n-grams worth scoring: repeated often enough, and not weak phrases."""
    from nltk.probability import FreqDist

    return FreqDist(
        {
            ngram: count
            for ngram, count in counts.items()
            if count >= MIN_COLLOCATION_COUNT and not _weak_phrase(*ngram)
        }
    )


def _weak_phrase(*words: str) -> bool:
    """Phrases nobody would look up: edged by a function word, or a verb and its object."""
    if is_function_word(words[0]) or is_function_word(words[-1]):
        return True
    if any(is_function_word(w) for w in words):
        return True
    if any(len(w) < 3 for w in words):
        return True
    first = words[0]
    return first.startswith(_VERB_PREFIXES) and headword_and_root(first)[1] != first


def _absorb_lexicalised_parts(
    candidates: dict[str, _Candidate], phrases: dict[str, _Candidate]
) -> None:
    """`kerja` inside `kerja sama` is part of the compound, not a term of its own."""
    lexicalised = [p for p in phrases.values() if p.lexicalised]
    covered = _SpanIndex(s for p in lexicalised for s in p.spans)
    # Only a word of one of those compounds can sit inside one.
    parts = {word for p in lexicalised for word in p.term.split()}
    for term in parts & candidates.keys():
        candidate = candidates[term]
        candidate.spans = [s for s in candidate.spans if not covered.overlaps(s.start, s.end)]


@cache
def _compound_lengths() -> dict[str, int]:
    """First word of each bundled compound -> the most words a compound starting so has."""
    lengths: dict[str, int] = {}
    for compound in _compounds():
        words = compound.split()
        lengths[words[0]] = max(lengths.get(words[0], 0), len(words))
    return lengths


@cache
def _compounds() -> frozenset[str]:
    from simak.core.wordforms import read_word_list

    return frozenset(read_word_list("compounds-id.txt", per_line=True))
