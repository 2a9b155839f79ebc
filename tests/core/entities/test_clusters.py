from __future__ import annotations

from pathlib import Path

import pytest

from simak.core.entities.clusters import load_clusters, word_clusters
from simak.core.entities.features import FeatureExtractor
from simak.core.entities.gazetteer import default_gazetteer
from simak.core.errors import BadInputError


def test_bundled_clusters_group_given_names_apart_from_verbs() -> None:
    clusters = word_clusters()
    assert clusters["budi"] == clusters["bambang"]  # both first names, used alike
    assert clusters["budi"][-1] != clusters["kata"][-1]  # "said" is used differently


def test_known_words_get_cluster_features_and_unknown_words_none() -> None:
    features = FeatureExtractor(default_gazetteer(), frozenset({"word", "clusters"}))
    known, unknown = features.sentence(["Bambang", "Xqzvw"])
    assert [f for f in known if f.startswith("c")] == [
        f"c{k}={c}" for k, c in enumerate(word_clusters()["bambang"])
    ]
    assert not [f for f in unknown if f.startswith("c")]


def test_a_malformed_cluster_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "clusters.tsv"
    path.write_text("# word\tcluster\nbudi\t3\nbambang\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="line 3"):
        load_clusters(path)
    with pytest.raises(BadInputError, match="cannot read"):
        load_clusters(tmp_path / "missing.tsv")
