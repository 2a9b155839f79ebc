"""Import the words a learner already knows: a LingQ/LUTE CSV export or one word a line.

A file can be chosen, or a list pasted; either way the import is all or nothing, and the
dialog says in one sentence how many words it marked or why the input was refused.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simak.core.errors import BadInputError
from simak.core.study import ImportResult, StudyService
from simak.gui.dialogs.common import run_serial, sentence_for
from simak.gui.tasks import TaskRunner

FILE_FILTER = "Word lists (*.csv *.tsv *.txt);;All files (*)"


def import_pasted(study: StudyService, text: str) -> ImportResult:
    """The same reader as for files, so pasted and saved lists behave alike."""
    with tempfile.TemporaryDirectory(prefix="simak-known-") as folder:
        path = Path(folder) / "pasted words.txt"
        path.write_text(text, encoding="utf-8")
        try:
            return study.import_known_words(path)
        except BadInputError as exc:
            raise BadInputError(exc.message.replace(str(path), "the pasted text")) from exc


class ImportKnownDialog(QDialog):
    imported = Signal(object)  # Changes: statuses the import set

    def __init__(
        self,
        study_service: StudyService,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._study = study_service
        self._runner = runner
        self.setWindowTitle(self.tr("Import known words"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Words you already know are marked Known, so articles show what is new to you. "
                "Choose a LingQ or LUTE export (CSV), a plain list with one word a line, "
                "or paste the words below."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("A .csv or .txt file"))
        self.path_edit.setAccessibleName(self.tr("Word list file"))
        self.path_edit.setToolTip(self.tr("The file to import; leave empty to import pasted words"))
        self.path_edit.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("Choose file…"), self)
        browse.setAccessibleName(self.tr("Choose a word list file"))
        browse.setToolTip(self.tr("Pick a word list on this computer"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.choose_file)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)

        self.paste_edit = QPlainTextEdit(self)
        self.paste_edit.setPlaceholderText(
            self.tr("…or paste words here, one a line:\nsaya\nrumah\nmakan")
        )
        self.paste_edit.setAccessibleName(self.tr("Pasted words"))
        self.paste_edit.setToolTip(self.tr("One word or short phrase a line"))
        layout.addWidget(self.paste_edit, 1)

        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Import result"))
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setToolTip(self.tr("Mark every word in the list as known"))
        self.import_button.setAccessibleName(self.tr("Import"))
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.path_edit.textChanged.connect(self._update_enabled)
        self.paste_edit.textChanged.connect(self._update_enabled)
        self._update_enabled()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a word list"), "", self.tr(FILE_FILTER)
        )
        if path:
            self.path_edit.setText(path)

    def _update_enabled(self) -> None:
        has_input = bool(self.path_edit.text().strip() or self.paste_edit.toPlainText().strip())
        self.import_button.setEnabled(has_input)

    def start_import(self) -> None:
        path = self.path_edit.text().strip()
        text = self.paste_edit.toPlainText()
        if not path and not text.strip():
            self._show_error(self.tr("Choose a file or paste some words first."))
            return
        study = self._study
        if path:

            def work() -> ImportResult:
                return study.import_known_words(path)

        else:

            def work() -> ImportResult:
                return import_pasted(study, text)

        self.import_button.setEnabled(False)
        self.result_label.setStyleSheet("color: #6b6f73;")
        self.result_label.setText(self.tr("Importing…"))
        run_serial(self._runner, work, self._on_imported, self._on_failed)

    def _on_imported(self, result: ImportResult) -> None:
        self._update_enabled()
        self.result_label.setStyleSheet("color: #2f7a4b;")
        if result.imported == 0:
            text = self.tr("Every word in the list was already marked; nothing changed.")
        elif result.imported == 1:
            text = self.tr("Imported 1 word.")
        else:
            text = self.tr("Imported {0} words.").format(result.imported)
        if result.skipped:
            sample = ", ".join(f"“{s}”" for s in result.skipped[:3])
            skipped = (
                self.tr("Skipped 1 line that held no word: {1}.")
                if len(result.skipped) == 1
                else self.tr("Skipped {0} lines that held no word, such as {1}.")
            )
            text += " " + skipped.format(len(result.skipped), sample)
        self.result_label.setText(text)
        if not result.changes.empty:
            self.imported.emit(result.changes)

    def _on_failed(self, exc: Exception) -> None:
        self._update_enabled()
        self._show_error(sentence_for(exc))

    def _show_error(self, text: str) -> None:
        self.result_label.setStyleSheet("color: #b5473a;")
        self.result_label.setText(text)
