"""Unhandled exceptions: log them, flush notes, and tell the learner with a details dialog."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("simak")


def install_excepthook(window) -> None:
    def hook(exc_type, exc, tb) -> None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled exception:\n%s", details)
        try:
            saved = window.notes.flush()
        except Exception:  # the note writer itself failed: already logged above
            log.exception("flushing notes after a crash failed")
            saved = False
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle("Simak")
        if saved:
            box.setText(_tr("Something went wrong. Your notes are saved."))
        else:  # never claim a save that did not happen
            box.setText(
                _tr(
                    "Something went wrong, and your latest note could not be saved. "
                    "Copy it from the notes panel before you close Simak."
                )
            )
        box.setDetailedText(details)
        copy = box.addButton(_tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.open()

    sys.excepthook = hook


def _tr(text: str) -> str:
    return QApplication.translate("crash", text)
