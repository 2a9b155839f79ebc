"""Passage anchors: find a note's quoted passage again after the article text was edited.

A passage note stores its quote, its offsets and a little text on either side (like the
W3C TextQuoteSelector plus a position hint). When the article changes, the offsets may point
at the wrong words; `resolve` looks for the passage in three steps:

1. exact occurrences of the quote, the one whose surrounding text best matches the stored
   prefix and suffix winning (ties go to the one nearest the old offset, so an unchanged
   article always resolves to the old offsets);
2. otherwise a fuzzy match of the quote (difflib) near the old offset or next to where the
   stored prefix or suffix now is, accepted at a similarity of at least 0.8;
3. otherwise None: the passage is gone and the note should say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from simak.core.errors import BadInputError

MIN_SIMILARITY = 0.8
_EXACT_CONTEXT_SCORE = 2.0  # prefix and suffix both identical
_WINDOW_SLACK = 256  # characters searched on either side of the old passage
_CONTEXT_PROBE = 16
_REFINED_CANDIDATES = 3  # characters of prefix/suffix looked for verbatim in the new text


@dataclass(frozen=True)
class Anchor:
    quote: str
    start: int
    end: int
    prefix: str
    suffix: str


def make_anchor(text: str, start: int, end: int, context: int = 32) -> Anchor:
    if not 0 <= start < end <= len(text):
        raise BadInputError(f"the passage {start}-{end} is not inside the text (0-{len(text)})")
    return Anchor(
        quote=text[start:end],
        start=start,
        end=end,
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def resolve(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """[start, end) of the passage in `text`, or None when it is no longer there."""
    quote = anchor.quote
    if not quote:
        return None
    exact = _best_exact(anchor, text)
    if exact is not None:
        return exact, exact + len(quote)
    return _fuzzy(anchor, text)


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> float:
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    return _similarity(anchor.prefix, before) + _similarity(anchor.suffix, after)


def _similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _best_exact(anchor: Anchor, text: str) -> int | None:
    quote, length = anchor.quote, len(anchor.quote)
    unchanged = text[anchor.start : anchor.end] == quote and (
        _context_score(anchor, text, anchor.start, anchor.end) == _EXACT_CONTEXT_SCORE
    )
    if unchanged:  # the common case: nothing around the passage changed
        return anchor.start
    best: tuple[float, int, int] | None = None  # (-score, distance, start)
    found = text.find(quote)
    while found != -1:
        score = _context_score(anchor, text, found, found + length)
        key = (-score, abs(found - anchor.start), found)
        if best is None or key < best:
            best = key
        found = text.find(quote, found + 1)
    return None if best is None else best[2]


def _fuzzy(anchor: Anchor, text: str) -> tuple[int, int] | None:
    quote, length = anchor.quote, len(anchor.quote)
    # rank every candidate cheaply, then refine the edges of the few most promising
    ranked = sorted(
        _candidate_starts(anchor, text),
        key=lambda s: (-_similarity(quote, text[s : s + length]), abs(s - anchor.start)),
    )
    best: tuple[float, int, int] | None = None
    for start in ranked[:_REFINED_CANDIDATES]:
        span = _refine(quote, text, start, start + length)
        ratio = _similarity(quote, text[span[0] : span[1]])
        if best is None or ratio > best[0]:
            best = (ratio, *span)
    if best is None or best[0] < MIN_SIMILARITY:
        return None
    return best[1], best[2]


def _candidate_starts(anchor: Anchor, text: str) -> set[int]:
    """Where the passage may now begin: aligned blocks near the old offset, and right after
    the stored prefix / right before the stored suffix wherever they still appear."""
    quote, length = anchor.quote, len(anchor.quote)
    slack = max(_WINDOW_SLACK, length)
    low = max(0, anchor.start - slack)
    window = text[low : min(len(text), anchor.end + slack)]
    starts: set[int] = set()
    matcher = SequenceMatcher(None, quote, window, autojunk=False)
    for block in matcher.get_matching_blocks():
        if block.size >= min(3, length):
            starts.add(low + block.b - block.a)
    probe = anchor.prefix[-_CONTEXT_PROBE:]
    if probe:
        starts.update(hit + len(probe) for hit in _all_hits(text, probe))
    probe = anchor.suffix[:_CONTEXT_PROBE]
    if probe:
        starts.update(hit - length for hit in _all_hits(text, probe))
    return {min(max(0, s), len(text)) for s in starts}


def _all_hits(text: str, needle: str, limit: int = 50) -> list[int]:
    hits, found = [], text.find(needle)
    while found != -1 and len(hits) < limit:
        hits.append(found)
        found = text.find(needle, found + 1)
    return hits


def _refine(quote: str, text: str, start: int, end: int) -> tuple[int, int]:
    """Fit the edges of text[start:end] to the quote: align the quote with the text around
    the candidate, stretch the span over the aligned blocks, then nudge each edge."""
    reach = len(quote) // 5 + 2
    low = max(0, start - reach)
    region = text[low : min(len(text), end + reach)]
    matcher = SequenceMatcher(None, quote, region, autojunk=False)
    least = max(1, min(8, len(quote) // 8))  # ignore stray pairs of letters far off
    blocks = [b for b in matcher.get_matching_blocks() if b.size >= least]
    if blocks:
        first, last = blocks[0], blocks[-1]
        start = low + first.b - first.a
        end = low + last.b + last.size + (len(quote) - last.a - last.size)
    start, end = max(0, start), min(len(text), end)
    if end <= start:
        return start, start

    def score(s: int, e: int) -> float:
        return _similarity(quote, text[s:e]) if e > s else 0.0

    nudge = 3
    start = max(
        range(max(0, start - nudge), min(end, start + nudge + 1)),
        key=lambda s: (score(s, end), -abs(s - start)),
    )
    end = max(
        range(max(start + 1, end - nudge), min(len(text), end + nudge) + 1),
        key=lambda e: (score(start, e), -abs(e - end)),
    )
    return start, end
