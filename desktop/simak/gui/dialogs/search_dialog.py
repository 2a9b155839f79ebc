"""Search everything (Ctrl+K): articles, the learner's notes and glossary terms, as you type.

Typing restarts a short timer; when it fires the query runs on the task runner's "search"
channel, so a slow query never blocks typing and an older answer never replaces a newer one.
Each query opens its own read connection: the GUI thread's connection stays free.
"""

from __future__ import annotations

import html
import re
import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from simak.core.search import SearchHit, search
from simak.gui.dialogs.common import sentence_for
from simak.gui.tasks import TaskRunner
from simak.storage.search_repo import MARK_END, MARK_START

DEBOUNCE_MS = 150
RESULT_LIMIT = 60
GROUPS = (("article", "Articles"), ("note", "Notes"), ("term", "Glossary terms"))
_MARKED = re.compile(re.escape(MARK_START) + "(.*?)" + re.escape(MARK_END))
HIT_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1

STYLE = """
QLineEdit#searchField { font-size: 13pt; padding: 7px 10px; border: 1px solid #c9c6bf;
                        border-radius: 4px; background: palette(base); }
QLineEdit#searchField:focus { border-color: #4a8db0; }
QListWidget#searchResults { border: 1px solid palette(mid); background: palette(base); }
QLabel#searchMessage { color: #6b6f73; padding: 18px 8px; }
"""


def db_file_of(conn: sqlite3.Connection) -> Path | None:
    for row in conn.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            return Path(row[2])
    return None


def run_search(conn: sqlite3.Connection, db_file: Path | None, query: str) -> list[SearchHit]:
    """Search on a connection of its own when there is a file (the GUI one stays free)."""
    if db_file is None:
        return search(conn, query, RESULT_LIMIT)
    from simak.storage.db import connect

    own = connect(db_file, migrate=False)
    try:
        return search(own, query, RESULT_LIMIT)
    finally:
        own.close()


def grouped(hits: list[SearchHit]) -> list[tuple[str, list[SearchHit]]]:
    """Hits by kind in a fixed order (articles, notes, terms), best first within each."""
    return [(kind, [h for h in hits if h.kind == kind]) for kind, _ in GROUPS]


