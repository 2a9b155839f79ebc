"""The reading window end to end, offscreen: open, click, entities, glossary, notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.gui.conftest import click_word, restarted


def test_sample_article_opens_with_its_title(window):
    assert window.windowTitle() == "Simak — Kepala Keamanan Russia Temui Kim Jong-Un, Ada Apa?"
    assert "Nikolai Patrushev" in window.reader.toPlainText()
    assert window.library.list.count() == 1


def test_clicking_keamanan_shows_its_meaning(qtbot, window):
    index = click_word(qtbot, window, "keamanan")
    assert window.reader.selected_word() == index
    assert window.tabs.currentWidget() is window.word_card
    card = window.word_card.plain_text()
    assert "keamanan" in card
    assert "security" in card.lower()
    assert "aman" in card  # the root


def test_clicking_beside_the_text_selects_nothing(qtbot, window):
    reader = window.reader
    index = next(i for i, t in enumerate(reader.tokens()) if t.text == "keamanan")
    reader.scroll_to_offset(reader.tokens()[index].start)
    qtbot.wait(10)
    rect = reader.word_rect(index)
    in_the_margin = rect.center()
    in_the_margin.setX(4)  # inside the document margin, left of every line
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=in_the_margin)
    assert reader.selected_word() is None
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert reader.selected_word() == index


def test_clicking_an_entity_highlights_all_its_mentions(qtbot, window):
    item = window.entities.item_for("Kim Jong-Un")
    assert item is not None, "Kim Jong-Un is not in the Entities tab"
    window.tabs.setCurrentWidget(window.entities)
    rect = window.entities.tree.visualItemRect(item)
    qtbot.mouseClick(window.entities.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    spans = window.reader.highlighted()
    text = window.session.current.analysis.text
    assert len(spans) >= 3
    assert all(text[s.start : s.end] in ("Kim Jong-Un", "Kim") for s in spans)


def test_glossary_lists_key_vocabulary_and_highlights_it(qtbot, window):
    terms = window.glossary.terms()
    for term in ("keamanan", "sanksi", "aliansi"):
        assert term in terms
    item = window.glossary.item_for("sanksi")
    window.tabs.setCurrentWidget(window.glossary)
    rect = window.glossary.tree.visualItemRect(item)
    qtbot.mouseClick(window.glossary.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = window.session.current.analysis.text
    spans = window.reader.highlighted()
    assert len(spans) == 2
    assert all(text[s.start : s.end].lower() == "sanksi" for s in spans)


def test_a_typed_note_is_there_after_reopening(qtbot, window, data_dir):
    qtbot.keyClicks(window.notes.editor, "Patrushev = Sekretaris Dewan Keamanan")
    qtbot.waitUntil(lambda: window.notes.state_label.text().startswith("Saved"), timeout=5000)
    again = restarted(qtbot, window)
    assert "Patrushev = Sekretaris Dewan Keamanan" in again.notes.editor.toPlainText()
    again.close()


def test_closing_right_after_typing_still_saves_the_note(qtbot, window):
    qtbot.keyClicks(window.notes.editor, "ditulis lalu langsung ditutup")
    window.close()  # before the autosave delay: closing must flush
    from simak import paths
    from simak.storage.db import connect
    from simak.storage.repos import NoteRepo

    conn = connect(paths.db_path())
    assert [n.body for n in NoteRepo(conn).all()] == ["ditulis lalu langsung ditutup"]
    conn.close()


def test_paste_as_new_article_opens_it(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(
        "Banjir di Jakarta\n\nBanjir melanda Jakarta pada Senin pagi."
    )

    def pasted(opened) -> bool:  # the sample may be reopened meanwhile (meanings loaded)
        return opened.article.title == "Banjir di Jakarta"

    with qtbot.waitSignal(window.session.articleOpened, timeout=30000, check_params_cb=pasted):
        window.paste_action.trigger()
    assert window.windowTitle() == "Simak — Banjir di Jakarta"
    assert window.library.list.count() == 2


def test_hiding_an_entity_persists_and_stepping_walks_the_mentions(qtbot, window):
    from simak.core.entities.corrections import Hide

    window.entities.entityActivated.emit(
        next(e for e in window.session.current.analysis.entities if e.name == "Korea Utara")
    )
    assert "mention 1 of" in window.entities.position_label.text()
    window.entities.next_button.click()
    assert "mention 2 of" in window.entities.position_label.text()

    window.entities.correctionRequested.emit(Hide("Barat"))
    assert window.entities.item_for("Barat") is None
    assert window.entities.item_for("Korea Utara") is not None
    with qtbot.waitSignal(window.session.articleOpened, timeout=30000):
        window.session.open_article(window.session.current.article.id)
    assert window.entities.item_for("Barat") is None  # the correction is kept


def test_reopening_articles_keeps_one_document(qtbot, window):
    from PySide6.QtGui import QTextDocument

    session = window.session
    for _ in range(3):
        with qtbot.waitSignal(session.articleOpened, timeout=20000):
            session.open_article(session.current.article.id)
        qtbot.wait(10)  # let the replaced document's deletion run
    documents = window.reader.findChildren(QTextDocument)
    assert documents == [window.reader.document()]
