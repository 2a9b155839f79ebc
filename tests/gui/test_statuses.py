"""Marking words: keys and Word card buttons change colours and the known share at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from tests.gui.conftest import click_word


def _background_at(window, index: int):
    reader = window.reader
    token = reader.tokens()[index]
    offsets = window.session.current.laid_out.offsets
    cursor = QTextCursor(reader.document())
    cursor.setPosition(offsets.to_doc(token.start) + 1)
    return cursor.charFormat()


def test_new_words_are_underlined_and_names_are_not(window):
    opened = window.session.current
    word = next(i for i, t in enumerate(opened.analysis.tokens) if t.text == "aliansi")
    name = next(i for i, t in enumerate(opened.analysis.tokens) if t.text == "Patrushev")
    assert (
        _background_at(window, word).underlineStyle()
        != _background_at(window, name).underlineStyle()
    )
    assert window.known_label.text() == "Known 0%"


def test_key_k_marks_the_selected_word_known_and_updates_share_and_colour(qtbot, window):
    index = click_word(qtbot, window, "sanksi")
    before = _background_at(window, index).underlineStyle()
    qtbot.keyClick(window.reader, Qt.Key.Key_K)
    assert _background_at(window, index).underlineStyle() != before
    other = [i for i, t in enumerate(window.reader.tokens()) if t.text == "sanksi"][1]
    assert (
        _background_at(window, other).underlineStyle()
        == _background_at(window, index).underlineStyle()
    )
    assert window.known_label.text() != "Known 0%"
    assert window.word_card.status_group.checkedId() == 99


def test_learning_buttons_tint_the_word_by_level(qtbot, window):
    index = click_word(qtbot, window, "aliansi")
    window.word_card.status_group.button(1).click()
    level1 = _background_at(window, index).background().color().name()
    window.word_card.status_group.button(4).click()
    level4 = _background_at(window, index).background().color().name()
    assert level1 != level4 and "#000000" not in (level1, level4)
    assert int(window.session.study.status_of("aliansi")) == 4


def test_mark_the_rest_known_leaves_learning_words_alone(qtbot, window):
    click_word(qtbot, window, "aliansi")
    window.word_card.status_group.button(2).click()
    window.session.mark_rest_known()
    assert window.known_label.text() != "Known 0%"
    assert int(window.session.study.status_of("aliansi")) == 2
    assert int(window.session.study.status_of("keamanan")) == 99


def test_my_definition_is_shown_first_on_the_card(qtbot, window):
    click_word(qtbot, window, "kawasan")
    window.word_card.definition_edit.setText("wilayah: region (my words)")
    qtbot.keyClick(window.word_card.definition_edit, Qt.Key.Key_Return)
    card = window.word_card.plain_text()
    assert "region (my words)" in card
    assert card.index("region (my words)") < card.index("area")


def test_reopened_article_shows_known_words_plain_and_new_words_underlined(qtbot, window):
    from PySide6.QtGui import QTextCharFormat

    index = click_word(qtbot, window, "sanksi")
    qtbot.keyClick(window.reader, Qt.Key.Key_K)  # known: laid out without a mark from now on
    session = window.session
    with qtbot.waitSignal(session.articleOpened, timeout=20000):
        session.open_article(session.current.article.id)
    known = _background_at(window, index)
    new = _background_at(window, click_word(qtbot, window, "aliansi"))
    assert known.underlineStyle() == QTextCharFormat.UnderlineStyle.NoUnderline
    assert known.background().style() == Qt.BrushStyle.NoBrush
    assert new.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
