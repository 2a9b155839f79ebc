"""Composition root: logging, crash handling, the database, services, and the window."""

from __future__ import annotations

import logging
import os
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

    session = window.session
    session.load_dictionaries()
    window.study_actions.refresh_due_count()
    backup_if_due_in_background(session)
    if source:
        window.refresh_library()
        session.load_families()
        window.tools.import_source(source)
    else:
        session.open_first_article()  # refreshes the library and opens it when ready


def run_app(source: str | None = None) -> int:
    setup_logging()
    from simak.core.errors import StorageError
    from simak.gui.application import (
        create_application,
        exit_when_shown,
        run_event_loop,
        show_fatal,
    )
    from simak.gui.crash import install_excepthook

    app = create_application()
    try:
        window = build_window(app)
    except StorageError as exc:
        show_fatal(exc.message)
        return 4
    install_excepthook(window)
    if os.environ.get("SIMAK_EXIT_WHEN_SHOWN"):
        exit_when_shown(app, window)
    return run_event_loop(app, window, partial(start, window, source))
