"""The reading session: which article is open, its analysis, and the word look-ups.

Panels never talk to each other; they talk to the session through signals, and the main
window wires them. Analysis and dictionary loading run on the task runner.
"""

from __future__ import annotations

import gc
import hashlib
import linecache
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from simak.core.errors import SimakError

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


CONTEXTS_AFTER_MS = 1500
PREFETCH_AFTER_MS = 1000  # the next part of a long text is analysed once the reader settles
IDLE_CHECK_MS = 200
LONG_TEXT_CHARS = 60_000  # about the 6,000 words past which a text is read in parts


class ReadingSession(QObject):
    articleOpened = Signal(object)  # OpenedArticle
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
        # An article's sentences are remembered for the concordance and review cards once the
        # reader has settled on it: for a book that is seconds of work, which would otherwise
        # compete with the next article's analysis (and the window) for the interpreter.
        self._pending_contexts: OpenedArticle | None = None
        # (article id, part) -> digest of what was saved
        self._recorded_contexts: dict[tuple[int, int], bytes] = {}
        self._contexts_timer = QTimer(self)
        self._contexts_timer.setSingleShot(True)
        self._contexts_timer.setInterval(CONTEXTS_AFTER_MS)
        self._contexts_timer.timeout.connect(self.record_pending_contexts)
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(PREFETCH_AFTER_MS)
        self._prefetch_timer.timeout.connect(self._prefetch_next_part)
        # Work nobody waits for (a new book's word families, the library's known shares)
        # runs when no other job does: a third busy thread starves the window's.
        self._idle_jobs: dict[str, tuple[Callable[[], Any], Callable[[Any], None]]] = {}
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(IDLE_CHECK_MS)
        self._idle_timer.timeout.connect(self._run_idle_job)

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
            "lexicon", lambda: _load_lexicon(db_path), self._on_lexicon, self._on_lexicon_failed
        )

    def load_families(self) -> None:
        db_path = self.db_path
        self.runner.submit("families", lambda: _families_of(db_path), self._on_families)

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

            return Library(_worker_conn(db_path)).first_article()

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

            return Library(_worker_conn(db_path)).add(imported)

        def added(result: AddResult) -> None:
            self.busy.emit("")
            self.libraryChanged.emit()
            self.open_article(result.article_id)
            if not result.duplicate:  # its words join their families after it opens
                self._when_idle(
                    "families-add", lambda: _families_of_text(imported.text), self._add_families
                )

        self.runner.submit_serial(add, added, self._fail)

    # -- reading ---------------------------------------------------------------------------
    def open_article(
        self, article_id: int, part: int | None = None, *, at_offset: int | None = None
    ) -> None:
        """Open an article on the worker: at `part` of a long text, at the part holding
        `at_offset`, or where the learner left it."""
        try:
            article = self.library.articles.get(article_id)
        except SimakError as exc:
            self._fail(exc)
            return
        self.busy.emit(self.tr("Opening “{0}”…").format(article.title))
        engine, style, db_path = self.engine, self.style, self.db_path
        colours = self.show_status_colours
        main_thread = QCoreApplication.instance().thread()

        def build() -> OpenedArticle:  # a job: cyclic collection is paused meanwhile
            from simak.core.glossary_edits import apply_edits
            from simak.core.memory import give_back_free_memory
            from simak.core.parts import part_of, rebase, split_parts
            from simak.core.text import headword_of
            from simak.gui.reader.document import lay_out
            from simak.gui.reader.status_colours import colourable, status_marks

            study, fixes = _worker_services(db_path)
            parts = split_parts(article.body)
            if at_offset is not None:
                shown = part_of(parts, at_offset)
            else:
                wanted = article.reading_part if part is None else part
                shown = parts[min(max(wanted, 0), len(parts) - 1)]
            if len(parts) == 1:
                analysis = engine.analyse(article.body, article.title)
            else:  # only the part read now is analysed, in the article's offsets
                piece = engine.analyse(article.body[shown.start : shown.end], article.title)
                analysis = rebase(piece, article.body, shown.start)
            raw = analysis.entities
            analysis.entities = fixes.apply(raw)
            raw_glossary = analysis.glossary
            analysis.glossary = apply_edits(
                raw_glossary,
                study.glossary_overrides(article.id),
                analysis.text,
                analysis.sentences,
                engine.gloss_for,
            )
            tokens = analysis.tokens
            headwords = [headword_of(t.text) if t.is_word else None for t in tokens]
            indexes = colourable(tokens, [s for e in analysis.entities for s in e.spans])
            statuses = study.statuses_for({headwords[i] for i in indexes})
            marks = status_marks(tokens, indexes, headwords, statuses, colours, style.theme)
            section = (shown.start, shown.end) if len(parts) > 1 else None
            laid_out = lay_out(article.body, article.title, style, marks, section)
            laid_out.index_tokens(tokens)
            laid_out.document.moveToThread(main_thread)
            share = _share(headwords, indexes, statuses)
            # The article stays open for long: keep the cyclic collector from walking its
            # hundred thousand objects (and stalling the window) on every full collection.
            gc.freeze()
            give_back_free_memory()
            return OpenedArticle(
                article,
                analysis,
                laid_out,
                headwords,
                indexes,
                statuses,
                share,
                raw,
                raw_glossary,
                parts,
                shown,
            )

        self.runner.submit("analysis", build, self._on_opened, self._fail)

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
        self.current = opened
        self.articleOpened.emit(opened)
        self.knownShareChanged.emit(opened.known_share)
        db_path, article_id, part = self.db_path, opened.article.id, opened.part.index
        self.runner.submit(
            "mark-opened",
            lambda: _mark_opened(db_path, article_id, part),
            _ignore,
            self._log_failure,
        )
        self._pending_contexts = opened
        self._contexts_timer.start()
        if opened.in_parts and opened.part.index + 1 < len(opened.parts):
            self._prefetch_timer.start()
        else:
            self._prefetch_timer.stop()

    def _prefetch_next_part(self) -> None:
        """Analyse the next part of the long text being read, so turning to it is quick (the
        engine keeps the analysis). Waits while other work runs, like the contexts."""
        from simak.gui.tasks import background_work_running

        opened = self.current
        if opened is None or opened.part.index + 1 >= len(opened.parts):
            return
        if background_work_running():
            self._prefetch_timer.start()
            return
        following = opened.parts[opened.part.index + 1]
        text, title, engine = opened.analysis.text, opened.article.title, self.engine

        def analyse_next() -> None:  # the engine's cache keeps the result
            from simak.core.memory import give_back_free_memory

            engine.analyse(text[following.start : following.end], title)
            give_back_free_memory()

        self.runner.submit("prefetch-part", analyse_next, _ignore, self._log_failure)

    def _add_families(self, families: WordFamilies) -> None:
        self.families.merge(families)

    def _when_idle(
        self, channel: str, work: Callable[[], Any], done: Callable[[Any], None]
    ) -> None:
        """Run `work` on the worker once no job runs (a newer one on `channel` replaces it)."""
        self._idle_jobs.pop(channel, None)
        self._idle_jobs[channel] = (work, done)
        if not self._idle_timer.isActive():
            self._idle_timer.start()

    def is_idle(self) -> bool:
        """No job runs and none waits for its turn."""
        from simak.gui.tasks import background_work_running

        return not self._idle_jobs and not background_work_running()

    def _run_idle_job(self) -> None:
        from simak.gui.tasks import background_work_running

        if not self._idle_jobs:
            return
        if background_work_running():
            self._idle_timer.start()
            return
        channel = next(iter(self._idle_jobs))
        work, done = self._idle_jobs.pop(channel)
        self.runner.submit(channel, work, done, self._log_failure)
        if self._idle_jobs:
            self._idle_timer.start()

    def record_pending_contexts(self, *, now: bool = False) -> None:
        """Save the open article's sentences, mentions and glossary terms for the concordance,
        "also in" and search, unless this session saved the same ones already. Unless `now`,
        it waits while other work runs (a book's analysis, say): a third busy thread starves
        the window's."""
        from simak.gui.tasks import background_work_running

        if not now and background_work_running():
            self._contexts_timer.start()
            return
        self._contexts_timer.stop()
        opened, self._pending_contexts = self._pending_contexts, None
        if opened is None:
            return
        article_id, analysis = opened.article.id, opened.analysis
        within = (opened.part.start, opened.part.end) if opened.in_parts else None
        key = (article_id, opened.part.index)
        db_path, previous = self.db_path, self._recorded_contexts.get(key)

        def save() -> bytes:  # the digest too: ~10 ms for a book, not for the window's thread
            digest = _contexts_digest(analysis)
            if digest != previous:
                _record_contexts(db_path, article_id, analysis, within)
            return digest

        def saved(digest: bytes) -> None:
            self._recorded_contexts[key] = digest

        # Not on the serial queue: a book's contexts take a while to write, and the notes
        # panel waits for that queue (flush) whenever an article opens.
        self.runner.submit(f"record-contexts-{article_id}", save, saved, self._log_failure)

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
            opened.known_share = _share(opened.headwords, opened.colourable, opened.statuses)
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
        known_words = dict(self._running_words)
        engine, db_path = self.engine, self.db_path

        def work() -> tuple[dict[int, dict[str, int]], dict[int, float]]:
            from collections import Counter

            from simak.core.memory import give_back_free_memory
            from simak.core.study import known_share_of_counts, running_headwords
            from simak.storage.article_words_repo import ArticleWordsRepo
            from simak.storage.repos import ArticleRepo

            study, _ = _worker_services(db_path)
            conn = _worker_conn(db_path)
            saved, version = ArticleWordsRepo(conn), _running_words_version()
            known_words.update(saved.all(version, exclude=set(known_words)))
            for article_id, body in ArticleRepo(conn).bodies(exclude=set(known_words)).items():
                analysis = engine.analyse_light(body, keep=len(body) < LONG_TEXT_CHARS)
                spans = [s for e in analysis.entities for s in e.spans]
                counts = dict(Counter(running_headwords(analysis.tokens, spans)))
                known_words[article_id] = counts
                try:
                    saved.put(article_id, version, counts)
                except SimakError as exc:  # worked out again next time
                    log.warning("could not keep the running words of %s: %s", article_id, exc)
            statuses = study.statuses_for({h for counts in known_words.values() for h in counts})
            shares = {
                aid: known_share_of_counts(counts, statuses) for aid, counts in known_words.items()
            }
            give_back_free_memory()  # a book read whole for its share: tens of megabytes freed
            return known_words, shares

        self._when_idle("known-shares", work, self._on_known_shares)

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


