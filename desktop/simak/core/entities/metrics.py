"""Entity-level scoring as conlleval does it: an entity counts only with exact span and type."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


def spans_from_tags(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) spans; an I- tag without a matching open entity starts one
    (conlleval's reading of ill-formed IOB2)."""
    spans: set[tuple[int, int, str]] = set()
    if tags.count("O") == len(tags):  # most sentences name nothing: no walk
        return spans
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        continues = prefix == "I" and t == kind
        if start is not None and not continues:
            spans.add((start, i, kind))
            start, kind = None, None
        if prefix == "B" or (prefix == "I" and not continues):
            start, kind = i, t
    return spans


@dataclass
class Scores:
    true_pos: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)

    def add(self, gold_tags: list[str], predicted_tags: list[str]) -> None:
        gold = spans_from_tags(gold_tags)
        pred = spans_from_tags(predicted_tags)
        for s in gold:
            self.gold[s[2]] += 1
        for s in pred:
            self.predicted[s[2]] += 1
        for s in gold & pred:
            self.true_pos[s[2]] += 1

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 for one type, or micro-averaged over all types."""
        if kind is None:
            tp, p, g = (sum(c.values()) for c in (self.true_pos, self.predicted, self.gold))
        else:
            tp, p, g = self.true_pos[kind], self.predicted[kind], self.gold[kind]
        precision = tp / p if p else 0.0
        recall = tp / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    @property
    def types(self) -> list[str]:
        return sorted(set(self.gold) | set(self.predicted))

    def table(self) -> str:
        lines = [f"{'type':<8}{'precision':>10}{'recall':>10}{'F1':>10}{'gold':>8}"]
        for kind in [*self.types, None]:
            p, r, f = self.prf(kind)
            gold = self.gold[kind] if kind else sum(self.gold.values())
            lines.append(f"{kind or 'overall':<8}{p:>10.4f}{r:>10.4f}{f:>10.4f}{gold:>8}")
        return "\n".join(lines)


def score(gold: list[list[str]], predicted: list[list[str]]) -> Scores:
    scores = Scores()
    for g, p in zip(gold, predicted, strict=True):
        scores.add(g, p)
    return scores
