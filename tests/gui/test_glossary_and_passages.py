"""Glossary pins and removals, terms added from a selection, passage notes in the reader."""

from __future__ import annotations

from simak.core.model import Span


def test_removing_and_pinning_glossary_terms_survive_reopening(qtbot, window):
    s = window.session
    s.edit_glossary("sanksi", "remove")
    assert "sanksi" not in window.glossary.terms()
    s.edit_glossary("aliansi", "pin")
    assert window.glossary.terms()[0] == "aliansi"
    with qtbot.waitSignal(s.articleOpened, timeout=30000):
        s.open_article(s.current.article.id)
    assert "sanksi" not in window.glossary.terms()
    assert window.glossary.terms()[0] == "aliansi"


def test_a_selected_phrase_added_to_the_glossary_is_found_and_highlighted(qtbot, window):
    s = window.session
    s.edit_glossary("Asia Timur", "add")
    entry_item = window.glossary.item_for("asia timur")
    assert entry_item is not None
    window.glossary.sort_box.setCurrentIndex(1)  # A to Z
    terms = window.glossary.terms()
    assert terms == sorted(terms)


def test_a_passage_note_is_saved_shown_and_jumped_to(qtbot, window):
    text = window.session.current.analysis.text
    start = text.index("sanksi internasional")
    end = start + len("sanksi internasional")
    article = window.session.current.article.id
    assert window.notes.add_passage_note(article, text, start, end, "sanctions")
    assert window.reader._passages == [Span(start, end)]
    assert "sanksi internasional" in window.notes.list.item(0).text()
    window.notes.list.setCurrentRow(0)
    from simak.core.notes_export import export_notes

    exported = export_notes(window.session.conn, article, "md")
    assert "> sanksi internasional" in exported and "sanctions" in exported
