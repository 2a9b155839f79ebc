"""Composition root: logging, crash handling, the database, services, and the window."""

from __future__ import annotations

import logging
import os
import sys
from functools import partial

from simak import paths
from simak.logging_setup import setup_logging

log = logging.getLogger("simak")


def build_window(app=None):
    """Create the services and the main window (also used by the tests)."""
    from simak.core.errors import StorageError
    from simak.gui.main_window import MainWindow
    from simak.gui.notes.autosave import NoteWriter
    from simak.gui.notes.notes_panel import NotesPanel
    from simak.gui.preferences import Preferences
    from simak.gui.session import ReadingSession
    from simak.gui.tasks import TaskRunner
    from simak.storage.db import connect
    from simak.storage.repos import NoteRepo

    db_path = paths.db_path()
    try:
        conn = connect(db_path)
    except StorageError:
        raise
    prefs = Preferences()
    runner = TaskRunner()
    session = ReadingSession(conn, runner, prefs.reading_style())
    session.show_status_colours = prefs.status_colours
    writer = NoteWriter(db_path)
    notes = NotesPanel(writer, runner, NoteRepo(conn).for_article)
    window = MainWindow(session, notes, prefs)
    runner.setParent(window)
    session.setParent(window)
    return window


def start(window, source: str | None = None) -> None:
    from simak.gui.tools_actions import backup_if_due_in_background

    window.refresh_library()
    window.session.load_dictionaries()
    window.study_actions.refresh_due_count()
    backup_if_due_in_background(window.session)
    if source:
        window.tools.import_source(source)
        return
    first = window.session.first_article()
    window.refresh_library()
    if first is not None:
        window.session.open_article(first)


def run_app(source: str | None = None) -> int:
    setup_logging()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from simak.core.errors import StorageError
    from simak.gui.crash import install_excepthook
    from simak.gui.theme import apply_app_style

    os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "1")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Simak")
    app.setOrganizationName("Simak")
    app.setApplicationDisplayName("Simak")
    app.setDesktopFileName("io.github.simak.Simak")
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "simak.svg")))
    from simak.gui.preferences import Preferences
    from simak.gui.theme import resolve_theme

    apply_app_style(app, resolve_theme(Preferences().theme_choice))
    try:
        window = build_window(app)
    except StorageError as exc:
        QMessageBox.critical(None, "Simak", exc.message[:1].upper() + exc.message[1:] + ".")
        return 4
    install_excepthook(window)
    if os.environ.get("SIMAK_EXIT_WHEN_SHOWN"):
        _exit_when_shown(app, window)
    window.show()
    # Fill the window once it is on screen: the learner sees it before the library, the
    # sample article and the language engine's first imports are loaded.
    when_first_shown(window, partial(QTimer.singleShot, 0, partial(start, window, source)))
    return app.exec()


class _FirstExpose:
    """Calls `callback` once, when the window is first exposed (drawn on screen)."""

    def __init__(self, window, callback) -> None:
        from PySide6.QtCore import QEvent, QObject

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


def when_first_shown(window, callback) -> None:
    window._first_shown = [*getattr(window, "_first_shown", []), _FirstExpose(window, callback)]


def _exit_when_shown(app, window) -> None:
    """Benchmark hook (SIMAK_EXIT_WHEN_SHOWN=1): on the window's first expose, print
    `shown-after-ms: N` (time since SIMAK_T0, the launcher's time.time(), else since the
    process started) and quit. tests/benchmarks/bench_app.py measures start-up with it."""

    def report() -> None:
        print(f"shown-after-ms: {since_process_start() * 1000:.1f}", flush=True)
        app.exit(0)

    when_first_shown(window, report)


def since_process_start() -> float:
    """Seconds since SIMAK_T0 when set, else since the kernel started this process."""
    import time

    if "SIMAK_T0" in os.environ:
        return time.time() - float(os.environ["SIMAK_T0"])
    with open("/proc/self/stat") as stat, open("/proc/uptime") as uptime:
        started_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        return float(uptime.read().split()[0]) - started_ticks / os.sysconf("SC_CLK_TCK")
