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
