"""Backups: the copies of the library, a backup on demand, a restore, and a health check.

A restore replaces the library file, which needs every connection closed: the dialog only
confirms and emits `restoreRequested(path)`; the main window closes the library, calls
`restore_backup` and restarts.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simak.gui.dialogs.common import (
    add_result_and_close,
    list_or_empty,
    run_serial,
    sentence_for,
    settings_button,
)
from simak.gui.tasks import TaskRunner
from simak.storage.backup import (
    BEFORE_RESTORE_SUFFIX,
    Backup,
    CheckResult,
    backup_folder_for,
    check_database,
    list_backups,
    take_backup,
)

MANUAL_LABEL = "manual"
KEEP_MANUAL = 10
PATH_ROLE = Qt.ItemDataRole.UserRole

STYLE = """
QTreeWidget#backupList { border: 1px solid palette(mid); background: palette(base); }
QTreeWidget#backupList::item { padding: 4px 2px; }
QHeaderView::section { padding: 4px 8px; border: none; border-bottom: 1px solid #e2e0da;
                       background: palette(alternate-base); color: palette(text);
    font-weight: 600; }
QLabel#emptyState { color: #6b6f73; padding: 24px 18px; background: palette(base);
                    border: 1px solid palette(mid); }
"""


def readable_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            return f"{size:.1f} {unit}" if size < 10 else f"{size:.0f} {unit}"
    return ""


def kind_of(backup: Backup) -> str:
    if backup.label is None:
        return "Daily"
    if backup.label == MANUAL_LABEL:
        return "Made by you"
    if backup.label.startswith("before-upgrade"):
        return "Before an update"
    return backup.label.replace("-", " ").capitalize()


def check_sentence(result: CheckResult) -> str:
    """One or two sentences for the learner about a CheckResult."""
    if result.ok:
        return "The library is healthy: the integrity check and the search index found no problems."
    count = len(result.messages)
    first = result.messages[0].rstrip(".")
    problems = "1 problem" if count == 1 else f"{count} problems"
    return (
        f"The check found {problems}, such as: {first}. "
        "Restoring the newest backup from before it started is the safest fix."
    )


class BackupDialog(QDialog):
    restoreRequested = Signal(Path)  # the backup to restore; the receiver closes the library

    def __init__(
        self,
        conn: sqlite3.Connection,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._conn = conn
        self._runner = runner
        self._folder = folder or backup_folder_for(conn) or _default_folder()
        self._backups: list[Backup] = []
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.setStyleSheet(STYLE)
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Simak copies your library once a day and before every update, and keeps "
                "the last seven. Backups are kept in {0}."
            ).format(self._folder),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)

        row = QHBoxLayout()
        row.setSpacing(10)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.headerItem().setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda *_: self.ask_restore())
        self.empty, self.stack = list_or_empty(
            self,
            self.list,
            self.tr("No backups yet. “Back up now” makes one at once."),
        )
        row.addWidget(self.stack, 1)

        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        self.backup_button = self._button(self.tr("Back up now"), self.tr("Copy the library now"))
        self.restore_button = self._button(
            self.tr("Restore…"), self.tr("Replace the library with the chosen backup")
        )
        self.check_button = self._button(
            self.tr("Check database"), self.tr("Look for damage in the library file")
        )
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.check_button.clicked.connect(self.check_now)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addSpacing(14)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row, 1)

        self.message = add_result_and_close(self, layout)
        self.refresh()

    def _button(self, text: str, tip: str) -> QPushButton:
        return settings_button(self, text, tip)

    # -- list --------------------------------------------------------------------------------
    def backups(self) -> list[Backup]:
        return list(self._backups)

    def refresh(self, select: Path | None = None) -> None:
        folder = self._folder
        run_serial(
            self._runner,
            lambda: list_backups(folder),
            lambda found: self._show(found, select),
            self._fail,
        )

    def _show(self, backups: list[Backup], select: Path | None) -> None:
        self._backups = list(backups)
        self.list.clear()
        for backup in backups:
            item = QTreeWidgetItem(
                [
                    backup.taken_at.strftime("%a %d %b %Y, %H:%M"),
                    self.tr(kind_of(backup)),
                    readable_size(backup.size_bytes),
                ]
            )
            item.setData(0, PATH_ROLE, str(backup.path))
            item.setToolTip(0, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            if select is not None and backup.path == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.stack.setCurrentWidget(self.list if backups else self.empty)
        self._update_buttons()

    def _current(self) -> Path | None:
        item = self.list.currentItem()
        return None if item is None else Path(item.data(0, PATH_ROLE))

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._current() is not None)

    # -- actions -----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        conn, folder = self._conn, self._folder
        self.backup_button.setEnabled(False)
        self._say(self.tr("Backing up…"), "#6b6f73")

        def done(path: Path) -> None:
            self.backup_button.setEnabled(True)
            self._say(self.tr("Backed up to {0}.").format(path.name), "#2f7a4b")
            self.refresh(select=path)

        def failed(exc: Exception) -> None:
            self.backup_button.setEnabled(True)
            self._fail(exc)

        run_serial(
            self._runner,
            lambda: take_backup(conn, folder, KEEP_MANUAL, label=MANUAL_LABEL),
            done,
            failed,
        )

    def ask_restore(self) -> None:
        path = self._current()
        if path is None:
            return
        backup = next((b for b in self._backups if b.path == path), None)
        when = backup.taken_at.strftime("%a %d %b %Y, %H:%M") if backup else path.name
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore a backup"),
            self.tr("Restore the library as it was on {0}?").format(when),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Simak will close the library and start again. Your current library is kept "
                "beside it as a file ending in “{0}”, so this can be undone."
            ).format(BEFORE_RESTORE_SUFFIX)
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            self.confirm_box = None
            if box.clickedButton() is restore:
                self.restoreRequested.emit(path)

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def check_now(self) -> None:
        conn = self._conn
        self.check_button.setEnabled(False)
        self._say(self.tr("Checking the library…"), "#6b6f73")

        def done(result: CheckResult) -> None:
            self.check_button.setEnabled(True)
            self._say(self.tr(check_sentence(result)), "#2f7a4b" if result.ok else "#b5473a")

        def failed(exc: Exception) -> None:
            self.check_button.setEnabled(True)
            self._fail(exc)

        run_serial(self._runner, lambda: check_database(conn), done, failed)

    def _fail(self, exc: Exception) -> None:
        self._say(sentence_for(exc), "#b5473a")

    def _say(self, text: str, colour: str) -> None:
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)


def _default_folder() -> Path:
    from simak import paths

    return paths.backup_dir()
