"""A long text opens at its first part (or where the learner left it) and reads part by part."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from tests.gui.conftest import click_word

from simak.core.importers import ImportedText
from simak.core.model import Span


def _long_text(sample: str, copies: int = 30) -> str:
    """The sample's paragraphs many times over (about 9,500 words), a marker in each copy."""
    title, body = sample.split("\n", 1)
    chunks = [f"Bagian nomor {k}.\n\n{body.strip()}" for k in range(copies)]
    return "Buku Panjang tentang Keamanan\n\n" + "\n\n".join(chunks) + "\n"


@pytest.fixture
def book(qtbot, window):
    sample = window.session.current
    text = _long_text(sample.analysis.text)
    session = window.session
    article_id = session.library.add(
        ImportedText("Buku Panjang tentang Keamanan", text, "t")
    ).article_id
    window.refresh_library()
    with qtbot.waitSignal(session.articleOpened, timeout=30000):
        session.open_article(article_id)
    return article_id, text, sample.article.id


def test_a_long_text_shows_its_first_part_and_the_part_bar(qtbot, window, book):
    _, text, _ = book
    opened = window.session.current
    assert opened.in_parts and opened.part.index == 0
    assert window.part_bar.isVisible()
    assert window.part_bar.chooser.currentText() == f"Part 1 of {len(opened.parts)}"
    assert not window.part_bar.previous_action.isEnabled()
    document = window.reader.document().toPlainText()
    assert document.startswith("Buku Panjang")
    assert "Bagian nomor 0." in document and f"Bagian nomor {29}." not in document
    # every token points at its word in the article's own offsets
    for token in window.reader.tokens():
        assert text[token.start : token.end] == token.text
    assert "in this part" in window.words_label.text()


def test_next_part_by_shortcut_then_clicking_a_word_opens_its_card(qtbot, window, book):
    _, text, _ = book
    session = window.session
    window.reader.setFocus()
    with qtbot.waitSignal(session.articleOpened, timeout=30000):
        qtbot.keyClick(window.reader, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    opened = session.current
    assert opened.part.index == 1
    assert opened.analysis.tokens[0].start >= opened.part.start > 0
    assert window.part_bar.previous_action.isEnabled()
    assert "Buku Panjang" not in window.reader.document().toPlainText()[:40]
    index = click_word(qtbot, window, "sanksi")
    assert window.word_card.data.surface == "sanksi"
    assert window.reader.tokens()[index].start >= opened.part.start
    assert session.sentence_of(window.reader.tokens()[index].start)


def test_the_book_reopens_at_the_part_left(qtbot, window, book):
    article_id, _, sample_id = book
    session = window.session
    with qtbot.waitSignal(session.articleOpened, timeout=30000):
        window.part_bar.chooser.activated.emit(2)
    assert session.current.part.index == 2
    session.runner.wait()  # the part is remembered on a worker
    with qtbot.waitSignal(session.articleOpened, timeout=30000):
        session.open_article(sample_id)
    with qtbot.waitSignal(session.articleOpened, timeout=30000):
        session.open_article(article_id)
    assert session.current.part.index == 2
    assert window.part_bar.chooser.currentText().startswith("Part 3 of")


def test_a_passage_note_in_another_part_opens_that_part(qtbot, window, book):
    article_id, text, _ = book
    session = window.session
    start = text.index("Bagian nomor 29.")
    end = start + len("Bagian nomor 29")
    assert not window.reader.shows(start, end)
    assert window.notes.add_passage_note(article_id, text, start, end, "jauh di belakang")
    assert window.reader._passages == [Span(start, end)]
    assert window.reader.extraSelections() == []  # not drawn at the edge of this part
    with qtbot.waitSignal(session.articleOpened, timeout=30000):
        window.jump_to_passage(start, end)
    assert session.current.part.contains(start)
    qtbot.waitUntil(lambda: window.reader.highlighted() == [Span(start, end)], timeout=5000)


def test_the_sample_is_read_whole_without_a_part_bar(qtbot, window):
    opened = window.session.current
    assert not opened.in_parts
    assert not window.part_bar.isVisible()


def test_a_search_hit_in_another_part_opens_that_part_with_the_words_found(qtbot, window, book):
    article_id, text, _ = book
    session = window.session
    with qtbot.waitSignal(session.articleOpened, timeout=30000):
        window.tools._open_and_find(article_id, "Bagian nomor 29")
    assert session.current.part.contains(text.index("Bagian nomor 29"))
    assert window.tools.find_bar.isVisible()
    assert "Bagian nomor 29" in window.reader.document().toPlainText()


def test_walking_past_the_last_new_word_points_to_the_next_part(qtbot, window, book):
    reader = window.reader
    reader.is_unknown = lambda _index: False  # every word of this part is marked already
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Space)
    message = window.statusBar().currentMessage()
    assert message.startswith("No new words left in this part.")
    assert "Ctrl+PgDown" in message


def test_an_imported_book_opens_and_its_words_join_their_families(qtbot, window):
    session = window.session
    text = _long_text(session.current.analysis.text) + "\nMereka bersepeda ke pasar.\n"
    assert "bersepeda" not in session.families.family("sepeda")

    def imported(opened) -> bool:  # the sample may be reopened meanwhile (meanings loaded)
        return opened.article.title == "Buku Bersepeda"

    with qtbot.waitSignal(session.articleOpened, timeout=30000, check_params_cb=imported):
        session.add_imported(ImportedText("Buku Bersepeda", text, "t"))
    assert session.current.article.title == "Buku Bersepeda"
    assert session.current.in_parts
    # the families are worked out once the window has nothing else to do
    qtbot.waitUntil(lambda: "bersepeda" in session.families.family("sepeda"), timeout=30000)

    def listed_with_share() -> bool:
        items = [window.library.list.item(i).text() for i in range(window.library.list.count())]
        return any(t.startswith("Buku Bersepeda") and "known" in t for t in items)

    qtbot.waitUntil(listed_with_share, timeout=30000)  # the whole book's share, in the library


def test_quick_presses_go_as_many_parts_on(qtbot, window, book):
    session = window.session
    window.reader.setFocus()

    def at_third(opened) -> bool:
        return opened.part.index == 2

    with qtbot.waitSignal(session.articleOpened, timeout=30000, check_params_cb=at_third):
        for _ in range(2):
            qtbot.keyClick(window.reader, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(300)  # nothing else arrives after it
    assert session.current.part.index == 2
    assert window.part_bar.chooser.currentText().startswith("Part 3 of")


def test_known_shares_are_kept_so_the_next_start_need_not_analyse_again(qtbot, window, book):
    article_id, _, sample_id = book
    session = window.session
    with qtbot.waitSignal(session.knownSharesReady, timeout=60000) as first:
        session.compute_known_shares()
    shares = first.args[0]
    assert set(shares) >= {article_id, sample_id}

    from simak.app import build_window  # a second start on the same library

    second = build_window()
    qtbot.addWidget(second)
    engine = second.session.engine
    with qtbot.waitSignal(second.session.knownSharesReady, timeout=60000) as again:
        second.session.compute_known_shares()
    assert again.args[0] == shares
    assert not engine._cache  # nothing was analysed: the counts came from the library file
    second.session.runner.wait()
