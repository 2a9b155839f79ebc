"""Reading preferences and window layout, remembered between runs (QSettings, INI file)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from simak import paths
from simak.gui.theme import THEME_CHOICES, ReadingStyle, resolve_theme

FONT_SIZES = (10.5, 11.5, 12.5, 13.5, 15.0, 16.5, 18.0, 20.0, 22.0)
MEASURES = {"narrow": 56, "normal": 68, "wide": 84}
SPACINGS = {"compact": 135.0, "normal": 150.0, "airy": 170.0}


class Preferences:
    def __init__(self) -> None:
        path = paths.config_dir() / "settings.ini"
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str, default, kind):
        value = self._settings.value(key, default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    # -- reading -----------------------------------------------------------------------------
    @property
    def theme_choice(self) -> str:
        value = str(self._settings.value("reading/theme", "system"))
        return value if value in THEME_CHOICES else "system"

    @theme_choice.setter
    def theme_choice(self, value: str) -> None:
        self._settings.setValue("reading/theme", value)

    @property
    def point_size(self) -> float:
        return self._get("reading/point_size", 13.5, float)

    @point_size.setter
    def point_size(self, value: float) -> None:
        self._settings.setValue("reading/point_size", value)

    @property
    def measure(self) -> str:
        value = str(self._settings.value("reading/measure", "normal"))
        return value if value in MEASURES else "normal"

    @measure.setter
    def measure(self, value: str) -> None:
        self._settings.setValue("reading/measure", value)

    @property
    def spacing(self) -> str:
        value = str(self._settings.value("reading/spacing", "normal"))
        return value if value in SPACINGS else "normal"

    @spacing.setter
    def spacing(self, value: str) -> None:
        self._settings.setValue("reading/spacing", value)

    @property
    def status_colours(self) -> bool:
        return str(self._settings.value("reading/status_colours", "true")).lower() == "true"

    @status_colours.setter
    def status_colours(self, on: bool) -> None:
        self._settings.setValue("reading/status_colours", "true" if on else "false")

    def reading_style(self) -> ReadingStyle:
        return ReadingStyle(
            point_size=self.point_size,
            line_height_percent=SPACINGS[self.spacing],
            max_line_chars=MEASURES[self.measure],
            theme=resolve_theme(self.theme_choice),
        )

    # -- window ------------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)
        self._settings.sync()


def step_font(size: float, direction: int) -> float:
    """The next size up or down the ladder (Ctrl+ and Ctrl-)."""
    sizes = sorted(set(FONT_SIZES) | {size})
    index = sizes.index(size) + direction
    return sizes[max(0, min(len(sizes) - 1, index))]
