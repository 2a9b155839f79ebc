"""Entity tagging speed: prints model load time and tokens per second.

Uses the dev split when ../shared is present, otherwise the bundled sample article.
"""

from __future__ import annotations

import time
from pathlib import Path

from simak.core.entities import conll
from simak.core.entities.recognizer import EntityRecognizer
from simak.core.text.sentences import split_sentences
from simak.core.text.tokenizer import tokenize
from simak.paths import resources_dir

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "data" / "idner-news-2k" / "dev.txt"


def _sentences() -> list[list[str]]:
    if DEV.is_file():
        return [s.tokens for s in conll.read(DEV, with_tags=False)]
    text = (resources_dir() / "sample-article.txt").read_text(encoding="utf-8")
    tokens = tokenize(text)
    return [[t.text for t in tokens if s.start <= t.start < s.end] for s in split_sentences(text)]


def main() -> None:
    started = time.perf_counter()
    recognizer = EntityRecognizer.load()
    print(f"model load: {time.perf_counter() - started:.3f} s")
    sentences = _sentences()
    recognizer.tag_sents(sentences[:5])  # warm the per-word feature cache a little
    for label in ("cold cache", "warm cache"):
        if label == "cold cache":
            recognizer = EntityRecognizer.load()
        total = 0
        started = time.perf_counter()
        rounds = 0
        while time.perf_counter() - started < 2.0:
            for tokens in sentences:
                recognizer.tag(tokens)
                total += len(tokens)
            rounds += 1
            if label == "cold cache":
                break
        elapsed = time.perf_counter() - started
        print(
            f"tagging ({label}): {total / elapsed:,.0f} tokens/s ({total} tokens, {rounds} rounds)"
        )


if __name__ == "__main__":
    main()
