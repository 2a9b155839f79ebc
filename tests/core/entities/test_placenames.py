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


def test_the_compiled_list_the_app_reads_is_the_tsv_compiled() -> None:
    # After a change to place-names.tsv: .venv/bin/python scripts/compile_place_names.py
    from_tsv = PlaceNames.load()
    compiled = PlaceNames.load_compiled()
    assert compiled.to_bytes() == from_tsv.to_bytes()
    sentence = ["Warga", "Kota", "New", "York", "dan", "Sukoharjo", "tiba", "di", "Khartoum"]
    assert compiled.marks(sentence) == from_tsv.marks(sentence) != {}


def test_a_damaged_compiled_list_is_reported_not_half_read(tmp_path: Path) -> None:
    good = PlaceNames.load_compiled().to_bytes()
    for damaged in (b"", b"not a place list", good[: len(good) // 2], good[:40]):
        path = tmp_path / "places.marisa"
        path.write_bytes(damaged)
        with pytest.raises(BadInputError):
            PlaceNames.load_compiled(path)


def test_a_compiled_list_round_trips(tmp_path: Path) -> None:
    source = tmp_path / "places.tsv"
    source.write_text("New York\tcity,state\nYork\tcity\nBandung\tidcity\n", encoding="utf-8")
    places = PlaceNames.load(source)
    compiled = tmp_path / "places.marisa"
    compiled.write_bytes(places.to_bytes())
    again = PlaceNames.load_compiled(compiled)
    assert len(again) == 3
    assert again.marks(["ke", "New", "York", "dan", "Bandung"]) == {
        1: ["B-city", "B-state"],
        2: ["I-city", "I-state", "B-city"],
        4: ["B-idcity"],
    }
