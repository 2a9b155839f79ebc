"""Review of learning words with FSRS, and the sentences each word was read in.

A card's front is a sentence the learner read with the word marked (or blanked, as a cloze);
its back is the meaning, root, affixes and a note. Scheduling is fsrs.Scheduler; a card's
FSRS state is stored as fsrs.Card JSON (never pickled) next to its due time.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum

import fsrs

from simak.core.model import Affix, Analysis, Definition, TokenKind
from simak.core.study import Changes, Status, normalise_term
from simak.core.wordforms import headword_and_root
from simak.storage.study_repo import ContextRow, StudyRepo, VocabularyRow

CLOZE_BLANK = "[…]"

DefinitionProvider = Callable[[str], Definition]


class Rating(IntEnum):
    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


@dataclass(frozen=True)
class CardBack:
    meaning: str
    root: str
    affixes: tuple[Affix, ...]
    note: str | None


@dataclass(frozen=True)
class ReviewCard:
    id: int
    term: str
    due: datetime
    sentence: str  # a sentence the learner read, or "" when none was recorded
    highlight: tuple[int, int] | None  # the term's offsets inside `sentence`
    article_title: str | None
    back: CardBack

    def front_html(self) -> str:
        """The sentence with the term in <b>, everything else escaped."""
        if self.highlight is None:
            return f"<b>{html.escape(self.term)}</b>"
        a, b = self.highlight
        s = self.sentence
        return f"{html.escape(s[:a])}<b>{html.escape(s[a:b])}</b>{html.escape(s[b:])}"

    def cloze(self) -> str:
        if self.highlight is None:
            return CLOZE_BLANK
        a, b = self.highlight
        return f"{self.sentence[:a]}{CLOZE_BLANK}{self.sentence[b:]}"


def to_db_time(moment: datetime) -> str:
    """Fixed-width UTC text, so SQLite compares due times as strings correctly."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_db_time(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def sync_card_with_status(repo: StudyRepo, term: str, status: Status) -> int | None:
    """Give a learning term an active card; suspend the card of any other. Returns what changed.

    Runs inside the caller's transaction.
    """
    card = repo.card_for_term(term)
    if status.is_learning:
        if card is None:
            now = datetime.now(UTC)
            card_id = repo.add_card(term, to_db_time(now))
            state = fsrs.Card(card_id=card_id, due=now)
            repo.set_card_state(card_id, state.to_json(), to_db_time(state.due))
            return card_id
        if card.suspended:
            repo.set_card_suspended(card.id, False)
            return card.id
        return None
    if card is not None and not card.suspended:
        repo.set_card_suspended(card.id, True)
        return card.id
    return None


