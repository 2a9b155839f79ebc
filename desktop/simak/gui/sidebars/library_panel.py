"""The library list: every article with its title, date and length."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from simak.gui.widgets.payloads import Payloads
from simak.storage.repos import ArticleSummary


def friendly_date(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).strftime("%d %b %Y")
    except ValueError:
        return iso[:10]


class LibraryPanel(QWidget):
    articleChosen = Signal(int)

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
        self._ids: Payloads[int] = Payloads()
        layout.addWidget(self.list)

    def show_articles(self, articles: list[ArticleSummary], current: int | None) -> None:
        self.list.clear()
        self._ids.clear()
        for article in articles:
            item = QListWidgetItem(
                f"{article.title}\n{friendly_date(article.added_at)} · {article.word_count} words"
            )
            self._ids.attach(item, article.id)
            item.setToolTip(article.title)
            self.list.addItem(item)
        self.mark_current(current)

    def set_known_shares(self, shares: dict[int, float]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            share = shares.get(self._ids.get(item))
            if share is None:
                continue
            first, _, rest = item.text().partition("\n")
            details = rest.split(" · known ")[0]
            item.setText(f"{first}\n{details} · known {share:.0%}")

    def mark_current(self, article_id: int | None) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            font = item.font()
            font.setBold(self._ids.get(item) == article_id)
            item.setFont(font)
            if self._ids.get(item) == article_id:
                self.list.setCurrentItem(item)

    def _on_item(self, item: QListWidgetItem) -> None:
        self.articleChosen.emit(int(self._ids.get(item) or 0))
