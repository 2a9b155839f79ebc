"""The Entities tab: people, places and organisations of the article, with counts.

Click one to highlight every mention; step through them with the arrows; right-click to
change its type, rename it, merge it into another or hide it. Corrections and entity notes
are stored by the session and apply to every later article.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simak.core.entities.corrections import ChangeType, Hide, Merge, Rename
from simak.core.model import Entity

_PAYLOAD = Qt.ItemDataRole.UserRole + 1


def _payload(item) -> Entity | None:
    """The value a list item stands for (None for group headers and empty space)."""
    return None if item is None else item.data(0, _PAYLOAD)


GROUPS = (("PER", "People"), ("LOC", "Places"), ("ORG", "Organisations"))
TYPE_NAMES = {"PER": "person", "LOC": "place", "ORG": "organisation"}


class EntitiesPanel(QWidget):
    entityActivated = Signal(object)  # Entity
    stepRequested = Signal(int)  # -1 previous mention, +1 next
    correctionRequested = Signal(object)  # a Correction
    noteSaved = Signal(str, str)  # entity name, note
    articleRequested = Signal(int)  # an "also in" article

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
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemActivated.connect(self._on_clicked)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self._build_details())
        self._entities: list[Entity] = []
        self.current: Entity | None = None
        self.show_entities([])

    def _build_details(self) -> QWidget:
        box = QWidget(self)
        outer = QVBoxLayout(box)
        outer.setContentsMargins(10, 6, 10, 10)
        self.details = QLabel(box)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.linkActivated.connect(self._on_link)
        outer.addWidget(self.details)
        row = QHBoxLayout()
        self.previous_button = QToolButton(box)
        self.previous_button.setText("‹")
        self.previous_button.setToolTip(self.tr("Previous mention"))
        self.previous_button.setAccessibleName(self.tr("Previous mention"))
        self.previous_button.clicked.connect(self._step_back)
        self.next_button = QToolButton(box)
        self.next_button.setText("›")
        self.next_button.setToolTip(self.tr("Next mention"))
        self.next_button.setAccessibleName(self.tr("Next mention"))
        self.next_button.clicked.connect(self._step_on)
        self.position_label = QLabel(box)
        self.position_label.setObjectName("cardMuted")
        row.addWidget(self.previous_button)
        row.addWidget(self.position_label)
        row.addWidget(self.next_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.note_edit = QLineEdit(box)
        self.note_edit.setPlaceholderText(self.tr("A note on this entity, then Enter"))
        self.note_edit.setAccessibleName(self.tr("Entity note"))
        self.note_edit.setToolTip(
            self.tr("Your note on this person, place or organisation, kept for every article")
        )
        self.note_edit.returnPressed.connect(self._on_note)
        outer.addWidget(self.note_edit)
        self.details_box = box
        box.setVisible(False)
        return box

    # -- content ---------------------------------------------------------------------------
    def show_entities(self, entities: list[Entity]) -> None:
        self._entities = list(entities)
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
                shown = entity.name
                if entity.english and entity.english != entity.name:
                    shown = f"{entity.name}  ·  {entity.english}"
                item = QTreeWidgetItem(group, [shown, str(entity.count)])
                item.setData(0, _PAYLOAD, entity)
                item.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                details = [d for d in (entity.description,) if d]
                if entity.variants:
                    details.append(self.tr("also written: {0}").format(", ".join(entity.variants)))
                if details:
                    item.setToolTip(0, "\n".join(details))
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        if self.current is not None and self.item_for(self.current.name) is None:
            self.current = None
            self.details_box.setVisible(False)

    def show_details(
        self, entity: Entity, position: int, also_in: list[tuple[int, str]], note: str
    ) -> None:
        self.current = entity
        lines = [
            f"<b style='font-size:12pt'>{html.escape(entity.name)}</b> "
            f"<span style='color:#6b6f73'>{self.tr(TYPE_NAMES[entity.type])}</span>"
        ]
        if entity.english and entity.english != entity.name:
            lines.append(self.tr("In English: {0}").format(html.escape(entity.english)))
        if entity.description:
            lines.append(html.escape(entity.description))
        if entity.variants:
            lines.append(
                self.tr("Also written: {0}").format(html.escape(", ".join(entity.variants)))
            )
        if also_in:
            links = ", ".join(
                f"<a href='article:{aid}'>{html.escape(title)}</a>" for aid, title in also_in[:8]
            )
            lines.append(self.tr("Also in: {0}").format(links))
        self.details.setText("<br>".join(lines))
        self.position_label.setText(
            self.tr("mention {0} of {1}").format(position + 1, entity.count)
        )
        self.note_edit.setText(note)
        self.details_box.setVisible(True)

    def item_for(self, name: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                entity = _payload(item)
                if entity is not None and entity.name == name:
                    return item
        return None

    def names(self) -> list[str]:
        return [e.name for e in self._entities]

    # -- interaction -------------------------------------------------------------------------
    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entity = _payload(item)
        if entity is not None:
            self.entityActivated.emit(entity)

    def _step_back(self) -> None:
        self.stepRequested.emit(-1)

    def _step_on(self) -> None:
        self.stepRequested.emit(1)

    def _on_note(self) -> None:
        if self.current is not None:
            self.noteSaved.emit(self.current.name, self.note_edit.text().strip())

    def _on_link(self, link: str) -> None:
        if link.startswith("article:"):
            self.articleRequested.emit(int(link.split(":", 1)[1]))

    def _show_menu(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        entity = _payload(item)
        if entity is None:
            return
        menu = self.correction_menu(entity)
        menu.exec(self.tree.viewport().mapToGlobal(point))

    def correction_menu(self, entity: Entity) -> QMenu:
        menu = QMenu(self)
        change = menu.addMenu(self.tr("Change type to"))
        for kind, _label in GROUPS:
            if kind != entity.type:
                action = change.addAction(self.tr(TYPE_NAMES[kind]))
                action.triggered.connect(
                    lambda _=False, k=kind: self.correctionRequested.emit(
                        ChangeType(entity.name, k)
                    )
                )
        menu.addAction(self.tr("Rename…")).triggered.connect(lambda: self._ask_rename(entity))
        merge = menu.addMenu(self.tr("Merge into"))
        for other in self._entities:
            if other.name != entity.name and other.type == entity.type:
                merge.addAction(other.name).triggered.connect(
                    lambda _=False, t=other.name: self.correctionRequested.emit(
                        Merge(entity.name, t)
                    )
                )
        merge.setEnabled(not merge.isEmpty())
        menu.addSeparator()
        menu.addAction(self.tr("Not a name: hide")).triggered.connect(
            lambda: self.correctionRequested.emit(Hide(entity.name))
        )
        return menu

    def _ask_rename(self, entity: Entity) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename"),
            self.tr("New name for {0}:").format(entity.name),
            text=entity.name,
        )
        if ok and name.strip() and name.strip() != entity.name:
            self.correctionRequested.emit(Rename(entity.name, name.strip()))
