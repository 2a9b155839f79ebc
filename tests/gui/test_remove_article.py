"""Taking an article out of the library: asked first, its notes go with it, statuses stay,
and the window moves on to the article read last, or to its empty state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from simak import paths
from simak.storage.db import connect
from simak.storage.repos import ArticleRepo, NoteRepo


def _answer(qtbot, window, button_text: str) -> str:
    """Click `button_text` in the question the window shows; returns the question."""
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    question = box.text() + " " + box.informativeText()
    button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return question


def _ids() -> set[int]:
    return {a.id for a in ArticleRepo(connect(paths.db_path())).list()}


def _add_second_article(qtbot, window) -> int:
    session = window.session
    window.tools.import_text(
        "Harga Beras Naik\n\nHarga beras di pasar naik lagi minggu ini. Para pedagang "
        "mengatakan pasokan dari petani berkurang karena musim hujan."
    )
    # (the sample may be opened again meanwhile, as its meanings arrive: wait for this one)
    qtbot.waitUntil(
        lambda: session.current is not None and session.current.article.title == "Harga Beras Naik",
        timeout=30000,
    )
    return session.current.article.id


def test_removing_the_open_article_asks_then_opens_the_last_read(qtbot, window) -> None:
    session = window.session
    sample = session.current.article.id
    session.set_status("keamanan", 99)
    rice = _add_second_article(qtbot, window)
    window.new_note()
    qtbot.keyClicks(window.notes.editor, "catatan tentang beras")
    assert window.notes.flush()
    rows = window.library.list
    qtbot.waitUntil(lambda: any("Beras" in rows.item(i).text() for i in range(rows.count())))
    window.library.list.setCurrentRow(
        next(
            i
            for i in range(window.library.list.count())
            if "Beras" in window.library.list.item(i).text()
        )
    )
    window.library.list.setFocus()

    qtbot.keyClick(window.library.list, Qt.Key.Key_Delete)  # the list's own key
    question = _answer(qtbot, window, "Cancel")
    assert "Harga Beras Naik" in question and "note" in question
    assert rice in _ids()  # nothing removed

    qtbot.keyClick(window.library.list, Qt.Key.Key_Delete)
    with qtbot.waitSignal(session.articleOpened, timeout=30000):
        _answer(qtbot, window, "Remove")
    assert rice not in _ids()
    assert NoteRepo(connect(paths.db_path())).for_article(rice) == []
    assert session.current.article.id == sample  # the one read before it
    qtbot.waitUntil(lambda: window.library.list.count() == 1)
    assert int(session.study.status_of("keamanan")) == 99  # statuses stay
    assert window.notes.isEnabled()


def test_removing_the_last_article_leaves_an_empty_window(qtbot, window) -> None:
    session = window.session
    sample = session.current.article.id
    window.library.removeRequested.emit(sample, session.current.article.title)
    opened_after: list[object] = []
    with qtbot.waitSignal(session.articleClosed, timeout=30000):
        session.reopen()  # an open of it under way (meanings arriving, say) as it goes
        _answer(qtbot, window, "Remove")
        session.articleOpened.connect(opened_after.append)
    qtbot.wait(300)  # time for the open under way to come back
    assert opened_after == [] and session.current is None
    qtbot.waitUntil(lambda: window.library.list.count() == 0)
    assert window.reader.tokens() == []
    assert "Open an article" in window.reader.toPlainText()
    assert not window.notes.isEnabled()
    assert window.windowTitle() == "Simak"
    qtbot.keyClick(window.reader, Qt.Key.Key_Right)  # walking an empty page does nothing
    assert window.reader.selected_word() is None
