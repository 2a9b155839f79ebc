from __future__ import annotations

from pathlib import Path

import pytest

from simak.core.entities.placenames import PlaceNames, default_place_names
from simak.core.errors import BadInputError


def test_bundled_place_names_cover_world_cities_and_indonesian_regions() -> None:
    places = default_place_names()
    assert len(places) > 50_000
    assert places.marks(["di", "Khartoum", "."]) == {1: ["B-city"]}
    assert "B-kab" in places.marks(["Sukoharjo"])[0]


def test_marks_take_the_longest_name_at_each_start_and_respect_case(tmp_path: Path) -> None:
    path = tmp_path / "places.tsv"
    path.write_text("# name\tkinds\nNew York\tcity,state\nYork\tcity\n", encoding="utf-8")
    places = PlaceNames.load(path)
    marks = places.marks(["ke", "New", "York", "dan", "york"])
    assert marks == {1: ["B-city", "B-state"], 2: ["I-city", "I-state", "B-city"]}


def test_malformed_place_names_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "places.tsv"
    path.write_text("Khartoum\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="line 1"):
        PlaceNames.load(path)
    with pytest.raises(BadInputError):
        PlaceNames.load(tmp_path / "missing.tsv")
