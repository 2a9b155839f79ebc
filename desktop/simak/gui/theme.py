"""Colours, fonts and the application style sheet, in one place."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

SERIF_CANDIDATES = ("Noto Serif", "Source Serif 4", "Georgia", "Caladea", "DejaVu Serif", "Serif")
SANS_CANDIDATES = ("Noto Sans", "Inter", "Cantarell", "DejaVu Sans", "Sans Serif")

ACCENT = QColor("#2f6f8f")
ACCENT_SOFT = QColor("#dcebf2")
SELECTED_WORD = QColor("#ffe08a")
HIGHLIGHT = QColor("#bfe3c6")
PASSAGE = QColor("#e8dcf5")
ENTITY_COLOURS = {"PER": QColor("#f4d9c6"), "LOC": QColor("#cfe6d3"), "ORG": QColor("#d9d4ef")}


def first_available(candidates: tuple[str, ...]) -> str:
    families = set(QFontDatabase.families())
    for name in candidates:
        if name in families:
            return name
    return candidates[-1]


@dataclass
class ReadingStyle:
    point_size: float = 13.5
    line_height_percent: float = 150.0
    max_line_chars: int = 68  # a comfortable measure for reading
    margin: float = 28.0
    paragraph_spacing: float = 16.0
    text_colour: QColor = field(default_factory=lambda: QColor("#22262a"))
    title_colour: QColor = field(default_factory=lambda: QColor("#14181c"))
    background: QColor = field(default_factory=lambda: QColor("#fbfaf7"))

    def body_font(self) -> QFont:
        font = QFont(first_available(SERIF_CANDIDATES))
        font.setPointSizeF(self.point_size)
        font.setStyleHint(QFont.StyleHint.Serif)
        return font

    def title_font(self) -> QFont:
        font = QFont(first_available(SERIF_CANDIDATES))
        font.setPointSizeF(self.point_size * 1.55)
        return font


def apply_app_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(first_available(SANS_CANDIDATES))
    font.setPointSizeF(10.0)
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.Window, QColor("#f1f0ec"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f6f5f1"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)


STYLE_SHEET = """
QMainWindow::separator { background: #e2e0da; width: 1px; height: 1px; }
QDockWidget { font-weight: 600; }
QDockWidget::title { padding: 6px 10px; background: #ebe9e4; }
QTabWidget::pane { border: none; }
QTabBar::tab { padding: 6px 14px; border: none; color: #555; }
QTabBar::tab:selected { color: #14181c; border-bottom: 2px solid #2f6f8f; }
QListWidget, QTreeWidget { border: none; }
QListWidget::item, QTreeWidget::item { padding: 5px 4px; }
QListWidget::item:selected, QTreeWidget::item:selected { background: #dcebf2; color: #14181c; }
QLabel#cardHeadword { font-size: 20pt; font-weight: 600; color: #14181c; }
QLabel#cardMuted, QLabel#emptyState { color: #6b6f73; }
QLabel#sectionTitle { font-weight: 600; color: #2f6f8f; margin-top: 8px; }
QStatusBar { color: #555; }
QPlainTextEdit#notesEditor { border: none; padding: 6px; font-size: 11pt; }
"""
