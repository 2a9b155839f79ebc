from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from simak.core.glossary import build_glossary
from simak.core.wordforms import is_stopword, tokens_and_sentences

from .conftest import analyse


def test_sample_key_terms_rank_in_the_top_20(sample_analysis):
    top = [e.term for e in sample_analysis.glossary[:20]]
    for term in ("keamanan", "sanksi", "aliansi"):
        assert term in top, f"{term} not in {top}"


def test_no_names_or_stopwords_in_the_glossary(sample_analysis):
    terms = [e.term for e in sample_analysis.glossary]
    lowered = " ".join(terms)
    for name in ("rusia", "russia", "patrushev", "korea", "jong-un", "ukraina", "barat"):
        assert name not in lowered.split(), name
    assert not [t for t in terms if " " not in t and is_stopword(t)]
    assert all(not t.isdigit() for t in terms)


def test_collocations_and_compounds_are_terms(sample_analysis):
    terms = {e.term: e for e in sample_analysis.glossary}
    assert "kerja sama" in terms
    assert terms["kerja sama"].count == 2
    assert "sanksi internasional" in terms
    assert "tanggung jawab" in terms
    # "kerja" only occurs inside the compound, so it is not a term of its own
    assert "kerja" not in terms


def test_entries_carry_headword_root_example_and_spans(sample_analysis):
    text = sample_analysis.text
    entry = next(e for e in sample_analysis.glossary if e.term == "keamanan")
    assert entry.root == "aman"
    assert entry.example.startswith("Kunjungan Kepala Keamanan Rusia")
    assert entry.first_offset == entry.spans[0].start
    assert all(text[s.start : s.end].lower() == "keamanan" for s in entry.spans)
    scores = [e.score for e in sample_analysis.glossary]
    assert scores == sorted(scores, reverse=True) and scores[0] == 1.0 and min(scores) > 0


def test_headwords_drop_clitics_and_reduplication_but_keep_affixes():
    text = "Keamanannya terjaga. Negara-negara tetangga membahas keamanan dan negara."
    tokens, sentences = tokens_and_sentences(text)
    terms = {e.term: e.count for e in build_glossary(text, tokens, sentences, [])}
    assert terms["keamanan"] == 2
    assert terms["negara"] == 2
    assert "aman" not in terms


def test_entity_spans_are_left_out(sample_text):
    analysis = analyse(sample_text)
    entity_spans = [s for e in analysis.entities for s in e.spans]
    for entry in analysis.glossary:
        for span in entry.spans:
            assert not any(e.start < span.end and span.start < e.end for e in entity_spans)


def test_gloss_provider_fills_meanings(sample_analysis):
    tokens, text = sample_analysis.tokens, sample_analysis.text
    glossary = build_glossary(
        text, tokens, sample_analysis.sentences, [], gloss_for={"sanksi": "sanctions"}.get
    )
    assert next(e.gloss for e in glossary if e.term == "sanksi") == "sanctions"
    assert next(e.gloss for e in glossary if e.term == "aliansi") == ""


def test_empty_text_gives_empty_glossary():
    assert build_glossary("", [], [], []) == []


@given(
    st.lists(st.tuples(st.integers(0, 200), st.integers(1, 12)), max_size=12),
    st.lists(st.tuples(st.integers(0, 3), st.integers(1, 8)), max_size=40),
)
def test_the_one_walk_entity_check_agrees_with_the_search(
    entity_spans: list[tuple[int, int]], token_steps: list[tuple[int, int]]
) -> None:
    from simak.core.glossary import _SpanIndex
    from simak.core.model import Span, Token

    index = _SpanIndex(Span(start, start + length) for start, length in entity_spans)
    tokens, at = [], 0
    for gap, length in token_steps:  # tokens in text order, never overlapping
        tokens.append(Token("w", at + gap, at + gap + length))
        at += gap + length
    assert index.overlapping(tokens) == [index.overlaps(t.start, t.end) for t in tokens]
