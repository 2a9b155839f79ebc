"""The learner's glossary edits (pin, remove, add) applied to a computed glossary."""

from __future__ import annotations

import re
from collections.abc import Callable

from simak.core.model import GlossaryEntry, Span
from simak.core.text import analyse_word


def apply_edits(
    entries: list[GlossaryEntry],
    edits: dict[str, str],
    text: str,
    sentences: list[Span],
    gloss_for: Callable[[str], str] | None = None,
) -> list[GlossaryEntry]:
    """Removed terms disappear, pinned ones come first, added ones join (found in the text)."""
    if not edits:
        return entries
    kept = [e for e in entries if edits.get(e.term) != "remove"]
    known = {e.term for e in kept}
    for term, action in edits.items():
        if action in ("add", "pin") and term not in known:
            added = entry_for(term, text, sentences, gloss_for)
            if added is not None:
                kept.append(added)
                known.add(term)
    pinned = [e for e in kept if edits.get(e.term) in ("pin", "add")]
    rest = [e for e in kept if edits.get(e.term) not in ("pin", "add")]
    return pinned + rest


def entry_for(
    term: str,
    text: str,
    sentences: list[Span],
    gloss_for: Callable[[str], str] | None = None,
) -> GlossaryEntry | None:
    """A glossary entry for a term the learner chose: its occurrences, root and meaning."""
    words = term.split()
    if not words:
        return None
    pattern = r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\w*\b"
    spans = [Span(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]
    if not spans:
        return None
    first = spans[0].start
    example = next((text[s.start : s.end] for s in sentences if s.start <= first < s.end), "")
    root = analyse_word(term).root if len(words) == 1 else term
    gloss = gloss_for(term) if gloss_for else ""
    return GlossaryEntry(term, root, gloss, len(spans), 0.0, example, spans, first)
