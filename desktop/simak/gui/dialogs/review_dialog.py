"""Review: the due cards one by one, front (a sentence the learner read), answer, rating.

Space (or Enter) shows the answer; 1-4 rate Again/Hard/Good/Easy. Every database call runs on
the task runner's serial queue when the dialog has a runner, so a slow disk never freezes the
window and ratings are written in the order they were given.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from simak.core.review import Rating, ReviewCard, ReviewService
from simak.gui.dialogs.common import run_serial, sentence_for, short_interval, when_text
from simak.gui.tasks import TaskRunner
from simak.gui.theme import SERIF_CANDIDATES, first_available

QUEUE_SIZE = 50
_RATING_KEYS = {Qt.Key.Key_1: Rating.AGAIN, Qt.Key.Key_2: Rating.HARD}
_RATING_KEYS |= {Qt.Key.Key_3: Rating.GOOD, Qt.Key.Key_4: Rating.EASY}
_RATING_COLOURS = {
    Rating.AGAIN: "#b5473a",
    Rating.HARD: "#a3731f",
    Rating.GOOD: "#2f7a4b",
    Rating.EASY: "#2f6f8f",
}

STYLE = """
QFrame#reviewCard { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QLabel#reviewSentence { color: palette(text); }
QLabel#reviewSource, QLabel#reviewHint { color: #8b8f93; }
QLabel#reviewTerm { font-size: 18pt; font-weight: 600; color: palette(text); }
QLabel#reviewMeaning { font-size: 12pt; color: palette(text); }
QLabel#reviewBuilt, QLabel#reviewNote { color: palette(text); }
QLabel#dueBadge { background: #dcebf2; color: #1f4f66; border-radius: 10px;
                  padding: 2px 10px; font-weight: 600; }
