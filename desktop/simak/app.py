"""Composition root: logging, crash handling, the database, services, and the window."""

from __future__ import annotations

import logging
import os

from simak import paths

log = logging.getLogger("simak")


def build_window(app=None):
    """Create the services and the complete main window (also used by the tests)."""
    window = frame_window()
    fill_window(window, open_library())
    return window


def open_library():
    """The library database, migrated; StorageError says why it cannot open."""
    from simak.storage.db import connect

    return connect(paths.db_path())


def frame_window():
    """The main window's bare frame: cheap enough to be on screen at once."""
    from simak.gui.main_window import MainWindow
    from simak.gui.preferences import Preferences

    return MainWindow(Preferences())


def fill_window(window, conn) -> None:
    """The reading session, the notes and every panel of a framed window."""
    from simak.gui.notes.autosave import NoteWriter
    from simak.gui.notes.notes_panel import NotesPanel
    from simak.gui.session import ReadingSession
    from simak.gui.tasks import TaskRunner
    from simak.storage.repos import NoteRepo

    prefs = window.prefs
    runner = TaskRunner()
    session = ReadingSession(conn, runner, prefs.reading_style())
    session.show_status_colours = prefs.status_colours
    notes = NotesPanel(NoteWriter(paths.db_path()), runner, NoteRepo(conn).for_article)
    window.populate(session, notes)
    runner.setParent(window)
    session.setParent(window)


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
    from simak.gui.application import (
        create_application,
        exit_when_ready,
        exit_when_shown,
        run_event_loop,
        settle_theme,
    )

    app = create_application()
    window = frame_window()
    exit_mode = os.environ.get("SIMAK_EXIT_WHEN_SHOWN")
    if exit_mode == "1":
        exit_when_shown(app, window)

    def fill() -> None:
        from simak.core.errors import StorageError
        from simak.gui.application import show_fatal
        from simak.gui.crash import install_excepthook
        from simak.logging_setup import setup_logging

        setup_logging()  # here, not before the frame: logging.handlers costs ~15 ms to import
        try:
            conn = open_library()
        except StorageError as exc:
            window.hide()
            show_fatal(exc.message)
            app.exit(4)
            return
        settle_theme(app, window.prefs.theme_choice)
        fill_window(window, conn)
        install_excepthook(window)
        if exit_mode == "ready":
            exit_when_ready(app)
            return
        start(window, source)

    # The frame goes on screen first; the library and the panels follow once it is there.
    return run_event_loop(app, window, fill)
