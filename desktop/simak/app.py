"""Composition root: logging, crash handling, the database, services, and the window."""

from __future__ import annotations

import logging
import os
import sys

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
    window.show()
    start(window, source)
    return app.exec()
