"""The Glossary tab: the article's key vocabulary with short meanings.

Sort by score, alphabet or order in the text; right-click to pin a term to the top or
remove it; select text in the reader to add a term (the window wires that)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simak.core.model import GlossaryEntry
from simak.gui.icons import pin_icon

_PAYLOAD = Qt.ItemDataRole.UserRole + 1


def _payload(item) -> GlossaryEntry | None:
    """The value a list item stands for (None for group headers and empty space)."""
    return None if item is None else item.data(0, _PAYLOAD)


SORTS = ("Best first", "A to Z", "Order in text")


class GlossaryPanel(QWidget):
    termActivated = Signal(object)  # GlossaryEntry
    editRequested = Signal(str, object)  # term, "pin" | "remove" | None (undo)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 0, 8, 0)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("cardMuted")
        self.sort_box = QComboBox(self)
        self.sort_box.setAccessibleName(self.tr("Sort the glossary"))
        self.sort_box.setToolTip(self.tr("Sort the glossary"))
        for label in SORTS:
            self.sort_box.addItem(self.tr(label))
        self.sort_box.currentIndexChanged.connect(self._refill)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.sort_box)
        self.empty = QLabel(self.tr("The article's key words appear here once it is open."), self)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setMargin(12)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Glossary"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Term"), self.tr("Meaning"), "×"])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        self._entries: list[GlossaryEntry] = []
        self._pinned: set[str] = set()
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree)
        self.show_glossary([])

    def show_glossary(self, entries: list[GlossaryEntry], pinned: set[str] | None = None) -> None:
        self._entries = list(entries)
        self._pinned = set(pinned or ())
        self._refill()

    def _sorted(self) -> list[GlossaryEntry]:
        mode = self.sort_box.currentIndex()
        if mode == 1:
            return sorted(self._entries, key=lambda e: e.term)
        if mode == 2:
            return sorted(self._entries, key=lambda e: e.first_offset)
        return list(self._entries)  # the service's order: pinned first, then by score

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_pinned"):
            self._refill()  # the pins take the new theme's colour
        super().changeEvent(event)

    def _refill(self) -> None:
        self.tree.clear()
        entries = self._sorted()
        self.empty.setVisible(not entries)
        self.tree.setVisible(bool(entries))
        self.count_label.setText(self.tr("{0} terms").format(len(entries)) if entries else "")
        pin = pin_icon(self.palette().color(QPalette.ColorRole.Link))
        for entry in entries:
            item = QTreeWidgetItem(self.tree, [entry.term, entry.gloss or "—", str(entry.count)])
            if entry.term in self._pinned:
                item.setIcon(0, pin)
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("pinned"))
            item.setData(0, _PAYLOAD, entry)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            tip = f"root: {entry.root}\n\n{entry.example}"
            if entry.term in self._pinned:
                tip = self.tr("Pinned to the top of the glossary.") + "\n" + tip
            item.setToolTip(0, tip)
            item.setToolTip(1, entry.gloss)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        header.setSectionResizeMode(2, header.ResizeMode.ResizeToContents)

    def item_for(self, term: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            entry = _payload(item)
            if entry is not None and entry.term == term:
                return item
        return None

    def terms(self) -> list[str]:
        return [
            _payload(self.tree.topLevelItem(i)).term for i in range(self.tree.topLevelItemCount())
        ]

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry = _payload(item)
        if entry is not None:
            self.termActivated.emit(entry)

    def _show_menu(self, point: QPoint) -> None:
        entry = _payload(self.tree.itemAt(point))
        if entry is None:
            return
        menu = QMenu(self)
        if entry.term in self._pinned:
            menu.addAction(self.tr("Unpin")).triggered.connect(
                lambda: self.editRequested.emit(entry.term, None)
            )
        else:
            menu.addAction(self.tr("Pin to the top")).triggered.connect(
                lambda: self.editRequested.emit(entry.term, "pin")
            )
        menu.addAction(self.tr("Remove from the glossary")).triggered.connect(
            lambda: self.editRequested.emit(entry.term, "remove")
        )
        menu.exec(self.tree.viewport().mapToGlobal(point))
