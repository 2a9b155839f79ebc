"""View menu entries for reading comfort: theme, text size, line width, line spacing."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from simak.gui.preferences import MEASURES, SPACINGS, Preferences, step_font
from simak.gui.theme import apply_app_style, resolve_theme

THEME_LABELS = {"system": "Follow the system", "light": "Light", "dark": "Dark"}
MEASURE_LABELS = {"narrow": "Narrow", "normal": "Normal", "wide": "Wide"}
SPACING_LABELS = {"compact": "Compact", "normal": "Normal", "airy": "Airy"}


class ReadingMenu(QObject):
    def __init__(self, window, prefs: Preferences) -> None:
        super().__init__(window)
        self._window = window
        self._prefs = prefs

    def add_to(self, menu: QMenu) -> None:
        themes = menu.addMenu(self.tr("&Theme"))
        self._choices(themes, THEME_LABELS, self._prefs.theme_choice, self._set_theme)
        menu.addSeparator()
        self._action(menu, self.tr("&Bigger text"), QKeySequence.StandardKey.ZoomIn, self.bigger)
        self._action(menu, self.tr("&Smaller text"), QKeySequence.StandardKey.ZoomOut, self.smaller)
        width = menu.addMenu(self.tr("Reading &width"))
        self._choices(width, MEASURE_LABELS, self._prefs.measure, self._set_measure)
        spacing = menu.addMenu(self.tr("Line &spacing"))
        self._choices(spacing, SPACING_LABELS, self._prefs.spacing, self._set_spacing)

    def _action(self, menu: QMenu, text: str, key, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(key)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _choices(self, menu: QMenu, labels: dict[str, str], current: str, slot) -> None:
        group = QActionGroup(menu)
        group.setExclusive(True)
        for key, label in labels.items():
            action = QAction(self.tr(label), menu)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setData(key)
            group.addAction(action)
            menu.addAction(action)
        group.triggered.connect(lambda action: slot(action.data()))

    def _restyle(self) -> None:
        self._window.apply_reading_style(self._prefs.reading_style())

    def _set_theme(self, choice: str) -> None:
        self._prefs.theme_choice = choice
        apply_app_style(QApplication.instance(), resolve_theme(choice))
        self._restyle()

    def _set_measure(self, key: str) -> None:
        if key in MEASURES:
            self._prefs.measure = key
            self._restyle()

    def _set_spacing(self, key: str) -> None:
        if key in SPACINGS:
            self._prefs.spacing = key
            self._restyle()

    def bigger(self) -> None:
        self._prefs.point_size = step_font(self._prefs.point_size, +1)
        self._restyle()

    def smaller(self) -> None:
        self._prefs.point_size = step_font(self._prefs.point_size, -1)
        self._restyle()
