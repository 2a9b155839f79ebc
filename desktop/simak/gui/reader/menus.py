"""Context menus on a word and on a selection in the reader."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from simak.core.speech import espeak_available


class ReaderMenus:
    @staticmethod
    def word_menu(window: QWidget, data, study_menu: QMenu) -> QMenu:
        menu = QMenu(window)
        if data is None:
            return menu
        term = data.term
        menu.addSection(term)
        for action in study_menu.actions():
            if action.data() is not None and not action.isSeparator():
                menu.addAction(action)  # the Study menu's status actions, with their keys
        menu.addSeparator()
        menu.addAction(window.tr("Add “{0}” to the glossary").format(term)).triggered.connect(
            lambda: window.session.edit_glossary(term, "add")
        )
        if espeak_available():
            menu.addAction(window.tr("Speak the word")).triggered.connect(
                lambda: window.speak(data.surface)
            )
            if data.sentence:
                menu.addAction(window.tr("Speak the sentence")).triggered.connect(
                    lambda: window.speak(data.sentence)
                )
        menu.addAction(window.tr("Copy")).triggered.connect(
            lambda: QGuiApplication.clipboard().setText(data.surface)
        )
        return menu

    @staticmethod
    def selection_menu(window: QWidget, text: str, start: int, end: int) -> QMenu:
        menu = QMenu(window)
        phrase = " ".join(text.split())
        short = phrase if len(phrase) <= 30 else phrase[:29] + "…"
        menu.addAction(window.tr("Highlight and add a note…")).triggered.connect(
            lambda: window.add_passage_note(start, end)
        )
        if 0 < len(phrase.split()) <= 5:
            menu.addAction(window.tr("Add “{0}” to the glossary").format(short)).triggered.connect(
                lambda: window.session.edit_glossary(phrase, "add")
            )
        if espeak_available():
            menu.addAction(window.tr("Speak the selection")).triggered.connect(
                lambda: window.speak(phrase)
            )
        menu.addAction(window.tr("Copy")).triggered.connect(
            lambda: QGuiApplication.clipboard().setText(text)
        )
        return menu
