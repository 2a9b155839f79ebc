"""My vocabulary: every word the learner has marked, across the whole library.

A sortable table (term, status, meaning, count, first article) with a search box and a status
filter; the context menu changes statuses and opens the concordance: every sentence in the
library with the word or a word of its family.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
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
from simak.gui.dialogs.vocabulary_model import (
    FILTER_ALL,
    FILTER_LEARNING,
    VocabularyEntry,
    VocabularyFilter,
    VocabularyModel,
    load_vocabulary,
)
from simak.gui.tasks import TaskRunner
from simak.storage.study_repo import ContextRow

STYLE = """
QTableView { border: 1px solid palette(mid); background: palette(base);
    alternate-background-color: palette(alternate-base); }
QTableView::item { padding: 0 8px; }
QTableView::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QHeaderView::section { padding: 4px 8px; border: none; border-bottom: 1px solid #e2e0da;
                       background: palette(alternate-base); color: palette(text);
    font-weight: 600; }
QTextBrowser#concordance { border: 1px solid palette(mid); background: palette(base); }
QLabel#emptyTitle { font-size: 13pt; font-weight: 600; color: palette(text); }
"""


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
        self.setStyleSheet(STYLE)
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
        self._filter_values = [FILTER_ALL, FILTER_LEARNING]  # one per combo entry, in order
        self.status_filter.addItem(self.tr("All statuses"))
        self.status_filter.addItem(self.tr("Learning (1–4)"))
        for status in STATUS_ORDER:
            if status is not Status.NEW:
                self.status_filter.addItem(status_name(status))
                self._filter_values.append(int(status))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("cardMuted")
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addSpacing(8)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.model = VocabularyModel(
            [
                self.tr("Word"),
                self.tr("Status"),
                self.tr("Meaning"),
                self.tr("Seen"),
                self.tr("First seen in"),
            ],
            self,
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

        self.table_pages = QStackedWidget(self)
        self.table_pages.addWidget(self.table)
        self.table_pages.addWidget(self._build_empty_page())

        self.concordance = QTextBrowser(self)
        self.concordance.setObjectName("concordance")
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

    def _build_empty_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addStretch(1)
        title = QLabel(self.tr("Your vocabulary is empty"), page)
        title.setObjectName("emptyTitle")
        text = QLabel(
            self.tr(
                "Mark words as Learning or Known while you read, or import a list of the words"
                " you already know. They all come together here."
            ),
            page,
        )
        text.setObjectName("emptyState")
        text.setWordWrap(True)
        for label in (title, text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(label)
        box.addStretch(2)
        return page

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        review = self._review
        self.count_label.setText(self.tr("Loading…"))
        run_serial(self._runner, lambda: load_vocabulary(review), self.show_entries, self._fail)

    def show_entries(self, entries: list[VocabularyEntry]) -> None:
        self.error_label.hide()
        self.table.setSortingEnabled(False)
        self.model.set_entries(entries)
        self.table.setSortingEnabled(True)
        self.table_pages.setCurrentIndex(0 if entries else 1)
        self.concordance.setVisible(bool(entries))
        self.search.setEnabled(bool(entries))
        self.status_filter.setEnabled(bool(entries))
        self._update_count()

    def terms(self) -> list[str]:
        """The terms the table shows now, in display order (filters applied)."""
        return [self._term_at(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]

    def _term_at(self, proxy_index: QModelIndex) -> str:
        return self.model.entry(self.proxy.mapToSource(proxy_index).row()).row.term

    def filter_value(self) -> int:
        """The status the filter shows (a Status value, or all, or every learning stage)."""
        return self._filter_values[max(self.status_filter.currentIndex(), 0)]

    def select_filter(self, status: int) -> None:
        self.status_filter.setCurrentIndex(self._filter_values.index(status))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{0} words").format(total)
            if shown == total
            else self.tr("{0} of {1} words").format(shown, total)
        )

    def _on_filter_changed(self) -> None:
        self.proxy.set_text(self.search.text())
        self.proxy.set_status(self.filter_value())
        self._update_count()

    def _fail(self, exc: Exception) -> None:
        self.error_label.setText(sentence_for(exc))
        self.error_label.show()

    # -- actions ---------------------------------------------------------------------------
    def selected_terms(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows(0)
        return [self._term_at(index) for index in rows]

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
        self.show_concordance(self._term_at(self.proxy.index(index.row(), 0)))

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
            if self._term_at(self.proxy.index(row, 0)) in selected:
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
    if len(rows) == 1:
        head = tr("“{0}” and its family: 1 sentence")
    elif articles == 1:
        head = tr("“{0}” and its family: {1} sentences in 1 article")
    else:
        head = tr("“{0}” and its family: {1} sentences in {2} articles")
    head = head.format(html.escape(term), len(rows), articles)
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
