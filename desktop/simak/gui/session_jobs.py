"""What the reading session's jobs run on a worker thread: each with the thread's own
connection to the library, away from the window's (gui/session.py submits them)."""

from __future__ import annotations

import gc
import hashlib
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from simak.core.errors import SimakError

if TYPE_CHECKING:
    from simak.core.engine import Engine
    from simak.core.model import Analysis, Token
    from simak.core.text import WordFamilies
    from simak.gui.session import OpenedArticle
    from simak.gui.theme import ReadingStyle
    from simak.storage.repos import ArticleRow

log = logging.getLogger(__name__)
WORKER_CACHE_KB = 256


_local = threading.local()


def worker_conn(db_path: Path):
    """The calling worker thread's own connection to the library.

    The GUI thread's connection writes (statuses, notes) at any moment; sharing it with a
    worker's reads could start one thread's statement inside the other's transaction."""
    from simak.storage.db import connect

    cached = getattr(_local, "conn", None)
    if cached is None or cached[0] != db_path:
        conn = connect(db_path, migrate=False)
        # Workers read whole books once each (opening, known shares): a small page cache,
        # as SQLite's 2 MB default kept a copy of the last book per worker thread.
        conn.execute(f"PRAGMA cache_size = -{WORKER_CACHE_KB}")
        cached = (db_path, conn)
        _local.conn = cached
    return cached[1]


def worker_services(db_path: Path):
    """Study and entity services on the calling worker thread's own connection."""
    from simak.core.entities.service import EntityService
    from simak.core.study import StudyService

    conn = worker_conn(db_path)
    return StudyService(conn), EntityService(conn)


def load_lexicon(db_path: Path):
    from simak.core.lexicon.configured import load_for_library

    return load_for_library(db_path)


def families_of_library(db_path: Path) -> WordFamilies:
    from simak.core.text import WordFamilies
    from simak.storage.repos import ArticleRepo

    families = WordFamilies()
    for body in ArticleRepo(worker_conn(db_path)).bodies().values():
        families.add_words(t.text for t in tokenize_words(body))
    return families


def running_words_version() -> str:
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


def families_of_text(text: str) -> WordFamilies:
    from simak.core.text import WordFamilies

    families = WordFamilies()
    families.add_words({t.text for t in tokenize_words(text)})
    return families


def tokenize_words(text: str) -> list[Token]:
    from simak.core.text import tokenize

    return [t for t in tokenize(text) if t.is_word]


def known_share(headwords: list[str | None], indexes: list[int], statuses: dict[str, int]) -> float:
    from simak.core.study import known_fraction

    return known_fraction([headwords[i] or "" for i in indexes], statuses)


def mark_opened(db_path: Path, article_id: int, part: int) -> None:
    from simak.storage.repos import ArticleRepo

    # On a worker, not the window's thread: an article's contexts may be being written, and
    # waiting for that lock froze the window for most of a second. The worker's own
    # connection: opening one (and checking migrations) each time cost more than the write.
    ArticleRepo(worker_conn(db_path)).mark_opened(article_id, part)


def contexts_digest(analysis: Analysis) -> bytes:
    """What the saved contexts depend on: the text, and which words are names."""
    digest = hashlib.blake2b(analysis.text.encode("utf-8", "surrogatepass"), digest_size=16)
    spans = sorted((s.start, s.end) for e in analysis.entities for s in e.spans)
    digest.update(repr((spans, [(g.term, g.spans[:1]) for g in analysis.glossary])).encode())
    return digest.digest()


def record_contexts(
    db_path: Path, article_id: int, analysis: Analysis, within: tuple[int, int] | None
) -> None:
    from simak.core.entities.service import EntityService
    from simak.core.review import ReviewService
    from simak.core.search import index_terms
    from simak.storage.db import connect

    conn = connect(db_path, migrate=False)
    try:
        part_only = within is not None
        ReviewService(conn).record_contexts(article_id, analysis, within)
        EntityService(conn).record_mentions(article_id, analysis.entities, part_only=part_only)
        terms = [(g.term, g.gloss) for g in analysis.glossary]
        index_terms(conn, article_id, terms, keep_others=part_only)
    finally:
        conn.close()


def open_article(
    db_path: Path,
    engine: Engine,
    style: ReadingStyle,
    colours: bool,
    article_id: int,
    part: int | None,
    at_offset: int | None,
    find: str | None,
    main_thread,  # noqa: ANN001 - a QThread, the layout's document moves there
) -> OpenedArticle:
    """The article analysed, coloured and laid out: the part asked for, the part holding
    `at_offset` or the first occurrence of the words `find`, or where the learner left it.
    A job: cyclic collection is paused meanwhile."""
    from simak.core.glossary_edits import apply_edits
    from simak.core.memory import give_back_free_memory
    from simak.core.parts import part_of, rebase, split_parts
    from simak.core.search import first_occurrence
    from simak.core.text import headword_of
    from simak.gui.reader.document import lay_out
    from simak.gui.reader.status_colours import colourable, status_marks
    from simak.gui.session import OpenedArticle
    from simak.storage.repos import ArticleRepo

    article: ArticleRow = ArticleRepo(worker_conn(db_path)).get(article_id)
    study, fixes = worker_services(db_path)
    parts = split_parts(article.body)
    if at_offset is None and find is not None and len(parts) > 1:
        at_offset = first_occurrence(article.body, find)
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
    share = known_share(headwords, indexes, statuses)
    # The article stays open for long: keep the cyclic collector from walking its hundred
    # thousand objects (and stalling the window) on every full collection.
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


def known_shares(
    db_path: Path, engine: Engine, known_words: dict[int, dict[str, int]]
) -> tuple[dict[int, dict[str, int]], dict[int, float]]:
    """Every article's running headwords ({headword: count}: those at hand, those kept in
    the library, the others worked out and kept) and its known share."""
    from collections import Counter

    from simak.core.memory import give_back_free_memory
    from simak.core.parts import is_long
    from simak.core.study import known_share_of_counts, running_headwords
    from simak.storage.article_words_repo import ArticleWordsRepo
    from simak.storage.repos import ArticleRepo

    study, _ = worker_services(db_path)
    conn = worker_conn(db_path)
    saved, version = ArticleWordsRepo(conn), running_words_version()
    known_words.update(saved.all(version, exclude=set(known_words)))
    for article_id, body in ArticleRepo(conn).bodies(exclude=set(known_words)).items():
        # a book read whole for its share is not kept in the engine's cache: the reader
        # asks for its parts
        analysis = engine.analyse_light(body, keep=not is_long(body))
        spans = [s for e in analysis.entities for s in e.spans]
        counts = dict(Counter(running_headwords(analysis.tokens, spans)))
        known_words[article_id] = counts
        try:
            saved.put(article_id, version, counts)
        except SimakError as exc:  # worked out again next time
            log.warning("could not keep the running words of %s: %s", article_id, exc)
    statuses = study.statuses_for({h for counts in known_words.values() for h in counts})
    shares = {aid: known_share_of_counts(c, statuses) for aid, c in known_words.items()}
    give_back_free_memory()  # a book read whole: tens of megabytes freed
    return known_words, shares
