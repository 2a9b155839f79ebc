"""Find in the open article (Ctrl+F): a slim bar floating over the top right of the reader.

The current match is shown by moving the view's own text cursor selection, never through
extra selections: the reader keeps those for its word and entity highlights, and
ReaderView.highlight() would otherwise wipe the match (or the match wipe the highlight).
Every match's document positions are also emitted (`matchesFound`, `currentMatch`) for a
view that wants to mark them all.

The bar is a child of the view, so it needs no room in the window's layout; F3 and
Shift+F3 work while the focus is anywhere in the view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
)

MAX_MATCHES = 1000  # counting beyond this on a book-length text only slows typing
_MARGIN = 10

STYLE = """
QFrame#findBar { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }
QFrame#findBar QLineEdit { border: none; padding: 3px 4px; min-width: 180px; }
QFrame#findBar QLabel#findCount { color: #6b6f73; min-width: 64px; }
QFrame#findBar QLabel#findCount[missing="true"] { color: #b5473a; }
QFrame#findBar QToolButton { border: none; padding: 2px 6px; font-size: 11pt; }
QFrame#findBar QToolButton:hover { background: palette(midlight); border-radius: 3px; }
"""


class FindBar(QFrame):
    matchesFound = Signal(object)  # list[tuple[int, int]]: document positions [start, end)
    currentMatch = Signal(int, int)  # document positions of the selected match; -1, -1: none
    closed = Signal()

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._matches: list[tuple[int, int]] = []
        self._current = -1
        self._searched_doc: QTextDocument | None = None
        self._searched_text = ""
        self.setObjectName("findBar")
        self.setStyleSheet(STYLE)
        self.setAccessibleName(self.tr("Find in article"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.setSpacing(2)

        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find in article"))
        self.field.setAccessibleName(self.tr("Find in article"))
        self.field.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.previous_button = self._button("↑", self.tr("Previous match (Shift+Enter)"))
        self.next_button = self._button("↓", self.tr("Next match (Enter, F3)"))
        close = self._button("✕", self.tr("Close (Esc)"))
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        close.clicked.connect(self.close_bar)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(close)

        # Typing moves to the first match at or after where the reader is looking.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(80)
        self._typing.timeout.connect(self._search_from_view)
        self.field.textChanged.connect(lambda _text: self._typing.start())
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("F3", self.find_next), ("Shift+F3", self.find_previous)):
            QShortcut(QKeySequence(keys), view, slot, context=context)
        # A signal, not an event filter on the reader: a filter runs Python for every event the
        # reader gets, each a wait for the interpreter while a worker analyses a book.
        view.resized.connect(self._place)
        self.hide()

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    # -- public ------------------------------------------------------------------------------
    def open_bar(self, text: str | None = None) -> None:
        """Show the bar, focused; with `text`, find it (else reselect the last search)."""
        self._place()
        self.show()
        self.raise_()
        if text is not None and text != self.field.text():
            self.field.setText(text)
            self._search_from_view()
        elif text is not None:
            self._search_from_view()
        self.field.selectAll()
        self.field.setFocus()

    def close_bar(self) -> None:
        self.hide()
        self._view.setFocus()
        self.closed.emit()

    def refresh(self) -> None:
        """Search again (another article was opened, or its text changed)."""
        self._searched_doc = None
        if self.isVisible():
            self._search_from_view()

    def matches(self) -> list[tuple[int, int]]:
        return list(self._matches)

    def current_index(self) -> int:
        return self._current

    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    # -- searching ---------------------------------------------------------------------------
    def _collect(self) -> None:
        text = self.field.text()
        doc = self._view.document()
        self._searched_doc, self._searched_text = doc, text
        self._matches, self._current = [], -1
        if text:
            cursor = doc.find(text, 0)
            while not cursor.isNull() and len(self._matches) < MAX_MATCHES:
                self._matches.append((cursor.selectionStart(), cursor.selectionEnd()))
                cursor = doc.find(text, cursor.selectionEnd())
        self.matchesFound.emit(list(self._matches))

    def _stale(self) -> bool:
        return (
            self._searched_doc is not self._view.document()
            or self._searched_text != self.field.text()
        )

    def _search_from_view(self) -> None:
        self._typing.stop()
        self._collect()
        if not self._matches:
            self._select(-1)
            return
        # The first match from the top of what is on screen, so typing does not jump away.
        top = self._view.cursorForPosition(self._view.viewport().rect().topLeft()).position()
        after = [i for i, (start, _) in enumerate(self._matches) if start >= top]
        self._select(after[0] if after else 0)

    def _step(self, delta: int) -> None:
        if not self.field.text():
            self.open_bar()
            return
        if self._stale():
            self._search_from_view()
            return
        if not self._matches:
            return
        self._select((self._current + delta) % len(self._matches))

    def _select(self, index: int) -> None:
        self._current = index
        if index < 0:
            cursor = self._view.textCursor()
            cursor.clearSelection()
            self._view.setTextCursor(cursor)
            self.currentMatch.emit(-1, -1)
        else:
            start, end = self._matches[index]
            cursor = QTextCursor(self._view.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self._view.setTextCursor(cursor)
            self._view.ensureCursorVisible()
            self.currentMatch.emit(start, end)
        self._show_count()

    def _show_count(self) -> None:
        missing = bool(self.field.text()) and not self._matches
        if not self.field.text():
            text = ""
        elif missing:
            text = self.tr("No matches")
        else:
            total = f"{len(self._matches)}+" if len(self._matches) >= MAX_MATCHES else None
            text = self.tr("{0} of {1}").format(self._current + 1, total or len(self._matches))
        self.count_label.setText(text)
        self.count_label.setProperty("missing", missing)
        self.count_label.style().unpolish(self.count_label)
        self.count_label.style().polish(self.count_label)
        self.previous_button.setEnabled(len(self._matches) > 1)
        self.next_button.setEnabled(len(self._matches) > 1)

    # -- keys and placement ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._step(-1 if shift else +1)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def _place(self) -> None:
        self.adjustSize()
        width = min(max(self.sizeHint().width(), 360), max(200, self._view.width() - 40))
        bar = self._view.verticalScrollBar()
        right = self._view.width() - (bar.width() if bar.isVisible() else 0) - _MARGIN
        self.setGeometry(right - width, _MARGIN, width, self.sizeHint().height())
