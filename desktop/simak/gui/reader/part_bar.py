"""The bar under the reader for a long text read in parts: where you are, and the way on.

Hidden for an article that is read whole. The actions (with their shortcuts) also sit in the
View menu; the bar's buttons trigger the same actions.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

from simak.core.parts import Part


class PartBar(QWidget):
    partChosen = Signal(int)  # 0-based index of the part to open

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("partBar")
        self._parts: list[Part] = []
        self._current = 0
        self.previous_action = QAction(self.tr("&Previous part"), self)
        self.previous_action.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_action.setToolTip(self.tr("Previous part of this text (Ctrl+PgUp)"))
        self.previous_action.triggered.connect(lambda: self._step(-1))
        self.next_action = QAction(self.tr("N&ext part"), self)
        self.next_action.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_action.setToolTip(self.tr("Next part of this text (Ctrl+PgDown)"))
        self.next_action.triggered.connect(lambda: self._step(+1))

        self.previous_button = self._button(self.previous_action, "‹ " + self.tr("Previous"))
        self.next_button = self._button(self.next_action, self.tr("Next") + " ›")
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Part of the text"))
        self.chooser.setToolTip(
            self.tr("A long text is read in parts of about 3,000 words: choose one")
        )
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.activated.connect(self._chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addStretch(1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.chooser)
        layout.addWidget(self.next_button)
        layout.addStretch(1)
        self.show_parts([], 0)

    def _button(self, action: QAction, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setText(text)  # after setDefaultAction, which copies the action's text
        button.setAccessibleName(action.text().replace("&", ""))
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def show_parts(self, parts: list[Part], current: int) -> None:
        """The parts of the open text and the one shown (the bar hides for a single part)."""
        self._parts, self._current = list(parts), current
        many = len(parts) > 1
        self.setVisible(many)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for part in parts:
            self.chooser.addItem(
                self.tr("Part {0} of {1}").format(part.index + 1, len(parts)), part.index
            )
        if many:
            self.chooser.setCurrentIndex(current)
        self.chooser.blockSignals(False)
        self.previous_action.setEnabled(many and current > 0)
        self.next_action.setEnabled(many and current < len(parts) - 1)
        self.previous_button.setText("‹ " + self.tr("Previous"))
        self.next_button.setText(self.tr("Next") + " ›")

    def current(self) -> int:
        return self._current

    def _step(self, delta: int) -> None:
        target = self._current + delta
        if 0 <= target < len(self._parts):
            self._go(target)

    def _chosen(self, row: int) -> None:
        if row != self._current:
            self._go(row)

    def _go(self, target: int) -> None:
        # The bar moves at once, so three quick Ctrl+PgDown go three parts on, although
        # the first part is still being opened.
        self.show_parts(self._parts, target)
        self.partChosen.emit(target)
