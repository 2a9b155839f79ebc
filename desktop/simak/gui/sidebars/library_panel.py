"""The library list: every article with its title, date and length; open or remove one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QVBoxLayout, QWidget

from simak.storage.repos import ArticleSummary

_PAYLOAD = Qt.ItemDataRole.UserRole + 1


def _payload(item) -> int | None:
    """The value a list item stands for (None for group headers and empty space)."""
    return None if item is None else item.data(_PAYLOAD)


def friendly_date(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).strftime("%d %b %Y")
    except ValueError:
        return iso[:10]


class LibraryPanel(QWidget):
    articleChosen = Signal(int)
    removeRequested = Signal(int, str)  # article id, title (the window asks first)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Library"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._on_item)
        self.list.itemActivated.connect(self._on_item)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_menu)
        remove = QAction(self.tr("Remove from the library…"), self.list)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the list's own key
        remove.triggered.connect(lambda: self._request_remove(self.list.currentItem()))
        self.list.addAction(remove)
        self._remove_action = remove
        layout.addWidget(self.list)

    def show_articles(self, articles: list[ArticleSummary], current: int | None) -> None:
        self.list.clear()
        for article in articles:
            item = QListWidgetItem(
                f"{article.title}\n{friendly_date(article.added_at)} · {article.word_count:,} words"
            )
            item.setData(_PAYLOAD, article.id)
            item.setToolTip(article.title)
            self.list.addItem(item)
        self.mark_current(current)

    def set_known_shares(self, shares: dict[int, float]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            share = shares.get(_payload(item))
            if share is None:
                continue
            first, _, rest = item.text().partition("\n")
            details = rest.split(" · known ")[0]
            item.setText(f"{first}\n{details} · known {share:.0%}")

    def mark_current(self, article_id: int | None) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            font = item.font()
            font.setBold(_payload(item) == article_id)
            item.setFont(font)
            if _payload(item) == article_id:
                self.list.setCurrentItem(item)

    def _on_item(self, item: QListWidgetItem) -> None:
        self.articleChosen.emit(int(_payload(item) or 0))

    def _show_menu(self, point: QPoint) -> None:
        item = self.list.itemAt(point)
        if _payload(item) is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open")).triggered.connect(lambda: self._on_item(item))
        menu.addSeparator()
        remove = menu.addAction(self._remove_action.text())
        remove.setShortcut(self._remove_action.shortcut())
        remove.triggered.connect(lambda: self._request_remove(item))
        menu.exec(self.list.viewport().mapToGlobal(point))

    def _request_remove(self, item: QListWidgetItem | None) -> None:
        article_id = _payload(item)
        if article_id is not None:
            self.removeRequested.emit(int(article_id), item.toolTip())
