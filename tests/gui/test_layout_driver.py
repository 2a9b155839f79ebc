"""A long article is laid out in slices on the window's thread, never in one long step."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QTextEdit

from simak.gui.reader.document import lay_out
from simak.gui.reader.layout_driver import SLICE_SECONDS, LayoutDriver
from simak.gui.theme import ReadingStyle


def _long_text(paragraphs: int = 2500) -> str:
    sentence = "Pertemuan antara kedua pemimpin membahas kerja sama keamanan regional. "
    return "Judul panjang\n\n" + "\n\n".join(sentence * 6 for _ in range(paragraphs))


def test_a_long_document_is_laid_out_to_the_end_in_short_slices(qtbot):
    view = QTextEdit()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    laid_out = lay_out(_long_text(), "Judul panjang", ReadingStyle())
    document = laid_out.document
    document.setParent(view)
    view.setDocument(document)
    driver = LayoutDriver(view)
    driver.start(document)
    slices = []
    step = driver._step

    def timed_step() -> None:
        started = time.perf_counter()
        step()
        slices.append(time.perf_counter() - started)

    driver._timer.timeout.disconnect(step)
    driver._timer.timeout.connect(timed_step)
    qtbot.waitUntil(lambda: not driver.running(), timeout=30000)
    assert len(slices) > 5  # the work was spread out
    assert max(slices) < SLICE_SECONDS + 0.05  # no slice near the 100+ ms of Qt's own steps
    last = document.lastBlock()
    assert document.documentLayout().blockBoundingRect(last).bottom() > 10 * view.height()


def test_replacing_the_document_stops_the_driver(qtbot):
    view = QTextEdit()
    qtbot.addWidget(view)
    first = lay_out(_long_text(300), "Judul panjang", ReadingStyle()).document
    first.setParent(view)
    view.setDocument(first)
    driver = LayoutDriver(view)
    driver.start(first)
    view.setDocument(lay_out("Pendek\n\nSatu kalimat.", "Pendek", ReadingStyle()).document)
    first.deleteLater()
    qtbot.waitUntil(lambda: not driver.running(), timeout=5000)
