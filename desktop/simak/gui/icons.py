"""Icons drawn in the palette's own text colour, so they read in light and dark themes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


def tinted(icon: QIcon, color: QColor, size: int = 16) -> QIcon:
    """`icon`'s shape filled with `color` (the style's stock icons are dark grey, nearly
    invisible on a dark background)."""
    source = icon.pixmap(size, size)
    out = QPixmap(source.size())
    out.setDevicePixelRatio(source.devicePixelRatio())
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.drawPixmap(0, 0, source)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(out.rect(), color)
    painter.end()
    return QIcon(out)
