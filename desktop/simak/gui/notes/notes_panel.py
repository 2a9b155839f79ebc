"""The notes dock: the article's Markdown notes, autosaved within a second of the last key.

Saved state is always visible. Switching article, switching note or closing the window
flushes the pending draft first, so nothing typed is ever dropped.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from simak.core.anchors import Anchor, resolve
from simak.core.errors import SimakError
from simak.gui.notes.autosave import Draft, NoteRef, NoteWriter
from simak.gui.tasks import TaskRunner
from simak.storage.repos import NoteRow

log = logging.getLogger(__name__)
AUTOSAVE_DELAY_MS = 700


_PAYLOAD = Qt.ItemDataRole.UserRole + 1


def _payload(item) -> NoteRow | None:
    """The value a list item stands for (None for group headers and empty space)."""
    return None if item is None else item.data(_PAYLOAD)


class NotesPanel(QWidget):
    saveStateChanged = Signal(str)
    passageChosen = Signal(int, int)  # article offsets of a passage note's quote
    passagesChanged = Signal(object)  # list of (start, end) of the article's passage notes

    def __init__(
        self,
        writer: NoteWriter,
        runner: TaskRunner,
        load_notes: Callable[[int], list[NoteRow]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._writer, self._runner, self._load_notes = writer, runner, load_notes
        self._draft: Draft | None = None
        self._saved_version = 0
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_in_background)
        self._article_text = ""
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Notes on this article"))
        self.list.currentItemChanged.connect(self._on_note_chosen)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("notesEditor")
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setPlaceholderText(
            self.tr("Write your notes on this article here (Markdown). They save themselves.")
        )
        self.editor.textChanged.connect(self._on_text_changed)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Note preview"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.preview)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas (Enter saves)"))
        self.tags_edit.setAccessibleName(self.tr("Tags of this note"))
        self.tags_edit.setToolTip(self.tr("Tags help you find notes later; they are exported"))
        self.tags_edit.returnPressed.connect(self._save_tags)
        self.tags_edit.setEnabled(False)

        self.new_button = QPushButton(self.tr("New note"), self)
        self.new_button.setToolTip(self.tr("Start another note on this article"))
        self.new_button.clicked.connect(self.new_note)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setCheckable(True)
        self.preview_button.setToolTip(self.tr("Show the note rendered as Markdown"))
        self.preview_button.toggled.connect(self._on_preview_toggled)
        self.state_label = QLabel("", self)
        self.state_label.setObjectName("cardMuted")
        self.state_label.setAccessibleName(self.tr("Save state"))

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addWidget(self.new_button)
        bar.addWidget(self.preview_button)
        bar.addStretch(1)
        bar.addWidget(self.state_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        editor_box = QWidget(self)
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(2)
        editor_layout.addWidget(self.stack, 1)
        editor_layout.addWidget(self.tags_edit)
        splitter.addWidget(editor_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        self.setEnabled(False)

    # -- showing ---------------------------------------------------------------------------
    def show_article(self, article_id: int) -> None:
        self.flush()
        notes = self._load_notes(article_id)
        self.setEnabled(True)
        self._loading = True
        self.list.clear()
        for note in notes:
            self._add_list_item(note)
        self._loading = False
        if notes:
            self.list.setCurrentRow(len(notes) - 1)
        else:
            self._edit(Draft(article_id, NoteRef(), "", 0))
        self._set_state(self.tr("No notes yet") if not notes else self.tr("Saved"))
        self.passagesChanged.emit(self.passages())

    def show_no_article(self) -> None:
        """Nothing is open (its article was removed, notes and all): no draft is left."""
        self._timer.stop()
        self._runner.wait_serial()
        self._draft = None
        self._loading = True
        self.list.clear()
        self.editor.clear()
        self.tags_edit.clear()
        self._loading = False
        self._set_state("")
        self.setEnabled(False)
        self.passagesChanged.emit([])

    def passages(self) -> list[tuple[int, int]]:
        """Where each passage note's quote is in the article text now (anchors re-found)."""
        found = []
        for i in range(self.list.count()):
            span = self._where(_payload(self.list.item(i)))
            if span is not None:
                found.append(span)
        return found

    def set_article_text(self, text: str) -> None:
        self._article_text = text

    def _where(self, row: NoteRow | None) -> tuple[int, int] | None:
        if row is None or not row.quote or row.start_offset is None or row.end_offset is None:
            return None
        anchor = Anchor(
            row.quote, row.start_offset, row.end_offset, row.prefix or "", row.suffix or ""
        )
        return resolve(anchor, self._article_text) if self._article_text else None

    def close_writer(self) -> None:
        self.flush()
        self._writer.close()

    def add_passage_note(self, article_id: int, text: str, start: int, end: int, body: str) -> bool:
        """Save a highlight with its note at once (an explicit action, not a keystroke)."""
        self.flush()
        try:
            row = self._writer.add_passage(article_id, body, text, start, end)
        except SimakError as exc:
            self._on_save_failed(exc)
            return False
        self._loading = True
        self.list.setCurrentItem(self._add_list_item(row))
        self._loading = False
        self._edit(Draft(row.article_id, NoteRef(row.id), row.body, 0))
        self._set_state(self.tr("Saved · {0}").format(datetime.now().strftime("%H:%M:%S")))
        self.passagesChanged.emit(self.passages())
        return True

    def _add_list_item(self, note: NoteRow) -> QListWidgetItem:
        item = QListWidgetItem(_summary(note.body, note.created_at, note.quote))
        item.setData(_PAYLOAD, note)
        self.list.addItem(item)
        return item

    def _on_note_chosen(self, current: QListWidgetItem | None, _previous=None) -> None:
        if self._loading or current is None:
            return
        note: NoteRow = _payload(current)
        if self._draft is not None and self._draft.note_id == note.id:
            return
        self.flush()
        self._edit(Draft(note.article_id, NoteRef(note.id), note.body, 0))
        span = self._where(note)
        if span is not None:
            self.passageChosen.emit(*span)

    def _save_tags(self) -> None:
        if self._draft is None:
            return
        self.flush()  # the note must exist before it can carry tags
        if self._draft.note_id is None:
            self._set_state(self.tr("Write the note first, then tag it."))
            return
        tags = [t for t in self.tags_edit.text().replace("#", " ").replace(",", " ").split() if t]
        try:
            saved = self._writer.set_tags(self._draft.note_id, tags)
        except SimakError as exc:
            self._on_save_failed(exc)
            return
        self.tags_edit.setText(", ".join(saved))
        self._set_state(self.tr("Tags saved"))

    def _edit(self, draft: Draft) -> None:
        self._loading = True
        self._draft = draft
        self.tags_edit.setEnabled(True)
        self.tags_edit.setText(
            ", ".join(self._writer.tags_of(draft.note_id)) if draft.note_id else ""
        )
        self._saved_version = draft.version
        self.editor.setPlainText(draft.text)
        self.preview.setMarkdown(draft.text)
        self._loading = False

    def new_note(self) -> None:
        if self._draft is None:
            return
        self.flush()
        self.list.clearSelection()
        self._loading = True
        self.list.setCurrentItem(None)
        self._loading = False
        self._edit(Draft(self._draft.article_id, NoteRef(), "", 0))
        self.preview_button.setChecked(False)
        self.editor.setFocus()

    # -- saving ----------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        if self._loading or self._draft is None:
            return
        self._draft.text = self.editor.toPlainText()
        self._draft.version += 1
        self._set_state(self.tr("Editing…"))
        self._timer.start()

    def is_dirty(self) -> bool:
        return self._draft is not None and self._draft.version != self._saved_version

    def _save_in_background(self) -> None:
        if not self.is_dirty():
            return
        snapshot = copy.copy(self._draft)
        self._set_state(self.tr("Saving…"))
        self._runner.submit_serial(
            lambda: self._writer.save(snapshot), self._on_saved, self._on_save_failed
        )

    def flush(self) -> bool:
        """Save the pending draft now, on this thread. Returns False if it could not be saved."""
        self._timer.stop()
        self._runner.wait_serial()
        if not self.is_dirty():
            return True
        try:
            result = self._writer.save(copy.copy(self._draft))
        except SimakError as exc:
            self._on_save_failed(exc)
            return False
        self._on_saved(result)
        return True

    def _on_saved(self, result: tuple[Draft, NoteRow | None]) -> None:
        saved, row = result
        draft = self._draft
        if draft is None or draft.article_id != saved.article_id:
            return
        if row is not None and draft.note_id == row.id and not self._has_item(row.id):
            self._loading = True
            self.list.setCurrentItem(self._add_list_item(row))
            self._loading = False
        if draft.note_id == saved.note_id:
            self._saved_version = max(self._saved_version, saved.version)
            if row is not None:
                self._refresh_item(row)
        if self.is_dirty():
            self._timer.start()
        else:
            self._set_state(self.tr("Saved · {0}").format(datetime.now().strftime("%H:%M:%S")))

    def _has_item(self, note_id: int) -> bool:
        return any(_payload(self.list.item(i)).id == note_id for i in range(self.list.count()))

    def note_texts(self) -> list[str]:
        return [_payload(self.list.item(i)).body for i in range(self.list.count())]

    def _refresh_item(self, row: NoteRow) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if _payload(item).id == row.id:
                item.setData(_PAYLOAD, row)
                item.setText(_summary(row.body, row.created_at, row.quote))

    def _on_save_failed(self, exc: Exception) -> None:
        message = exc.message if isinstance(exc, SimakError) else str(exc)
        log.error("note not saved: %s", message)
        self._set_state(self.tr("Not saved: {0}. Your text is kept; retrying.").format(message))
        self._timer.start(5000)

    def _set_state(self, text: str) -> None:
        self.state_label.setText(text)
        self.saveStateChanged.emit(text)

    def _on_preview_toggled(self, on: bool) -> None:
        self.preview.setMarkdown(self.editor.toPlainText())
        self.stack.setCurrentWidget(self.preview if on else self.editor)
        self.preview_button.setText(self.tr("Edit") if on else self.tr("Preview"))


def _summary(body: str, created_at: str, quote: str | None = None) -> str:
    first = next((line.strip("# ").strip() for line in body.splitlines() if line.strip()), "")
    if quote:
        first = f"“{quote.strip()}” {first}".strip()
    first = first if len(first) <= 40 else first[:39] + "…"
    return f"{first or '(empty)'}\n{created_at[:16].replace('T', ' ')}"
