"""View › Theme switches the whole window, the page included, and is remembered."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from simak.gui.preferences import Preferences
from simak.gui.theme import DARK, LIGHT, apply_app_style


def _theme_action(window, label: str):
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    themes = next(a.menu() for a in view.actions() if a.menu() and a.text() == "&Theme")
    return next(a for a in themes.actions() if a.text() == label)


def _page_colour(window) -> str:
    """The colour of the reader's page, taken from what is on screen."""
    image = window.reader.viewport().grab().toImage()
    return image.pixelColor(image.width() - 30, image.height() - 5).name()


def test_choosing_dark_then_light_restyles_the_page_and_panels(qtbot, window) -> None:
    app = QApplication.instance()
    try:
        light_page = _page_colour(window)
        _theme_action(window, "Dark").trigger()
        qtbot.waitUntil(lambda: window.reader.style_.theme is DARK)
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
        qtbot.waitUntil(lambda: _page_colour(window) != light_page)
        assert Preferences().theme_choice == "dark"  # kept for the next start

        _theme_action(window, "Light").trigger()
        qtbot.waitUntil(lambda: window.reader.style_.theme is LIGHT)
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180
        qtbot.waitUntil(lambda: _page_colour(window) == light_page)
        assert Preferences().theme_choice == "light"
    finally:
        apply_app_style(app, LIGHT)
