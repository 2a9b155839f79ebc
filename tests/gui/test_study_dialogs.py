"""The study dialogs on the real window, offscreen: review, vocabulary, progress, import."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from simak.core.review import Rating, ReviewService
from simak.core.study import Status, StudyService
from simak.gui.dialogs.import_known_dialog import ImportKnownDialog
from simak.gui.dialogs.progress_dialog import ProgressChart, ProgressDialog, nice_ceiling
from simak.gui.dialogs.review_dialog import ReviewDialog
from simak.gui.dialogs.vocabulary_dialog import VocabularyDialog


@pytest.fixture
def services(window):
    conn = window.session.conn
    review = ReviewService(conn, define=window.session.lexicon.define)
    return StudyService(conn), review


@pytest.fixture
def learning(window, services):
    """keamanan and sanksi marked learning, with the sample's sentences recorded."""
    study, review = services
    opened = window.session.current
    review.record_contexts(opened.article.id, opened.analysis)
    study.set_statuses({"keamanan": Status.LEARNING_1, "sanksi": Status.LEARNING_2})
    return study, review


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_review_session_space_then_good_reschedules_and_logs(qtbot, window, learning):
    _, review = learning
    dialog = _open(qtbot, ReviewDialog(review, window, window.session.runner))
    qtbot.waitUntil(lambda: dialog.current_card() is not None, timeout=10000)
    assert dialog.due_label.text() == "2 due"
    card = dialog.current_card()
    assert card.term == "keamanan"  # both came due together; the older card first
    assert "Keamanan" in dialog.sentence_label.text()
    assert not dialog.answer.isVisible() and dialog.show_button.isVisible()

    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.answer.isVisible()
    assert "security" in dialog.meaning_label.text()
    assert "aman" in dialog.built_label.text()
    good = dialog.rating_buttons[Rating.GOOD].text()
    assert good.startswith("Good\n")
    assert any(unit in good for unit in (" min", " h", " d"))  # the interval Good would give

    with qtbot.waitSignal(dialog.reviewed, timeout=10000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_3)
    assert blocker.args == [1]
    due_ids = [c.id for c in review.due_cards()]
    assert card.id not in due_ids
    assert [h.rating for h in review.history(card.id)] == [Rating.GOOD]
    assert review.card(card.id).due > datetime.now(UTC)
    # the next card is shown, answer hidden again
    assert dialog.current_card().term == "sanksi"
    assert not dialog.answer.isVisible()
    assert dialog.due_label.text() == "1 due"


def test_rating_keys_do_nothing_before_the_answer_is_shown(qtbot, window, learning):
    _, review = learning
    dialog = _open(qtbot, ReviewDialog(review, window))
    card = dialog.current_card()
    qtbot.keyClick(dialog, Qt.Key.Key_4)
    assert review.history(card.id) == []
    assert dialog.current_card().id == card.id


def test_cloze_blanks_the_word_until_the_answer(qtbot, window, learning):
    _, review = learning
    dialog = _open(qtbot, ReviewDialog(review, window))
    qtbot.keyClick(dialog, Qt.Key.Key_C)
    assert dialog.cloze_box.isChecked()
    assert "Keamanan" not in dialog.sentence_label.text()
    assert "…" in dialog.sentence_label.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert "Keamanan" in dialog.sentence_label.text()


def test_review_empty_states_say_what_to_do_and_when(qtbot, window, services):
    study, review = services
    dialog = _open(qtbot, ReviewDialog(review, window))
    assert dialog.pages.currentIndex() == 1
    assert "Learning" in dialog.empty_text.text()

    study.set_status("aliansi", Status.LEARNING_1)
    review.rate(review.card_for_term("aliansi").id, Rating.EASY)
    dialog.refresh()
    assert dialog.pages.currentIndex() == 1
    assert dialog.empty_title.text() == "All caught up"
    assert "next card is due in" in dialog.empty_text.text()


def test_vocabulary_lists_marked_words_and_filters(qtbot, window, learning):
    study, review = learning
    study.set_status("negara", Status.KNOWN)
    dialog = _open(qtbot, VocabularyDialog(study, review, window))
    assert {"keamanan", "sanksi", "negara"} <= set(dialog.terms())
    row = dialog.terms().index("keamanan")
    assert dialog.proxy.index(row, 1).data() == "Learning 1"
    assert "security" in dialog.proxy.index(row, 2).data()
    assert int(dialog.proxy.index(row, 3).data()) >= 2  # seen in several sentences

    qtbot.keyClicks(dialog.search, "secur")
    assert dialog.terms() == ["keamanan"]
    dialog.search.clear()
    dialog.select_filter(int(Status.KNOWN))
    assert dialog.terms() == ["negara"]
    assert dialog.count_label.text() == "1 of 3 words"


def test_vocabulary_status_change_and_concordance(qtbot, window, learning):
    study, review = learning
    dialog = _open(qtbot, VocabularyDialog(study, review, window))
    dialog.table.selectRow(dialog.terms().index("sanksi"))
    with qtbot.waitSignal(dialog.statusesChanged) as blocker:
        dialog.set_status(dialog.selected_terms(), Status.KNOWN)
    assert "sanksi" in blocker.args[0].terms
    assert study.status_of("sanksi") is Status.KNOWN
    assert [c.term for c in review.due_cards()] == ["keamanan"]  # known words leave review

    dialog.show_concordance("keamanan")
    text = dialog.concordance.toPlainText()
    assert "Kunjungan Kepala Keamanan Rusia" in text
    assert "sentences in 1 article" in text


def test_progress_charts_paint_with_and_without_data(qtbot, window, services):
    study, review = services
    dialog = _open(qtbot, ProgressDialog(study, window))
    assert dialog.known_chart.points() == [] and dialog.reviews_chart.points() == []
    assert not dialog.grab().isNull()

    study.set_statuses({"negara": Status.KNOWN, "kepala": Status.KNOWN})
    study.set_status("aliansi", Status.LEARNING_1)
    card = review.card_for_term("aliansi")
    review.rate(card.id, Rating.GOOD, now=datetime.now(UTC) - timedelta(days=3))
    review.rate(card.id, Rating.GOOD)
    dialog.refresh()
    assert dialog.known_figure.text() == "2" and dialog.learning_figure.text() == "1"
    assert dialog.known_chart.points()[-1][1] == 2
    reviews = dialog.reviews_chart.points()
    assert len(reviews) == 30 and sum(n for _, n in reviews) == 2
    image = dialog.known_chart.grab().toImage()
    assert not image.isNull()
    # the line's fill colour is drawn somewhere in the plot
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(40, 150, 4)}
    assert len(colours) > 3


def test_a_lone_chart_paints_its_empty_state(qtbot):
    chart = ProgressChart("Known words", "Nothing yet", bars=False)
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    assert not chart.grab().isNull()
    assert nice_ceiling(7) == (8, 2) and nice_ceiling(0) == (1, 1)


def test_import_known_words_counts_and_explains_bad_input(qtbot, window, services, tmp_path):
    study, _ = services
    dialog = _open(qtbot, ImportKnownDialog(study, window))
    words = tmp_path / "known.txt"
    words.write_text("saya\nrumah\nmakan\n", encoding="utf-8")
    dialog.path_edit.setText(str(words))
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text() == "Imported 3 words."
    assert study.status_of("rumah") is Status.KNOWN

    dialog.path_edit.clear()
    dialog.paste_edit.setPlainText("1234\n5678\n")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text() == (
        "The pasted text does not look like a word list; nothing was imported."
    )
