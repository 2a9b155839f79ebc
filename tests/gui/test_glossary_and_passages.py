"""Glossary pins and removals, terms added from a selection, passage notes in the reader."""

from __future__ import annotations

from simak.core.model import Span


def test_removing_and_pinning_glossary_terms_survive_reopening(qtbot, window):
    s = window.session
    s.edit_glossary("sanksi", "remove")
    assert "sanksi" not in window.glossary.terms()
    s.edit_glossary("aliansi", "pin")
    assert window.glossary.terms()[0] == "aliansi"
    pinned, other = window.glossary.item_for("aliansi"), window.glossary.item_for("keamanan")
    assert not pinned.icon(0).isNull() and other.icon(0).isNull()  # a pin marks it
    assert pinned.text(0) == "aliansi"  # no emoji a font may lack
    assert "Pinned" in pinned.toolTip(0)
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


def test_tags_and_a_word_note_are_saved(qtbot, window):
    from PySide6.QtCore import Qt
    from tests.gui.conftest import click_word

    from simak.storage.repos import NoteRepo
    from simak.storage.term_note_repo import TermNoteRepo

    qtbot.keyClicks(window.notes.editor, "sanksi = sanctions")
    window.notes.tags_edit.setText("politik, #Rusia")
    qtbot.keyClick(window.notes.tags_edit, Qt.Key.Key_Return)
    note = NoteRepo(window.session.conn).all()[0]
    assert NoteRepo(window.session.conn).tags_of(note.id) == ["politik", "rusia"]

    click_word(qtbot, window, "aliansi")
    window.word_card.term_note_edit.setText("NATO = aliansi militer")
    qtbot.keyClick(window.word_card.term_note_edit, Qt.Key.Key_Return)
    assert TermNoteRepo(window.session.conn).get("aliansi").body == "NATO = aliansi militer"
    assert "Wiktionary" in window.word_card.plain_text()


def test_the_open_articles_glossary_is_searchable(qtbot, window):
    from simak.core.search import search

    session = window.session
    # the glossary's terms are indexed once the reader has settled on the article
    qtbot.waitUntil(session.runner.is_idle, timeout=5000)
    session.runner.wait()
    qtbot.wait(50)  # let the job's result arrive
    kinds = {hit.kind for hit in search(session.conn, "aliansi")}
    assert kinds >= {"article", "term"}
    session.record_pending_contexts()  # the same article again: nothing to redo
    assert not session.runner._pool.activeThreadCount()