_worker_local = threading.local()


def _worker_conn(db_path: Path):
    """The calling worker thread's own connection to the library.

    The GUI thread's connection writes (statuses, notes) at any moment; sharing it with a
    worker's reads could start one thread's statement inside the other's transaction."""
    from simak.storage.db import connect

    cached = getattr(_worker_local, "conn", None)
    if cached is None or cached[0] != db_path:
        cached = (db_path, connect(db_path, migrate=False))
        _worker_local.conn = cached
    return cached[1]


def _worker_services(db_path: Path):
    """Study and entity services on the calling worker thread's own connection."""
    from simak.core.entities.service import EntityService
    from simak.core.study import StudyService

    conn = _worker_conn(db_path)
    return StudyService(conn), EntityService(conn)


def _load_lexicon(db_path: Path):
    from simak.core.lexicon.configured import load_for_library

    return load_for_library(db_path)


def _families_of(db_path: Path) -> WordFamilies:
    from simak.core.text import WordFamilies
    from simak.storage.repos import ArticleRepo

    families = WordFamilies()
    for body in ArticleRepo(_worker_conn(db_path)).bodies().values():
        families.add_words(t.text for t in tokenize_words(body))
    return families


def _running_words_version() -> str:
    """What an article's running words depend on: the word analysis (this Simak) and the
    entity model (names are left out), bundled or trained by the learner."""
    import simak
    from simak.core.entities.recognizer import default_model_path

    model = default_model_path()
    try:
        stat = model.stat()
    except OSError:
        return f"{simak.__version__}/no-model"
    return f"{simak.__version__}/{model.name}/{stat.st_size}/{stat.st_mtime_ns}"


