"""What the learner knows: word statuses (LingQ/LUTE style), known share, glossary edits.

Statuses belong to headwords, so marking `keamanan` known covers `keamanannya` too. A word
with no status is new. Learning levels 1-4 get a review card; known and ignored words do not
(their card, if any, is suspended and keeps its history).

Known share: of an article's running words (names and numbers left out), the part whose
headword is known or ignored. Ignored counts as known because the learner has said the word
needs no study (a name the recogniser missed, a foreign word); learning words count as not
known yet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum

from simak.core.errors import NotFoundError
from simak.core.model import Analysis, Span, Token, TokenKind
from simak.core.wordforms import headword_of
from simak.storage.study_repo import StudyRepo, VocabularyRow


class Status(IntEnum):
    NEW = 0  # never marked: no row is stored
    LEARNING_1 = 1
    LEARNING_2 = 2
    LEARNING_3 = 3
    LEARNING_4 = 4
    IGNORED = 98
    KNOWN = 99

    @property
    def is_learning(self) -> bool:
        return 1 <= self.value <= 4

    @property
    def counts_as_known(self) -> bool:
        return self in (Status.KNOWN, Status.IGNORED)


# Stored values as sets and tables: a book asks about a hundred thousand words at once.
KNOWN_STATUS_VALUES = frozenset(int(status) for status in Status if status.counts_as_known)
_STATUS_OF_VALUE = {int(status): status for status in Status}


GLOSSARY_ACTIONS = ("pin", "remove", "add")


@dataclass(frozen=True)
class Changes:
    """What a call changed, so each view refreshes only what it shows."""

    terms: frozenset[str] = frozenset()  # statuses changed
    cards: frozenset[int] = frozenset()  # review cards created, rescheduled or suspended
    glossary_articles: frozenset[int] = frozenset()  # articles whose glossary edits changed
    context_articles: frozenset[int] = frozenset()  # articles whose sentences were recorded

    @property
    def empty(self) -> bool:
        return not (self.terms or self.cards or self.glossary_articles or self.context_articles)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.terms | other.terms,
            self.cards | other.cards,
            self.glossary_articles | other.glossary_articles,
            self.context_articles | other.context_articles,
        )


@dataclass(frozen=True)
class ImportResult:
    changes: Changes
    imported: int  # terms whose status the file set or changed
    skipped: list[str] = field(default_factory=list)  # lines that held no usable word


def normalise_term(term: str) -> str:
    """The key a status is stored under: a single word's headword, a phrase in lowercase."""
    words = term.strip().lower().split()
    if len(words) == 1:
        return headword_of(words[0])
    return " ".join(words)


