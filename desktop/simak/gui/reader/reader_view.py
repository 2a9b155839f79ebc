"""The reading pane: draws the article, turns clicks into word indexes, shows highlights.

Words are found from the click position (document position -> article offset -> token by
bisection), never from one anchor per word: anchors cost about ten times the time and memory
at book length.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QFrame, QTextBrowser, QTextEdit

from simak.core.model import Span, Token
from simak.gui.reader.document import LaidOutArticle
from simak.gui.reader.layout_driver import LayoutDriver
from simak.gui.reader.offsets import OffsetMap
from simak.gui.theme import ReadingStyle

_CLICK_SLOP_PX = 4  # a press and release this close together is a click, not a selection


class ReaderView(QTextBrowser):
    wordActivated = Signal(int)  # token index
    selectionMade = Signal(int, int)  # article offsets [start, end) of a dragged selection
    wordMenuRequested = Signal(int, QPoint)  # token index, global position
    selectionMenuRequested = Signal(int, int, QPoint)  # article offsets, global position
    resized = Signal()
    endReached = Signal(bool)  # the keyboard walked past the last word (True: the last new one)

    def __init__(self, style: ReadingStyle | None = None, parent=None) -> None:
        super().__init__(parent)
        self.style_ = style or ReadingStyle()
        self.setObjectName("reader")
        self.setAccessibleName(self.tr("Article text"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.apply_style(self.style_)
        self._tokens: list[Token] = []
        self._starts: list[int] = []
        self._offsets = OffsetMap()
        self._laid_out: LaidOutArticle | None = None
        self._selected: int | None = None
        self._highlights: list[Span] = []
        self._passages: list[Span] = []
        self._press_pos: QPoint | None = None
        self._sentences: list[Span] = []
        self._word_indexes: list[int] = []  # indexes of word tokens, in order
        self.is_unknown: Callable[[int], bool] | None = None  # set by the window: new words
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursorWidth(0)  # a reading view, not an editor: no blinking caret
        # Text always wraps to the column; while a long part is still being laid out in
        # slices its width is not final, which showed a needless sideways scroll bar.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._layout_driver = LayoutDriver(self)
        self._article_document: QTextDocument | None = None  # the open article's, ours to delete
        self._show_placeholder()

    def apply_style(self, style: ReadingStyle) -> None:
        self.style_ = style
        bg = style.background.name()
        self.setStyleSheet(f"QTextBrowser#reader {{ background: {bg}; border: none; }}")
        self._update_measure()

    # -- content -------------------------------------------------------------------------
    def show_article(
        self, laid_out: LaidOutArticle, tokens: list[Token], sentences: list[Span] | None = None
    ) -> None:
        # setDocument deletes only a document the view made itself: an article's stays our
        # child until deleted here (each book opened left 10-15 MB behind before). Tracked
        # here rather than asked of Qt: the first QTextDocument.parent() call on this thread
        # builds that class's enums, a 60 ms stall.
        previous, self._article_document = self._article_document, laid_out.document
        laid_out.document.setParent(self)
        self.setDocument(laid_out.document)
        if previous is not None and previous is not laid_out.document:
            previous.deleteLater()
        self._layout_driver.start(laid_out.document)
        self._offsets = laid_out.offsets
        self._laid_out = laid_out
        self._tokens = tokens
        if laid_out.token_starts is None or laid_out.word_indexes is None:
            laid_out.index_tokens(tokens)
        self._starts = laid_out.token_starts
        self._sentences = list(sentences or [])
        self._word_indexes = laid_out.word_indexes
        self._selected = None
        self._highlights = []
        self._passages = []
        self._refresh_selections()
        self._update_measure()
        self.verticalScrollBar().setValue(0)

    def show_no_article(self) -> None:
        """The empty page, with what to do (the open article was removed)."""
        self._layout_driver.stop()
        previous, self._article_document = self._article_document, None
        self.setDocument(QTextDocument(self))  # the placeholder goes in a page of its own
        self._show_placeholder()
        if previous is not None:
            previous.deleteLater()
        self._offsets = OffsetMap()
        self._laid_out = None
        self._tokens, self._starts, self._sentences, self._word_indexes = [], [], [], []
        self._selected = None
        self._highlights, self._passages = [], []
        self._refresh_selections()

    def _show_placeholder(self) -> None:
        self.setHtml(
            "<div style='color:#6b6f73; font-size:13pt; margin-top:80px' align=center>"
            + self.tr("Open an article from the library, or use File › Open.")
            + "</div>"
        )

    def tokens(self) -> list[Token]:
        return self._tokens

    # -- geometry ------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_measure()
        if event.oldSize().width() != event.size().width():
            self._layout_driver.start(self.document())  # re-wrapped: lay it out in slices
        self.resized.emit()

    def _update_measure(self) -> None:
        """Centre a column of at most `max_line_chars` characters: long lines tire the eye."""
        metrics = self.fontMetrics()
        font = self.style_.body_font()
        from PySide6.QtGui import QFontMetricsF

        avg = QFontMetricsF(font).averageCharWidth() or metrics.averageCharWidth()
        column = int(avg * self.style_.max_line_chars + 2 * self.style_.margin)
        spare = max(0, self.width() - column - self.verticalScrollBar().sizeHint().width())
        side = spare // 2
        self.setViewportMargins(side, 0, side, 0)

    def token_at(self, point: QPoint) -> int | None:
        """Index of the word token drawn under `point` (viewport coordinates), if any."""
        if not self._tokens:
            return None
        position = self.cursorForPosition(point).position()
        offset = self._offsets.to_text(position)
        if offset is None:
            return None
        index = bisect.bisect_right(self._starts, offset) - 1
        for candidate in (index, index - 1):
            if 0 <= candidate < len(self._tokens):
                token = self._tokens[candidate]
                if token.is_word and token.start <= offset <= token.end:
                    rect = self.word_rect(candidate).adjusted(-3, -3, 3, 3)
                    return candidate if rect.contains(point) else None
        return None

    def word_rect(self, index: int) -> QRect:
        """Where token `index` is drawn, in viewport coordinates (first line if it wraps)."""
        token = self._tokens[index]
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_doc(token.start))
        start = self.cursorRect(cursor)
        cursor.setPosition(self._offsets.to_doc(token.end))
        end = self.cursorRect(cursor)
        if end.top() != start.top():  # wrapped: use the first line up to its end
            return QRect(
                start.left(),
                start.top(),
                max(8, self.viewport().width() - start.left()),
                start.height(),
            )
        return QRect(start.left(), start.top(), max(2, end.left() - start.left()), start.height())

    # -- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self._press_pos is None:
            return
        moved = (event.position().toPoint() - self._press_pos).manhattanLength()
        self._press_pos = None
        if moved > _CLICK_SLOP_PX and self.textCursor().hasSelection():
            cursor = self.textCursor()
            start = self._offsets.to_text(cursor.selectionStart())
            end = self._offsets.to_text(cursor.selectionEnd())
            if start is not None and end is not None and end > start:
                self.selectionMade.emit(start, end)
            return
        self._activate_at(event.position().toPoint())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        # A quick second click arrives as a double-click under a real X server: treat it as
        # a click on the word instead of Qt's select-the-word-as-text behaviour.
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = None
            self._activate_at(event.position().toPoint())
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _activate_at(self, point: QPoint) -> None:
        index = self.token_at(point)
        if index is not None:
            self.clear_text_selection()
            self.select_word(index)
            self.wordActivated.emit(index)

    # -- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        moves = {
            Qt.Key.Key_Right: self.next_word,
            Qt.Key.Key_Left: self.previous_word,
            Qt.Key.Key_Down: self.next_sentence,
            Qt.Key.Key_Up: self.previous_sentence,
            Qt.Key.Key_Space: self.next_unknown_word,
        }
        if plain and key in moves and self._tokens:
            moves[key]()
            event.accept()
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected is not None:
            self.look_up_selected()
            event.accept()
            return
        super().keyPressEvent(event)

    def look_up_selected(self) -> None:
        """Enter: show the selected word's card again."""
        if self._selected is not None:
            self.wordActivated.emit(self._selected)

    def _go_to(self, index: int | None) -> None:
        if index is None:
            return
        self.clear_text_selection()
        self.select_word(index)
        self._ensure_visible(index)
        self.wordActivated.emit(index)

    def _ensure_visible(self, index: int) -> None:
        rect = self.word_rect(index)
        if not self.viewport().rect().adjusted(0, 40, 0, -40).contains(rect):
            self.scroll_to_offset(self._tokens[index].start)

    def _word_position(self) -> int:
        """Position of the selected word among the word tokens (-1 before the first)."""
        if self._selected is None:
            return -1
        return bisect.bisect_left(self._word_indexes, self._selected)

    def next_word(self) -> None:
        k = self._word_position() + 1
        if k < len(self._word_indexes):
            self._go_to(self._word_indexes[k])
        else:
            self.endReached.emit(False)

    def previous_word(self) -> None:
        k = self._word_position() - 1
        if k >= 0:
            self._go_to(self._word_indexes[k])

    def _sentence_index(self) -> int:
        if self._selected is None or not self._sentences:
            return -1
        offset = self._tokens[self._selected].start
        return bisect.bisect_right([s.start for s in self._sentences], offset) - 1

    def _first_word_in(self, span: Span) -> int | None:
        k = bisect.bisect_left(self._starts, span.start)
        for i in range(k, len(self._tokens)):
            if self._tokens[i].start >= span.end:
                return None
            if self._tokens[i].is_word:
                return i
        return None

    def next_sentence(self) -> None:
        for span in self._sentences[self._sentence_index() + 1 :]:
            index = self._first_word_in(span)
            if index is not None:
                self._go_to(index)
                return
        self.endReached.emit(False)

    def previous_sentence(self) -> None:
        """Up: to the start of this sentence, or of the one before when already there."""
        current = self._sentence_index()
        if current < 0:
            return
        first = self._first_word_in(self._sentences[current])
        if first is not None and first != self._selected:
            self._go_to(first)
        elif current > 0:
            self._go_to(self._first_word_in(self._sentences[current - 1]))

    def next_unknown_word(self) -> None:
        """Space: jump to the next word the learner has not marked yet."""
        if self.is_unknown is None:
            self.next_word()
            return
        start = self._word_position() + 1
        for k in range(start, len(self._word_indexes)):
            if self.is_unknown(self._word_indexes[k]):
                self._go_to(self._word_indexes[k])
                return
        self.endReached.emit(True)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        cursor = self.textCursor()
        if cursor.hasSelection():
            start = self._offsets.to_text(cursor.selectionStart())
            end = self._offsets.to_text(cursor.selectionEnd())
            if start is not None and end is not None and end > start:
                self.selectionMenuRequested.emit(start, end, event.globalPos())
                return
        if event.reason() == QContextMenuEvent.Reason.Keyboard and self._selected is not None:
            # The menu key: the word walked to with the arrows, wherever the text cursor is
            # (Qt places a keyboard menu at the cursor, which walking does not move).
            index = self._selected
            rect = self.word_rect(index)
            self.wordMenuRequested.emit(index, self.viewport().mapToGlobal(rect.bottomLeft()))
            return
        index = self.token_at(event.pos())
        if index is not None:
            self.select_word(index)
            self.wordMenuRequested.emit(index, event.globalPos())

    def clear_text_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    # -- highlights ----------------------------------------------------------------------
    def select_word(self, index: int | None) -> None:
        self._selected = index
        self._refresh_selections()

    def selected_word(self) -> int | None:
        return self._selected

    def highlight(self, spans: list[Span], scroll_to_first: bool = True) -> None:
        self._highlights = list(spans)
        self._refresh_selections()
        visible = [s.start for s in spans if self.shows(s.start, s.end)]
        if visible and scroll_to_first:
            self.scroll_to_offset(min(visible))

    def set_passages(self, spans: list[Span]) -> None:
        """Passages the learner highlighted with a note: always shown, softly."""
        self._passages = list(spans)
        self._refresh_selections()

    def highlighted(self) -> list[Span]:
        return list(self._highlights)

    def shows(self, start: int, end: int | None = None) -> bool:
        """Whether the article offsets [start, end) are in the document (a long text shows
        one part at a time)."""
        return self._laid_out is not None and self._laid_out.shows(start, end)

    def reading_place(self) -> tuple[int | None, int | None]:
        """(text offset at the top of the view, selected word): what a refresh of the same
        text (new type size, theme, meanings) should give back."""
        if not self._tokens:
            return None, None
        if self.verticalScrollBar().value() == 0:  # at the top: stay there, margin and all
            return None, self._selected
        position = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        return self._offsets.to_text(position), self._selected

    def return_to(self, place: tuple[int | None, int | None]) -> None:
        """Back to a reading_place() of this same text, now laid out anew."""
        offset, selected = place
        if selected is not None and selected < len(self._tokens):
            self.select_word(selected)
        if offset is not None and self.shows(offset):
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._offsets.to_doc(offset))
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.cursorRect(cursor).top())

    def scroll_to_offset(self, offset: int) -> None:
        if not self.shows(offset):
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_doc(offset))
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def _extra(self, start: int, end: int, colour: QColor) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_doc(start))
        cursor.setPosition(self._offsets.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection.cursor, selection.format = cursor, fmt
        return selection

    def _refresh_selections(self) -> None:
        theme = self.style_.theme
        shown = self.shows  # spans in other parts of a long text are not drawn at its edges
        extras = [
            self._extra(s.start, s.end, theme.colour("passage"))
            for s in self._passages
            if shown(s.start, s.end)
        ]
        extras += [
            self._extra(s.start, s.end, theme.colour("highlight"))
            for s in self._highlights
            if shown(s.start, s.end)
        ]
        if self._selected is not None and self._selected < len(self._tokens):
            token = self._tokens[self._selected]
            extras.append(self._extra(token.start, token.end, theme.colour("selected_word")))
        self.setExtraSelections(extras)
