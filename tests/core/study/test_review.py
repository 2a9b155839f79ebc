from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from simak.core.model import Affix, Definition, Sense
from simak.core.review import Rating, ReviewService
from simak.core.study import Status, StudyService


def _define(term: str) -> Definition:
    return Definition(
        term,
        True,
        term,
        "aman",
        affixes=[Affix("ke-...-an", "abstract noun")],
        senses=[Sense("security", "simak"), Sense("safety", "simak")],
        note="ke-...-an + aman 'safe'",
    )


def test_learning_word_is_due_then_rated_then_not_due(conn, sample_article_id, sample_analysis):
    review = ReviewService(conn, define=_define)
    review.record_contexts(sample_article_id, sample_analysis)
    assert review.due_count() == 0 and review.next_due() is None
    StudyService(conn).set_status("keamanan", Status.LEARNING_1)
    assert review.due_count() == 1

    card = review.due_cards()[0]
    assert card.term == "keamanan"
    assert "<b>Keamanan</b>" in card.front_html()
    assert "[…]" in card.cloze() and "Keamanan Rusia, Nikolai" not in card.cloze()
    assert card.back.meaning == "security; safety" and card.back.root == "aman"
    assert card.back.affixes[0].affix == "ke-...-an"

    changes = review.rate(card.id, Rating.GOOD)
    assert changes.cards == {card.id}
    assert review.due_count() == 0
    assert review.next_due() > datetime.now(UTC)
    assert review.due_count(now=datetime.now(UTC) + timedelta(days=30)) == 1
    history = review.history(card.id)
    assert [h.rating for h in history] == [Rating.GOOD]
    state = json.loads(conn.execute("SELECT fsrs_state FROM review_cards").fetchone()[0])
    assert state["card_id"] == card.id and state["last_review"]  # plain JSON, not a pickle


def test_again_keeps_the_card_close_and_easy_pushes_it_far(conn):
    review = ReviewService(conn)
    study = StudyService(conn)
    study.set_statuses({"aliansi": Status.LEARNING_1, "sanksi": Status.LEARNING_1})
    now = datetime.now(UTC)
    again = review.card_for_term("aliansi")
    easy = review.card_for_term("sanksi")
    review.rate(again.id, Rating.AGAIN, now=now)
    review.rate(easy.id, Rating.EASY, now=now)
    assert review.card(again.id).due < review.card(easy.id).due
    assert review.card(easy.id).due - now >= timedelta(days=1)


def test_known_words_leave_review_and_come_back_with_history(conn):
    review = ReviewService(conn)
    study = StudyService(conn)
    study.set_status("aliansi", Status.LEARNING_1)
    card_id = review.card_for_term("aliansi").id
    review.rate(card_id, Rating.HARD)
    changes = study.set_status("aliansi", Status.KNOWN)
    assert changes.cards == {card_id}
    assert review.due_count(now=datetime.now(UTC) + timedelta(days=400)) == 0
    study.set_status("aliansi", Status.LEARNING_3)
    assert review.card_for_term("aliansi").id == card_id
    assert len(review.history(card_id)) == 1


def test_concordance_finds_the_word_family_across_articles(
    conn, sample_article_id, sample_analysis
):
    from simak.storage.repos import ArticleRepo

    from .conftest import analyse

    review = ReviewService(conn)
    review.record_contexts(sample_article_id, sample_analysis)
    second_text = "Warga merasa aman. Pengamanan diperketat."
    second = ArticleRepo(conn).add("Kedua", second_text, None, 5)
    review.record_contexts(second, analyse(second_text))

    own = review.concordance("keamanan", family=False)
    assert {c.article_id for c in own} == {sample_article_id}
    assert all(
        c.sentence[c.start - c.sentence_start : c.end - c.sentence_start].lower() == "keamanan"
        for c in own
    )
    family = review.concordance("keamanan")
    assert {c.term for c in family} >= {"keamanan", "aman"}
    assert second in {c.article_id for c in family}
    phrase = review.concordance("kerja sama", family=False)
    assert len(phrase) == 2


def test_recording_contexts_again_replaces_them(conn, sample_article_id, sample_analysis):
    review = ReviewService(conn)
    review.record_contexts(sample_article_id, sample_analysis)
    first = len(review.concordance("negara", family=False))
    review.record_contexts(sample_article_id, sample_analysis)
    assert len(review.concordance("negara", family=False)) == first == 6
