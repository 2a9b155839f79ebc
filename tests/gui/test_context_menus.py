"""Right-click menus on a word, a selection, an entity and a glossary term, as a learner
opens and uses them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from .conftest import choose_from_menu


def _right_click_word(window, word: str) -> None:
    reader = window.reader
    index = next(i for i, t in enumerate(reader.tokens()) if t.text == word)
    reader.scroll_to_offset(reader.tokens()[index].start)
    point = reader.word_rect(index).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, reader.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(reader.viewport(), event)


def test_a_words_menu_sets_its_status_and_adds_it_to_the_glossary(qtbot, window) -> None:
    entries = choose_from_menu(qtbot, lambda: _right_click_word(window, "bilateral"), None)
    assert {"&Known", "&Ignore", "Learning &1", "Back to &new"} <= set(entries)  # with their keys
    assert "Copy" in entries
    added = "Add “bilateral” to the glossary"
    assert added in entries
    choose_from_menu(qtbot, lambda: _right_click_word(window, "bilateral"), added)
    qtbot.waitUntil(lambda: window.glossary.item_for("bilateral") is not None)


def test_a_selections_menu_offers_a_passage_note_and_the_glossary(qtbot, window) -> None:
    reader = window.reader
    text = window.session.current.analysis.text
    start = text.index("hubungan bilateral")
    cursor = reader.textCursor()
    cursor.setPosition(reader._offsets.to_doc(start))
    cursor.setPosition(
        reader._offsets.to_doc(start + len("hubungan bilateral")),
        QTextCursor.MoveMode.KeepAnchor,
    )
    reader.setTextCursor(cursor)
    entries = choose_from_menu(
        qtbot,
        lambda: _right_click_word(window, "hubungan"),
        "Add “hubungan bilateral” to the glossary",
    )
    assert "Highlight and add a note…" in entries
    qtbot.waitUntil(lambda: window.glossary.item_for("hubungan bilateral") is not None)


def test_an_entitys_menu_hides_a_wrong_name(qtbot, window) -> None:
    window.tabs.setCurrentWidget(window.entities)
    panel = window.entities
    item = panel.item_for("Barat")
    assert item is not None
    point = panel.tree.visualItemRect(item).center()
    entries = choose_from_menu(
        qtbot,
        lambda: panel.tree.customContextMenuRequested.emit(point),
        "Not a name: hide",
    )
    assert "Rename…" in entries
    qtbot.waitUntil(lambda: panel.item_for("Barat") is None)


def test_a_glossary_terms_menu_pins_it_to_the_top(qtbot, window) -> None:
    window.tabs.setCurrentWidget(window.glossary)
    panel = window.glossary
    term = panel.terms()[3]
    point = panel.tree.visualItemRect(panel.item_for(term)).center()
    entries = choose_from_menu(
        qtbot, lambda: panel.tree.customContextMenuRequested.emit(point), "Pin to the top"
    )
    assert "Remove from the glossary" in entries
    qtbot.waitUntil(lambda: panel.terms()[0] == term)


def test_the_menu_key_opens_the_menu_of_the_word_walked_to(qtbot, window) -> None:
    """Qt puts a keyboard menu where the text cursor is; walking the words does not move
    it, so the menu must still be the walked-to word's."""
    reader = window.reader
    reader.setFocus()
    for _ in range(3):
        qtbot.keyClick(reader, Qt.Key.Key_Right)
    index = reader.selected_word()
    assert index is not None
    term = window.session.word_card(index).term
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(2, 2), reader.mapToGlobal(QPoint(2, 2))
    )
    entries = choose_from_menu(qtbot, lambda: QApplication.sendEvent(reader, event), None)
    assert entries[0] == term  # the menu's title: the selected word
    assert "Copy" in entries
