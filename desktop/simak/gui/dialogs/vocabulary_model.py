"""The vocabulary table's model and its filter, over a Python list of entries.

PySide6 6.12.0 over-releases None on every item setData() and whenever a QVariant with no value
reaches Python, so no value here passes through Qt items or combo user data: cells, sort keys
and filters all come from the entries list.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from simak.core.review import ReviewService
from simak.core.study import Status
from simak.gui.dialogs.common import STATUS_ORDER, status_name
from simak.storage.study_repo import VocabularyRow

COLUMNS = ("term", "status", "meaning", "count", "article")
# The status filter's entries other than single statuses. PySide6 6.12.0 over-releases None
# when a combo entry carries user data or an item's setData is called, so the filter values
# live in a Python list beside the combo and every cell comes from VocabularyModel.
FILTER_ALL = -2
FILTER_LEARNING = -1  # the filter entry "Learning (1–4)"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
STATUS_COLOURS = {"learning": "#a3731f", Status.KNOWN: "#2f7a4b", Status.IGNORED: "#8b8f93"}


@dataclass(frozen=True)
class VocabularyEntry:
    row: VocabularyRow
    meaning: str


def load_vocabulary(review: ReviewService) -> list[VocabularyEntry]:
    return [VocabularyEntry(row, review.back_of(row.term).meaning) for row in review.vocabulary()]


class VocabularyModel(QAbstractTableModel):
    """The vocabulary as a read-only table over a Python list: no value passes through Qt items."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._entries: list[VocabularyEntry] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_entries(self, entries: list[VocabularyEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> VocabularyEntry:
        return self._entries[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, column = self._entries[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return entry.meaning
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return entry.row.first_article_title or ""
        if role == Qt.ItemDataRole.FontRole and column == 0:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return status_colour(entry.row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return _RIGHT
        return None


def display_text(entry: VocabularyEntry, column: int) -> str:
    row = entry.row
    return (
        row.term,
        status_name(row.status),
        entry.meaning or "—",
        str(row.count),
        row.first_article_title or "—",
    )[column]


def sort_key(entry: VocabularyEntry, column: int) -> str | int:
    row = entry.row
    if column == 1:
        return STATUS_ORDER.index(Status(row.status))
    if column == 2:
        return (entry.meaning or "\uffff").lower()  # words without a meaning sort last
    if column == 3:
        return row.count
    if column == 4:
        return (row.first_article_title or "—").lower()
    return row.term.lower()


def status_colour(status: int) -> QColor | None:
    colour = STATUS_COLOURS.get("learning" if Status(status).is_learning else Status(status))
    return QColor(colour) if colour else None


class VocabularyFilter(QSortFilterProxyModel):
    """Rows whose term or meaning contains the search text, with the chosen status.

    Filters and sorts on the source model's Python entries rather than on item roles.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status: int = FILTER_ALL

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: int) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        entry = self.sourceModel().entry(source_row)
        status = entry.row.status
        if self._status == FILTER_LEARNING and not Status(status).is_learning:
            return False
        if self._status not in (FILTER_ALL, FILTER_LEARNING) and status != self._status:
            return False
        if not self._text:
            return True
        return self._text in entry.row.term.lower() or self._text in entry.meaning.lower()

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        column = left.column()
        return sort_key(model.entry(left.row()), column) < sort_key(
            model.entry(right.row()), column
        )
