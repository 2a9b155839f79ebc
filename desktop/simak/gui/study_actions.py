"""The Study menu's windows: review, my vocabulary, progress, known-words import, export.

Owns its own database connection (as the note writer does): the dialogs write on the task
runner's serial thread, and a connection of their own keeps those transactions apart from
the GUI thread's.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from simak.core.errors import SimakError
from simak.storage.db import connect

if TYPE_CHECKING:
    from simak.core.review import ReviewService
    from simak.core.study import StudyService
    from simak.gui.session import ReadingSession


class StudyActions(QObject):
    statusesChanged = Signal(object)  # set of terms
    dueCountChanged = Signal(int)
    message = Signal(str)

    def __init__(self, session: ReadingSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._window = parent
        self._conn = connect(session.db_path)
        self._dialogs: dict[str, QWidget] = {}

    # Built on first use: the review scheduler (fsrs) is not needed to draw the window.
    @cached_property
    def study(self) -> StudyService:
        from simak.core.study import StudyService

        return StudyService(self._conn)

    @cached_property
    def review(self) -> ReviewService:
        from simak.core.review import ReviewService

        return ReviewService(self._conn, define=self._define)

    def _define(self, term: str):
        lexicon = self._session.lexicon
        return lexicon.define(term) if lexicon is not None else None

    def add_to_menu(self, menu: QMenu) -> None:
        self.review_action = self._add(menu, self.tr("&Review…"), "Ctrl+R", self.open_review)
        self._add(menu, self.tr("My &vocabulary…"), "Ctrl+Shift+Y", self.open_vocabulary)
        self._add(menu, self.tr("&Progress…"), "", self.open_progress)
        menu.addSeparator()
        self._add(menu, self.tr("Import &known words…"), "", self.open_import_known)
        self._add(menu, self.tr("Export cards for &Anki…"), "", self.export_anki)
        self._add(menu, self.tr("Export cards as &CSV…"), "", self.export_csv)
        # the due count comes with the first refresh, once the window is on screen

    def _add(self, menu: QMenu, text: str, key: str, slot) -> QAction:
        action = QAction(text, self)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def refresh_due_count(self) -> None:
        due = self.review.due_count()
        self.review_action.setText(
            self.tr("&Review ({0} due)…").format(due) if due else self.tr("&Review…")
        )
        self.dueCountChanged.emit(due)

    def _show(self, key: str, factory) -> QWidget:
        dialog = self._dialogs.get(key)
        if dialog is None:
            dialog = self._dialogs[key] = factory()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_review(self) -> QWidget:
        from simak.gui.dialogs.review_dialog import ReviewDialog

        def make() -> QWidget:
            dialog = ReviewDialog(self.review, self._window, runner=self._session.runner)
            dialog.reviewed.connect(self.dueCountChanged)
            return dialog

        return self._show("review", make)

    def open_vocabulary(self) -> QWidget:
        from simak.gui.dialogs.vocabulary_dialog import VocabularyDialog

        def make() -> QWidget:
            dialog = VocabularyDialog(
                self.study, self.review, self._window, runner=self._session.runner
            )
            dialog.statusesChanged.connect(self._on_changes)
            return dialog

        return self._show("vocabulary", make)

    def open_progress(self) -> QWidget:
        from simak.gui.dialogs.progress_dialog import ProgressDialog

        return self._show(
            "progress",
            lambda: ProgressDialog(self.study, self._window, runner=self._session.runner),
        )

    def open_import_known(self) -> QWidget:
        from simak.gui.dialogs.import_known_dialog import ImportKnownDialog

        def make() -> QWidget:
            dialog = ImportKnownDialog(self.study, self._window, runner=self._session.runner)
            dialog.imported.connect(self._on_changes)
            return dialog

        return self._show("import-known", make)

    def _on_changes(self, changes) -> None:
        self.statusesChanged.emit(set(getattr(changes, "terms", ()) or ()))
        self.refresh_due_count()

    def export_anki(self) -> None:
        self._export("anki", self.tr("Anki packages (*.apkg)"), ".apkg")

    def export_csv(self) -> None:
        self._export("csv", self.tr("CSV files (*.csv)"), ".csv")

    def _export(self, kind: str, file_filter: str, suffix: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export study cards"), f"simak-cards{suffix}", file_filter
        )
        if not path:
            return
        review = self.review

        def work() -> int:
            from simak.core.exporters.study_cards import study_card

            cards = [study_card(card) for card in review.all_cards()]
            if kind == "anki":
                from simak.core.exporters.anki import write_apkg

                return write_apkg(cards, path)
            from simak.core.exporters.csv_export import write_csv

            return write_csv(cards, path)

        self._session.runner.submit(
            "export", work, lambda n: self._exported(n, path), self._export_failed
        )

    def _exported(self, count: int, path: str) -> None:
        self.message.emit(self.tr("Exported {0} cards to {1}").format(count, Path(path).name))

    def _export_failed(self, exc: Exception) -> None:
        text = exc.message if isinstance(exc, SimakError) else str(exc)
        self._session.failed.emit(self.tr("The export failed: {0}").format(text))
