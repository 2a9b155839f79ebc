"""The Qt application object and its first moments: names, icon, style, first expose."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from simak import paths


def create_application() -> QApplication:
    from simak.gui.preferences import Preferences
    from simak.gui.theme import apply_app_style, resolve_theme

    os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "1")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Simak")
    app.setOrganizationName("Simak")
    app.setApplicationDisplayName("Simak")
    app.setDesktopFileName("io.github.simak.Simak")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "simak.svg")))
    # The quick guess keeps Qt's enum tables out of the first frame; settle_theme checks it.
    apply_app_style(app, resolve_theme(Preferences().theme_choice, quick=True))
    return app


def settle_theme(app: QApplication, choice: str) -> None:
    """Follow the desktop's colour scheme, now that the window is up, if the first frame's
    quick guess from the platform palette got it wrong."""
    from simak.gui.theme import THEME_PROPERTY, apply_app_style, resolve_theme

    theme = resolve_theme(choice)
    if theme.name != app.property(THEME_PROPERTY):
        apply_app_style(app, theme)


def show_fatal(message: str) -> None:
    """One sentence when the window cannot open at all (say, a library from a newer Simak)."""
    QMessageBox.critical(None, "Simak", message[:1].upper() + message[1:].rstrip(".") + ".")


def run_event_loop(app: QApplication, window: QWidget, fill: Callable[[], None]) -> int:
    """Show the window, then fill it once it is on screen: the learner sees it before the
    library, the sample article and the language engine's first imports are loaded."""
    window.show()
    when_first_shown(window, partial(QTimer.singleShot, 0, fill))
    return app.exec()


class _FirstExpose:
    """Calls `callback` once, when the window is first exposed (drawn on screen)."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        expose = QEvent.Type.Expose

        class Filter(QObject):
            def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
                if event.type() == expose and obj.isExposed():
                    obj.removeEventFilter(self)
                    callback()
                return False

        window.winId()  # create the native window now, so there is a QWindow to watch
        self.filter = Filter(window)
        window.windowHandle().installEventFilter(self.filter)


def when_first_shown(window: QWidget, callback: Callable[[], None]) -> None:
    window._first_shown = [*getattr(window, "_first_shown", []), _FirstExpose(window, callback)]


def exit_when_shown(app: QApplication, window: QWidget) -> None:
    """Benchmark hook (SIMAK_EXIT_WHEN_SHOWN=1): on the window's first expose, print
    `shown-after-ms: N` (time since SIMAK_T0, the launcher's time.time(), else since the
    process started) and quit. tests/benchmarks/bench_app.py measures start-up with it."""

    def report() -> None:
        print(f"shown-after-ms: {since_process_start() * 1000:.1f}", flush=True)
        app.exit(0)

    when_first_shown(window, report)


def exit_when_ready(app: QApplication) -> None:
    """Benchmark hook (SIMAK_EXIT_WHEN_SHOWN=ready): print `ready-after-ms: N` once every
    panel is built, and quit."""
    print(f"ready-after-ms: {since_process_start() * 1000:.1f}", flush=True)
    app.exit(0)


def since_process_start() -> float:
    """Seconds since SIMAK_T0 when set, else since the kernel started this process."""
    if "SIMAK_T0" in os.environ:
        return time.time() - float(os.environ["SIMAK_T0"])
    with open("/proc/self/stat") as stat, open("/proc/uptime") as uptime:
        started_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        return float(uptime.read().split()[0]) - started_ticks / os.sysconf("SC_CLK_TCK")
