"""The Entities tab: people, places and organisations of the article, with counts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from simak.core.model import Entity

GROUPS = (("PER", "People"), ("LOC", "Places"), ("ORG", "Organisations"))
_ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1


class EntitiesPanel(QWidget):
    entityActivated = Signal(object)  # Entity

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.empty = QLabel(self.tr("No people, places or organisations found yet."), self)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setMargin(12)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Entities"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(8)
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree)
        self.show_entities([])

    def show_entities(self, entities: list[Entity]) -> None:
        self.tree.clear()
        self.empty.setVisible(not entities)
        self.tree.setVisible(bool(entities))
        for kind, label in GROUPS:
            members = sorted(
                (e for e in entities if e.type == kind), key=lambda e: (-e.count, e.name)
            )
            if not members:
                continue
            group = QTreeWidgetItem(self.tree, [self.tr(label), str(len(members))])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for entity in members:
                item = QTreeWidgetItem(group, [entity.name, str(entity.count)])
                item.setData(0, _ENTITY_ROLE, entity)
                item.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                details = [d for d in (entity.english, entity.description) if d]
                if entity.variants:
                    details.append("also written: " + ", ".join(entity.variants))
                if details:
                    item.setToolTip(0, "\n".join(details))
                if entity.english and entity.english != entity.name:
                    item.setText(0, f"{entity.name}  ·  {entity.english}")
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)

    def item_for(self, name: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                entity = item.data(0, _ENTITY_ROLE)
                if entity is not None and entity.name == name:
                    return item
        return None

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entity = item.data(0, _ENTITY_ROLE)
        if entity is not None:
            self.entityActivated.emit(entity)
