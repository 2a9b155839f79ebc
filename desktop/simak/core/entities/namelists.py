"""Name lists learned from the training data: which words and word sequences were names.

The CRF sees, for each token, whether it (or a span it is part of) was tagged as a person,
place or organisation elsewhere in the training data. During training the lists are built
"jackknifed" (each fold's features come from the other folds' lists), so the model learns
how far to trust a list on names it has never seen, as it must at run time.

Saved beside the model as `<model>.names.tsv` (plain text, no pickles).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from simak.core.entities.metrics import spans_from_tags

TYPES = ("PER", "LOC", "ORG")
MAX_SPAN = 6
# A capitalised word seen this often in the training data, and never inside a name, is an
# ordinary word ("Senin", "Wapres"): the recogniser trims it from the edges of a name.
ORDINARY_MIN_COUNT = 3


class NameLists:
    def __init__(self) -> None:
        # token -> Counter over "PER", "LOC", "ORG", "O"
        self.token_counts: dict[str, Counter] = defaultdict(Counter)
        # token sequence -> Counter over entity types
        self.span_counts: dict[tuple[str, ...], Counter] = defaultdict(Counter)
        self._first: dict[str, list[int]] = {}  # first token -> its names' lengths, longest first

    @classmethod
    def build(cls, sentences: Iterable[tuple[list[str], list[str]]]) -> NameLists:
        lists = cls()
        for tokens, tags in sentences:
            for token, tag in zip(tokens, tags, strict=True):
                lists.token_counts[token][tag[2:] or "O"] += 1
            for start, end, kind in spans_from_tags(tags):
                if end - start <= MAX_SPAN:
                    lists.span_counts[tuple(tokens[start:end])][kind] += 1
        lists._index()
        return lists

    def _index(self) -> None:
        self._first = lengths_by_first_word(self.span_counts)

    def token_features(self, token: str) -> list[str]:
        counts = self.token_counts.get(token)
        if not counts:
            return []
        total = sum(counts.values())
        feats = []
        for kind in TYPES:
            share = counts[kind] / total
            if share >= 0.5:
                feats.append("nl=" + kind)
            elif share > 0:
                feats.append("nl~" + kind)
        return feats

    def is_ordinary(self, token: str) -> bool:
        """A capitalised word the training data showed often, always outside names."""
        counts = self.token_counts.get(token)
        return (
            counts is not None
            and token[:1].isupper()
            and counts["O"] >= ORDINARY_MIN_COUNT
            and counts["O"] == sum(counts.values())
        )

    def span_marks(self, tokens: list[str]) -> list[str]:
        """Longest known name spans, left to right: per token "B-PER", "I-ORG", ... or ""."""
        marks = [""] * len(tokens)
        i, n = 0, len(tokens)
        while i < n:
            for length in self._first.get(tokens[i], ()):
                if length > n - i:
                    continue
                counts = self.span_counts.get(tuple(tokens[i : i + length]))
                if counts:
                    kind = counts.most_common(1)[0][0]
                    marks[i] = "B-" + kind
                    for k in range(i + 1, i + length):
                        marks[k] = "I-" + kind
                    i += length
                    break
            else:
                i += 1
        return marks

    def save(self, path: Path) -> None:
        lines = ["# kind\tcounts\ttokens (space-separated)"]
        for token, counts in sorted(self.token_counts.items()):
            lines.append(f"T\t{_fmt(counts)}\t{token}")
        for span, counts in sorted(self.span_counts.items()):
            lines.append(f"S\t{_fmt(counts)}\t{' '.join(span)}")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> NameLists:
        lists = cls()
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            kind, counts, text = line.split("\t")
            parsed = Counter({k: int(v) for k, v in (p.split("=") for p in counts.split(","))})
            if kind == "T":
                lists.token_counts[text] = parsed
            else:
                lists.span_counts[tuple(text.split(" "))] = parsed
        lists._index()
        return lists


def lengths_by_first_word(names: Iterable[tuple[str, ...]]) -> dict[str, list[int]]:
    """First word -> the lengths of the names it starts, longest first: a token that starts
    no name costs one look-up, not one slice per possible length."""
    lengths: dict[str, set[int]] = {}
    for name in names:
        lengths.setdefault(name[0], set()).add(len(name))
    return {first: sorted(found, reverse=True) for first, found in lengths.items()}


def _fmt(counts: Counter) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(counts.items()))


def sidecar_path(model_path: Path) -> Path:
    return model_path.with_name(model_path.name + ".names.tsv")
