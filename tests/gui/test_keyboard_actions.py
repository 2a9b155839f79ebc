"""The keyboard-first keys of #8 pressed on the reader: statuses, a new note, search, find."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simak import paths
from simak.storage.db import connect
from simak.storage.repos import NoteRepo


def _walk_to(qtbot, window, word: str) -> None:
    reader = window.reader
    reader.setFocus()
    while reader.selected_word() is None or reader.tokens()[reader.selected_word()].text != word:
        qtbot.keyClick(reader, Qt.Key.Key_Right)


def test_digits_set_the_learning_level_and_i_ignores(qtbot, window) -> None:
    study = window.session.study
    _walk_to(qtbot, window, "Temui")
    qtbot.keyClick(window.reader, Qt.Key.Key_3)
    assert int(study.status_of("temu")) == 3 or int(study.status_of("temui")) == 3
    _walk_to(qtbot, window, "Ada")
    qtbot.keyClick(window.reader, Qt.Key.Key_I)
    assert int(study.status_of("ada")) == 98
    qtbot.keyClick(window.reader, Qt.Key.Key_0)
    assert int(study.status_of("ada")) == 0


def test_n_starts_a_note_that_is_kept(qtbot, window) -> None:
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_N)
    qtbot.waitUntil(window.notes.editor.hasFocus)
    qtbot.keyClicks(window.notes.editor, "kosakata baru hari ini")
    assert window.notes.flush()
    bodies = [n.body for n in NoteRepo(connect(paths.db_path())).all()]
    assert "kosakata baru hari ini" in bodies


def test_ctrl_k_searches_everything_and_ctrl_f_finds_in_the_article(qtbot, window) -> None:
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.tools._dialogs.get("search")
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.tools.find_bar
    assert bar.isVisible()
    assert bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "korea utara")
    reader = window.reader
    qtbot.waitUntil(lambda: reader.textCursor().selectedText().lower() == "korea utara")
    assert bar.count_label.text().startswith("1 of ")
