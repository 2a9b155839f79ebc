"""The reading session: which article is open, its analysis, and the word look-ups.

Panels never talk to each other; they talk to the session through signals, and the main
window wires them. Analysis and dictionary loading run on the task runner.
"""

from __future__ import annotations

import linecache
import logging
import sqlite3
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from simak.core.errors import SimakError
from simak.gui import session_jobs as jobs

if TYPE_CHECKING:
    from simak.core.engine import Engine
    from simak.core.entities.service import EntityService
    from simak.core.importers import ImportedText
    from simak.core.library import AddResult, Library
    from simak.core.model import Analysis, Entity, GlossaryEntry, Token
    from simak.core.parts import Part
    from simak.core.study import StudyService
    from simak.core.text import WordFamilies
    from simak.gui.reader.document import LaidOutArticle
    from simak.gui.sidebars.word_card import WordCardData
    from simak.gui.tasks import TaskRunner
    from simak.gui.theme import ReadingStyle
    from simak.storage.repos import ArticleRow

# The window shows before the language engine, the study services and the storage layers
# beyond the connection are imported: they load on first use, after the first paint.

log = logging.getLogger(__name__)


@dataclass
class OpenedArticle:
    article: ArticleRow
    analysis: Analysis
    laid_out: LaidOutArticle
    headwords: list[str | None]  # per token; None for punctuation and numbers
    colourable: list[int]  # token indexes that carry a status (words outside names)
    statuses: dict[str, int]
    known_share: float
    raw_entities: list[Entity]  # as recognised, before the learner's corrections
    raw_glossary: list[GlossaryEntry]  # as computed, before the learner's pins and removals
    parts: list[Part]  # a long text is read in parts (core/parts.py); an article is one
    part: Part  # the part shown: `analysis` covers it, in the article's offsets

    @property
    def in_parts(self) -> bool:
        return len(self.parts) > 1

    @property
    def colourable_set(self) -> frozenset[int]:
        if getattr(self, "_colourable_key", None) is not self.colourable:
            self._colourable_key = self.colourable
            self._colourable_cache = frozenset(self.colourable)
        return self._colourable_cache

    def tokens_of(self, terms: set[str]) -> list[int]:
        return [i for i in self.colourable if self.headwords[i] in terms]


# Work nobody waits for starts this long after an article opens, once no job runs (the
# runner's submit_when_idle): the contexts of a book are seconds of work, which would
# otherwise compete with the next article's analysis (and the window) for the interpreter.
CONTEXTS_AFTER_MS = 1500
PREFETCH_AFTER_MS = 1000  # the next part of a long text is analysed once the reader settles


