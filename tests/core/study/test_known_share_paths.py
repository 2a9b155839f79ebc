"""The known share's one-walk helpers answer as the plain definitions do."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from simak.core.model import Span
from simak.core.study import (
    KNOWN_STATUS_VALUES,
    known_fraction,
    running_headwords,
    running_word_indexes,
)
from simak.core.text import tokenize
from simak.core.wordforms import headword_of

_PIECES = ["Rusia", "keamanannya", "dan", "2024", "Kim", "Jong-Un", ",", ".", "negara-negara"]
_PIECES += ["sanksi", "x", "PBB", "ke-3", "Rp", "10%", "di", "menyusun", "—", "é"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join),
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 30)), max_size=8),
)
def test_running_headwords_equal_the_plain_definition(text: str, raw_spans) -> None:
    tokens = tokenize(text)
    spans = [Span(start, start + length) for start, length in raw_spans]
    plain = [headword_of(tokens[i].text) for i in running_word_indexes(tokens, spans)]
    assert running_headwords(tokens, spans) == plain


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["yang", "dan", "rumah", "aman", "baru"]), max_size=60),
    st.dictionaries(st.sampled_from(["yang", "dan", "rumah"]), st.sampled_from([0, 1, 4, 98, 99])),
)
def test_known_fraction_equals_counting_each_word(headwords, statuses) -> None:
    plain = (
        sum(1 for h in headwords if statuses.get(h, 0) in KNOWN_STATUS_VALUES) / len(headwords)
        if headwords
        else 0.0
    )
    assert known_fraction(headwords, statuses) == plain
