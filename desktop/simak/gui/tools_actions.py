"""File and Tools menu work: importing with progress, search, find, dictionaries, backups."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QMessageBox, QWidget

from simak import paths
from simak.gui.reader.find_bar import FindBar

if TYPE_CHECKING:
    from simak.gui.dialogs.import_progress import ImportJob
    from simak.gui.session import ReadingSession

log = logging.getLogger(__name__)


class ToolsActions(QObject):
    def __init__(self, session: ReadingSession, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self._dialogs: dict[str, QWidget] = {}
        self._jobs: list[ImportJob] = []
        self._pending_find: tuple[int, str] | None = None
        self.find_bar = FindBar(window.reader)

    def _add(self, menu: QMenu, text: str, key, slot) -> QAction:
        action = QAction(text, self)
        if key:
            action.setShortcut(QKeySequence(key) if isinstance(key, str) else key)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def add_file_actions(self, menu: QMenu) -> None:
        self._add(menu, self.tr("Open &web page…"), "Ctrl+Shift+O", self.open_url)

    def add_edit_actions(self, menu: QMenu) -> None:
        self._add(menu, self.tr("&Find in article…"), QKeySequence.StandardKey.Find, self.find)
        self._add(menu, self.tr("&Search everything…"), "Ctrl+K", self.search)

    def add_tools_actions(self, menu: QMenu) -> None:
        self._add(menu, self.tr("&Dictionaries…"), "", self.dictionaries)
        self._add(menu, self.tr("&Backups and database check…"), "", self.backups)

    # -- importing ---------------------------------------------------------------------------
    def import_source(self, source: str) -> None:
        from simak.gui.dialogs.import_progress import run_import

        job = run_import(self._window, self._session.runner, source)
        job.imported.connect(self._session.add_imported)
        job.failed.connect(self._session.failed)
        job.cancelled.connect(self._forget_finished)
        job.imported.connect(self._forget_finished)
        job.failed.connect(self._forget_finished)
        self._jobs.append(job)

    def _forget_finished(self, *_args) -> None:
        self._jobs = [job for job in self._jobs if not getattr(job, "done", False)]

    def import_text(self, text: str) -> None:
        from simak.gui.dialogs.import_progress import ask_before_import

        imported = self._session.prepare_text(text)
        if imported is not None:
            ask_before_import(self._window, imported, None, self._session.add_imported)

    def paste(self) -> None:
        self.import_text(QGuiApplication.clipboard().text())

    def open_url(self) -> None:
        url, ok = QInputDialog.getText(
            self._window, self.tr("Open a web page"), self.tr("Address of the article:")
        )
        url = url.strip()
        if ok and url:
            if not url.startswith(("http://", "https://")):
                url = "https://" + url
            self.import_source(url)

    # -- search and find ---------------------------------------------------------------------
    def find(self) -> None:
        self.find_bar.open_bar()

    def search(self) -> None:
        from simak.gui.dialogs.search_dialog import SearchDialog

        dialog = self._dialogs.get("search")
        if dialog is None:
            dialog = SearchDialog(self._session.conn, self._session.runner, self._window)
            dialog.articleRequested.connect(self._open_and_find)
            dialog.noteRequested.connect(self._open_note)
            self._dialogs["search"] = dialog
        dialog.popup()

    def _open_and_find(self, article_id: int, text: str) -> None:
        """Open a search hit and find the words in it: in a long text read in parts, the
        part where they first occur (looked for on the worker, as the article opens)."""
        current = self._session.current
        if current is not None and current.article.id == article_id and not current.in_parts:
            self.find_bar.open_bar(text)
            return
        self._pending_find = (article_id, text)
        self._session.open_article(article_id, find=text)

    def _open_note(self, article_id: int, _note_id: int) -> None:
        self._window.notes_dock.show()
        current = self._session.current
        if current is None or current.article.id != article_id:
            self._session.open_article(article_id)

    def after_article_shown(self, opened) -> None:
        """Once the reader shows the opened article's document: find again in it."""
        self.find_bar.refresh()
        if self._pending_find and self._pending_find[0] == opened.article.id:
            text = self._pending_find[1]
            self._pending_find = None
            self.find_bar.open_bar(text)

    # -- library ---------------------------------------------------------------------------
    def confirm_remove(self, article_id: int, title: str) -> None:
        """Ask before an article leaves the library: its notes go with it."""
        notes = self._session.notes_count(article_id)
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove from the library"))
        box.setText(self.tr("Remove “{0}” from the library?").format(title))
        if notes == 1:
            going = self.tr("Its note and highlight go with it.")
        elif notes:
            going = self.tr("Its {0} notes and highlights go with it.").format(notes)
        else:
            going = ""
        box.setInformativeText(
            (going + " " if going else "") + self.tr("Words you have marked keep their status.")
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._remove(article_id, button is remove))
        box.open()  # window-modal, not blocking: the app keeps running

    def _remove(self, article_id: int, confirmed: bool) -> None:
        if not confirmed:
            return
        current = self._session.current
        if current is not None and current.article.id == article_id:
            # Its notes are removed with it: a draft saved after that could not be.
            self._window.notes.show_no_article()
        self._session.remove_article(article_id)

    # -- settings and safety -----------------------------------------------------------------
    def dictionaries(self) -> None:
        from simak.gui.dialogs.dictionaries_dialog import DictionariesDialog

        dialog = self._dialogs.get("dictionaries")
        if dialog is None:
            dialog = DictionariesDialog(self._session.conn, self._window, self._session.runner)
            dialog.changed.connect(self._session.load_dictionaries)
            self._dialogs["dictionaries"] = dialog
        dialog.show()
        dialog.raise_()

    def backups(self) -> None:
        from simak.gui.dialogs.backup_dialog import BackupDialog

        dialog = self._dialogs.get("backups")
        if dialog is None:
            dialog = BackupDialog(self._session.conn, self._window, self._session.runner)
            dialog.restoreRequested.connect(self._restore)
            self._dialogs["backups"] = dialog
        dialog.show()
        dialog.raise_()

    def _restore(self, backup: Path) -> None:
        """Close everything that holds the library, put the backup in place, restart."""
        from simak.storage.backup import restore_backup

        window = self._window
        window.notes.flush()
        self._session.runner.wait(10000)
        window.notes.close_writer()
        self._session.close()
        try:
            restore_backup(backup, paths.db_path())
        except Exception as exc:  # the library is untouched when restore refuses
            log.exception("restore failed")
            self._session.failed.emit(self.tr("The backup could not be restored: {0}").format(exc))
            return
        QProcess.startDetached(sys.executable, sys.argv)
        QApplication.instance().quit()


def backup_if_due_in_background(session: ReadingSession) -> None:
    """The daily rolling backup, taken on the runner after start-up."""
    from simak.storage.backup import backup_if_due
    from simak.storage.db import connect

    db_path = session.db_path

    def work():
        conn = connect(db_path)
        try:
            return backup_if_due(conn, paths.backup_dir())
        finally:
            conn.close()

    session.runner.submit_serial(work, _log_backup, _log_backup_failure)


def _log_backup(path) -> None:
    if path is not None:
        log.info("daily backup written to %s", path)


def _log_backup_failure(exc: Exception) -> None:
    log.warning("daily backup failed: %s", exc)


__all__ = ["ToolsActions", "backup_if_due_in_background"]
