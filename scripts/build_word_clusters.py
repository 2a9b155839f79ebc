"""Build the word clusters the entity recogniser uses as features.

Each word of an unlabelled Indonesian news corpus is described by where it occurs: its own
part-of-speech tags and the words and tags on its left and right. Words with similar
contexts (names of people, of places, titles, verbs of saying...) are grouped by k-means at
two granularities. The CRF sees the cluster numbers, so a name it never saw in training can
still look like the names it did see.

Source: the POS-tagged news corpus shipped inside the `nlp-id` package (kumparan, MIT
licence), nlp_id/data/dataset_postag.txt. Build-time needs numpy (not a Simak dependency):

    python -m venv /tmp/clusters && /tmp/clusters/bin/pip install numpy
    pip download nlp-id --no-deps -d /tmp/nlpid && unzip /tmp/nlpid/*.whl -d /tmp/nlpid/x
    /tmp/clusters/bin/python scripts/build_word_clusters.py \\
        /tmp/nlpid/x/nlp_id/data/dataset_postag.txt

Writes resources/models/word-clusters-id.tsv: word, cluster among 32, cluster among 128.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "resources" / "models" / "word-clusters-id.tsv"
GRANULARITIES = (32, 128)
MIN_COUNT = 3  # rarer words have too few contexts to place
CONTEXT_WORDS = 300  # neighbours are described by the most frequent words, the rest pooled
ITERATIONS = 25


def read_tagged(path: Path) -> list[list[tuple[str, str]]]:
    """TOKEN<TAB>TAG lines, a blank line between sentences; words lower-cased."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        if len(columns) < 2 or not columns[0].strip():
            if current:
                sentences.append(current)
                current = []
            continue
        current.append((columns[0].strip().lower(), columns[-1].strip().upper()))
    if current:
        sentences.append(current)
    return sentences


def context_vectors(sentences: list[list[tuple[str, str]]]) -> tuple[list[str], np.ndarray]:
    counts = Counter(w for s in sentences for w, _ in s)
    vocab = [w for w, n in counts.items() if n >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    frequent = {w: i for i, (w, _) in enumerate(counts.most_common(CONTEXT_WORDS))}
    tags = {t: i for i, t in enumerate(sorted({t for s in sentences for _, t in s}))}
    n_tags, n_words = len(tags), len(frequent) + 1  # last slot: any other word
    side = n_words + n_tags
    raw = np.zeros((len(vocab), n_tags + 2 * side), dtype=np.float32)
    for sent in sentences:
        padded = [("<s>", ""), *sent, ("</s>", "")]
        for j in range(1, len(padded) - 1):
            row = index.get(padded[j][0])
            if row is None:
                continue
            raw[row, tags[padded[j][1]]] += 1
            for offset, (word, tag) in ((0, padded[j - 1]), (side, padded[j + 1])):
                base = n_tags + offset
                raw[row, base + frequent.get(word, n_words - 1)] += 1
                if tag:
                    raw[row, base + n_words + tags[tag]] += 1
    # Each block becomes a distribution; square roots make Euclidean distance Hellinger-like.
    bounds = [0, n_tags]
    for start in (n_tags, n_tags + side):
        bounds += [start + n_words, start + side]
    blocks = []
    for k, (lo, hi) in enumerate(zip(bounds, bounds[1:], strict=False)):
        block = raw[:, lo:hi]
        total = block.sum(axis=1, keepdims=True)
        total[total == 0] = 1
        blocks.append(np.sqrt(block / total) * (1.5 if k == 0 else 1.0))
    return vocab, np.hstack(blocks)


def kmeans(points: np.ndarray, k: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = points[rng.choice(len(points), k, replace=False)]
    squared = (points**2).sum(axis=1)[:, None]
    for _ in range(ITERATIONS):
        distances = squared - 2 * points @ centres.T + (centres**2).sum(axis=1)[None]
        assigned = distances.argmin(axis=1)
        for c in range(k):
            members = assigned == c
            if members.any():
                centres[c] = points[members].mean(axis=0)
    return assigned


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="nlp-id's dataset_postag.txt")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    vocab, points = context_vectors(read_tagged(args.corpus))
    columns = [kmeans(points, k, seed=k) for k in GRANULARITIES]
    header = "# word\t" + "\t".join(f"cluster of {k}" for k in GRANULARITIES)
    lines = [header + " (contexts in nlp-id's news corpus, kumparan, MIT licence)"]
    lines += [
        word + "\t" + "\t".join(str(col[i]) for col in columns) for i, word in enumerate(vocab)
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(vocab)} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
