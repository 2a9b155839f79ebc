"""How much of real news text the lexicon explains (`make eval`).

Counts running content words of idner-news-2k dev.txt (leaving out PROPN, NUM, PUNCT and
tokens inside named entities) that `Lexicon.define` finds a meaning for, twice: with the
system dictionaries (FreeDict reversed, ...) and with the bundled lexicon alone (its entries
plus meanings built from its roots). A loanword guess does not count as explained.
Goals: >= 97% with system dictionaries, >= 95% bundled alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

DEFAULT_DATA = Path("/work/shared/data/idner-news-2k/dev.txt")
SKIPPED_POS = {"PROPN", "NUM", "PUNCT"}
GOALS = {"with system dictionaries": 0.97, "bundled lexicon alone": 0.95}


def content_words(path: Path) -> list[str]:
    words = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        token, pos, tag = parts[0], parts[1], parts[-1]
        if pos in SKIPPED_POS or tag.startswith(("B-", "I-")):
            continue
        if not any(ch.isalpha() for ch in token):
            continue
        words.append(token)
    return words


def explained(definition) -> bool:
    return any(s.gloss.strip() and s.source != "loanword" for s in definition.senses)


def measure(lexicon, words: list[str]) -> tuple[float, Counter]:
    """Share of running words explained, and the unexplained ones by frequency."""
    verdict: dict[str, bool] = {}
    missed: Counter = Counter()
    for word in words:
        if word not in verdict:
            verdict[word] = explained(lexicon.define(word))
        if not verdict[word]:
            missed[word.lower()] += 1
    hits = sum(1 for w in words if verdict[w])
    return (hits / len(words) if words else 0.0), missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    if not args.data.is_file():
        print(
            f"eval_coverage: {args.data} is absent (needs /work/shared/data/idner-news-2k); "
            "nothing measured",
            file=sys.stderr,
        )
        return 0
    from simak.core.lexicon import Lexicon

    words = content_words(args.data)
    print(f"{len(words)} running content words in {args.data.name}")
    configurations = {
        "with system dictionaries": dict(discover_system=True),
        "bundled lexicon alone": dict(discover_system=False, thesaurus=False),
    }
    for label, options in configurations.items():
        started = time.perf_counter()
        lexicon = Lexicon.load(**options)
        load_ms = (time.perf_counter() - started) * 1000
        share, missed = measure(lexicon, words)
        goal = GOALS[label]
        mark = "ok" if share >= goal else "BELOW GOAL"
        print(
            f"{label:28s} {share:7.2%}  (goal {goal:.0%}: {mark}; "
            f"sources {', '.join(lexicon.report.loaded) or 'none'}; load {load_ms:.0f} ms)"
        )
        top = missed.most_common(args.top)
        print(f"  top {len(top)} unexplained ({label}): " + ", ".join(f"{w} {c}" for w, c in top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
