"""The Go menu: every way of moving through the text without the mouse, with its key.

The word and sentence keys (arrows, Space, Enter) belong to the reader, which handles them
while it has the focus; elsewhere they move in the library list or type in the notes. So
the menu shows them beside each entry without making them window-wide shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

# (label, key, the reader's method)
READER_MOVES = (
    ("&Next word", "Right", "next_word"),
    ("&Previous word", "Left", "previous_word"),
    ("Next &sentence", "Down", "next_sentence"),
    ("Previous s&entence", "Up", "previous_sentence"),  # first its own start
    ("Next &new word", "Space", "next_unknown_word"),
    ("&Look up the word", "Return", "look_up_selected"),
)


class GoMenu(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window

    def add_to(self, menu: QMenu) -> None:
        for label, key, method in READER_MOVES:
            # Text after a tab is drawn in the menu's shortcut column.
            shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            action = QAction(self.tr(label) + "\t" + shown, self)
            action.setToolTip(self.tr("In the reader: {0}").format(shown))
            action.triggered.connect(lambda _=False, name=method: self._move(name))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self._window.part_bar.previous_action)
        menu.addAction(self._window.part_bar.next_action)

    def _move(self, name: str) -> None:
        reader = self._window.reader
        reader.setFocus()  # chosen from the menu: go on with the keys from there
        getattr(reader, name)()
