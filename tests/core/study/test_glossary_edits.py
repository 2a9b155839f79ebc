from __future__ import annotations

from simak.core.glossary_edits import apply_edits
from simak.core.model import GlossaryEntry, Span

TEXT = "Kerja sama militer. Rusia menjalin kerja sama dengan mitra. Sanksi berlaku."
SENTENCES = [Span(0, 19), Span(20, 59), Span(60, 75)]


def _entry(term: str, score: float) -> GlossaryEntry:
    return GlossaryEntry(term, term, "", 1, score, "", [], 0)


def test_removed_terms_go_pinned_come_first_and_added_are_found_in_the_text():
    entries = [_entry("sanksi", 0.9), _entry("militer", 0.5), _entry("mitra", 0.4)]
    edits = {"sanksi": "remove", "mitra": "pin", "menjalin": "add"}
    result = apply_edits(entries, edits, TEXT, SENTENCES, gloss_for=lambda t: f"<{t}>")
    assert [e.term for e in result] == ["mitra", "menjalin", "militer"]
    added = result[1]
    assert added.count == 1 and added.gloss == "<menjalin>"
    assert added.example == "Rusia menjalin kerja sama dengan mitra."
    assert TEXT[added.spans[0].start : added.spans[0].end] == "menjalin"


def test_an_added_phrase_counts_every_occurrence_and_a_missing_one_is_skipped():
    result = apply_edits([], {"kerja sama": "add", "tidak ada": "add"}, TEXT, SENTENCES)
    assert [(e.term, e.count) for e in result] == [("kerja sama", 2)]
