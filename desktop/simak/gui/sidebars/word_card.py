"""The Word tab: what the clicked word means and how it is built."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from simak.core.model import Definition, WordAnalysis
from simak.core.online import translator_link, word_links
from simak.gui.icons import tinted

SOURCE_NAMES = {
    "simak": "Simak lexicon",
    "user": "your definition",
    "simak-root": "built from the root",
    "loanword": "loanword hint",
}


@dataclass
class WordCardData:
    surface: str
    analysis: WordAnalysis | None
    definition: Definition | None
    phrase: Definition | None = None
    family: list[str] = field(default_factory=list)
    sentence: str = ""
    status: int = 0  # simak.core.study.Status value
    user_definition: str = ""
    loanword: str | None = None  # "looks like English 'stability'"
    term_note: str = ""

    @property
    def term(self) -> str:
        if self.definition and self.definition.term:
            return self.definition.term
        return self.analysis.headword if self.analysis else self.surface.lower()


# (label, Status value, tooltip); keys match the Study menu's shortcuts.
STATUS_BUTTONS = (
    ("New", 0, "Not marked yet"),
    ("1", 1, "Learning, level 1 (key 1)"),
    ("2", 2, "Learning, level 2 (key 2)"),
    ("3", 3, "Learning, level 3 (key 3)"),
    ("4", 4, "Learning, level 4 (key 4)"),
    ("Known", 99, "I know this word (key K)"),
    ("Ignore", 98, "Not worth learning (key I)"),
)


class WordCard(QWidget):
    linkActivated = Signal(str)
    statusChosen = Signal(str, int)  # term, Status value
    speakRequested = Signal(str)  # the word as written
    definitionSaved = Signal(str, str)  # term, the learner's own definition ("" removes it)
    termNoteSaved = Signal(str, str)  # term, the learner's note on it ("" removes it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = QTextBrowser(self)
        self.view.setObjectName("wordCard")
        self.view.setAccessibleName(self.tr("Word card"))
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._on_anchor)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._build_actions())
        self._tint_icons()
        self.data: WordCardData | None = None
        self.show_empty()

    def changeEvent(self, event: QEvent) -> None:
        changed = event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange)
        if changed and hasattr(self, "speak_button"):
            self._tint_icons()  # the theme changed
        super().changeEvent(event)

    def _tint_icons(self) -> None:
        speaker = self.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolume)
        color = self.palette().color(QPalette.ColorRole.ButtonText)
        self.speak_button.setIcon(tinted(speaker, color))

    def _build_actions(self) -> QWidget:
        box = QFrame(self)
        box.setObjectName("wordActions")
        outer = QVBoxLayout(box)
        outer.setContentsMargins(10, 6, 10, 10)
        label = QLabel(self.tr("Status"), box)
        label.setObjectName("sectionTitle")
        outer.addWidget(label)
        row = QHBoxLayout()
        row.setSpacing(2)
        self.status_group = QButtonGroup(box)
        self.status_group.setExclusive(True)
        for text, value, tip in STATUS_BUTTONS:
            button = QToolButton(box)
            button.setText(self.tr(text))
            button.setToolTip(self.tr(tip))
            button.setAccessibleName(self.tr("Status: {0}").format(self.tr(text)))
            button.setCheckable(True)
            button.setMinimumWidth(30)
            self.status_group.addButton(button, value)
            row.addWidget(button)
        row.addStretch(1)
        from simak.core.speech import espeak_available

        self.speak_button = QToolButton(box)
        # The style's own speaker, tinted (_tint_icons): an emoji speaker showed as a
        # missing-glyph box on desktops without an emoji font.
        self.speak_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.speak_button.setText(self.tr("Speak"))
        self.speak_button.setToolTip(self.tr("Hear the word (espeak-ng)"))
        self.speak_button.setAccessibleName(self.tr("Speak the word"))
        self.speak_button.setVisible(espeak_available())
        self.speak_button.clicked.connect(self._on_speak)
        row.addWidget(self.speak_button)
        self.status_group.idClicked.connect(self._on_status_clicked)
        outer.addLayout(row)
        label = QLabel(self.tr("My definition"), box)
        label.setObjectName("sectionTitle")
        outer.addWidget(label)
        self.definition_edit = QLineEdit(box)
        self.definition_edit.setPlaceholderText(self.tr("Add your own meaning, then press Enter"))
        self.definition_edit.setAccessibleName(self.tr("My definition"))
        self.definition_edit.setToolTip(self.tr("Shown first on this word's card; Enter saves"))
        self.definition_edit.returnPressed.connect(self._on_definition_entered)
        outer.addWidget(self.definition_edit)
        self.term_note_edit = QLineEdit(box)
        self.term_note_edit.setPlaceholderText(self.tr("A note on this word, then Enter"))
        self.term_note_edit.setAccessibleName(self.tr("My note on this word"))
        self.term_note_edit.setToolTip(self.tr("Kept with the word in every article; exported"))
        self.term_note_edit.returnPressed.connect(self._on_term_note_entered)
        outer.addWidget(self.term_note_edit)
        self.actions_box = box
        return box

    def _on_status_clicked(self, value: int) -> None:
        if self.data is not None:
            self.statusChosen.emit(self.data.term, value)

    def _on_speak(self) -> None:
        if self.data is not None:
            self.speakRequested.emit(self.data.surface)

    def _on_term_note_entered(self) -> None:
        if self.data is not None:
            self.termNoteSaved.emit(self.data.term, self.term_note_edit.text().strip())

    def _on_definition_entered(self) -> None:
        if self.data is not None:
            self.definitionSaved.emit(self.data.term, self.definition_edit.text().strip())

    def set_status(self, value: int) -> None:
        button = self.status_group.button(value)
        if button is not None:
            button.setChecked(True)
        if self.data is not None:
            self.data.status = value

    def _on_anchor(self, url) -> None:
        self.linkActivated.emit(url.toString())

    def show_empty(self) -> None:
        self.data = None
        if hasattr(self, "actions_box"):
            self.actions_box.setVisible(False)
        self.view.setHtml(
            "<div style='color:#6b6f73; margin:24px 12px'>"
            f"<p style='font-size:12pt'>{self.tr('Click any word in the article.')}</p>"
            f"<p>{self.tr('Its meaning, its root and how it is built appear here.')}</p></div>"
        )

    def show_loading(self, surface: str) -> None:
        self.view.setHtml(
            f"<h2>{html.escape(surface)}</h2><p style='color:#6b6f73'>"
            f"{self.tr('Loading the dictionaries…')}</p>"
        )

    def show_word(self, data: WordCardData) -> None:
        self.data = data
        self.view.setHtml(render_card(data))
        self.actions_box.setVisible(True)
        self.set_status(data.status)
        self.definition_edit.setText(data.user_definition)
        self.term_note_edit.setText(data.term_note)

    def plain_text(self) -> str:
        return self.view.toPlainText()


def _senses_html(definition: Definition) -> str:
    rows = []
    for number, sense in enumerate(definition.senses, 1):
        source = SOURCE_NAMES.get(sense.source, sense.source)
        register = (
            f" <i style='color:#8a6d3b'>({html.escape(sense.register)})</i>"
            if sense.register
            else ""
        )
        rows.append(
            f"<tr><td style='color:#6b6f73; padding-right:6px' valign=top>{number}.</td>"
            f"<td>{html.escape(sense.gloss)}{register}"
            f"<br><span style='color:#8b8f93; font-size:8.5pt'>{html.escape(source)}</span>"
            "</td></tr>"
        )
    return "<table cellspacing=0 cellpadding=3>" + "".join(rows) + "</table>"


def render_card(data: WordCardData) -> str:
    d, a = data.definition, data.analysis
    head = d.term if d and d.term else (a.headword if a else data.surface.lower())
    parts = [f"<h1 style='font-size:20pt; margin:4px 0 2px 0; '>{html.escape(head)}</h1>"]
    meta = []
    if d and d.pos:
        meta.append(html.escape(d.pos))
    if data.surface.lower() != head:
        meta.append(f"in the text: <i>{html.escape(data.surface)}</i>")
    if a and " " not in head:
        from simak.core.text import syllables

        meta.append("·".join(syllables(head)))
    if meta:
        parts.append(f"<p style='color:#6b6f73; margin-top:0'>{' · '.join(meta)}</p>")
    if data.phrase and data.phrase.found:
        parts.append(
            "<p style='background-color: rgba(74,141,176,0.2); padding:6px'>Part of the phrase "
            f"<b>{html.escape(data.phrase.term)}</b>: "
            f"{html.escape(data.phrase.senses[0].gloss)}</p>"
        )
    parts.append("<h3 style='color:#4a8db0'>Meaning</h3>")
    if d and d.found:
        parts.append(_senses_html(d))
    else:
        parts.append("<p style='color:#6b6f73'>No dictionary explains this word yet.</p>")
    if d and d.note:
        parts.append(f"<p >{html.escape(d.note)}</p>")
    if data.loanword and not (d and d.found):
        parts.append(f"<p >{html.escape(data.loanword)}</p>")
    if a:
        parts.append("<h3 style='color:#4a8db0'>How it is built</h3>")
        parts.append(f"<p>Root: <b>{html.escape(a.root)}</b></p>")
        if a.affixes:
            items = "".join(
                f"<li><b>{html.escape(x.affix)}</b> {html.escape(x.meaning)}</li>"
                for x in a.affixes
            )
            parts.append(f"<ul style='margin-left:-20px'>{items}</ul>")
        extras = []
        if a.reduplication:
            extras.append(f"reduplication: {html.escape(a.reduplication)}")
        if a.clitics:
            extras.append("clitic: " + ", ".join(html.escape(c) for c in a.clitics))
        if extras:
            parts.append(f"<p >{'; '.join(extras)}</p>")
    if d and d.synonyms:
        parts.append("<h3 style='color:#4a8db0'>Related words</h3>")
        parts.append(f"<p>{html.escape(', '.join(d.synonyms[:12]))}</p>")
    if data.family:
        parts.append("<h3 style='color:#4a8db0'>Word family</h3>")
        parts.append(f"<p>{html.escape(', '.join(data.family[:30]))}</p>")
    links = [f"<a href='{html.escape(url)}'>{name}</a>" for name, url in word_links(head)]
    if data.sentence:
        url = html.escape(translator_link(data.sentence))
        links.append(f"<a href='{url}'>translate the sentence</a>")
    parts.append(
        "<p style='color:#6b6f73; margin-top:14px'>Online (opens your browser): "
        + " · ".join(links)
        + "</p>"
    )
    return "<div style='margin:6px 10px'>" + "".join(parts) + "</div>"
