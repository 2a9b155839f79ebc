from __future__ import annotations

from simak.core.entities.gazetteer import default_gazetteer


def test_bundled_places_know_spellings_and_english_names() -> None:
    gazetteer = default_gazetteer()
    assert len(gazetteer) > 500
    assert gazetteer.get("Russia").canonical == "Rusia"
    assert gazetteer.get("Rusia").english == "Russia"
    assert gazetteer.get("Korea Utara").english == "North Korea"
    assert gazetteer.get("Jepang").english == "Japan"
    assert gazetteer.get("Asia Timur").canonical == "Asia Timur"
    assert gazetteer.get("Jawa Timur").kind == "province"


def test_longest_match_wins_and_case_matters() -> None:
    gazetteer = default_gazetteer()
    tokens = ["Dari", "Korea", "Utara", "ke", "Korea", "Selatan", "lewat", "jawa", "timur"]
    found = [(m.start, m.end, m.place.canonical) for m in gazetteer.match(tokens)]
    assert found == [(1, 3, "Korea Utara"), (4, 6, "Korea Selatan")]
    assert gazetteer.iob(tokens) == ["", "B", "I", "", "B", "I", "", "", ""]
