"""Word clusters for the entity recogniser (resources/models/word-clusters-id.tsv).

Built by scripts/build_word_clusters.py without labels, from the contexts words occur in
within the news corpus shipped in the `nlp-id` package (kumparan, MIT licence). Words used
alike share a cluster, so a name the training data never showed can still look like one.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from simak.core.errors import BadInputError
from simak.paths import resources_dir

CLUSTERS_FILE = "word-clusters-id.tsv"


def bundled_clusters_path() -> Path:
    return resources_dir() / "models" / CLUSTERS_FILE


def load_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    """Lower-case word -> its cluster number at each granularity, coarse to fine."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BadInputError(f"cannot read the word clusters {path}: {exc.strerror}") from exc
    clusters: dict[str, tuple[str, ...]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        word, *ids = line.split("\t")
        if not ids:
            raise BadInputError(f"{path}, line {number}: expected WORD<TAB>CLUSTER...")
        clusters[word] = tuple(ids)
    return clusters


@cache
def word_clusters() -> dict[str, tuple[str, ...]]:
    return load_clusters(bundled_clusters_path())
