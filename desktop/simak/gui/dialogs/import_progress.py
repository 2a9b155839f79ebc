"""Importing a file or URL with progress, Cancel, and a check that the text is Indonesian.

`run_import` reads the source on the task runner. Long imports (EPUB, PDF) report progress;
a progress dialog appears only when the import takes longer than a moment, and Cancel makes
the importer's progress callback answer False, so it stops with ImportCancelled. Before the
text is handed on, a text that is neither Indonesian nor Malay makes Simak ask once whether
to import it anyway.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from simak.core.importers import ImportCancelled, ImportedText, read_source
from simak.core.langcheck import LanguageGuess, looks_indonesian
from simak.gui.dialogs.common import sentence_for
from simak.gui.tasks import TaskRunner

SHOW_PROGRESS_AFTER_MS = 600
_NAMES = {"en": "English", "ms": "Malay", "id": "Indonesian"}


@dataclass(frozen=True)
class _Read:
    imported: ImportedText
    guess: LanguageGuess


def language_question(guess: LanguageGuess) -> str | None:
    """The one-sentence question to ask before importing, or None when no need to ask."""
    if guess.is_close:
        return None
    if guess.language in _NAMES:
        return f"This text looks like {_NAMES[guess.language]}. Import it anyway?"
    return "This text does not look like Indonesian. Import it anyway?"


class ImportJob(QObject):
    """One import. Connect `imported` to whatever adds the text to the library."""

    imported = Signal(object)  # ImportedText the learner wants in the library
    failed = Signal(str)  # one sentence
    cancelled = Signal()  # Cancel pressed, or the learner answered No to the language question
    _progressed = Signal(int, int)  # from the worker thread (queued to this object's thread)

    def __init__(self, parent: QWidget, runner: TaskRunner | None, source: str) -> None:
        super().__init__(parent)
        self._parent = parent
        self._runner = runner
        self.source = source
        self._cancel = threading.Event()
        self.question_box: QMessageBox | None = None
        self.progress = QProgressDialog(
            parent.tr("Importing {0}…").format(_short_name(source)),
            parent.tr("Cancel"),
            0,
            0,
            parent,
        )
        self.progress.setWindowTitle(parent.tr("Importing"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self._progressed.connect(self._show_progress)

    # -- running -----------------------------------------------------------------------------
    def start(self) -> None:
        source, stop, report = self.source, self._cancel, self._progressed

        def progress(done: int, total: int) -> bool:
            report.emit(int(done), int(total))
            return not stop.is_set()

        def work() -> _Read:
            imported = read_source(source, progress)
            if stop.is_set():  # importers without progress cannot stop midway: drop it here
                raise ImportCancelled("the import was cancelled; nothing was added")
            return _Read(imported, looks_indonesian(imported.text))

        self.progress.setValue(0)  # starts the minimum-duration clock
        if self._runner is None:
            try:
                self._on_read(work())
            except Exception as exc:  # a sentence, like the runner does
                self._on_failed(exc)
            return
        self._runner.submit_serial(work, self._on_read, self._on_failed)

    def cancel(self) -> None:
        self._cancel.set()

    def _show_progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            return
        if total > 0:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))

    def _finish_progress(self) -> None:
        self.progress.canceled.disconnect(self.cancel)
        self.progress.reset()  # stops the timer that would show it after the minimum duration
        self.progress.hide()
        self.progress.deleteLater()

    def _on_failed(self, exc: Exception) -> None:
        self._finish_progress()
        if isinstance(exc, ImportCancelled) or self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.failed.emit(sentence_for(exc))
        self.deleteLater()

    def _on_read(self, read: _Read) -> None:
        self._finish_progress()
        if self._cancel.is_set():
            self.cancelled.emit()
            self.deleteLater()
            return
        ask_before_import(
            self._parent, read.imported, read.guess, self._accepted, self._declined, job=self
        )

    def _accepted(self, imported: ImportedText) -> None:
        self.imported.emit(imported)
        self.deleteLater()

    def _declined(self) -> None:
        self.cancelled.emit()
        self.deleteLater()


def ask_before_import(
    parent: QWidget,
    imported: ImportedText,
    guess: LanguageGuess | None,
    on_yes: Callable[[ImportedText], None],
    on_no: Callable[[], None] | None = None,
    job: ImportJob | None = None,
) -> QMessageBox | None:
    """Hand `imported` to on_yes, first asking when it does not look Indonesian.

    Also for pasted text (guess=None: the check runs here; it is quick on a pasted text).
    The question box is window-modal but does not block; it is returned (and kept on `job`)
    so tests can answer it.
    """
    guess = guess if guess is not None else looks_indonesian(imported.text)
    question = language_question(guess)
    if question is None:
        on_yes(imported)
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.tr("Import"),
        parent.tr(question),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(result: int) -> None:
        if job is not None:
            job.question_box = None
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            on_yes(imported)
        elif on_no is not None:
            on_no()

    box.finished.connect(answered)
    if job is not None:
        job.question_box = box
    box.open()
    return box


def run_import(parent: QWidget, runner: TaskRunner | None, source: str) -> ImportJob:
    """Start importing `source` (a path or URL); connect the returned job's signals.

    job.imported(ImportedText) when the learner wants it added; job.failed(str) with one
    sentence; job.cancelled() when they stopped it or answered No. Connect before the event
    loop runs again: results always arrive through it (with a runner).
    """
    job = ImportJob(parent, runner, source)
    QTimer.singleShot(0, job.start)
    return job


def _short_name(source: str) -> str:
    if source.startswith(("http://", "https://")):
        return source
    return Path(source).name
