"""engine.analyse(text) -> Analysis: tokens, sentences, entities and glossary in one pass.

The recogniser and the gloss provider are loaded once and shared; the engine itself holds no
per-article state, so the GUI can run `analyse` in a worker thread.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from simak.core.model import Analysis, Span

GlossProvider = Callable[[str], str]
_CACHED_ANALYSES = 6  # a few articles: reopening one, or the known shares, costs nothing


class _GcPause:
    """Counts overlapping pauses (two workers may analyse at once); the last one resumes."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.resume = True


_gc_pause = _GcPause()


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a long analysis allocates.

    With a book's hundred thousand tokens alive, each full collection walks them all while
    holding the GIL: a 100-200 ms freeze of the window's thread, several times per book.
    Reference counting still frees everything that is not in a cycle meanwhile."""
    with _gc_pause.lock:
        if _gc_pause.depth == 0:
            _gc_pause.resume = gc.isenabled()
            gc.disable()
        _gc_pause.depth += 1
    try:
        yield
    finally:
        with _gc_pause.lock:
            _gc_pause.depth -= 1
            if _gc_pause.depth == 0 and _gc_pause.resume:
                gc.enable()


# Book length: a text this long has its sentences tagged by two processes when the caller
# allows it (Engine(processes=2); shorter, starting the process costs more than it saves),
# and its words' entity features are forgotten afterwards.
PARALLEL_MIN_TOKENS = 20_000


class Engine:
    def __init__(
        self,
        gloss_for: GlossProvider | None = None,
        *,
        processes: int = 1,
        meanwhile: Callable[[], object] | None = None,
    ) -> None:
        """`processes=2` lets a long analysis tag sentences in a forked process while this
        one works out the words' roots and runs `meanwhile` (loading the dictionaries the
        glossary will ask, say), then tags the rest beside it: for headless use only
        (forking a process that runs Qt threads is unsafe), and only where the fork start
        method exists."""
        self._gloss_for = gloss_for
        self._processes = processes
        self._meanwhile = meanwhile
        self._recognizer = None
        self._lock = threading.Lock()
        self._cache_lock = threading.Lock()
        self._cache: OrderedDict[tuple, Analysis] = OrderedDict()
        self._text_locks: dict[bytes, threading.Lock] = {}

    def set_gloss_provider(self, gloss_for: GlossProvider | None) -> None:
        self._gloss_for = gloss_for

    def gloss_for(self, term: str) -> str:
        return self._gloss_for(term) if self._gloss_for else ""

    def recognizer(self):
        with self._lock:
            if self._recognizer is None:
                from simak.core.entities.recognizer import EntityRecognizer

                self._recognizer = EntityRecognizer.load()
            return self._recognizer

    def analyse_light(self, text: str, *, keep: bool = True) -> Analysis:
        """Tokens, sentences and entities only: enough for the known share of an article."""
        return self.analyse(text, glossary=False, keep=keep)

    def analyse(
        self, text: str, title: str | None = None, *, glossary: bool = True, keep: bool = True
    ) -> Analysis:
        """The analysis of `text`; the same text again (same gloss provider) comes from a small
        cache, as a copy whose lists the caller may replace. With `keep=False` a new
        analysis is not cached (a whole book read for its known share: tens of megabytes
        that the reader, which analyses a book part by part, would never ask for again).

        Light and full analyses of one text share their tokens, sentences and entities (the
        library's known shares and the reader ask for the same book at once): one text is
        analysed by one thread at a time, and the second caller builds on the first's work."""
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        key = (digest, glossary, id(self._gloss_for) if glossary else None)
        cached = self._cached(key)
        if cached is None:
            with self._text_lock(digest):
                cached = self._cached(key)
                if cached is None:
                    with paused_gc():
                        cached = self._analyse(text, glossary, self._base_for(digest))
                    if keep:
                        self._store(key, cached)
                    else:
                        with self._cache_lock:
                            self._text_locks.pop(digest, None)
        return dataclasses.replace(
            cached,
            title=title if title is not None else title_of(text),
            # corrections edit entities in place: each caller gets its own
            entities=[
                dataclasses.replace(e, spans=list(e.spans), variants=list(e.variants))
                for e in cached.entities
            ],
            glossary=list(cached.glossary) if glossary else [],
        )

    def _cached(self, key: tuple) -> Analysis | None:
        digest, glossary, _ = key
        with self._cache_lock:
            cached = self._cache.get(key)
            if cached is None and not glossary:  # a full analysis answers a light question
                cached = next(
                    (a for (d, full, _), a in self._cache.items() if d == digest and full), None
                )
            if cached is not None:
                self._cache.move_to_end(next(k for k, a in self._cache.items() if a is cached))
            return cached

    def _base_for(self, digest: bytes) -> Analysis | None:
        """Any cached analysis of the same text: its tokens and entities need not be redone."""
        with self._cache_lock:
            return next((a for (d, _, _), a in self._cache.items() if d == digest), None)

    def _store(self, key: tuple, analysis: Analysis) -> None:
        digest, glossary, _ = key
        with self._cache_lock:
            if glossary:  # the full analysis serves light questions: keep one copy of the tokens
                self._cache.pop((digest, False, None), None)
            self._cache[key] = analysis
            while len(self._cache) > _CACHED_ANALYSES:
                self._cache.popitem(last=False)
            self._text_locks.pop(digest, None)

    def _text_lock(self, digest: bytes) -> threading.Lock:
        with self._cache_lock:
            return self._text_locks.setdefault(digest, threading.Lock())

    def _analyse(self, text: str, glossary: bool, base: Analysis | None = None) -> Analysis:
        from simak.core.entities.extract import find_entities
        from simak.core.glossary import build_glossary
        from simak.core.text import split_sentences, tokenize

        if base is not None:
            tokens, sentences, entities = base.tokens, base.sentences, base.entities
        else:
            tokens = tokenize(text)
            sentences = split_sentences(text)
            entities = None
            if self._processes > 1 and len(tokens) >= PARALLEL_MIN_TOKENS:
                entities = _entities_beside(
                    tokens, sentences, self.recognizer(), glossary, self._meanwhile
                )
            if entities is None:
                entities = find_entities(text, tokens, sentences, self.recognizer())
            if len(tokens) >= PARALLEL_MIN_TOKENS:
                self.recognizer().forget_words()  # a book's words: ~30 MB, not reused
        entity_spans: list[Span] = [span for e in entities for span in e.spans]
        entries = (
            build_glossary(text, tokens, sentences, entity_spans, gloss_for=self._gloss_for)
            if glossary
            else []
        )
        return Analysis(
            text=text,
            title="",
            tokens=tokens,
            sentences=sentences,
            entities=entities,
            glossary=entries,
        )


# Sentences taken at a time by either process: small enough that both finish together,
# large enough that sharing the count costs nothing.
_SENTENCES_PER_TAKE = 32


def _entities_beside(tokens, sentences, recognizer, warm_words: bool, meanwhile=None):  # type: ignore[no-untyped-def]
    """Entities found by this process and a forked child together; None when no child could
    be started or it failed.

    The child tags body sentences from the front. This process first works out every
    word's structure (what the glossary needs next) and runs `meanwhile`, then tags from
    the back until the two meet: whichever process the machine favours does more."""
    import multiprocessing

    from simak.core.entities.extract import (
        body_mentions,
        decode_mentions,
        entities_of,
        group_sentences,
    )

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    groups = group_sentences(tokens, sentences)
    context = multiprocessing.get_context("fork")
    bounds = context.RawArray("i", [0, len(groups.body)])  # [next from the front, back end)
    lock = context.Lock()
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_tag_from_the_front, args=(sender, groups, recognizer, bounds, lock)
    )
    try:
        child.start()
    except OSError:
        return None
    sender.close()
    found: list = [None] * len(groups.body)
    try:
        if warm_words:
            from simak.core.wordforms import headword_and_root

            for word in {t.text.lower() for t in tokens if t.is_word}:
                headword_and_root(word)
        if meanwhile is not None:
            meanwhile()
        while (taken := _take(bounds, lock, from_front=False)) is not None:
            first, stop = taken
            found[first:stop] = body_mentions(groups, first, stop, recognizer)
        for first, encoded in receiver.recv():
            found[first : first + len(encoded)] = decode_mentions(groups, first, encoded)
    except (EOFError, OSError):
        return None
    finally:
        receiver.close()
        child.join()
    if any(mentions is None for mentions in found):
        return None
    return entities_of(groups, found, recognizer)


