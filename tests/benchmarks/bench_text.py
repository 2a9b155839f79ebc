"""Text engine speed: tokenize + sentences + analyse_word for every word.

Run: .venv/bin/python tests/benchmarks/bench_text.py
"""

from __future__ import annotations

import random
import time

from simak.core.text import analyse_word, split_sentences, tokenize
from simak.core.text.morphology import _analyse_normalised
from simak.core.text.morphology import analyse_word as cached_analyse
from simak.paths import resources_dir


def analyse_text(text: str) -> int:
    tokens = tokenize(text)
    split_sentences(text)
    words = 0
    for token in tokens:
        if token.is_word:
            analyse_word(token.text)
            words += 1
    return words


def long_text(sample: str, target_words: int) -> str:
    """Repeat the sample with shuffled paragraphs and sprinkled affixed variants."""
    rng = random.Random(7)
    paragraphs = [p for p in sample.split("\n\n") if p.strip()]
    variants = ["nya", "lah", "kan", "an"]
    pieces: list[str] = []
    count = 0
    while count < target_words:
        paragraph = rng.choice(paragraphs)
        words = paragraph.split()
        for i in range(0, len(words), 9):
            if words[i].isalpha():
                words[i] = words[i] + rng.choice(variants)
        pieces.append(" ".join(words))
        count += len(words)
    return "\n\n".join(pieces)


def clear_caches() -> None:
    cached_analyse.cache_clear()
    _analyse_normalised.cache_clear()


def timed(function, *args) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def main() -> None:
    sample = (resources_dir() / "sample-article.txt").read_text(encoding="utf-8")
    words = sample.split()
    article = " ".join((words * 2)[:600]) if len(words) < 600 else " ".join(words[:600])
    analyse_text("Pemanasan memperkuat kekuatan negara-negara.")  # load word lists

    clear_caches()
    cold, count = timed(analyse_text, article)
    warm, _ = timed(analyse_text, article)
    print(f"600-word article: cold {cold * 1000:.1f} ms, warm {warm * 1000:.1f} ms")
    print(f"  words/s cold {count / cold:,.0f}, warm {count / warm:,.0f}")

    text = long_text(sample, 100_000)
    clear_caches()
    cold, count = timed(analyse_text, text)
    warm, _ = timed(analyse_text, text)
    types = len({t.text.lower() for t in tokenize(text) if t.is_word})
    print(f"{count:,}-word text ({types:,} word types): cold {cold:.2f} s, warm {warm:.2f} s")
    print(f"  words/s cold {count / cold:,.0f}, warm {count / warm:,.0f}")


if __name__ == "__main__":
    main()
