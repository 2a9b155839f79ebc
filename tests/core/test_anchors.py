"""A passage note finds its passage again after the article is edited around or inside it."""

from __future__ import annotations

import pytest

from simak.core.anchors import Anchor, make_anchor, resolve
from simak.core.errors import BadInputError

TEXT = (
    "Gempa berkekuatan 5,6 magnitudo mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin "
    "siang. Badan Nasional Penanggulangan Bencana mencatat ratusan rumah rusak. Warga "
    "mengungsi ke tempat yang lebih aman. Presiden meminta keamanan diperkuat."
)
QUOTE = "Warga mengungsi ke tempat yang lebih aman."


def _anchor(text: str = TEXT, quote: str = QUOTE, nth: int = 0) -> Anchor:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return make_anchor(text, start, start + len(quote))


def _found(anchor: Anchor, text: str) -> str | None:
    span = resolve(anchor, text)
    return None if span is None else text[span[0] : span[1]]


def test_make_anchor_keeps_the_quote_and_its_surroundings():
    anchor = _anchor()
    assert anchor.quote == QUOTE
    assert anchor.prefix == TEXT[anchor.start - 32 : anchor.start]
    assert anchor.suffix == TEXT[anchor.end : anchor.end + 32]
    with pytest.raises(BadInputError):
        make_anchor(TEXT, 10, 5)
    with pytest.raises(BadInputError):
        make_anchor(TEXT, 0, len(TEXT) + 1)


def test_an_unchanged_article_resolves_to_the_old_offsets():
    anchor = _anchor()
    assert resolve(anchor, TEXT) == (anchor.start, anchor.end)


def test_an_edit_before_the_passage_moves_it():
    anchor = _anchor()
    edited = "BANDUNG, KOMPAS — " + TEXT.replace("ratusan", "lebih dari dua ratus")
    span = resolve(anchor, edited)
    assert span is not None and span != (anchor.start, anchor.end)
    assert edited[span[0] : span[1]] == QUOTE


def test_a_long_insertion_before_the_passage_is_followed_by_its_context():
    anchor = _anchor()
    edited = TEXT.replace("Badan Nasional", "Sisipan panjang. " * 60 + "Badan Nasional")
    assert _found(anchor, edited) == QUOTE


def test_an_edit_after_the_passage_leaves_it_in_place():
    anchor = _anchor()
    edited = TEXT.replace("diperkuat.", "diperkuat di seluruh wilayah terdampak.")
    assert resolve(anchor, edited) == (anchor.start, anchor.end)


def test_a_small_edit_inside_the_passage_still_finds_it():
    anchor = _anchor()
    edited = TEXT.replace("yang lebih aman", "yg lebih aman")
    assert _found(anchor, edited) == "Warga mengungsi ke tempat yg lebih aman."


def test_a_typo_fix_inside_the_passage_and_an_insertion_before_it():
    anchor = _anchor(
        TEXT.replace("mengungsi", "mengunsgi"), QUOTE.replace("mengungsi", "mengunsgi")
    )
    edited = "Berita terkini. " + TEXT
    assert _found(anchor, edited) == QUOTE


def test_a_repeated_quote_resolves_to_the_occurrence_with_the_same_context():
    text = (
        "Pagi ini harga beras naik lagi di Cianjur. Pedagang mengeluh. "
        "Sore ini harga beras naik lagi di Bandung. Pembeli sepi."
    )
    second = _anchor(text, "harga beras naik lagi", nth=1)
    first = _anchor(text, "harga beras naik lagi", nth=0)
    # the first sentence is removed: the second occurrence now sits near the first's offsets
    edited = text.replace("Pagi ini harga beras naik lagi di Cianjur. ", "")
    span = resolve(second, edited)
    assert span is not None
    assert edited[span[1] : span[1] + 11] == " di Bandung"
    # and the untouched first occurrence still resolves to itself
    assert resolve(first, text) == (first.start, first.end)


def test_repeated_quote_with_an_insertion_between_keeps_the_right_one():
    text = "Ya. Kata dia ya. Lalu dia bilang ya sekali lagi."
    anchor = make_anchor(text, text.index("ya sekali"), text.index("ya sekali") + 2)
    edited = text.replace("Kata dia ya.", "Kata dia ya, ya, ya.")
    span = resolve(anchor, edited)
    assert span is not None and edited[span[0] : span[0] + 9] == "ya sekali"


def test_a_deleted_passage_is_gone():
    anchor = _anchor()
    edited = TEXT.replace(QUOTE + " ", "")
    assert resolve(anchor, edited) is None


def test_a_passage_mostly_rewritten_is_gone():
    anchor = _anchor()
    edited = TEXT.replace(QUOTE, "Penduduk pindah ke lokasi yang jauh dari bahaya.")
    assert resolve(anchor, edited) is None
