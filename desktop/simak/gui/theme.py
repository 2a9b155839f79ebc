"""Colours, fonts and the application style sheet, in one place: a light and a dark theme.

"system" follows the desktop's colour scheme (Qt's style hints); the View menu overrides it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SERIF_CANDIDATES = ("Noto Serif", "Source Serif 4", "Georgia", "Caladea", "DejaVu Serif", "Serif")
SANS_CANDIDATES = ("Noto Sans", "Inter", "Cantarell", "DejaVu Sans", "Sans Serif")
THEME_CHOICES = ("system", "light", "dark")


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    accent: str
    accent_soft: str
    panel_title: str
    separator: str
    reader_background: str
    reader_text: str
    reader_title: str
    selected_word: str
    highlight: str
    passage: str
    new_underline: str
    learning: tuple[str, str, str, str]  # tints for learning levels 1..4

    def colour(self, name: str) -> QColor:
        return QColor(getattr(self, name))


LIGHT = Theme(
    name="light",
    window="#f1f0ec",
    base="#ffffff",
    alternate="#f6f5f1",
    text="#22262a",
    muted="#6b6f73",
    accent="#2f6f8f",
    accent_soft="#dcebf2",
    panel_title="#ebe9e4",
    separator="#e2e0da",
    reader_background="#fbfaf7",
    reader_text="#22262a",
    reader_title="#14181c",
    selected_word="#ffe08a",
    highlight="#bfe3c6",
    passage="#e8dcf5",
    new_underline="#6f9fb8",
    learning=("#ffd27a", "#ffe1a3", "#ffecc7", "#fff5e2"),
)
DARK = Theme(
    name="dark",
    window="#1f2225",
    base="#181a1c",
    alternate="#222528",
    text="#e4e2dd",
    muted="#9a9ea2",
    accent="#6fb3d2",
    accent_soft="#2a4351",
    panel_title="#262a2d",
    separator="#33373b",
    reader_background="#1b1d1f",
    reader_text="#dcd9d2",
    reader_title="#f2efe9",
    selected_word="#7a6420",
    highlight="#2f5a3a",
    passage="#47385a",
    new_underline="#5d8aa3",
    learning=("#6b5219", "#5a4719", "#4a3c1b", "#3a321e"),
)


# Fixed accent colours for painted charts (readable on both themes).
ACCENT = QColor(LIGHT.accent)
ACCENT_SOFT = QColor("#8fbfd6")


def system_prefers_dark() -> bool:
    """The desktop's colour scheme (Qt's style hints), or the platform palette when unknown.

    The first look at the style hints builds every enum of Qt's namespace (30-50 ms), so the
    first frame uses `platform_palette_is_dark` and the full check follows it."""
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else None
    if scheme in (Qt.ColorScheme.Dark, Qt.ColorScheme.Light):
        return scheme == Qt.ColorScheme.Dark
    return platform_palette_is_dark()


@cache  # the platform's palette, read once: before ours replaces it
def platform_palette_is_dark() -> bool:
    """A dark window colour in the platform's own palette (dark themes set one)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


THEME_PROPERTY = "simakTheme"  # the application property naming the theme on screen


def resolve_theme(choice: str, *, quick: bool = False) -> Theme:
    """The theme for a choice of system/light/dark; `quick` judges "system" by the platform
    palette alone (see system_prefers_dark)."""
    if choice == "system":
        return DARK if (platform_palette_is_dark() if quick else system_prefers_dark()) else LIGHT
    return DARK if choice == "dark" else LIGHT


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
    theme: Theme = field(default=LIGHT)

    @property
    def text_colour(self) -> QColor:
        return self.theme.colour("reader_text")

    @property
    def title_colour(self) -> QColor:
        return self.theme.colour("reader_title")

    @property
    def background(self) -> QColor:
        return self.theme.colour("reader_background")

    def with_changes(self, **changes) -> ReadingStyle:
        return replace(self, **changes)

    def body_font(self) -> QFont:
        font = QFont(first_available(SERIF_CANDIDATES))
        font.setPointSizeF(self.point_size)
        font.setStyleHint(QFont.StyleHint.Serif)
        return font

    def title_font(self) -> QFont:
        font = QFont(first_available(SERIF_CANDIDATES))
        font.setPointSizeF(self.point_size * 1.55)
        return font


def apply_app_style(app: QApplication, theme: Theme = LIGHT) -> None:
    platform_palette_is_dark()  # remember the platform's palette before it is replaced
    app.setProperty(THEME_PROPERTY, theme.name)
    app.setStyle("Fusion")
    font = QFont(first_available(SANS_CANDIDATES))
    font.setPointSizeF(10.0)
    app.setFont(font)
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, theme.window),
        (roles.Base, theme.base),
        (roles.AlternateBase, theme.alternate),
        (roles.WindowText, theme.text),
        (roles.Text, theme.text),
        (roles.ButtonText, theme.text),
        (roles.Button, theme.window),
        (roles.ToolTipBase, theme.base),
        (roles.ToolTipText, theme.text),
        (roles.PlaceholderText, theme.muted),
        (roles.Highlight, theme.accent),
        (roles.HighlightedText, theme.base),
        (roles.Link, theme.accent),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(theme))


def style_sheet(t: Theme) -> str:
    return f"""
QMainWindow::separator {{ background: {t.separator}; width: 1px; height: 1px; }}
QDockWidget {{ font-weight: 600; }}
QDockWidget::title {{ padding: 6px 10px; background: {t.panel_title}; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ padding: 6px 14px; border: none; color: {t.muted}; }}
QTabBar::tab:selected {{ color: {t.text}; border-bottom: 2px solid {t.accent}; }}
QListWidget, QTreeWidget {{ border: none; }}
QListWidget::item, QTreeWidget::item {{ padding: 5px 4px; }}
QListWidget::item:selected, QTreeWidget::item:selected {{
    background: {t.accent_soft}; color: {t.text}; }}
QLabel#cardHeadword {{ font-size: 20pt; font-weight: 600; }}
QLabel#cardMuted, QLabel#emptyState {{ color: {t.muted}; }}
QLabel#sectionTitle {{ font-weight: 600; color: {t.accent}; margin-top: 8px; }}
QToolButton:checked {{ background: {t.accent_soft}; border: 1px solid {t.accent}; }}
QStatusBar {{ color: {t.muted}; }}
QPlainTextEdit#notesEditor {{ border: none; padding: 6px; font-size: 11pt; }}
"""
