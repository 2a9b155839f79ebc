"""Icons drawn in the palette's own text colour, so they read in light and dark themes."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


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


# A push pin, drawn for Simak (24 x 24): head, body, needle.
_PIN_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
<path fill="{color}" d="M8 2h8v2l-1.5 1v6l3.5 3v2h-5.2v6l-.8 1-.8-1v-6H6v-2l3.5-3V5L8 4z"/>
</svg>"""


def pin_icon(color: QColor, size: int = 16) -> QIcon:
    """A push pin in `color`: marks what the learner pinned."""
    renderer = QSvgRenderer(QByteArray(_PIN_SVG.format(color=color.name()).encode("ascii")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return QIcon(pixmap)
