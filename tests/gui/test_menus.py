"""Every key of keyboard-first reading is in a menu, shown beside its entry."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def _entries(window) -> dict[str, list[str]]:
    """Menu path -> the keys shown for it (its shortcuts, or the text after a tab)."""
    found: dict[str, list[str]] = {}

    def walk(menu, path: str) -> None:
        for action in menu.actions():
            if action.menu():
                walk(action.menu(), f"{path} › {action.text()}")
            elif not action.isSeparator():
                label, _, shown = action.text().partition("\t")
                keys = [s.toString() for s in action.shortcuts()] + ([shown] if shown else [])
                found[f"{path} › {label}"] = keys

    for top in window.menuBar().actions():
        walk(top.menu(), top.text())
    return found


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def test_each_reading_key_has_a_menu_entry_showing_it(window) -> None:
    shown = {key for keys in _entries(window).values() for key in keys}
    expected = ["Right", "Left", "Down", "Up", "Space", "Return"]  # the reader's own keys
    expected += ["1", "2", "3", "4", "K", "I", "0", "N", "Ctrl+K", "Ctrl+F"]
    expected += ["Ctrl+PgUp", "Ctrl+PgDown", "Ctrl+Q", "Ctrl+O"]
    missing = [key for key in expected if key not in shown and _native(key) not in shown]
    assert missing == []


def test_go_menu_entries_move_through_the_text(qtbot, window) -> None:
    entries = {a.text().partition("\t")[0]: a for a in _go_menu(window).actions()}
    entries["&Next word"].trigger()
    reader = window.reader
    assert reader.tokens()[reader.selected_word()].text == "Kepala"
    entries["Next &sentence"].trigger()
    assert reader.tokens()[reader.selected_word()].text == "Kunjungan"
    assert "kunjungan" in window.word_card.plain_text().lower()
    entries["&Previous word"].trigger()
    assert reader.tokens()[reader.selected_word()].text == "Apa"


def test_the_reading_keys_stay_out_of_other_widgets(qtbot, window) -> None:
    """Return in the definition field saves the definition: the reader's keys are not
    window-wide shortcuts."""
    from PySide6.QtCore import Qt

    from .conftest import click_word

    click_word(qtbot, window, "kawasan")
    window.word_card.definition_edit.setText("wilayah (mine)")
    qtbot.keyClick(window.word_card.definition_edit, Qt.Key.Key_Return)
    assert "wilayah (mine)" in window.word_card.plain_text()


def _go_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
