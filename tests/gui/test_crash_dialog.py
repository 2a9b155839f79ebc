"""An unhandled exception: typed notes are flushed, the log has it, a dialog offers details."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QMessageBox

from simak import paths
from simak.gui.crash import install_excepthook
from simak.logging_setup import setup_logging
from simak.storage.db import connect
from simak.storage.repos import NoteRepo


def test_unhandled_exception_flushes_notes_and_shows_details(qtbot, window, monkeypatch):
    logging.getLogger("simak").handlers.clear()  # log into this test's data folder
    setup_logging()
    qtbot.keyClicks(window.notes.editor, "catatan sebelum galat")
    _crash(window, "something broke in a slot")
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes, "no crash dialog"
    box = boxes[-1]
    assert "notes are saved" in box.text()
    assert "something broke in a slot" in box.detailedText()
    assert any(b.text() == "Copy details" for b in box.buttons())
    notes = NoteRepo(connect(paths.db_path())).all()
    assert [n.body for n in notes] == ["catatan sebelum galat"]
    log = (paths.log_dir() / "simak.log").read_text(encoding="utf-8")
    assert "something broke in a slot" in log
    box.close()


def test_the_crash_dialog_never_claims_a_save_that_failed(qtbot, window, monkeypatch):
    monkeypatch.setattr(window.notes, "flush", lambda: False)  # the disk refused the note
    try:
        _crash(window, "a second failure")
    finally:
        monkeypatch.undo()  # before pytest-qt closes the window, which flushes again
    box = [w for w in window.findChildren(QMessageBox) if w.isVisible()][-1]
    assert "could not be saved" in box.text()
    assert "notes are saved" not in box.text()
    box.close()


def _crash(window, message: str) -> None:
    """An exception nothing caught, through the hook the app installs."""
    previous = sys.excepthook
    install_excepthook(window)
    try:
        try:
            raise RuntimeError(message)
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