def _families_of_text(text: str) -> WordFamilies:
    from simak.core.text import WordFamilies

    families = WordFamilies()
    families.add_words({t.text for t in tokenize_words(text)})
    return families


def tokenize_words(text: str) -> list[Token]:
    from simak.core.text import tokenize

    return [t for t in tokenize(text) if t.is_word]


def _share(headwords: list[str | None], indexes: list[int], statuses: dict[str, int]) -> float:
    from simak.core.study import known_fraction

    return known_fraction([headwords[i] or "" for i in indexes], statuses)


def _mark_opened(db_path: Path, article_id: int, part: int) -> None:
    from simak.storage.repos import ArticleRepo

    # On a worker, not the window's thread: an article's contexts may be being written, and
    # waiting for that lock froze the window for most of a second. The worker's own
    # connection: opening one (and checking migrations) each time cost more than the write.
    ArticleRepo(_worker_conn(db_path)).mark_opened(article_id, part)


def _contexts_digest(analysis: Analysis) -> bytes:
    """What the saved contexts depend on: the text, and which words are names."""
    digest = hashlib.blake2b(analysis.text.encode("utf-8", "surrogatepass"), digest_size=16)
    spans = sorted((s.start, s.end) for e in analysis.entities for s in e.spans)
    digest.update(repr((spans, [(g.term, g.spans[:1]) for g in analysis.glossary])).encode())
    return digest.digest()


def _record_contexts(
    db_path: Path, article_id: int, analysis: Analysis, within: tuple[int, int] | None
) -> None:
    from simak.core.entities.service import EntityService
    from simak.core.review import ReviewService
    from simak.core.search import index_terms
    from simak.storage.db import connect

    conn = connect(db_path)
    try:
        part_only = within is not None
        ReviewService(conn).record_contexts(article_id, analysis, within)
        EntityService(conn).record_mentions(article_id, analysis.entities, part_only=part_only)
        terms = [(g.term, g.gloss) for g in analysis.glossary]
        index_terms(conn, article_id, terms, keep_others=part_only)
    finally:
        conn.close()


def _ignore(_result: object) -> None:
    pass
