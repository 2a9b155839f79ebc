"""engine.analyse(text) -> Analysis: tokens, sentences, entities and glossary in one pass.

The recogniser and the gloss provider are loaded once and shared; the engine itself holds no
per-article state, so the GUI can run `analyse` in a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from simak.core.glossary import build_glossary
from simak.core.model import Analysis, Entity, Span
from simak.core.text import split_sentences, tokenize

GlossProvider = Callable[[str], str]


class Engine:
    def __init__(self, gloss_for: GlossProvider | None = None) -> None:
        self._gloss_for = gloss_for
        self._recognizer = None
        self._lock = threading.Lock()

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

    def analyse_light(self, text: str) -> Analysis:
        """Tokens, sentences and entities only: enough for the known share of an article."""
        return self.analyse(text, glossary=False)

    def analyse(self, text: str, title: str | None = None, *, glossary: bool = True) -> Analysis:
        from simak.core.entities.extract import find_entities

        tokens = tokenize(text)
        sentences = split_sentences(text)
        entities: list[Entity] = find_entities(text, tokens, sentences, self.recognizer())
        entity_spans: list[Span] = [span for e in entities for span in e.spans]
        entries = (
            build_glossary(text, tokens, sentences, entity_spans, gloss_for=self._gloss_for)
            if glossary
            else []
        )
        return Analysis(
            text=text,
            title=title if title is not None else title_of(text),
            tokens=tokens,
            sentences=sentences,
            entities=entities,
            glossary=entries,
        )


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
