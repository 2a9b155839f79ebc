"""The Glossary tab: the article's key vocabulary, best first, with short meanings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from simak.core.model import GlossaryEntry
from simak.gui.widgets.payloads import Payloads


class GlossaryPanel(QWidget):
    termActivated = Signal(object)  # GlossaryEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
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
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        self._payloads: Payloads[GlossaryEntry] = Payloads()
        layout.addWidget(self.empty)
        layout.addWidget(self.tree)
        self.show_glossary([])

    def show_glossary(self, entries: list[GlossaryEntry]) -> None:
        self.tree.clear()
        self._payloads.clear()
        self.empty.setVisible(not entries)
        self.tree.setVisible(bool(entries))
        for entry in entries:
            item = QTreeWidgetItem(self.tree, [entry.term, entry.gloss or "—", str(entry.count)])
            self._payloads.attach(item, entry)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setToolTip(0, f"root: {entry.root}\n\n{entry.example}")
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
            if item.text(0) == term:
                return item
        return None

    def terms(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry = self._payloads.get(item)
        if entry is not None:
            self.termActivated.emit(entry)