class ReviewService:
    def __init__(
        self,
        conn,
        define: DefinitionProvider | None = None,
        scheduler: fsrs.Scheduler | None = None,
        repo: StudyRepo | None = None,
    ) -> None:
        self._repo = repo or StudyRepo(conn)
        self._define = define
        self._scheduler = scheduler or fsrs.Scheduler()

    # --- scheduling -----------------------------------------------------------------------

    def due_count(self, now: datetime | None = None) -> int:
        return self._repo.due_count(to_db_time(now or datetime.now(UTC)))

    def next_due(self) -> datetime | None:
        value = self._repo.next_due()
        return None if value is None else from_db_time(value)

    def due_cards(self, limit: int = 50, now: datetime | None = None) -> list[ReviewCard]:
        rows = self._repo.due_cards(to_db_time(now or datetime.now(UTC)), limit)
        return [self._card(row.id, row.term, row.due) for row in rows]

    def card(self, card_id: int) -> ReviewCard:
        row = self._repo.get_card(card_id)
        return self._card(row.id, row.term, row.due)

    def card_for_term(self, term: str) -> ReviewCard | None:
        row = self._repo.card_for_term(normalise_term(term))
        return None if row is None else self._card(row.id, row.term, row.due)

    def all_cards(self) -> list[ReviewCard]:
        """Every active card (learning terms), for export."""
        return [self._card(r.id, r.term, r.due) for r in self._repo.active_cards()]

    def rate(
        self,
        card_id: int,
        rating: Rating | int,
        now: datetime | None = None,
        duration_ms: int | None = None,
    ) -> Changes:
        """Record a review and reschedule the card; returns the card as changed."""
        from simak.storage.study_repo import ReviewRow

        rating = Rating(rating)
        moment = (now or datetime.now(UTC)).astimezone(UTC)
        with self._repo.transaction():
            row = self._repo.get_card(card_id)
            state = fsrs.Card.from_json(row.fsrs_state)
            state, log = self._scheduler.review_card(
                state, fsrs.Rating(int(rating)), review_datetime=moment, review_duration=duration_ms
            )
            self._repo.set_card_state(card_id, state.to_json(), to_db_time(state.due))
            review = ReviewRow(
                card_id, int(rating), to_db_time(moment), duration_ms, to_db_time(state.due)
            )
            self._repo.add_review(review, log.to_json())
        return Changes(cards=frozenset({card_id}))

    def preview(self, card_id: int, now: datetime | None = None) -> dict[Rating, datetime]:
        """When the card would next be due after each rating; nothing is written."""
        moment = (now or datetime.now(UTC)).astimezone(UTC)
        state = fsrs.Card.from_json(self._repo.get_card(card_id).fsrs_state)
        return {
            rating: self._scheduler.review_card(state, fsrs.Rating(int(rating)), moment)[0].due
            for rating in Rating
        }

    def history(self, card_id: int):
        return self._repo.reviews_of(card_id)

    # --- contexts and concordance -------------------------------------------------------------

    def record_contexts(
        self, article_id: int, analysis: Analysis, within: tuple[int, int] | None = None
    ) -> Changes:
        """Remember the sentence of every word (and glossary phrase) of an article, or of the
        part of it in `within` (a long text's; the other parts' stay as they were)."""
        text, sentences = analysis.text, analysis.sentences
        starts = [s.start for s in sentences]
        names = sorted((s.start, s.end) for e in analysis.entities for s in e.spans)
        name_starts = [a for a, _ in names]

        def sentence_of(offset: int) -> tuple[str, int] | None:
            index = bisect_right(starts, offset) - 1
            if index < 0 or sentences[index].end <= offset:
                return None
            span = sentences[index]
            return text[span.start : span.end], span.start

        rows = []
        for token in analysis.tokens:
            if token.kind is not TokenKind.WORD or not any(c.isalpha() for c in token.text):
                continue
            index = bisect_right(name_starts, token.start) - 1
            if index >= 0 and names[index][1] > token.start:
                continue
            found = sentence_of(token.start)
            if found is None:
                continue
            headword, root = headword_and_root(token.text.lower())
            rows.append((headword, root, found[0], token.start, token.end, found[1]))
        for entry in analysis.glossary:
            if " " not in entry.term:
                continue
            for span in entry.spans:
                found = sentence_of(span.start)
                if found is not None:
                    rows.append((entry.term, entry.root, found[0], span.start, span.end, found[1]))
        with self._repo.transaction():
            self._repo.replace_contexts(article_id, rows, within)
        return Changes(context_articles=frozenset({article_id}))

    def concordance(self, term: str, family: bool = True, limit: int = 1000) -> list[ContextRow]:
        """Every recorded sentence with the term (and, with `family`, words of the same root)."""
        key = normalise_term(term)
        roots = []
        if family:
            roots.append(self._repo.root_of(key) or headword_and_root(key)[1])
        return self._repo.contexts(terms=[key], roots=roots, limit=limit)

    def vocabulary(self) -> list[VocabularyRow]:
        return self._repo.vocabulary()

    # --- building cards -----------------------------------------------------------------------

    def _card(self, card_id: int, term: str, due: str) -> ReviewCard:
        contexts = self._repo.contexts(terms=[term], limit=1)
        sentence, highlight, title = "", None, None
        if contexts:
            context = contexts[0]
            sentence = context.sentence
            offset = context.sentence_start
            highlight = (context.start - offset, context.end - offset)
            title = context.article_title
        return ReviewCard(
            card_id, term, from_db_time(due), sentence, highlight, title, self.back_of(term)
        )

    def back_of(self, term: str) -> CardBack:
        root = self._repo.root_of(term) or headword_and_root(term)[1]
        if self._define is None:
            return CardBack("", root, (), None)
        definition = self._define(term)
        glosses = [s.gloss for s in definition.senses if s.gloss]
        return CardBack(
            meaning="; ".join(dict.fromkeys(glosses[:3])),
            root=definition.root or root,
            affixes=tuple(definition.affixes),
            note=definition.note,
        )
