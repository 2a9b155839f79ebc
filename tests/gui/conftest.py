from __future__ import annotations

import pytest

from simak.app import build_window, start


@pytest.fixture
def window(qtbot, data_dir):
    """The real main window on a fresh library, with the sample article open and analysed."""
    win = build_window()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.session.articleOpened, timeout=30000):
        start(win)
    qtbot.waitUntil(lambda: win.session.lexicon is not None, timeout=30000)
    yield win
    win.close()


def click_word(qtbot, window, word: str, occurrence: int = 0, double: bool = False):
    """Click where `word` is drawn in the reader; returns the token index clicked."""
    from PySide6.QtCore import Qt

    reader = window.reader
    indexes = [i for i, t in enumerate(reader.tokens()) if t.text == word]
    assert indexes, f"{word!r} is not in the article"
    index = indexes[occurrence]
    reader.scroll_to_offset(reader.tokens()[index].start)
    qtbot.wait(10)
    point = reader.word_rect(index).center()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    if double:
        qtbot.mouseDClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    return index


def choose_from_menu(qtbot, open_menu, choice: str | None = None) -> list[str]:
    """Open a menu with `open_menu()` (a right-click, a key), note its entries (section
    titles included), pick `choice` (None: just close it); returns the entries' texts."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    seen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick)
            return
        actions = [a for a in menu.actions() if a.text()]
        seen.extend(a.text() for a in actions)
        chosen = next((a for a in actions if a.text() == choice), None)
        menu.close()
        if chosen is not None:
            chosen.trigger()

    QTimer.singleShot(20, pick)
    open_menu()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return seen


def restarted(qtbot, window):
    """Close `window` as the learner would and start the app again on the same library;
    returns the new window, its article open."""
    window.close()
    again = build_window()
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.session.articleOpened, timeout=30000):
        start(again)
    return again
