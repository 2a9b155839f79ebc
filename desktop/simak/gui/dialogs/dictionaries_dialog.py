"""Settings > Dictionaries: which dictionaries Simak looks words up in, and in what order.

Dictionaries found on this computer come first, then the learner's imported ones, each group
in the order shown here (Lexicon.load does the same), so moving a row only moves it within
its group. Every change is saved at once and announced with `changed` so the lexicon reloads.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simak.core.errors import SimakError
from simak.core.lexicon.sources import DictionaryRef
from simak.core.lexicon.user_import import import_dictionary
from simak.gui.dialogs.common import (
    add_result_and_close,
    list_or_empty,
    run_serial,
    sentence_for,
    settings_button,
)
from simak.gui.tasks import TaskRunner
from simak.storage.lexicon_repo import DictionaryRepo

FILE_FILTER = (
    "Dictionaries (*.index *.ifo *.tsv *.tab *.txt *.csv);;dictd (*.index);;StarDict (*.ifo);;"
    "Tables (*.tsv *.tab *.txt *.csv);;All files (*)"
)
FORMAT_NAMES = {"dictd": "dictd", "stardict": "StarDict", "tsv": "TSV", "csv": "CSV"}
REF_ROLE = Qt.ItemDataRole.UserRole

STYLE = """
QListWidget#dictionaryList { border: 1px solid palette(mid); background: palette(base); }
QListWidget#dictionaryList::item { padding: 6px 6px; }
QLabel#emptyState { color: #6b6f73; padding: 24px 18px; background: palette(base);
                    border: 1px solid palette(mid); }
