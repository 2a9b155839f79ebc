"""Glossary timing: the sample article (cold and warm) and a 100k-word text.

Run: .venv/bin/python tests/benchmarks/bench_glossary.py
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from simak.core.glossary import build_glossary
from simak.core.wordforms import tokens_and_sentences

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-article.txt"


def _ms(func, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    tokens, sentences = tokens_and_sentences(text)
    words = sum(t.is_word for t in tokens)
    cold = _ms(lambda: build_glossary(text, tokens, sentences, []), 1)[0]
    warm = _ms(lambda: build_glossary(text, tokens, sentences, []), 20)
    print(
        f"sample ({words} words): cold {cold:.1f} ms, warm median {statistics.median(warm):.2f} ms"
    )

    # 100k words: the sample's paragraphs shuffled, so vocabulary stays realistic
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    rng = random.Random(7)
    parts, total = [], 0
    while total < 100_000:
        paragraph = rng.choice(paragraphs)
        parts.append(paragraph)
        total += len(paragraph.split())
    big = "\n\n".join(parts)
    start = time.perf_counter()
    big_tokens, big_sentences = tokens_and_sentences(big)
    tokenise_ms = (time.perf_counter() - start) * 1000
    big_words = sum(t.is_word for t in big_tokens)
    runs = _ms(lambda: build_glossary(big, big_tokens, big_sentences, []), 3)
    print(
        f"large ({big_words} words): glossary median {statistics.median(runs):.0f} ms "
        f"(tokenising {tokenise_ms:.0f} ms, not included)"
    )


if __name__ == "__main__":
    main()
