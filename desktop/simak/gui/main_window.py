"""The main window: builds the panels and wires their signals. Features live elsewhere.

The window is made in two steps so it is on screen before most of the app is imported:
`MainWindow(prefs)` is the bare frame at its remembered size; `populate` builds the panels,
menus and status bar (about a tenth of a second of imports and widgets) once it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from simak.core.model import Entity, GlossaryEntry
    from simak.gui.notes.notes_panel import NotesPanel
    from simak.gui.preferences import Preferences
    from simak.gui.session import OpenedArticle, ReadingSession

OPEN_FILTER = (
    "Articles (*.txt *.md *.markdown *.html *.htm *.epub *.pdf);;"
    "Text (*.txt *.md *.markdown);;Web pages (*.html *.htm);;E-books (*.epub);;PDF (*.pdf);;"
    "All files (*)"
)
STATUS_ACTIONS = (
    ("Learning &1", 1, "1"),
    ("Learning &2", 2, "2"),
    ("Learning &3", 3, "3"),
    ("Learning &4", 4, "4"),
    ("&Known", 99, "K"),
    ("&Ignore", 98, "I"),
    ("Back to &new", 0, "0"),
)


class MainWindow(QMainWindow):
    def __init__(self, prefs: Preferences) -> None:
        super().__init__()
        self.prefs = prefs
        self.populated = False
        self.setWindowTitle("Simak")
        self.setAcceptDrops(True)
        self._mention = 0
        self._pending_passage: tuple[int, int, int] | None = None  # article, start, end
        self._shown: tuple[int, int] | None = None  # article and part in the reader
        self.resize(1360, 860)
        geometry = prefs.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        elif self.screen() is not None:  # first run: use most of the screen
            available = self.screen().availableGeometry()
            self.resize(int(available.width() * 0.94), int(available.height() * 0.92))

    def populate(self, session: ReadingSession, notes: NotesPanel) -> None:
        """Build the panels, menus and status bar, and wire them to the reading session."""
        from simak.gui.reader.part_bar import PartBar
        from simak.gui.reader.reader_view import ReaderView
        from simak.gui.sidebars.entities_panel import EntitiesPanel
        from simak.gui.sidebars.glossary_panel import GlossaryPanel
        from simak.gui.sidebars.library_panel import LibraryPanel
        from simak.gui.sidebars.word_card import WordCard
        from simak.gui.study_actions import StudyActions
        from simak.gui.tools_actions import ToolsActions

        self.session = session
        self.reader = ReaderView(session.style, self)
        self.part_bar = PartBar(self)
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.reader, 1)
        column.addWidget(self.part_bar)
        self.setCentralWidget(centre)
        self.library = LibraryPanel(self)
        self.word_card = WordCard(self)
        self.entities = EntitiesPanel(self)
        self.glossary = GlossaryPanel(self)
        self.notes = notes
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.word_card, self.tr("Word"))
        self.tabs.addTab(self.entities, self.tr("Entities"))
        self.tabs.addTab(self.glossary, self.tr("Glossary"))

        self.library_dock = self._dock(
            self.tr("Library"), self.library, QtCore.Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.sidebar_dock = self._dock(
            self.tr("Study"), self.tabs, QtCore.Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.notes_dock = self._dock(
            self.tr("Notes"), self.notes, QtCore.Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.resizeDocks(
            [self.library_dock, self.sidebar_dock], [250, 380], QtCore.Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.notes_dock], [190], QtCore.Qt.Orientation.Vertical)

        self.words_label = QLabel(self)
        self.save_label = QLabel(self)
        self.known_label = QLabel(self)
        self.known_label.setToolTip(self.tr("Share of the article's running words you know"))
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.known_label)
        self.statusBar().addPermanentWidget(self.words_label)
        self.study_actions = StudyActions(session, self)
        self.tools = ToolsActions(session, self)
        self.due_label = QLabel(self)
        self.due_label.setToolTip(self.tr("Cards due for review (Study › Review, Ctrl+R)"))
        self.statusBar().addPermanentWidget(self.due_label)
        self._build_menus()
        self._wire()
        self._restore_layout()
        self.populated = True

    def _restore_layout(self) -> None:
        state = self.prefs.window_state()
        if state is not None:
            self.restoreState(state)  # docks and toolbars; the geometry came with the frame

    def apply_reading_style(self, style) -> None:
        self.reader.apply_style(style)
        self.session.set_style(style)

    def _dock(self, title: str, widget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{title.lower()}")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(
            file_menu, self.tr("&Open…"), QKeySequence.StandardKey.Open, self.choose_file
        )
        self.tools.add_file_actions(file_menu)
        file_menu.addSeparator()
        quit_action = self._action(file_menu, self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.close)
        # The platform's own keys where it has some (some desktops' themes have none).
        quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.paste_action = self._action(
            edit_menu,
            self.tr("&Paste as new article"),
            QKeySequence("Ctrl+Shift+V"),
            self.paste_article,
        )
        edit_menu.addSeparator()
        self.tools.add_edit_actions(edit_menu)
        notes_menu = self.menuBar().addMenu(self.tr("&Notes"))
        new_note = self._action(notes_menu, self.tr("&New note"), QKeySequence("N"), self.new_note)
        new_note.setShortcuts([QKeySequence("N"), QKeySequence("Ctrl+Shift+N")])
        study_menu = self.menuBar().addMenu(self.tr("&Study"))
        for text, value, key in STATUS_ACTIONS:
            action = self._action(study_menu, self.tr(text), QKeySequence(key), self.mark_selected)
            action.setData(value)
        study_menu.addSeparator()
        self._action(
            study_menu,
            self.tr("Mark the &rest as known"),
            QKeySequence("Ctrl+Shift+K"),
            self.session.mark_rest_known,
        )
        study_menu.addSeparator()
        self.study_actions.add_to_menu(study_menu)
        self.study_menu = study_menu
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.colours_action = QAction(self.tr("Word status &colours"), self)
        self.colours_action.setCheckable(True)
        self.colours_action.setChecked(self.prefs.status_colours)
        self.colours_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.colours_action.toggled.connect(self.set_status_colours)
        view_menu.addAction(self.colours_action)
        from simak.gui.reading_menu import ReadingMenu

        self.reading_menu = ReadingMenu(self, self.prefs)
        self.reading_menu.add_to(view_menu)
        view_menu.addSeparator()
        for dock in (self.library_dock, self.sidebar_dock, self.notes_dock):
            view_menu.addAction(dock.toggleViewAction())
        from simak.gui.go_menu import GoMenu

        self.go_menu = GoMenu(self)
        self.go_menu.add_to(self.menuBar().addMenu(self.tr("&Go")))
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.tools.add_tools_actions(tools_menu)

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _wire(self) -> None:
        s = self.session
        s.libraryChanged.connect(self.refresh_library)
        s.articleOpened.connect(self.show_article)
        s.failed.connect(self.show_error)
        s.busy.connect(self.statusBar().showMessage)
        s.dictionaryReady.connect(self.refresh_word_card)
        self.library.articleChosen.connect(s.open_article)
        self.library.removeRequested.connect(self.tools.confirm_remove)
        s.articleClosed.connect(self.show_no_article)
        self.part_bar.partChosen.connect(s.open_part)
        self.reader.wordActivated.connect(self.show_word)
        self.entities.entityActivated.connect(self.highlight_entity)
        self.entities.stepRequested.connect(self.step_mention)
        self.entities.correctionRequested.connect(s.correct_entity)
        self.entities.noteSaved.connect(s.entity_service.set_note)
        self.entities.articleRequested.connect(s.open_article)
        s.entitiesChanged.connect(self.entities.show_entities)
        s.glossaryChanged.connect(self.show_glossary)
        self.glossary.editRequested.connect(s.edit_glossary)
        self.reader.wordMenuRequested.connect(self.show_word_menu)
        self.notes.passagesChanged.connect(self.show_passages)
        self.notes.passageChosen.connect(self.jump_to_passage)
        self.reader.selectionMenuRequested.connect(self.show_selection_menu)
        self.reader.endReached.connect(self.say_end_reached)
        self.study_actions.statusesChanged.connect(s.reload_statuses)
        self.study_actions.dueCountChanged.connect(self.show_due_count)
        self.study_actions.message.connect(self.show_message)
        s.statusesChanged.connect(self.study_actions.refresh_due_count)
        self.glossary.termActivated.connect(self.highlight_term)
        self.notes.saveStateChanged.connect(self.save_label.setText)
        self.word_card.statusChosen.connect(s.set_status)
        self.word_card.definitionSaved.connect(self.save_definition)
        self.word_card.speakRequested.connect(self.speak)
        self.word_card.termNoteSaved.connect(s.save_term_note)
        self.word_card.linkActivated.connect(self.open_link)
        s.statusesChanged.connect(self.on_statuses_changed)
        s.knownShareChanged.connect(self.show_known_share)
        s.knownSharesReady.connect(self.library.set_known_shares)

    # -- slots -----------------------------------------------------------------------------
    def refresh_library(self) -> None:
        current = self.session.current.article.id if self.session.current else None
        self.library.show_articles(self.session.library.articles.list(), current)
        self.session.compute_known_shares()

    def mark_selected(self) -> None:
        value = self.sender().data()
        if self.word_card.data is not None:
            self.session.set_status(self.word_card.data.term, int(value))

    def on_statuses_changed(self, terms: set[str]) -> None:
        self.session.recolour(terms)
        data = self.word_card.data
        if data is not None and data.term in terms:
            self.word_card.set_status(int(self.session.study.status_of(data.term)))
        self.session.compute_known_shares()

    def set_status_colours(self, on: bool) -> None:
        self.prefs.status_colours = on
        self.session.set_status_colours(on)

    def show_due_count(self, due: int) -> None:
        self.due_label.setText(self.tr("{0} due").format(due) if due else "")

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def say_end_reached(self, new_words: bool) -> None:
        """The keyboard walked off the end: say so, and how to go on in a long text."""
        opened = self.session.current
        more = opened is not None and opened.in_parts and opened.part.index + 1 < len(opened.parts)
        if new_words:
            text = (
                self.tr("No new words left in this part.")
                if more
                else self.tr("No new words left in this article.")
            )
        else:
            text = self.tr("End of this part.") if more else self.tr("End of the article.")
        if more:
            text += " " + self.tr("Ctrl+PgDown opens the next part.")
        self.statusBar().showMessage(text, 6000)

    def show_known_share(self, share: float) -> None:
        self.known_label.setText(self.tr("Known {0:.0%}").format(share))

    def save_definition(self, term: str, text: str) -> None:
        self.session.save_definition(term, text)
        self.refresh_word_card()

    def show_article(self, opened: OpenedArticle) -> None:
        # The same text and part again (a new type size or theme, meanings now loaded) keeps
        # the learner where they were: place, selected word, and the focus (typing a note).
        shown = (opened.article.id, opened.part.index)
        refresh, self._shown = shown == self._shown, shown
        place = self.reader.reading_place() if refresh else (None, None)
        self.setWindowTitle(f"Simak — {opened.article.title}")
        self.reader.show_article(opened.laid_out, opened.analysis.tokens, opened.analysis.sentences)
        self.reader.is_unknown = self.session.is_unknown
        if not refresh:
            self.reader.setFocus()
        self.reader.return_to(place)
        self.entities.show_entities(opened.analysis.entities)
        self.show_glossary(opened.analysis.glossary)
        if self.reader.selected_word() is not None:
            self.refresh_word_card()
        else:
            self.word_card.show_empty()
        self.notes.set_article_text(opened.analysis.text)
        self.notes.show_article(opened.article.id)
        self.library.mark_current(opened.article.id)
        self.part_bar.show_parts(opened.parts, opened.part.index)
        words = opened.laid_out.word_indexes
        count = len(words) if words is not None else opened.analysis.word_count
        if opened.in_parts:
            self.words_label.setText(
                self.tr("{0:,} words in this part, {1:,} in all").format(
                    count, sum(p.words for p in opened.parts)
                )
            )
        else:
            self.words_label.setText(self.tr("{0:,} words").format(count))
        pending, self._pending_passage = self._pending_passage, None
        if pending is not None and pending[0] == opened.article.id:
            self.jump_to_passage(pending[1], pending[2])
        self.tools.after_article_shown(opened)  # finds in the document now shown

    def show_no_article(self) -> None:
        """The library is empty: every panel in its empty state."""
        self._shown = None
        self.setWindowTitle("Simak")
        self.reader.show_no_article()
        self.part_bar.show_parts([], 0)
        self.entities.show_entities([])
        self.glossary.show_glossary([])
        self.word_card.show_empty()
        self.notes.show_no_article()
        self.library.mark_current(None)
        self.words_label.setText("")
        self.known_label.setText("")

    def show_glossary(self, entries: list[GlossaryEntry]) -> None:
        s = self.session
        edits = s.study.glossary_overrides(s.current.article.id) if s.current else {}
        pinned = {term for term, action in edits.items() if action in ("pin", "add")}
        self.glossary.show_glossary(entries, pinned)

    def show_word_menu(self, token_index: int, where) -> None:
        from simak.gui.reader.menus import ReaderMenus

        self.show_word(token_index)
        menu = ReaderMenus.word_menu(self, self.word_card.data, self.study_menu)
        menu.exec(where)

    def show_selection_menu(self, start: int, end: int, where) -> None:
        from simak.gui.reader.menus import ReaderMenus

        text = self.session.current.analysis.text[start:end] if self.session.current else ""
        menu = ReaderMenus.selection_menu(self, text, start, end)
        menu.exec(where)

    def add_passage_note(self, start: int, end: int) -> None:
        opened = self.session.current
        if opened is None:
            return
        text = opened.analysis.text
        body, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Note on a passage"),
            self.tr("“{0}”").format(_shorten(text[start:end], 120)),
        )
        if ok:
            self.notes.add_passage_note(opened.article.id, text, start, end, body.strip())
            self.notes_dock.show()

    def show_passages(self, passages: list[tuple[int, int]]) -> None:
        from simak.core.model import Span

        self.reader.set_passages([Span(a, b) for a, b in passages])

    def jump_to_passage(self, start: int, end: int) -> None:
        """Show a note's passage: in another part of a long text, that part opens first."""
        from simak.core.model import Span

        opened = self.session.current
        if opened is not None and not self.reader.shows(start, end):
            self._pending_passage = (opened.article.id, start, end)
            self.session.open_article(opened.article.id, at_offset=start)
            return
        self.reader.highlight([Span(start, end)])

    def open_link(self, url: str) -> None:
        """Online look-ups open in the learner's browser, never automatically."""
        if url.startswith("https://"):
            QDesktopServices.openUrl(QUrl(url))

    def speak(self, text: str) -> None:
        from simak.core.speech import speak

        if speak(text) is None:
            self.statusBar().showMessage(self.tr("Speech needs espeak-ng."), 4000)

    def show_word(self, token_index: int) -> None:
        self.word_card.show_word(self.session.word_card(token_index))
        self.tabs.setCurrentWidget(self.word_card)

    def refresh_word_card(self) -> None:
        index = self.reader.selected_word()
        if index is not None and self.session.current is not None:
            self.word_card.show_word(self.session.word_card(index))

    def highlight_entity(self, entity: Entity) -> None:
        self._mention = 0
        self.reader.highlight(entity.spans)
        self._show_entity_details(entity)

    def step_mention(self, delta: int) -> None:
        entity = self.entities.current
        if entity is None or not entity.spans:
            return
        self._mention = (self._mention + delta) % len(entity.spans)
        self.reader.scroll_to_offset(entity.spans[self._mention].start)
        self._show_entity_details(entity)

    def _show_entity_details(self, entity: Entity) -> None:
        s = self.session
        current = s.current.article.id if s.current else None
        also_in = s.entity_service.also_in(entity.name, current)
        note = s.entity_service.note(entity.name)
        self.entities.show_details(entity, self._mention, also_in, note)

    def highlight_term(self, entry: GlossaryEntry) -> None:
        self.reader.highlight(entry.spans)
        self.statusBar().showMessage(self.tr("{0}: {1}").format(entry.term, entry.gloss), 4000)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an article"), "", OPEN_FILTER)
        if path:
            self.tools.import_source(path)

    def paste_article(self) -> None:
        self.tools.paste()

    def new_note(self) -> None:
        self.notes_dock.show()
        self.notes.new_note()

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Simak"), message, parent=self)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal but non-blocking: the app keeps running

    # -- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.populated and (event.mimeData().hasUrls() or event.mimeData().hasText()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        local = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if local:
            for path in local:
                self.tools.import_source(path)
        elif mime.hasText():
            self.tools.import_text(mime.text())
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.populated:  # closed in its first moment: nothing to save yet
            event.accept()
            return
        if not self.notes.flush():
            answer = QMessageBox.question(
                self,
                self.tr("Simak"),
                self.tr("Your latest note could not be saved. Close anyway and lose it?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.prefs.save_window(self.saveGeometry(), self.saveState())
        self.session.record_pending_contexts()
        self.session.runner.wait(5000)
        event.accept()


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
