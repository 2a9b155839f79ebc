"""Under a real X server (pytest-xvfb): real mouse events, where a fast second click on the
same word arrives as a double-click. Run by `make test-xvfb` with QT_QPA_PLATFORM=xcb."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QCursor

pytestmark = pytest.mark.xvfb


def _xdotool_click(window, point: QPoint, repeat: int) -> None:
    """A real pointer click through the X server (not a synthesised Qt event)."""
    import subprocess

    global_point = window.reader.viewport().mapToGlobal(point)
    subprocess.run(
        [
            "xdotool",
            "mousemove",
            "--sync",
            str(global_point.x()),
            str(global_point.y()),
            "click",
            "--repeat",
            str(repeat),
            "--delay",
            "60",
            "1",
        ],
        check=True,
        timeout=10,
    )


class _EventLog(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.types: list[QEvent.Type] = []

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self.types.append(event.type())
        return False


def test_two_quick_real_clicks_on_a_word_keep_it_selected(qtbot, window):
    assert os.environ.get("QT_QPA_PLATFORM") == "xcb", "run with make test-xvfb"
    window.activateWindow()
    qtbot.waitExposed(window)
    reader = window.reader
    index = next(i for i, t in enumerate(reader.tokens()) if t.text == "aliansi")
    reader.scroll_to_offset(reader.tokens()[index].start)
    qtbot.wait(50)
    point = reader.word_rect(index).center()
    activations: list[int] = []
    reader.wordActivated.connect(activations.append)
    events = _EventLog()
    reader.viewport().installEventFilter(events)

    _xdotool_click(window, point, repeat=2)
    qtbot.waitUntil(lambda: len(activations) == 2, timeout=5000)

    assert QEvent.Type.MouseButtonDblClick in events.types  # X made the 2nd click a double
    assert activations == [index, index]
    assert reader.selected_word() == index
    assert not reader.textCursor().hasSelection()  # not Qt's select-word-as-text
    assert "alliance" in window.word_card.plain_text().lower()
    assert QCursor.pos() == reader.viewport().mapToGlobal(point)


def test_the_real_menu_key_opens_the_walked_to_words_menu(qtbot, window):
    """Real key presses through the X server: the arrows walk to a word, the Menu key opens
    that word's menu (Qt places keyboard menus at the text cursor, which walking leaves)."""
    import subprocess

    from .conftest import choose_from_menu

    assert os.environ.get("QT_QPA_PLATFORM") == "xcb", "run with make test-xvfb"
    window.activateWindow()
    qtbot.waitExposed(window)
    reader = window.reader
    reader.setFocus()
    qtbot.waitUntil(reader.hasFocus, timeout=5000)
    subprocess.run(["xdotool", "key", "--delay", "80", "Right", "Right", "Right"], check=True)
    qtbot.waitUntil(lambda: reader.selected_word() is not None, timeout=5000)
    qtbot.wait(200)
    term = window.session.word_card(reader.selected_word()).term
    titles = choose_from_menu(qtbot, lambda: subprocess.run(["xdotool", "key", "Menu"], check=True))
    assert titles[0] == term
