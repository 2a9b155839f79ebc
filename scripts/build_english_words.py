"""Write resources/text/english-words.marisa: the English words loanword hints may name.

Loanword hints (simak.core.text.loanwords) keep a guess only when it is an English word of
Zipf frequency 2.5 or more. Asking wordfreq loaded its whole English list (321,000 words,
about 34 MB in memory) the first time a card or a glossary needed a hint. This file holds
only the 51,000 alphabetic words at or above the threshold, each with its Zipf frequency
(to two decimals, as wordfreq rounds it), in a MARISA record trie of about 0.3 MB.

Run after upgrading wordfreq (tests/core/text/test_english_words.py compares the two):

    .venv/bin/python scripts/build_english_words.py
"""

from __future__ import annotations

import marisa_trie
import wordfreq

from simak.core.text.english_words import ENGLISH_WORDS_FILE, MIN_ZIPF, RECORD_FORMAT
from simak.paths import resources_dir


def main() -> int:
    entries = []
    for word in wordfreq.get_frequency_dict("en"):
        if not word.isalpha():
            continue
        zipf = wordfreq.zipf_frequency(word, "en")
        if zipf >= MIN_ZIPF:
            entries.append((word, (round(zipf * 100),)))
    out = resources_dir() / "text" / ENGLISH_WORDS_FILE
    partial = out.with_name(out.name + ".partial")
    marisa_trie.RecordTrie(RECORD_FORMAT, entries).save(str(partial))
    partial.replace(out)
    print(f"wrote {len(entries)} English words to {out} ({out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
