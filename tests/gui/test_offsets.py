"""Article offsets (code points) <-> document positions (UTF-16): the one conversion."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from simak.gui.reader.document import lay_out, paragraphs
from simak.gui.theme import ReadingStyle


def test_paragraphs_split_on_blank_lines_and_keep_offsets():
    text = "Judul\n\nSatu dua.\nTiga.\n\n  \n\nEmpat 😀 lima."
    found = paragraphs(text)
    assert [chunk for _, chunk in found] == ["Judul", "Satu dua.\nTiga.", "Empat 😀 lima."]
    assert all(text[start : start + len(chunk)] == chunk for start, chunk in found)


def test_every_character_maps_to_the_same_character_in_the_document(qtbot):
    text = "Judul 😀\n\nKata 𝒳 kedua dan ketiga.\nBaris baru.\n\nAkhir 🇮🇩 teks."
    laid = lay_out(text, "Judul 😀", ReadingStyle())
    doc_text = laid.document.toPlainText()
    cursor = QTextCursor(laid.document)
    for start, chunk in paragraphs(text):
        for i, ch in enumerate(chunk):
            offset = start + i
            position = laid.offsets.to_doc(offset)
            assert laid.offsets.to_text(position) == offset
            cursor.setPosition(position)
            cursor.setPosition(laid.offsets.to_doc(offset + 1), QTextCursor.MoveMode.KeepAnchor)
            expected = " " if ch == "\n" else ch
            assert cursor.selectedText() == expected, (offset, ch)
    assert "Baris baru" in doc_text
