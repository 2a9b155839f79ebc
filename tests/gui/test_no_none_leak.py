"""The study dialogs must not wear down Python's None.

PySide6 6.12.0 releases None once too often when an item's setData stores a value or when a
QVariant with no value reaches Python (an empty role read through data(), a combo entry
without user data). Each lost reference brings the interpreter nearer to "Fatal Python
error: none_dealloc", so opening the dialogs again and again must leave None's count alone.
"""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from simak.core.review import ReviewService
from simak.core.study import Status, StudyService
from simak.gui.dialogs.import_known_dialog import ImportKnownDialog
from simak.gui.dialogs.progress_dialog import ProgressDialog
from simak.gui.dialogs.review_dialog import ReviewDialog
from simak.gui.dialogs.vocabulary_dialog import VocabularyDialog

ROUNDS = 30
ALLOWED_DROP = 50
# PySide6 also takes a few spare references to None when a dialog paints, which would hide
# a small leak; a vocabulary of a few hundred words makes one per row and call show.


@pytest.fixture
def services(window):
    conn = window.session.conn
    study = StudyService(conn)
    review = ReviewService(conn, define=window.session.lexicon.define)
    opened = window.session.current
    review.record_contexts(opened.article.id, opened.analysis)
    words = sorted({t.text.lower() for t in window.reader.tokens() if t.text.isalpha()})
    assert len(words) >= 100, "the sample article should give a vocabulary of real size"
    cycle = (Status.LEARNING_1, Status.LEARNING_3, Status.KNOWN, Status.IGNORED)
    study.set_statuses({word: cycle[i % len(cycle)] for i, word in enumerate(words)})
    return study, review, len(review.vocabulary())


def _settle() -> None:
    """Delete the closed dialogs so the references they hold do not hide a lost one."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _none_lost_while(open_and_use) -> int:
    open_and_use()  # first use builds caches and translations that hold None for good
    _settle()
    before = sys.getrefcount(None)
    for _ in range(ROUNDS):
        open_and_use()
        _settle()
    return before - sys.getrefcount(None)


def _show(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab()  # paint every cell: the view reads each role of each item
    return dialog


def _dispose(dialog) -> None:
    dialog.close()
    dialog.deleteLater()


def test_vocabulary_dialog_with_filters_and_sorting_keeps_none(qtbot, window, services):
    study, review, size = services

    def use() -> None:
        dialog = _show(qtbot, VocabularyDialog(study, review, window))
        assert len(dialog.terms()) == size
        for column in range(5):
            dialog.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
            dialog.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        dialog.search.setText("a")
        for index in range(dialog.status_filter.count()):
            dialog.status_filter.setCurrentIndex(index)
        dialog.search.clear()
        dialog.status_filter.setCurrentIndex(0)
        assert len(dialog.terms()) == size
        dialog.table.selectRow(0)
        assert dialog.selected_terms()
        dialog.grab()
        _dispose(dialog)

    assert _none_lost_while(use) <= ALLOWED_DROP


def test_other_study_dialogs_keep_none(qtbot, window, services):
    study, review, size = services

    def use() -> None:
        for dialog in (
            ReviewDialog(review, window),
            ProgressDialog(study, window),
            ImportKnownDialog(study, window),
        ):
            _dispose(_show(qtbot, dialog))

    assert _none_lost_while(use) <= ALLOWED_DROP