class ReadingSession(QObject):
    articleOpened = Signal(object)  # OpenedArticle
    articleClosed = Signal()  # the open article was removed and none is left to show
    libraryChanged = Signal()
    dictionaryReady = Signal()
    statusesChanged = Signal(object)  # set of terms whose status changed
    knownShareChanged = Signal(float)
    knownSharesReady = Signal(object)  # {article_id: share} for the library list
    entitiesChanged = Signal(object)  # list[Entity] after a correction
    glossaryChanged = Signal(object)  # list[GlossaryEntry] after a pin, removal or addition
    busy = Signal(str)  # a short message while something runs; "" when idle
    failed = Signal(str)  # one sentence for the learner

    def __init__(
        self, conn: sqlite3.Connection, runner: TaskRunner, style: ReadingStyle, parent=None
    ) -> None:
        super().__init__(parent)
        self.conn = conn
        self.runner = runner
        self.style = style
        self.lexicon = None
        self.current: OpenedArticle | None = None
        # article id -> {running headword: count}, for the known shares (also kept in the
        # library file: storage/article_words_repo.py)
        self._running_words: dict[int, dict[str, int]] = {}
        self.show_status_colours = True
        self.db_path = Path(conn.execute("PRAGMA database_list").fetchone()["file"])
        # (article id, part) -> digest of the contexts saved for it
        self._recorded_contexts: dict[tuple[int, int], bytes] = {}
        self._removed: set[int] = set()  # articles taken out of the library this session

    @cached_property
    def engine(self) -> Engine:
        from simak.core.engine import Engine

        return Engine()

    @cached_property
    def study(self) -> StudyService:
        from simak.core.study import StudyService

        return StudyService(self.conn)

    @cached_property
    def entity_service(self) -> EntityService:
        from simak.core.entities.service import EntityService

        return EntityService(self.conn)

    @cached_property
    def library(self) -> Library:
        from simak.core.library import Library

        return Library(self.conn)

    @cached_property
    def families(self) -> WordFamilies:
        from simak.core.text import WordFamilies

        return WordFamilies()

    # -- start-up --------------------------------------------------------------------------
    def load_dictionaries(self) -> None:
        db_path = self.db_path
        self.runner.submit(
            "lexicon", lambda: jobs.load_lexicon(db_path), self._on_lexicon, self._on_lexicon_failed
        )

    def load_families(self) -> None:
        db_path = self.db_path
        self.runner.submit("families", lambda: jobs.families_of_library(db_path), self._on_families)

    def _on_families(self, families: WordFamilies) -> None:
        self.families = families

    def _on_lexicon(self, lexicon) -> None:
        from simak.core.engine import gloss_provider

        self.lexicon = lexicon
        self.engine.set_gloss_provider(gloss_provider(lexicon))
        self.dictionaryReady.emit()
        if self.current is not None and not any(e.gloss for e in self.current.analysis.glossary):
            self.reopen()  # glossary meanings now available

    def _on_lexicon_failed(self, exc: Exception) -> None:
        self.failed.emit(self.tr("The dictionaries could not be loaded: {0}").format(exc))

    # -- library ---------------------------------------------------------------------------
    def first_article(self) -> int | None:
        """The article to open at start-up (adds the sample on first run), on this thread."""
        return self.library.first_article()

    def open_first_article(self) -> None:
        """Start-up, on the worker: the first run's sample import tokenizes (and loads nltk)."""
        db_path = self.db_path

        def work() -> int | None:
            from simak.core.library import Library

            return Library(jobs.worker_conn(db_path)).first_article()

        self.runner.submit("first-article", work, self._on_first_article, self._fail)

    def _on_first_article(self, article_id: int | None) -> None:
        self.libraryChanged.emit()
        self.load_families()
        if article_id is not None:
            self.open_article(article_id)

    def prepare_text(self, text: str, title: str | None = None) -> ImportedText | None:
        """Pasted or dropped text as an article, or None (and a sentence) when there is none."""
        from simak.core.engine import title_of
        from simak.core.importers import ImportedText
        from simak.core.importers.plain_text import normalise

        text = normalise(text)
        if not any(ch.isalpha() for ch in text):
            self.failed.emit(self.tr("There is no text to add: the clipboard is empty."))
            return None
        return ImportedText(title or title_of(text), text, "paste")

    def close(self) -> None:
        """Let go of the library file (before a restore)."""
        self.conn.close()

    def add_imported(self, imported: ImportedText) -> None:
        """Store an imported text and open it. On the write queue: for a book, counting its
        words, indexing it for search and working out its word families froze the window
        for 1.7 s."""
        self.busy.emit(self.tr("Adding “{0}”…").format(imported.title))
        db_path = self.db_path

        def add() -> AddResult:
            from simak.core.library import Library

            return Library(jobs.worker_conn(db_path)).add(imported)

        def added(result: AddResult) -> None:
            self.busy.emit("")
            self.libraryChanged.emit()
            self.open_article(result.article_id)
            if not result.duplicate:  # its words join their families after it opens
                self.runner.submit_when_idle(
                    "families-add",
                    lambda: jobs.families_of_text(imported.text),
                    lambda families: self.families.merge(families),
                    self._log_failure,
                )

        self.runner.submit_serial(add, added, self._fail)

    def notes_count(self, article_id: int) -> int:
        from simak.storage.repos import NoteRepo

        return len(NoteRepo(self.conn).for_article(article_id))

    def remove_article(self, article_id: int) -> None:
        """Take an article out of the library (on the write queue: a book's search entries
        and counts go with it); the open one gives way to the one read last."""
        db_path = self.db_path
        was_open = self.current is not None and self.current.article.id == article_id
        # From now on no open of it is shown (one may be under way: meanings arriving, a
        # new type size), and its waiting background writes are not started.
        self._removed.add(article_id)
        if was_open:
            self.runner.cancel_waiting("record-contexts")
            self.runner.cancel_waiting("prefetch-part")

        def remove() -> int | None:
            from simak.core.library import Library

            return Library(jobs.worker_conn(db_path)).remove(article_id)

        def removed(next_id: int | None) -> None:
            self.libraryChanged.emit()
            if not was_open:
                return
            self.current = None
            if next_id is not None:
                self.open_article(next_id)
            else:
                self.articleClosed.emit()

        def failed(exc: Exception) -> None:
            self._removed.discard(article_id)
            self._fail(exc)

        self.runner.submit_serial(remove, removed, failed)

    # -- reading ---------------------------------------------------------------------------
    def open_article(
        self,
        article_id: int,
        part: int | None = None,
        *,
        at_offset: int | None = None,
        find: str | None = None,
    ) -> None:
        """Open an article on the worker: at `part` of a long text, at the part holding
        `at_offset` or the first occurrence of the words `find`, or where the learner left
        it (session_jobs.open_article)."""
        self.busy.emit(self.tr("Opening…"))
        args = (self.db_path, self.engine, self.style, self.show_status_colours, article_id)
        main_thread = QCoreApplication.instance().thread()
        self.runner.submit(
            "analysis",
            lambda: jobs.open_article(*args, part, at_offset, find, main_thread),
            self._on_opened,
            self._fail,
        )

    def open_part(self, index: int) -> None:
        """Another part of the long text that is open (ignored past either end)."""
        opened = self.current
        if opened is not None and 0 <= index < len(opened.parts) and index != opened.part.index:
            self.open_article(opened.article.id, index)

    def reopen(self) -> None:
        """The open article again, at the same part (new style, meanings now known...)."""
        if self.current is not None:
            self.open_article(self.current.article.id, self.current.part.index)

    def _on_opened(self, opened: OpenedArticle) -> None:
        # PySide's import hook reads the whole source of every module imported after it
        # (looking for "PySide6") into linecache: 600 files, ~20 MB once the language engine
        # has loaded. Tracebacks read what they need again.
        linecache.clearcache()
        self.busy.emit("")
        if opened.article.id in self._removed:  # removed while it was being opened
            return
        self.current = opened
        self.articleOpened.emit(opened)
        self.knownShareChanged.emit(opened.known_share)
        db_path, article_id, part = self.db_path, opened.article.id, opened.part.index
        self.runner.submit(
            "mark-opened",
            lambda: jobs.mark_opened(db_path, article_id, part),
            _ignore,
            self._log_failure,
        )
        self._save_contexts_later(opened)
        if opened.in_parts and part + 1 < len(opened.parts):
            following = opened.parts[part + 1]
            text, title, engine = opened.analysis.text, opened.article.title, self.engine

            def analyse_next() -> None:  # the engine's cache keeps the result
                from simak.core.memory import give_back_free_memory

                engine.analyse(text[following.start : following.end], title)
                give_back_free_memory()

            self.runner.submit_when_idle(
                "prefetch-part", analyse_next, _ignore, self._log_failure, PREFETCH_AFTER_MS
            )
        else:
            self.runner.cancel_waiting("prefetch-part")

    def _save_contexts_later(self, opened: OpenedArticle) -> None:
        """Save the article's sentences, mentions and glossary terms for the concordance,
        "also in" and search once the reader has settled on it, unless this session saved
        the same ones already."""
        article_id, analysis = opened.article.id, opened.analysis
        within = (opened.part.start, opened.part.end) if opened.in_parts else None
        key = (article_id, opened.part.index)
        db_path, previous = self.db_path, self._recorded_contexts.get(key)

        def save() -> bytes:  # the digest too: ~10 ms for a book, not for the window's thread
            digest = jobs.contexts_digest(analysis)
            if digest != previous:
                jobs.record_contexts(db_path, article_id, analysis, within)
            return digest

        def saved(digest: bytes) -> None:
            self._recorded_contexts[key] = digest

        # Not on the serial queue: a book's contexts take a while to write, and the notes
        # panel waits for that queue (flush) whenever an article opens.
        self.runner.submit_when_idle(
            "record-contexts", save, saved, self._log_failure, CONTEXTS_AFTER_MS
        )

    def record_pending_contexts(self) -> None:
        """Save the open article's contexts now, if they are still waiting (closing)."""
        self.runner.run_waiting_now("record-contexts")

    def _log_failure(self, exc: Exception) -> None:
        log.warning("background write failed: %s", exc)

    # -- entities --------------------------------------------------------------------------
    def correct_entity(self, correction) -> None:
        from simak.gui.reader.status_colours import colourable

        try:
            self.entity_service.correct(correction)
        except SimakError as exc:
            self._fail(exc)
            return
        if self.current is None:
            return
        opened = self.current
        opened.analysis.entities = self.entity_service.apply(opened.raw_entities)
        spans = [s for e in opened.analysis.entities for s in e.spans]
        opened.colourable = colourable(opened.analysis.tokens, spans)
        opened.statuses.update(
            self.study.statuses_for({opened.headwords[i] for i in opened.colourable})
        )
        self.recolour()
        self.entity_service.record_mentions(
            opened.article.id, opened.analysis.entities, part_only=opened.in_parts
        )
        self._running_words.clear()  # names changed: the running words of every article may too
        self.entitiesChanged.emit(opened.analysis.entities)

    # -- statuses --------------------------------------------------------------------------
    def set_status(self, term: str, status: int) -> None:
        from simak.core.study import Status

        try:
            changes = self.study.set_status(term, Status(status), self._current_id())
        except SimakError as exc:
            self._fail(exc)
            return
        self._apply_status_changes(set(changes.terms) or {term})

    def mark_rest_known(self) -> None:
        if self.current is None:
            return
        opened = self.current
        unmarked = {
            opened.headwords[i]
            for i in opened.colourable
            if opened.statuses.get(opened.headwords[i] or "", 0) == 0
        }
        try:
            changes = self.study.mark_rest_known(unmarked, opened.article.id)
        except SimakError as exc:
            self._fail(exc)
            return
        self._apply_status_changes(set(changes.terms))

    def edit_glossary(self, term: str, action: str | None) -> None:
        """Pin, remove or add a term in the open article's glossary (None undoes the edit)."""
        from simak.core.glossary_edits import apply_edits

        opened = self.current
        if opened is None:
            return
        term = " ".join(term.lower().split())
        try:
            self.study.set_glossary_override(opened.article.id, term, action)
        except (SimakError, ValueError) as exc:
            self._fail(exc)
            return
        analysis = opened.analysis
        analysis.glossary = apply_edits(
            opened.raw_glossary,
            self.study.glossary_overrides(opened.article.id),
            analysis.text,
            analysis.sentences,
            self.engine.gloss_for,
        )
        self.glossaryChanged.emit(analysis.glossary)

    def is_unknown(self, token_index: int) -> bool:
        """A word the learner has not marked yet (names, numbers and marked words are not)."""
        opened = self.current
        if opened is None or opened.headwords[token_index] is None:
            return False
        if token_index not in opened.colourable_set:
            return False
        return opened.statuses.get(opened.headwords[token_index], 0) == 0

    def reload_statuses(self, terms: set[str]) -> None:
        """Statuses changed elsewhere (vocabulary window, import): show them here too."""
        if self.current is not None and not terms:
            opened = self.current
            terms = {opened.headwords[i] for i in opened.colourable} - {None}
        self._apply_status_changes(terms)

    def _apply_status_changes(self, terms: set[str]) -> None:
        if self.current is not None and terms:
            opened = self.current
            opened.statuses.update(self.study.statuses_for(terms))
            opened.known_share = jobs.known_share(
                opened.headwords, opened.colourable, opened.statuses
            )
            self.knownShareChanged.emit(opened.known_share)
        self.statusesChanged.emit(terms)

    def recolour(self, terms: set[str] | None = None) -> None:
        """Recolour the open article's words (all, or those of `terms`) on this thread."""
        from simak.gui.reader.status_colours import colour_words

        if self.current is None:
            return
        opened = self.current
        indexes = opened.colourable if terms is None else opened.tokens_of(terms)
        colour_words(
            opened.laid_out.document,
            opened.laid_out.offsets,
            opened.analysis.tokens,
            indexes,
            opened.headwords,
            opened.statuses,
            self.show_status_colours,
            self.style.theme,
        )

    def set_style(self, style: ReadingStyle) -> None:
        """New typography or theme: lay the open article out again (on the worker)."""
        self.style = style
        self.reopen()

    def set_status_colours(self, on: bool) -> None:
        self.show_status_colours = on
        self.recolour()

    def compute_known_shares(self) -> None:
        """Known share of every article, for the library list, before any is opened.

        Each article's running headwords are found once (on the worker) and kept; after a
        status change only the statuses are read again."""
        db_path, engine, known_words = self.db_path, self.engine, dict(self._running_words)
        self.runner.submit_when_idle(
            "known-shares",
            lambda: jobs.known_shares(db_path, engine, known_words),
            self._on_known_shares,
            self._log_failure,
        )

    def _on_known_shares(self, result: tuple[dict[int, dict[str, int]], dict[int, float]]) -> None:
        self._running_words, shares = result
        self.knownSharesReady.emit(shares)

    def save_term_note(self, term: str, text: str) -> None:
        from simak.storage.term_note_repo import TermNoteRepo

        try:
            TermNoteRepo(self.conn).set(term, text)
        except SimakError as exc:
            self._fail(exc)

    def save_definition(self, term: str, text: str) -> None:
        from simak.storage.lexicon_repo import UserDefinitionRepo

        repo = UserDefinitionRepo(self.conn)
        try:
            if text:
                repo.set(term, text)
            else:
                repo.delete(term)
        except SimakError as exc:
            self._fail(exc)

    def _current_id(self) -> int | None:
        return self.current.article.id if self.current else None

    def _fail(self, exc: Exception) -> None:
        self.busy.emit("")
        message = exc.message if isinstance(exc, SimakError) else str(exc)
        self.failed.emit(message[:1].upper() + message[1:].rstrip(".") + ".")

    # -- words -----------------------------------------------------------------------------
    def word_card(self, token_index: int) -> WordCardData:
        from simak.core.text import analyse_word, loanword_hint
        from simak.gui.sidebars.word_card import WordCardData
        from simak.storage.term_note_repo import TermNoteRepo

        assert self.current is not None
        tokens: list[Token] = self.current.analysis.tokens
        token = tokens[token_index]
        analysis = analyse_word(token.text)
        sentence = self.sentence_of(token.start)
        status = int(self.study.status_of(analysis.headword))
        family = [w for w in self.families.family(analysis.root) if w != analysis.headword]
        if self.lexicon is None:
            return WordCardData(token.text, analysis, None, None, family, sentence, status)
        definition = self.lexicon.define(token.text)
        phrase = self._phrase_around(token_index)
        mine = (
            self.lexicon.user_definitions(definition.term)
            if self.lexicon.user_definitions
            else None
        )
        term_note = TermNoteRepo(self.conn).get(definition.term or analysis.headword)
        hint = None
        if not definition.found:
            guess = loanword_hint(token.text)
            if guess is not None:
                hint = self.tr("Looks like English “{0}”.").format(guess.english)
        return WordCardData(
            token.text,
            analysis,
            definition,
            phrase,
            family,
            sentence,
            status,
            mine or "",
            hint,
            term_note.body if term_note else "",
        )

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


def _ignore(_result: object) -> None:
    pass
