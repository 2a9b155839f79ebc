"""How common an English word is, for loanword hints: wordfreq's Zipf frequency of the
alphabetic English words at 2.5 or above (resources/text/english-words.marisa, written by
scripts/build_english_words.py), and 0.0 for every other word.

Asking wordfreq itself loaded its whole English list, about 34 MB, on the first hint."""

from __future__ import annotations

import logging
from functools import cache

import marisa_trie

from simak.paths import resources_dir

ENGLISH_WORDS_FILE = "english-words.marisa"
MIN_ZIPF = 2.5  # below this a look-alike is too rare to be the word a learner knows
RECORD_FORMAT = "<H"  # Zipf frequency x 100
log = logging.getLogger(__name__)


@cache
def _words() -> marisa_trie.RecordTrie | None:
    path = resources_dir() / "text" / ENGLISH_WORDS_FILE
    try:
        return marisa_trie.RecordTrie(RECORD_FORMAT).mmap(str(path))
    except (OSError, RuntimeError) as exc:
        # A hint is an extra: without the list a lookup still answers, only with no hint.
        log.warning("cannot read the English word list %s (%s): no loanword hints", path, exc)
        return None


def english_zipf(word: str) -> float:
    """The Zipf frequency of `word` (lowercase) in English, when 2.5 or more; else 0.0."""
    words = _words()
    found = words.get(word) if words is not None else None
    return found[0][0] / 100 if found else 0.0