QLabel#reviewError { color: #b5473a; }
QLabel#reviewHeading { font-weight: 600; color: #4a8db0; font-size: 11pt; }
QLabel#emptyTitle { font-size: 15pt; font-weight: 600; color: palette(text); }
QLabel#emptyText { color: #6b6f73; font-size: 11pt; }
QPushButton#showAnswer { padding: 8px 28px; font-size: 11pt; }
QPushButton[rating="true"] { padding: 6px 4px; min-width: 96px; }
"""


@dataclass
class ReviewQueue:
    cards: list[ReviewCard] = field(default_factory=list)
    intervals: dict[int, dict[Rating, timedelta]] = field(default_factory=dict)
    due_count: int = 0
    next_due: datetime | None = None


def load_queue(service: ReviewService, limit: int = QUEUE_SIZE) -> ReviewQueue:
    """Due cards with the interval each rating would give, measured from now."""
    now = datetime.now(UTC)
    cards = service.due_cards(limit=limit, now=now)
    intervals = {
        card.id: {r: due - now for r, due in service.preview(card.id, now).items()}
        for card in cards
    }
    return ReviewQueue(cards, intervals, service.due_count(now), service.next_due())


class ReviewDialog(QDialog):
    reviewed = Signal(int)  # cards still due after a rating: for the main window's badge

    def __init__(
        self,
        review_service: ReviewService,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = review_service
        self._runner = runner
        self._queue = ReviewQueue()
        self._revealed = False
        self._busy = False
        self._timer = QElapsedTimer()
        self.setModal(False)
        self.setWindowTitle(self.tr("Review"))
        self.setObjectName("reviewDialog")
        self.setStyleSheet(STYLE)
        self.resize(640, 520)
        self._build()
        self.refresh()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(12)
        header = QHBoxLayout()
        title = QLabel(self.tr("Words you are learning"), self)
        title.setObjectName("reviewHeading")
        self.due_label = QLabel(self)
        self.due_label.setObjectName("dueBadge")
        self.due_label.setAccessibleName(self.tr("Cards due"))
        self.cloze_box = QCheckBox(self.tr("Hide the word (cloze)"), self)
        self.cloze_box.setToolTip(
            self.tr("Blank the word in the sentence until you show the answer (C)")
        )
        self.cloze_box.setAccessibleName(self.tr("Cloze mode"))
        self.cloze_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cloze_box.toggled.connect(self._show_card)
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.cloze_box)
        header.addSpacing(12)
        header.addWidget(self.due_label)
        layout.addLayout(header)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_card_page())
        self.pages.addWidget(self._build_empty_page())
        layout.addWidget(self.pages, 1)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("reviewError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.setToolTip(self.tr("Close the review (Esc); your ratings are already saved"))
        layout.addWidget(buttons)

    def _build_card_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        card = QFrame(page)
        card.setObjectName("reviewCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 18, 24, 20)
        inner.setSpacing(8)
        self.source_label = QLabel(card)
        self.source_label.setObjectName("reviewSource")
        self.source_label.setWordWrap(True)
        self.sentence_label = QLabel(card)
        self.sentence_label.setObjectName("reviewSentence")
        self.sentence_label.setAccessibleName(self.tr("Sentence"))
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setTextFormat(Qt.TextFormat.RichText)
        self.sentence_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.sentence_label.font()
        font.setFamily(first_available(SERIF_CANDIDATES))
        font.setPointSizeF(15.0)
        self.sentence_label.setFont(font)
        inner.addWidget(self.source_label)
        inner.addWidget(self.sentence_label)

        self.answer = QWidget(card)
        answer = QVBoxLayout(self.answer)
        answer.setContentsMargins(0, 10, 0, 0)
        answer.setSpacing(4)
        rule = QFrame(self.answer)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #e2e0da;")
        self.term_label = QLabel(self.answer)
        self.term_label.setObjectName("reviewTerm")
        self.meaning_label = QLabel(self.answer)
        self.meaning_label.setObjectName("reviewMeaning")
        self.meaning_label.setAccessibleName(self.tr("Meaning"))
        self.built_label = QLabel(self.answer)
        self.built_label.setObjectName("reviewBuilt")
        self.note_label = QLabel(self.answer)
        self.note_label.setObjectName("reviewNote")
        for label in (self.meaning_label, self.built_label, self.note_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (rule, self.term_label, self.meaning_label, self.built_label):
            answer.addWidget(widget)
        answer.addWidget(self.note_label)
        inner.addWidget(self.answer)
        inner.addStretch(1)
        layout.addWidget(card, 1)

        self.show_button = QPushButton(self.tr("Show answer"), page)
        self.show_button.setObjectName("showAnswer")
        self.show_button.setToolTip(self.tr("Show the meaning (Space)"))
        self.show_button.setAccessibleName(self.tr("Show answer"))
        self.show_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space is the dialog's key
        self.show_button.setAutoDefault(False)
        self.show_button.clicked.connect(self.reveal)
        self.rating_row = QWidget(page)
        row = QHBoxLayout(self.rating_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.rating_buttons: dict[Rating, QPushButton] = {}
        names = {
            Rating.AGAIN: self.tr("Again"),
            Rating.HARD: self.tr("Hard"),
            Rating.GOOD: self.tr("Good"),
            Rating.EASY: self.tr("Easy"),
        }
        for rating, name in names.items():
            button = QPushButton(self.rating_row)
            button.setProperty("rating", True)
            button.setProperty("ratingName", name)
            button.setStyleSheet(f"QPushButton {{ color: {_RATING_COLOURS[rating]}; }}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setAccessibleName(name)
            button.clicked.connect(self._on_rating_clicked)
            self.rating_buttons[rating] = button
            row.addWidget(button)
        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.show_button)
        buttons_row.addWidget(self.rating_row)
        buttons_row.addStretch(1)
        layout.addLayout(buttons_row)
        self.hint_label = QLabel(page)
        self.hint_label.setObjectName("reviewHint")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint_label)
        return page

    def _build_empty_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        mark = QLabel("✓", page)
        mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mark.setStyleSheet("font-size: 40pt; color: #2f7a4b;")
        self.empty_title = QLabel(page)
        self.empty_title.setObjectName("emptyTitle")
        self.empty_text = QLabel(page)
        self.empty_text.setObjectName("emptyText")
        self.empty_text.setWordWrap(True)
        for label in (mark, self.empty_title, self.empty_text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        self.empty_mark = mark
        layout.addStretch(2)
        return page

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the due cards (also done each time the dialog is shown)."""
        if self._busy:
            return
        self._busy = True
        if self.current_card() is None:
            self.pages.setCurrentIndex(1)
            self.cloze_box.hide()
            self.empty_mark.setText("")
            self.empty_title.setText(self.tr("Loading the cards…"))
            self.empty_text.setText("")
        service = self._service
        run_serial(self._runner, lambda: load_queue(service), self._on_loaded, self._on_failed)

    def _on_loaded(self, queue: ReviewQueue) -> None:
        self._busy = False
        self._queue = queue
        self.error_label.hide()
        self._show_card()

    def _on_failed(self, exc: Exception) -> None:
        self._busy = False
        self.error_label.setText(sentence_for(exc))
        self.error_label.show()
        self._set_rating_enabled(self._revealed)

    def current_card(self) -> ReviewCard | None:
        return self._queue.cards[0] if self._queue.cards else None

    def due_count(self) -> int:
        return self._queue.due_count

    def is_revealed(self) -> bool:
        return self._revealed

    # -- showing a card --------------------------------------------------------------------
    def _show_card(self) -> None:
        card = self.current_card()
        count = self._queue.due_count
        self.due_label.setText(self.tr("{0} due").format(count))
        self.due_label.setToolTip(self.tr("Cards due for review now"))
        if card is None:
            self._show_empty()
            return
        self.pages.setCurrentIndex(0)
        self.cloze_box.setEnabled(bool(card.sentence))
        self.cloze_box.show()
        self.source_label.setText(
            self.tr("From “{0}”").format(card.article_title)
            if card.article_title
            else self.tr("No sentence recorded yet: the word on its own")
        )
        self._fill_sentence(card)
        self._fill_answer(card)
        self.answer.setVisible(self._revealed)
        self.show_button.setVisible(not self._revealed)
        self.rating_row.setVisible(self._revealed)
        self._set_rating_enabled(self._revealed and not self._busy)
        intervals = self._queue.intervals.get(card.id, {})
        for rating, button in self.rating_buttons.items():
            after = short_interval(intervals[rating]) if rating in intervals else "—"
            name = button.property("ratingName")
            button.setText(f"{name}\n{after}")
            button.setToolTip(
                self.tr("{0}: see it again in {1} (key {2})").format(name, after, int(rating))
            )
        self.hint_label.setText(
            self.tr("1 Again · 2 Hard · 3 Good · 4 Easy")
            if self._revealed
            else self.tr("Recall the meaning, then press Space")
        )
        if not self._timer.isValid():
            self._timer.start()

    def _fill_sentence(self, card: ReviewCard) -> None:
        mark = "background:#ffe08a; color:#14181c; padding:0 2px;"
        if not card.sentence or card.highlight is None:
            text = f"<span style='font-size:20pt; {mark}'>{html.escape(card.term)}</span>"
        elif self.cloze_box.isChecked() and not self._revealed:
            a, b = card.highlight
            s = card.sentence.strip()
            lead = len(card.sentence) - len(card.sentence.lstrip())
            a, b = a - lead, b - lead
            blank = "&nbsp;" * 3 + "…" + "&nbsp;" * 3
            text = (
                f"{html.escape(s[:a])}<span style='background:#dcebf2; color:#2f6f8f'>"
                f"{blank}</span>{html.escape(s[b:])}"
            )
        else:
            a, b = card.highlight
            s = card.sentence
            text = (
                f"{html.escape(s[:a].lstrip())}<span style='{mark} font-weight:600'>"
                f"{html.escape(s[a:b])}</span>{html.escape(s[b:].rstrip())}"
            )
        self.sentence_label.setText(text)

    def _fill_answer(self, card: ReviewCard) -> None:
        back = card.back
        self.term_label.setText(card.term)
        self.meaning_label.setText(back.meaning or self.tr("No dictionary explains this word yet."))
        built = [self.tr("Root: <b>{0}</b>").format(html.escape(back.root))] if back.root else []
        built += [f"<b>{html.escape(a.affix)}</b> {html.escape(a.meaning)}" for a in back.affixes]
        self.built_label.setText(" · ".join(built))
        self.built_label.setVisible(bool(built))
        self.note_label.setText(back.note or "")
        self.note_label.setVisible(bool(back.note))

    def _show_empty(self) -> None:
        self.pages.setCurrentIndex(1)
        self.cloze_box.setEnabled(False)
        self.cloze_box.hide()
        next_due = self._queue.next_due
        if next_due is None:
            self.empty_mark.setText("☆")
            self.empty_title.setText(self.tr("No words to review yet"))
            self.empty_text.setText(
                self.tr(
                    "Mark a word as Learning (1–4) while you read, and it comes here "
                    "with the sentence you met it in."
                )
            )
        else:
            self.empty_mark.setText("✓")
            self.empty_title.setText(self.tr("All caught up"))
            self.empty_text.setText(
                self.tr("Nothing is due now. The next card is due {0}.").format(
                    when_text(next_due, datetime.now(UTC))
                )
            )

    # -- answering -------------------------------------------------------------------------
    def reveal(self) -> None:
        if self.current_card() is None or self._revealed:
            return
        self._revealed = True
        self._show_card()

    def rate(self, rating: Rating | int) -> None:
        card = self.current_card()
        if card is None or not self._revealed or self._busy:
            return
        rating = Rating(rating)
        duration = int(self._timer.elapsed()) if self._timer.isValid() else None
        self._busy = True
        self._set_rating_enabled(False)
        service = self._service

        def work() -> tuple[int, int, datetime | None]:
            service.rate(card.id, rating, duration_ms=duration)
            return card.id, service.due_count(), service.next_due()

        run_serial(self._runner, work, self._on_rated, self._on_failed)

    def _on_rated(self, result: tuple[int, int, datetime | None]) -> None:
        card_id, due_count, next_due = result
        self._busy = False
        self._queue.cards = [c for c in self._queue.cards if c.id != card_id]
        self._queue.due_count, self._queue.next_due = due_count, next_due
        self._revealed = False
        self._timer.invalidate()
        self.reviewed.emit(due_count)
        if not self._queue.cards and due_count > 0:
            self.refresh()  # the first QUEUE_SIZE are done, or a card came due meanwhile
            return
        self._show_card()

    def _on_rating_clicked(self) -> None:
        for rating, button in self.rating_buttons.items():
            if button is self.sender():
                self.rate(rating)

    def _set_rating_enabled(self, enabled: bool) -> None:
        for button in self.rating_buttons.values():
            button.setEnabled(enabled)

    # -- Qt events -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.reveal()
        elif key in _RATING_KEYS:
            self.rate(_RATING_KEYS[key])
        elif key == Qt.Key.Key_C and self.cloze_box.isEnabled():
            self.cloze_box.toggle()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not event.spontaneous() and not self._revealed:
            self.refresh()
