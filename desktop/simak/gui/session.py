"""The reading session: which article is open, its analysis, and the word look-ups.

Panels never talk to each other; they talk to the session through signals, and the main
window wires them. Analysis and dictionary loading run on the task runner.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from simak.core.engine import Engine, gloss_provider
from simak.core.errors import SimakError
from simak.core.importers import ImportedText, read_source
from simak.core.library import AddResult, Library
from simak.core.model import Analysis, Token
from simak.core.text.morphology import analyse_word
from simak.gui.reader.document import LaidOutArticle, lay_out
from simak.gui.sidebars.word_card import WordCardData
from simak.gui.tasks import TaskRunner
from simak.gui.theme import ReadingStyle
from simak.storage.repos import ArticleRow

log = logging.getLogger(__name__)


@dataclass
class OpenedArticle:
    article: ArticleRow
    analysis: Analysis
    laid_out: LaidOutArticle


class ReadingSession(QObject):
    articleOpened = Signal(object)  # OpenedArticle
    libraryChanged = Signal()
    dictionaryReady = Signal()
    busy = Signal(str)  # a short message while something runs; "" when idle
    failed = Signal(str)  # one sentence for the learner

    def __init__(
        self, conn: sqlite3.Connection, runner: TaskRunner, style: ReadingStyle, parent=None
    ) -> None:
        super().__init__(parent)
        self.conn = conn
        self.library = Library(conn)
        self.runner = runner
        self.style = style
        self.engine = Engine()
        self.lexicon = None
        self.current: OpenedArticle | None = None

    # -- start-up --------------------------------------------------------------------------
    def load_dictionaries(self) -> None:
        self.runner.submit("lexicon", _load_lexicon, self._on_lexicon, self._on_lexicon_failed)

    def _on_lexicon(self, lexicon) -> None:
        self.lexicon = lexicon
        self.engine.set_gloss_provider(gloss_provider(lexicon))
        self.dictionaryReady.emit()
        if self.current is not None and not any(e.gloss for e in self.current.analysis.glossary):
            self.open_article(self.current.article.id)  # glossary meanings now available

    def _on_lexicon_failed(self, exc: Exception) -> None:
        self.failed.emit(self.tr("The dictionaries could not be loaded: {0}").format(exc))

    # -- library ---------------------------------------------------------------------------
    def first_article(self) -> int | None:
        sample = self.library.ensure_sample()
        if sample is not None:
            self.libraryChanged.emit()
            return sample
        return self.library.articles.last_opened() or next(
            (a.id for a in self.library.articles.list()), None
        )

    def import_source(self, source: str) -> None:
        self.busy.emit(self.tr("Importing {0}…").format(Path(source).name))
        self.runner.submit("import", lambda: read_source(source), self._add_imported, self._fail)

    def import_text(self, text: str, title: str | None = None) -> None:
        from simak.core.engine import title_of
        from simak.core.importers.plain_text import normalise

        text = normalise(text)
        if not any(ch.isalpha() for ch in text):
            self.failed.emit(self.tr("There is no text to add: the clipboard is empty."))
            return
        self._add_imported(ImportedText(title or title_of(text), text, "paste"))

    def _add_imported(self, imported: ImportedText) -> None:
        self.busy.emit("")
        try:
            result: AddResult = self.library.add(imported)
        except SimakError as exc:
            self._fail(exc)
            return
        self.libraryChanged.emit()
        self.open_article(result.article_id)

    # -- reading ---------------------------------------------------------------------------
    def open_article(self, article_id: int) -> None:
        try:
            article = self.library.articles.get(article_id)
        except SimakError as exc:
            self._fail(exc)
            return
        self.busy.emit(self.tr("Opening “{0}”…").format(article.title))
        engine, style = self.engine, self.style
        main_thread = QCoreApplication.instance().thread()

        def work() -> OpenedArticle:
            analysis = engine.analyse(article.body, article.title)
            laid_out = lay_out(article.body, article.title, style)
            laid_out.document.moveToThread(main_thread)
            return OpenedArticle(article, analysis, laid_out)

        self.runner.submit("analysis", work, self._on_opened, self._fail)

    def _on_opened(self, opened: OpenedArticle) -> None:
        self.busy.emit("")
        self.current = opened
        try:
            self.library.articles.mark_opened(opened.article.id)
        except SimakError as exc:
            log.warning("could not record opening: %s", exc)
        self.articleOpened.emit(opened)

    def _fail(self, exc: Exception) -> None:
        self.busy.emit("")
        message = exc.message if isinstance(exc, SimakError) else str(exc)
        self.failed.emit(message[:1].upper() + message[1:].rstrip(".") + ".")

    # -- words -----------------------------------------------------------------------------
    def word_card(self, token_index: int) -> WordCardData:
        assert self.current is not None
        tokens: list[Token] = self.current.analysis.tokens
        token = tokens[token_index]
        analysis = analyse_word(token.text)
        sentence = self.sentence_of(token.start)
        if self.lexicon is None:
            return WordCardData(token.text, analysis, None, sentence=sentence)
        definition = self.lexicon.define(token.text)
        phrase = self._phrase_around(token_index)
        return WordCardData(token.text, analysis, definition, phrase, [], sentence)

    def _phrase_around(self, index: int):
        tokens = self.current.analysis.tokens
        lo, hi = max(0, index - 3), min(len(tokens), index + 4)
        window = [t for t in tokens[lo:hi] if t.is_word]
        words = [t.text.lower() for t in window]
        for start, end, term in self.lexicon.match_phrases(words):
            if any(t is tokens[index] for t in window[start:end]):
                definition = self.lexicon.define(term)
                if definition.found:
                    return definition
        return None

    def sentence_of(self, offset: int) -> str:
        assert self.current is not None
        for span in self.current.analysis.sentences:
            if span.start <= offset < span.end:
                return self.current.analysis.text[span.start : span.end]
        return ""


def _load_lexicon():
    from simak.core.lexicon import Lexicon

    return Lexicon.load()