"""


def default_dictionaries_dir() -> Path:
    from simak import paths

    return paths.data_dir() / "dictionaries"


class DictionariesDialog(QDialog):
    changed = Signal()  # the list, order or enabled set changed: reload the lexicon

    def __init__(
        self,
        conn: sqlite3.Connection,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
        dictionaries_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._repo = DictionaryRepo(conn)
        self._runner = runner
        self._dir = dictionaries_dir or default_dictionaries_dir()
        self._refs: list[DictionaryRef] = []
        self.setWindowTitle(self.tr("Dictionaries"))
        self.setStyleSheet(STYLE)
        self.resize(560, 440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Simak's own dictionary is always used first. Then it looks in the dictionaries "
                "ticked here, from the top down."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        row = QHBoxLayout()
        row.setSpacing(10)
        self.list = QListWidget(self)
        self.list.setObjectName("dictionaryList")
        self.list.setAccessibleName(self.tr("Dictionaries"))
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.empty, self.stack = list_or_empty(
            self,
            self.list,
            self.tr(
                "No other dictionaries yet. Import a dictd .index, a StarDict .ifo, "
                "or a TSV or CSV file of words and meanings."
            ),
        )
        row.addWidget(self.stack, 1)

        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        self.up_button = self._button(self.tr("Move up"), self.tr("Look here earlier"))
        self.down_button = self._button(self.tr("Move down"), self.tr("Look here later"))
        self.import_button = self._button(
            self.tr("Import…"), self.tr("Add a dictd, StarDict, TSV or CSV dictionary")
        )
        self.remove_button = self._button(
            self.tr("Remove"), self.tr("Remove an imported dictionary from Simak")
        )
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.import_button.clicked.connect(self.choose_file)
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addSpacing(14)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row, 1)

        self.message = add_result_and_close(self, layout)
        self.refresh()

    def _button(self, text: str, tip: str) -> QPushButton:
        return settings_button(self, text, tip)

    # -- showing -----------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        repo = self._repo
        run_serial(self._runner, repo.list, lambda refs: self._show(refs, select_id), self._fail)

    def refs(self) -> list[DictionaryRef]:
        return list(self._refs)

    def _show(self, refs: list[DictionaryRef], select_id: int | None = None) -> None:
        self._refs = list(refs)
        self.list.blockSignals(True)
        self.list.clear()
        for ref in refs:
            origin = self.tr("Imported") if ref.kind == "user" else self.tr("On this computer")
            item = QListWidgetItem(f"{ref.name}\n{origin} · {FORMAT_NAMES.get(ref.format, '')}")
            item.setData(REF_ROLE, ref.id)
            item.setToolTip(str(ref.path))
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if ref.enabled else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if ref.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.stack.setCurrentWidget(self.list if refs else self.empty)
        self._update_buttons()

    def _current(self) -> DictionaryRef | None:
        row = self.list.currentRow()
        return self._refs[row] if 0 <= row < len(self._refs) else None

    def _update_buttons(self) -> None:
        ref = self._current()
        same_kind = [r for r in self._refs if ref is not None and r.kind == ref.kind]
        self.up_button.setEnabled(ref is not None and same_kind[0].id != ref.id)
        self.down_button.setEnabled(ref is not None and same_kind[-1].id != ref.id)
        self.remove_button.setEnabled(ref is not None and ref.kind == "user")
        self.remove_button.setToolTip(
            self.tr("Dictionaries found on this computer can be unticked, not removed")
            if ref is not None and ref.kind != "user"
            else self.tr("Remove an imported dictionary from Simak")
        )

    # -- changing ----------------------------------------------------------------------------
    def _on_item_changed(self, item: QListWidgetItem) -> None:
        dictionary_id = int(item.data(REF_ROLE))
        enabled = item.checkState() == Qt.CheckState.Checked
        repo = self._repo
        run_serial(
            self._runner,
            lambda: repo.set_enabled(dictionary_id, enabled),
            lambda _ref: self._saved(dictionary_id),
            self._fail,
        )

    def move_current(self, delta: int) -> None:
        ref = self._current()
        if ref is None:
            return
        group = [r.id for r in self._refs if r.kind == ref.kind]
        at = group.index(ref.id)
        to = at + delta
        if not 0 <= to < len(group):
            return
        group[at], group[to] = group[to], group[at]
        others = [r.id for r in self._refs if r.kind != ref.kind]
        order = group + others if ref.kind == "system" else others + group
        repo, moved = self._repo, ref.id
        run_serial(
            self._runner, lambda: repo.reorder(order), lambda _r: self._saved(moved), self._fail
        )

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a dictionary"), "", self.tr(FILE_FILTER)
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        repo, folder = self._repo, self._dir
        self._say(self.tr("Importing {0}…").format(path.name), "#6b6f73")
        self.import_button.setEnabled(False)

        def done(ref: DictionaryRef) -> None:
            self.import_button.setEnabled(True)
            self._saved(ref.id, self.tr("Imported {0}.").format(ref.name))

        def failed(exc: Exception) -> None:
            self.import_button.setEnabled(True)
            # The reason usually starts with the file's name: keep its case as it is.
            reason = sentence_for(exc)
            if isinstance(exc, SimakError) and exc.message.startswith(path.name):
                reason = exc.message.rstrip(".") + "."
            self._say(self.tr("Not imported: {0}").format(reason), "#b5473a")

        run_serial(self._runner, lambda: import_dictionary(path, repo, folder), done, failed)

    def remove_current(self) -> None:
        ref = self._current()
        if ref is None or ref.kind != "user":
            return
        repo, dictionary_id, folder = self._repo, int(ref.id), self._dir

        def work() -> DictionaryRef:
            removed = repo.remove(dictionary_id)
            copy = removed.path.parent
            # Only the copy Simak made on import goes; never a file elsewhere on the disk.
            if copy.parent.resolve() == folder.resolve():
                shutil.rmtree(copy, ignore_errors=True)
            return removed

        run_serial(
            self._runner,
            work,
            lambda removed: self._saved(None, self.tr("Removed {0}.").format(removed.name)),
            self._fail,
        )

    def _saved(self, select_id: int | None, message: str = "") -> None:
        self._say(message, "#2f7a4b")
        self.refresh(select_id)
        self.changed.emit()

    def _fail(self, exc: Exception) -> None:
        self._say(sentence_for(exc), "#b5473a")
        self.refresh()  # show what is really saved (a refused tick goes back)

    def _say(self, text: str, colour: str) -> None:
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)
