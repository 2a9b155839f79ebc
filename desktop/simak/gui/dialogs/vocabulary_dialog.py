"""My vocabulary: every word the learner has marked, across the whole library.

A sortable table (term, status, meaning, count, first article) with a search box and a status
filter; the context menu changes statuses and opens the concordance: every sentence in the
library with the word or a word of its family.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from simak.core.review import ReviewService
from simak.core.study import Status, StudyService
from simak.gui.dialogs.common import STATUS_ORDER, run_serial, sentence_for, status_name
from simak.gui.tasks import TaskRunner
from simak.storage.study_repo import ContextRow, VocabularyRow

COLUMNS = ("term", "status", "meaning", "count", "article")
_SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
_LEARNING = -1  # the filter entry "Learning (1–4)"


@dataclass(frozen=True)
class VocabularyEntry:
    row: VocabularyRow
    meaning: str


def load_vocabulary(review: ReviewService) -> list[VocabularyEntry]:
    return [VocabularyEntry(row, review.back_of(row.term).meaning) for row in review.vocabulary()]


class VocabularyFilter(QSortFilterProxyModel):
    """Rows whose term or meaning contains the search text, with the chosen status."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status: int | None = None
        self.setSortRole(_SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self._text = text.strip().lower()
        self.invalidateFilter()

    def set_status(self, status: int | None) -> None:
        self._status = status
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        status = model.index(source_row, 1, source_parent).data(_STATUS_ROLE)
        if self._status == _LEARNING and not Status(status).is_learning:
            return False
        if self._status not in (None, _LEARNING) and status != self._status:
            return False
        if not self._text:
            return True
        term = model.index(source_row, 0, source_parent).data() or ""
        meaning = model.index(source_row, 2, source_parent).data() or ""
        return self._text in term.lower() or self._text in meaning.lower()


class VocabularyDialog(QDialog):
    statusesChanged = Signal(object)  # Changes: the reader, word card and due badge refresh

    def __init__(
        self,
        study_service: StudyService,
        review_service: ReviewService,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._study = study_service
        self._review = review_service
        self._runner = runner
        self.setModal(False)
        self.setWindowTitle(self.tr("My vocabulary"))
        self.resize(860, 600)
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search words or meanings…"))
        self.search.setAccessibleName(self.tr("Search vocabulary"))
        self.search.setToolTip(self.tr("Show only words whose term or meaning contains this"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.setToolTip(self.tr("Show only words with this status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Learning (1–4)"), _LEARNING)
        for status in STATUS_ORDER:
            if status is not Status.NEW:
                self.status_filter.addItem(status_name(status), int(status))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("cardMuted")
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addSpacing(8)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Word"),
                self.tr("Status"),
                self.tr("Meaning"),
                self.tr("Seen"),
                self.tr("First seen in"),
            ]
        )
        self.proxy = VocabularyFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Vocabulary"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.table.doubleClicked.connect(self._on_double_clicked)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for column, width in ((0, 150), (1, 100), (3, 56), (4, 220)):
            self.table.setColumnWidth(column, width)

        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setText(
            self.tr(
                "Your vocabulary is empty.\n\nMark words as Learning or Known while you read,"
                " or import a list of words you already know."
            )
        )
        self.table_pages = QStackedWidget(self)
        self.table_pages.addWidget(self.table)
        self.table_pages.addWidget(self.empty)

        self.concordance = QTextBrowser(self)
        self.concordance.setAccessibleName(self.tr("Concordance"))
        self.concordance.setOpenLinks(False)
        self.concordance.setHtml(self._concordance_hint())
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table_pages)
        splitter.addWidget(self.concordance)
        splitter.setSizes([380, 170])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b5473a;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.search.textChanged.connect(self._on_filter_changed)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        review = self._review
        run_serial(self._runner, lambda: load_vocabulary(review), self.show_entries, self._fail)

    def show_entries(self, entries: list[VocabularyEntry]) -> None:
        self.error_label.hide()
        self.table.setSortingEnabled(False)
        self.model.removeRows(0, self.model.rowCount())
        for entry in entries:
            self.model.appendRow(self._items(entry))
        self.table.setSortingEnabled(True)
        self.table_pages.setCurrentIndex(0 if entries else 1)
        self._update_count()

    def _items(self, entry: VocabularyEntry) -> list[QStandardItem]:
        row = entry.row
        term = QStandardItem(row.term)
        term.setData(row.term.lower(), _SORT_ROLE)
        font = term.font()
        font.setBold(True)
        term.setFont(font)
        status = QStandardItem(status_name(row.status))
        status.setData(STATUS_ORDER.index(Status(row.status)), _SORT_ROLE)
        status.setData(row.status, _STATUS_ROLE)
        meaning = QStandardItem(entry.meaning or "—")
        meaning.setData((entry.meaning or "\uffff").lower(), _SORT_ROLE)
        meaning.setToolTip(entry.meaning)
        count = QStandardItem(str(row.count))
        count.setData(row.count, _SORT_ROLE)
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        title = row.first_article_title or "—"
        article = QStandardItem(title)
        article.setData(title.lower(), _SORT_ROLE)
        article.setToolTip(row.first_article_title or "")
        return [term, status, meaning, count, article]

    def terms(self) -> list[str]:
        """The terms the table shows now, in display order (filters applied)."""
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{0} words").format(total)
            if shown == total
            else self.tr("{0} of {1} words").format(shown, total)
        )

    def _on_filter_changed(self) -> None:
        self.proxy.set_text(self.search.text())
        self.proxy.set_status(self.status_filter.currentData())
        self._update_count()

    def _fail(self, exc: Exception) -> None:
        self.error_label.setText(sentence_for(exc))
        self.error_label.show()

    # -- actions ---------------------------------------------------------------------------
    def selected_terms(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows(0)
        return [index.data() for index in rows]

    def _show_menu(self, point: QPoint) -> None:
        terms = self.selected_terms()
        if not terms:
            return
        menu = QMenu(self)
        status_menu = menu.addMenu(self.tr("Set status"))
        for status in STATUS_ORDER:
            action = QAction(status_name(status), status_menu)
            action.setData(int(status))
            action.triggered.connect(self._on_status_action)
            status_menu.addAction(action)
        concordance = menu.addAction(self.tr("Concordance of “{0}”").format(terms[0]))
        concordance.setToolTip(self.tr("Every sentence in the library with this word family"))
        concordance.triggered.connect(self._on_concordance_action)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _on_status_action(self) -> None:
        self.set_status(self.selected_terms(), Status(self.sender().data()))

    def _on_concordance_action(self) -> None:
        terms = self.selected_terms()
        if terms:
            self.show_concordance(terms[0])

    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.show_concordance(self.proxy.index(index.row(), 0).data())

    def set_status(self, terms: list[str], status: Status) -> None:
        if not terms:
            return
        study, review = self._study, self._review

        def work():
            changes = study.set_statuses(dict.fromkeys(terms, status))
            return changes, load_vocabulary(review)

        run_serial(self._runner, work, self._on_statuses_set, self._fail)

    def _on_statuses_set(self, result) -> None:
        changes, entries = result
        selected = set(self.selected_terms())
        self.show_entries(entries)
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data() in selected:
                self.table.selectRow(row)
        if not changes.empty:
            self.statusesChanged.emit(changes)

    def show_concordance(self, term: str) -> None:
        review = self._review
        run_serial(
            self._runner,
            lambda: (term, review.concordance(term)),
            self._on_concordance,
            self._fail,
        )

    def _on_concordance(self, result: tuple[str, list[ContextRow]]) -> None:
        term, rows = result
        self.concordance.setHtml(concordance_html(term, rows, self.tr))

    def _concordance_hint(self) -> str:
        text = self.tr(
            "Double-click a word (or choose Concordance from its menu) to see every sentence"
            " in your library with it and the words of its family."
        )
        return f"<p style='color:#6b6f73; margin:8px'>{html.escape(text)}</p>"


def concordance_html(term: str, rows: list[ContextRow], tr) -> str:
    articles = len({r.article_id for r in rows})
    head = tr("“{0}” and its family: {1} sentences in {2} articles").format(
        html.escape(term), len(rows), articles
    )
    parts = [f"<p style='font-weight:600; color:#2f6f8f; margin:6px 8px'>{head}</p>"]
    if not rows:
        text = tr("No sentence with this word has been recorded yet; open an article with it.")
        parts.append(f"<p style='color:#6b6f73; margin:6px 8px'>{html.escape(text)}</p>")
    last_title = None
    for row in rows:
        if row.article_title != last_title:
            parts.append(
                f"<p style='color:#6b6f73; margin:10px 8px 2px 8px; font-size:9pt'>"
                f"{html.escape(row.article_title)}</p>"
            )
            last_title = row.article_title
        a, b = row.start - row.sentence_start, row.end - row.sentence_start
        s = row.sentence
        parts.append(
            f"<p style='margin:2px 8px 2px 20px'>{html.escape(s[:a].lstrip())}"
            f"<b style='background:#ffe08a'>{html.escape(s[a:b])}</b>"
            f"{html.escape(s[b:].rstrip())}</p>"
        )
    return "".join(parts)
