"""Which sentences read as Title Case headlines (their capitals say nothing about names)."""

from __future__ import annotations

import pytest

from simak.core.entities.extract import _is_title_case
from simak.core.text import tokenize


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        ("Rusia Kecam Sanksi Baru dari Dewan Keamanan", True),
        ("Korea Utara Uji Rudal di Laut Jepang", True),
        ("Presiden Datang ke Jakarta Hari Ini", True),
        # function words do not count, capitalised or not: two words are too few
        ("Di Jakarta dan Bandung", False),
        ("Di Jakarta Hari", False),
        ("Presiden Joko Widodo tiba di Jakarta kemarin.", False),
        ("Rusia, 12 Maret 2024", False),
        ("", False),
    ],
)
def test_title_case_headlines(sentence: str, headline: bool) -> None:
    assert _is_title_case(tokenize(sentence)) is headline
