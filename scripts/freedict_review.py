"""List words where FreeDict (reversed eng-ind) and the bundled lexicon share no gloss word.

For human review: either the bundled entry misses a common sense, or FreeDict is odd. Prints
`word<TAB>bundled glosses<TAB>freedict glosses`, one line per disagreement.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

FREEDICT = Path("/usr/share/dictd/freedict-eng-ind.index")
_STOP = {
    "a",
    "an",
    "the",
    "to",
    "of",
    "be",
    "in",
    "on",
    "for",
    "or",
    "and",
    "with",
    "by",
    "at",
    "is",
    "as",
    "something",
    "someone",
    "one",
    "make",
    "do",
    "get",
}


def content_words(glosses: list[str]) -> set[str]:
    words = set()
    for gloss in glosses:
        gloss = re.sub(r"\([^)]*\)", " ", gloss.lower())
        words.update(w for w in re.findall(r"[a-z]+", gloss) if w not in _STOP)
        words.update(w.rstrip("s") for w in list(words))  # houses ~ house
    return words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="stop after this many lines")
    args = parser.parse_args()
    if not FREEDICT.is_file():
        print(
            f"freedict_review: {FREEDICT} is not installed (apt install dict-freedict-eng-ind)",
            file=sys.stderr,
        )
        return 0
    from simak import paths
    from simak.core.lexicon.bundled import BundledLexicon
    from simak.core.lexicon.freedict import load_freedict

    bundled = BundledLexicon.load(paths.resources_dir() / "lexicon")
    freedict = load_freedict(FREEDICT, paths.cache_dir())
    shown = compared = 0
    for word in sorted(bundled.rows):
        theirs = freedict.lookup(word)
        ours = bundled.lookup(word)
        if theirs is None or ours is None:
            continue
        compared += 1
        our_glosses = [s.gloss for s in ours.senses]
        their_glosses = [s.gloss for s in theirs.senses]
        if content_words(our_glosses) & content_words(their_glosses):
            continue
        print(f"{word}\t{' | '.join(our_glosses)}\t{' | '.join(their_glosses)}")
        shown += 1
        if args.limit and shown >= args.limit:
            break
    print(f"# {shown} disagreements among {compared} words in both", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
