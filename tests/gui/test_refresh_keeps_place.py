"""The open text laid out again (bigger type, another theme, meanings just loaded) leaves
the learner where they were: the place, the selected word and its card, the search, and
the focus in the note they are typing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import click_word


def _refreshed(qtbot, window, change) -> None:
    with qtbot.waitSignal(window.session.articleOpened, timeout=30000):
        change()
    qtbot.wait(50)


def test_bigger_type_keeps_the_place_and_the_selected_word(qtbot, window) -> None:
    reader = window.reader
    index = click_word(qtbot, window, "ekonomi")  # far enough down to need scrolling
    reader.scroll_to_offset(reader.tokens()[index].start)
    qtbot.wait(50)
    top_before, _ = reader.reading_place()
    assert top_before and top_before > 0
    _refreshed(qtbot, window, window.reading_menu.bigger)
    assert reader.selected_word() == index
    assert "economy" in window.word_card.plain_text().lower()
    top_after, _ = reader.reading_place()
    text = window.session.current.analysis.text
    # the same line of text at the top, give or take the few words a wider type re-wraps
    assert abs(top_after - top_before) < 120, (text[top_before:][:40], text[top_after:][:40])
    assert reader.verticalScrollBar().value() > 0


def test_a_note_being_typed_keeps_the_focus(qtbot, window) -> None:
    notes = window.notes
    window.new_note()
    qtbot.keyClicks(notes.editor, "kata pertama")
    assert notes.editor.hasFocus()
    _refreshed(qtbot, window, window.session.reopen)
    assert notes.editor.hasFocus()
    qtbot.keyClicks(notes.editor, " k")  # a letter, not the Known key
    assert notes.editor.toPlainText() == "kata pertama k"


def test_the_find_keeps_its_match(qtbot, window) -> None:
    window.tools.find()
    bar = window.tools.find_bar
    qtbot.keyClicks(bar.field, "korea utara")
    reader = window.reader
    qtbot.waitUntil(lambda: reader.textCursor().selectedText().lower() == "korea utara")
    _refreshed(qtbot, window, window.session.reopen)
    qtbot.waitUntil(lambda: reader.textCursor().selectedText().lower() == "korea utara")
    assert bar.count_label.text().startswith("1 of ")


def test_another_article_still_starts_at_its_top_with_the_reader_focused(qtbot, window) -> None:
    session = window.session
    window.tools.import_text(
        "Harga Beras Naik\n\nHarga beras di pasar naik lagi minggu ini. Para pedagang "
        "mengatakan pasokan dari petani berkurang karena musim hujan."
    )
    qtbot.waitUntil(lambda: session.current.article.title == "Harga Beras Naik", timeout=30000)
    qtbot.waitUntil(lambda: window.reader.tokens()[0].text == "Harga")
    assert window.reader.selected_word() is None
    assert window.reader.verticalScrollBar().value() == 0
    qtbot.keyClick(window.reader, Qt.Key.Key_Right)
    assert window.reader.tokens()[window.reader.selected_word()].text == "Harga"


def test_a_text_read_from_its_top_stays_at_its_top(qtbot, window) -> None:
    assert window.reader.verticalScrollBar().value() == 0
    _refreshed(qtbot, window, window.reading_menu.bigger)
    assert window.reader.verticalScrollBar().value() == 0  # the headline's margin kept