class _HtmlDelegate(QStyledItemDelegate):
    """Draws an item's rich text (title line and snippet with <b> matches)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(6)
        doc.setHtml(index.data(HTML_ROLE) or html.escape(index.data() or ""))
        doc.setTextWidth(max(50, option.rect.width()))
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not index.data(HTML_ROLE):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.Text))
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        if not index.data(HTML_ROLE):
            return super().sizeHint(option, index)
        width = option.rect.width() if option.rect.width() > 0 else 560
        opt = QStyleOptionViewItem(option)
        opt.rect.setWidth(width)
        doc = self._document(opt, index)
        return QSize(width, int(doc.size().height()) + 2)


class SearchDialog(QDialog):
    articleRequested = Signal(int, str)  # article id, the words to find in it
    noteRequested = Signal(int, int)  # article id, note id

    def __init__(
        self,
        conn: sqlite3.Connection,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._conn = conn
        self._db_file = db_file_of(conn)
        self._runner = runner
        self._shown_query = ""
        self.setWindowTitle(self.tr("Search everything"))
        self.setStyleSheet(STYLE)
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(8)

        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Search articles, notes and glossary terms"))
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        layout.addWidget(self.field)

        self.message = QLabel(self)
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message)

        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegate(_HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_query)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self._activate_current)
        self._show_message(self.tr("Type a word to search every article, note and glossary term."))

    # -- public ------------------------------------------------------------------------------
    def popup(self, text: str = "") -> None:
        """Show (or raise) the dialog with the field focused and its text selected."""
        if text:
            self.field.setText(text)
        self.field.selectAll()
        self.field.setFocus()
        self.show()
        self.raise_()
        self.activateWindow()

    def hits(self) -> list[SearchHit]:
        return [
            self.results.item(i).data(HIT_ROLE)
            for i in range(self.results.count())
            if self.results.item(i).data(HIT_ROLE) is not None
        ]

    def current_hit(self) -> SearchHit | None:
        item = self.results.currentItem()
        return None if item is None else item.data(HIT_ROLE)

    def run_query(self) -> None:
        self._timer.stop()
        query = self.field.text().strip()
        if not query:
            self._shown_query = ""
            self.results.clear()
            self._show_message(
                self.tr("Type a word to search every article, note and glossary term.")
            )
            return
        conn, db_file = self._conn, self._db_file

        def work() -> list[SearchHit]:
            return run_search(conn, db_file, query)

        if self._runner is None:  # scripts and tests: synchronously
            try:
                self._show_hits(query, work())
            except Exception as exc:  # one sentence, never a traceback
                self._show_failure(exc)
            return
        self._runner.submit(
            "search", work, lambda hits: self._show_hits(query, hits), self._show_failure
        )

    # -- results -----------------------------------------------------------------------------
    def _show_hits(self, query: str, hits: list[SearchHit]) -> None:
        if query != self.field.text().strip():
            return  # the learner kept typing; the next answer is on its way
        self._shown_query = query
        self.results.clear()
        if not hits:
            self._show_message(
                self.tr("Nothing in your library matches “{0}”.").format(html.escape(query))
            )
            return
        self.message.hide()
        self.results.show()
        names = dict(GROUPS)
        for kind, group in grouped(hits):
            if not group:
                continue
            header = QListWidgetItem(f"{self.tr(names[kind])} ({len(group)})")
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setForeground(Qt.GlobalColor.darkCyan)
            self.results.addItem(header)
            for hit in group:
                item = QListWidgetItem(self._plain(hit))
                item.setData(HIT_ROLE, hit)
                item.setData(HTML_ROLE, self._html(hit))
                item.setToolTip(hit.title)
                self.results.addItem(item)
        self._move(+1, from_row=-1)

    def _html(self, hit: SearchHit) -> str:
        title = html.escape(hit.title)
        if hit.kind == "term":
            article = html.escape(hit.title.split(" — ", 1)[-1])
            where = self.tr("In the glossary of “{0}”").format(article)
            return f"<div>{hit.snippet_html}</div><div style='color:#6b6f73'>{where}</div>"
        label = title if hit.kind == "article" else self.tr("Note on “{0}”").format(title)
        return f"<div style='font-weight:600'>{label}</div><div>{hit.snippet_html}</div>"

    def _plain(self, hit: SearchHit) -> str:
        return f"{hit.title}\n{hit.snippet_text.replace('**', '')}"

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.results.hide()

    def _show_failure(self, exc: Exception) -> None:
        self.results.clear()
        self._show_message(sentence_for(exc))

    # -- keyboard and activation -------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(+1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(+5 if key == Qt.Key.Key_PageDown else -5)
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int, from_row: int | None = None) -> None:
        """Move the current result by `step` results, skipping the group headings."""
        rows = [i for i in range(self.results.count()) if self.results.item(i).data(HIT_ROLE)]
        if not rows:
            return
        current = self.results.currentRow() if from_row is None else from_row
        if current in rows:
            position = rows.index(current) + step
        else:
            position = 0 if step > 0 else len(rows) - 1
        row = rows[max(0, min(len(rows) - 1, position))]
        self.results.setCurrentRow(row)
        if row == rows[0]:
            self.results.scrollToTop()  # keep the first heading in view
        else:
            self.results.scrollToItem(self.results.item(row))

    def _activate_current(self) -> None:
        if self._timer.isActive() or self._shown_query != self.field.text().strip():
            self.run_query()  # Enter before the timer fired: search now, open on the answer
            if self._runner is not None:
                return
        item = self.results.currentItem()
        if item is not None:
            self._activate(item)

    def _activate(self, item: QListWidgetItem) -> None:
        hit: SearchHit | None = item.data(HIT_ROLE)
        if hit is None:
            return
        if hit.kind == "note" and hit.note_id is not None:
            self.noteRequested.emit(hit.article_id, hit.note_id)
        else:
            self.articleRequested.emit(hit.article_id, self._find_text(hit))
        self.accept()

    def _find_text(self, hit: SearchHit) -> str:
        """What the find bar should look for in the opened article."""
        if hit.kind == "term":
            return hit.title.split(" — ", 1)[0]
        marked = _MARKED.search(hit.snippet)
        if marked:  # the form the article actually uses (aman* matched "amankan")
            return marked.group(1)
        words = [w.strip('"*') for w in self._shown_query.split()]
        return max(words, key=len) if words else ""
