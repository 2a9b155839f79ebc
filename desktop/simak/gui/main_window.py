"""The main window: builds the panels and wires their signals. Features live elsewhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
)

from simak.core.model import Entity, GlossaryEntry
from simak.gui.notes.notes_panel import NotesPanel
from simak.gui.reader.reader_view import ReaderView
from simak.gui.session import OpenedArticle, ReadingSession
from simak.gui.sidebars.entities_panel import EntitiesPanel
from simak.gui.sidebars.glossary_panel import GlossaryPanel
from simak.gui.sidebars.library_panel import LibraryPanel
from simak.gui.sidebars.word_card import WordCard

OPEN_FILTER = "Articles (*.txt *.md *.markdown);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, session: ReadingSession, notes: NotesPanel) -> None:
        super().__init__()
        self.session = session
        self.setWindowTitle("Simak")
        self.setAcceptDrops(True)
        self.resize(1360, 860)

        self.reader = ReaderView(session.style, self)
        self.setCentralWidget(self.reader)
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
            self.tr("Library"), self.library, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.sidebar_dock = self._dock(
            self.tr("Study"), self.tabs, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.notes_dock = self._dock(
            self.tr("Notes"), self.notes, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.resizeDocks(
            [self.library_dock, self.sidebar_dock], [250, 380], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.notes_dock], [190], Qt.Orientation.Vertical)

        self.words_label = QLabel(self)
        self.save_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.words_label)
        self._build_menus()
        self._wire()

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
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.paste_action = self._action(
            edit_menu,
            self.tr("&Paste as new article"),
            QKeySequence("Ctrl+Shift+V"),
            self.paste_article,
        )
        notes_menu = self.menuBar().addMenu(self.tr("&Notes"))
        self._action(
            notes_menu, self.tr("&New note"), QKeySequence("Ctrl+Shift+N"), self.notes.new_note
        )
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for dock in (self.library_dock, self.sidebar_dock, self.notes_dock):
            view_menu.addAction(dock.toggleViewAction())

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
        self.reader.wordActivated.connect(self.show_word)
        self.entities.entityActivated.connect(self.highlight_entity)
        self.glossary.termActivated.connect(self.highlight_term)
        self.notes.saveStateChanged.connect(self.save_label.setText)

    # -- slots -----------------------------------------------------------------------------
    def refresh_library(self) -> None:
        current = self.session.current.article.id if self.session.current else None
        self.library.show_articles(self.session.library.articles.list(), current)

    def show_article(self, opened: OpenedArticle) -> None:
        self.setWindowTitle(f"Simak — {opened.article.title}")
        self.reader.show_article(opened.laid_out, opened.analysis.tokens)
        self.entities.show_entities(opened.analysis.entities)
        self.glossary.show_glossary(opened.analysis.glossary)
        self.word_card.show_empty()
        self.notes.show_article(opened.article.id)
        self.library.mark_current(opened.article.id)
        self.words_label.setText(self.tr("{0} words").format(opened.analysis.word_count))

    def show_word(self, token_index: int) -> None:
        self.word_card.show_word(self.session.word_card(token_index))
        self.tabs.setCurrentWidget(self.word_card)

    def refresh_word_card(self) -> None:
        index = self.reader.selected_word()
        if index is not None and self.session.current is not None:
            self.word_card.show_word(self.session.word_card(index))

    def highlight_entity(self, entity: Entity) -> None:
        self.reader.highlight(entity.spans)
        self.statusBar().showMessage(
            self.tr("{0}: {1} mentions").format(entity.name, entity.count), 4000
        )

    def highlight_term(self, entry: GlossaryEntry) -> None:
        self.reader.highlight(entry.spans)
        self.statusBar().showMessage(self.tr("{0}: {1}").format(entry.term, entry.gloss), 4000)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an article"), "", OPEN_FILTER)
        if path:
            self.session.import_source(path)

    def paste_article(self) -> None:
        self.session.import_text(QGuiApplication.clipboard().text())

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Simak"), message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal but non-blocking: the app keeps running

    # -- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        local = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if local:
            for path in local:
                self.session.import_source(path)
        elif mime.hasText():
            self.session.import_text(mime.text())
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.notes.flush():
            answer = QMessageBox.question(
                self,
                self.tr("Simak"),
                self.tr("Your latest note could not be saved. Close anyway and lose it?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.session.runner.wait(5000)
        event.accept()
