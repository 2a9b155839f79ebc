"""Reading without the mouse: arrows move by word and sentence, Space finds the next new word."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _selected_text(window) -> str:
    return window.reader.tokens()[window.reader.selected_word()].text


def test_arrows_walk_words_and_sentences(qtbot, window):
    reader = window.reader
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Right)
    assert _selected_text(window) == "Kepala"  # the first word of the headline
    qtbot.keyClick(reader, Qt.Key.Key_Right)
    assert _selected_text(window) == "Keamanan"
    qtbot.keyClick(reader, Qt.Key.Key_Down)
    assert _selected_text(window) == "Kunjungan"  # first word of the next sentence
    qtbot.keyClick(reader, Qt.Key.Key_Left)
    assert _selected_text(window) == "Apa"
    qtbot.keyClick(reader, Qt.Key.Key_Up)
    assert _selected_text(window) == "Kepala"
    assert "kepala" in window.word_card.plain_text().lower()


def test_space_skips_names_and_words_already_marked(qtbot, window):
    reader = window.reader
    reader.setFocus()
    for word in ("kepala", "keamanan"):
        window.session.set_status(word, 99)
    qtbot.keyClick(reader, Qt.Key.Key_Space)
    assert _selected_text(window) == "Temui"  # Kepala, Keamanan known; Russia is a name
    qtbot.keyClick(reader, Qt.Key.Key_K)  # mark it known, then on to the next new word
    qtbot.keyClick(reader, Qt.Key.Key_Space)
    assert _selected_text(window) == "Ada"
