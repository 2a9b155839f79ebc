"""Text size, reading width and line spacing from the View menu and its keys; the window's
layout and the last article, remembered for the next start."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget

from simak.gui.preferences import Preferences

from .conftest import restarted


def _view_action(window, *path: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    for label in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.menu() and a.text() == label)
    return next(a for a in menu.actions() if a.text() == path[-1])


def _rect_of(window, word: str):
    reader = window.reader
    index = next(i for i, t in enumerate(reader.tokens()) if t.text == word)
    return reader.word_rect(index)


def _last_word_bottom(window) -> int:
    reader = window.reader
    last = max(i for i, t in enumerate(reader.tokens()) if t.is_word)
    return reader.word_rect(last).bottom() + reader.verticalScrollBar().value()


def test_ctrl_plus_and_minus_change_the_text_size_and_it_is_kept(qtbot, window) -> None:
    normal = _rect_of(window, "keamanan").height()
    bigger = _view_action(window, "&Bigger text")
    QTest.keySequence(window.reader, bigger.shortcut())
    qtbot.waitUntil(lambda: _rect_of(window, "keamanan").height() > normal)
    assert Preferences().point_size > 13.5
    smaller = _view_action(window, "&Smaller text")
    QTest.keySequence(window.reader, smaller.shortcut())
    QTest.keySequence(window.reader, smaller.shortcut())
    qtbot.waitUntil(lambda: _rect_of(window, "keamanan").height() < normal)
    assert Preferences().point_size < 13.5


def test_a_narrow_measure_makes_more_lines_and_airy_spacing_taller_ones(qtbot, window) -> None:
    for dock in window.findChildren(QDockWidget):  # the page gets the window's width
        dock.hide()
    window.resize(780, 560)
    qtbot.waitUntil(lambda: window.reader.viewport().width() > 600)
    qtbot.wait(100)
    normal_end = _last_word_bottom(window)
    _view_action(window, "Reading &width", "Narrow").trigger()
    qtbot.waitUntil(lambda: _last_word_bottom(window) > normal_end)  # more, shorter lines
    assert Preferences().measure == "narrow"
    narrow_end = _last_word_bottom(window)
    _view_action(window, "Line &spacing", "Airy").trigger()
    qtbot.waitUntil(lambda: _last_word_bottom(window) > narrow_end)  # same lines, further apart
    assert Preferences().spacing == "airy"


def test_the_next_start_has_the_same_layout_and_article(qtbot, window) -> None:
    session = window.session
    with qtbot.waitSignal(session.articleOpened, timeout=30000):
        session.open_article(session.current.article.id)
    opened = session.current.article.id
    notes_dock = next(d for d in window.findChildren(QDockWidget) if d.widget() is window.notes)
    notes_dock.hide()
    window.resize(760, 560)

    again = restarted(qtbot, window)
    assert again.session.current.article.id == opened
    assert (again.width(), again.height()) == (760, 560)
    dock = next(d for d in again.findChildren(QDockWidget) if d.widget() is again.notes)
    assert not dock.isVisible()
    again.close()