def _take(bounds, lock, *, from_front: bool) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """The next sentences to tag, (first, stop) in body positions, or None when none are left."""
    with lock:
        front, back = bounds[0], bounds[1]
        if front >= back:
            return None
        if from_front:
            bounds[0] = min(back, front + _SENTENCES_PER_TAKE)
            return front, bounds[0]
        bounds[1] = max(front, back - _SENTENCES_PER_TAKE)
        return bounds[1], back


def _tag_from_the_front(sender, groups, recognizer, bounds, lock) -> None:  # type: ignore[no-untyped-def]
    from simak.core.entities.extract import body_mentions, encode_mentions

    done = []
    try:
        while (taken := _take(bounds, lock, from_front=True)) is not None:
            first, stop = taken
            found = body_mentions(groups, first, stop, recognizer)
            done.append((first, encode_mentions(groups, first, found)))
        sender.send(done)
    except Exception:  # noqa: BLE001 - the parent sees the pipe close and does it all itself
        pass
    finally:
        sender.close()


def gloss_provider(lexicon) -> GlossProvider:
    """The short meaning a glossary shows: the first sense the lexicon gives a term."""

    def short_gloss(term: str) -> str:
        definition = lexicon.define(term)
        return definition.senses[0].gloss if definition.found else ""

    return short_gloss


def title_of(text: str, fallback: str = "Untitled") -> str:
    """The first non-empty line, when it reads like a headline; else the first words."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            if len(line) <= 160:
                return line
            return " ".join(line.split()[:10]) + " …"
    return fallback