class StudyService:
    def __init__(self, conn, repo: StudyRepo | None = None) -> None:
        self._repo = repo or StudyRepo(conn)

    @property
    def repo(self) -> StudyRepo:
        return self._repo

    # --- statuses -------------------------------------------------------------------------

    def status_of(self, term: str) -> Status:
        key = normalise_term(term)
        return Status(self._repo.statuses_for([key]).get(key, Status.NEW))

    def statuses_for(self, terms: Iterable[str]) -> dict[str, Status]:
        """Status of every term given (keys as given; NEW when unmarked)."""
        terms = list(terms)
        keys = {t: normalise_term(t) for t in terms}
        stored = self._repo.statuses_for(keys.values())
        return {t: _STATUS_OF_VALUE[stored.get(keys[t], 0)] for t in terms}

    def set_status(self, term: str, status: Status | int, article_id: int | None = None) -> Changes:
        return self.set_statuses({term: status}, article_id=article_id)

    def set_statuses(
        self, statuses: dict[str, Status | int], article_id: int | None = None
    ) -> Changes:
        wanted = {normalise_term(t): Status(s) for t, s in statuses.items() if t.strip()}
        with self._repo.transaction():
            return self._write_statuses(wanted, article_id)

    def mark_rest_known(self, terms: Iterable[str], article_id: int | None = None) -> Changes:
        """Mark every term that is still new as known (the "I know the rest" button)."""
        keys = {normalise_term(t) for t in terms if t.strip()}
        with self._repo.transaction():
            marked = self._repo.statuses_for(keys)
            rest = {k: Status.KNOWN for k in keys if k not in marked}
            return self._write_statuses(rest, article_id)

    def _write_statuses(self, wanted: dict[str, Status], article_id: int | None) -> Changes:
        from simak.core.review import sync_card_with_status

        before = self._repo.statuses_for(wanted)
        changed_terms, changed_cards = set(), set()
        for term, status in wanted.items():
            if before.get(term, Status.NEW) == status:
                continue
            if status is Status.NEW:
                self._repo.delete_status(term)
            else:
                self._repo.put_status(term, int(status), article_id)
            changed_terms.add(term)
            card_id = sync_card_with_status(self._repo, term, status)
            if card_id is not None:
                changed_cards.add(card_id)
        return Changes(terms=frozenset(changed_terms), cards=frozenset(changed_cards))

    # --- known share --------------------------------------------------------------------------

    def known_share(
        self, tokens: Sequence[Token] | Sequence[str], entity_spans: Iterable[Span] = ()
    ) -> float:
        """Share of running words whose headword is known or ignored (0.0 for no words)."""
        headwords = running_headwords(tokens, entity_spans)
        return known_fraction(headwords, self._repo.statuses_for(set(headwords)))

    def known_share_of(self, analysis: Analysis) -> float:
        """Known share of an analysed article, its entities left out."""
        return self.known_share(analysis.tokens, [s for e in analysis.entities for s in e.spans])

    # --- importing a known-words list --------------------------------------------------------

    def import_known_words(self, path) -> ImportResult:
        """Read a LingQ/LUTE export or a plain list; on any error nothing is changed."""
        from simak.core.importers.known_words import read_known_words

        parsed = read_known_words(path)
        wanted = {normalise_term(term): status for term, status in parsed.statuses.items()}
        with self._repo.transaction():
            changes = self._write_statuses(wanted, None)
        return ImportResult(changes, len(changes.terms), parsed.skipped)

    # --- glossary edits ----------------------------------------------------------------------

    def set_glossary_override(self, article_id: int, term: str, action: str | None) -> Changes:
        """Pin, remove or add a term in an article's glossary; None clears the edit."""
        if action is not None and action not in GLOSSARY_ACTIONS:
            raise ValueError(f"unknown glossary action {action!r}")
        key = " ".join(term.lower().split())
        with self._repo.transaction():
            if not self._repo.article_exists(article_id):
                raise NotFoundError(f"there is no article {article_id} in the library")
            if self._repo.overrides(article_id).get(key) == action:
                return Changes()
            self._repo.set_override(article_id, key, action)
        return Changes(glossary_articles=frozenset({article_id}))

    def glossary_overrides(self, article_id: int) -> dict[str, str]:
        return self._repo.overrides(article_id)

    # --- my vocabulary ----------------------------------------------------------------------

    def vocabulary(self) -> list[VocabularyRow]:
        """Every marked term with its status, the article it was first seen in, and its count."""
        return self._repo.vocabulary()


def known_fraction(headwords: Sequence[str], statuses: Mapping[str, int]) -> float:
    """Share of `headwords` (running words, repeats counted) known or ignored; 0.0 for none."""
    if not headwords:
        return 0.0
    # each distinct headword once: a book repeats its words thousands of times
    known = sum(
        count
        for headword, count in Counter(headwords).items()
        if statuses.get(headword, 0) in KNOWN_STATUS_VALUES
    )
    return known / len(headwords)


def known_share_of_counts(counts: Mapping[str, int], statuses: Mapping[str, int]) -> float:
    """known_fraction of running headwords given as {headword: times it runs}."""
    total = sum(counts.values())
    if not total:
        return 0.0
    known = sum(c for h, c in counts.items() if statuses.get(h, 0) in KNOWN_STATUS_VALUES)
    return known / total


def running_word_indexes(tokens: Sequence[Token], entity_spans: Iterable[Span] = ()) -> list[int]:
    """Indexes of the words a reader runs through: word tokens with a letter, not in a name."""
    spans = sorted((s.start, s.end) for s in entity_spans)
    indexes = []
    k, count = 0, len(spans)  # tokens come in text order: walk the names alongside them
    word_kind = TokenKind.WORD
    lettered: dict[str, bool] = {}  # by spelling: a book repeats its words thousands of times
    for i, token in enumerate(tokens):
        if token.kind is not word_kind:
            continue
        text = token.text
        has_letter = lettered.get(text)
        if has_letter is None:
            has_letter = lettered[text] = text[:1].isalpha() or any(ch.isalpha() for ch in text)
        if not has_letter:
            continue
        start = token.start
        while k < count and spans[k][1] <= start:
            k += 1
        if k < count and spans[k][0] <= start:
            continue  # inside a name
        indexes.append(i)
    return indexes


def running_headwords(
    tokens: Sequence[Token] | Sequence[str], entity_spans: Iterable[Span] = ()
) -> list[str]:
    """Headwords of the words a reader runs through: no numbers, punctuation or names."""
    if tokens and isinstance(tokens[0], str):
        return [headword_of(t) for t in tokens if any(ch.isalpha() for ch in t)]
    headwords: dict[str, str] = {}  # by spelling: a book repeats its words thousands of times
    running = []
    for i in running_word_indexes(tokens, entity_spans):  # type: ignore[arg-type]
        text = tokens[i].text  # type: ignore[union-attr]
        headword = headwords.get(text)
        if headword is None:
            headword = headwords[text] = headword_of(text)
        running.append(headword)
    return running
