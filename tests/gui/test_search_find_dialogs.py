"""Search everything, find in article, dictionaries, backups and the import language check."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from simak.core.importers import ImportedText
from simak.gui.dialogs.backup_dialog import BackupDialog, check_sentence, readable_size
from simak.gui.dialogs.dictionaries_dialog import DictionariesDialog
from simak.gui.dialogs.import_progress import run_import
from simak.gui.dialogs.search_dialog import SearchDialog
from simak.gui.reader.document import lay_out
from simak.gui.reader.find_bar import FindBar
from simak.gui.reader.reader_view import ReaderView
from simak.gui.theme import ReadingStyle
from simak.storage.backup import CheckResult
from simak.storage.db import connect
from simak.storage.lexicon_repo import DictionaryRepo
from simak.storage.repos import NoteRepo

SHOTS = os.environ.get("SIMAK_DIALOG_SHOTS")  # a folder: save each dialog's picture there

ENGLISH = (
    "The committee met on Tuesday to discuss the new budget. Members said that the "
    "proposal would help schools and hospitals, but several of them asked for more time "
    "to read the details before they vote on it next week."
)


def _shot(widget, name: str) -> None:
    if SHOTS:
        QApplication.processEvents()  # let pending layout requests settle first
        widget.grab().save(str(Path(SHOTS) / f"dlg2-{name}.png"))


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def conn(tmp_path):
    connection = connect(tmp_path / "library.sqlite3")
    yield connection
    connection.close()


# -- search everything -----------------------------------------------------------------------
def test_search_finds_a_note_and_an_article_and_opens_them(qtbot, window):
    session = window.session
    article_id = session.current.article.id
    note = NoteRepo(session.conn).add(article_id, "Ingat: zirafah itu kata yang saya cari.")
    dialog = _show(qtbot, SearchDialog(session.conn, session.runner, window))
    dialog.popup()

    qtbot.keyClicks(dialog.field, "zirafah")
    qtbot.waitUntil(lambda: len(dialog.hits()) == 1, timeout=5000)
    hit = dialog.hits()[0]
    assert (hit.kind, hit.note_id) == ("note", note.id)
    assert dialog.current_hit() == hit  # the first result is ready for Enter
    with qtbot.waitSignal(dialog.noteRequested) as opened:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert opened.args == [article_id, note.id]

    dialog.popup()
    dialog.field.setText("Patrushev")
    qtbot.waitUntil(lambda: any(h.kind == "article" for h in dialog.hits()), timeout=5000)
    assert dialog.results.item(0).text().startswith("Articles")  # grouped under a heading
    assert "<b>Patrushev</b>" in dialog.hits()[0].snippet_html
    _shot(dialog, "search")
    with qtbot.waitSignal(dialog.articleRequested) as opened:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert opened.args == [article_id, "Patrushev"]


def test_search_says_so_when_nothing_matches_and_moves_with_the_keys(qtbot, conn):
    from simak.storage.repos import ArticleRepo

    articles = ArticleRepo(conn)
    first = articles.add("Banjir di Jakarta", "Banjir besar melanda Jakarta pagi ini.", None, 6)
    second = articles.add("Banjir lagi", "Warga Bekasi juga terkena banjir.", None, 5)
    dialog = _show(qtbot, SearchDialog(conn))  # no runner: answers at once
    dialog.field.setText("qwertyzz")
    dialog.run_query()
    assert dialog.message.isVisible() and not dialog.results.isVisible()
    assert dialog.message.text() == "Nothing in your library matches “qwertyzz”."
    _shot(dialog, "search-empty")

    dialog.field.setText("banjir")
    dialog.run_query()
    assert {h.article_id for h in dialog.hits()} == {first, second}
    start = dialog.current_hit()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    assert dialog.current_hit() not in (None, start)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)  # at the end it stays on the last result
    assert dialog.current_hit() == dialog.hits()[-1]
    qtbot.keyClick(dialog.field, Qt.Key.Key_Up)
    assert dialog.current_hit() == start


# -- find in article -------------------------------------------------------------------------
@pytest.fixture
def reader(qtbot, sample_text):
    view = ReaderView(ReadingStyle())
    view.resize(900, 600)
    laid_out = lay_out(sample_text, sample_text.splitlines()[0], view.style_)
    view.show_article(laid_out, [])
    return _show(qtbot, view)


def test_find_bar_counts_and_steps_through_matches(qtbot, reader, sample_text):
    from simak.core.model import Span

    reader.highlight([Span(0, 6)], scroll_to_first=False)  # the reader's own highlight
    bar = FindBar(reader)
    bar.open_bar()
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "korea utara")
    expected = sample_text.lower().count("korea utara")
    assert expected >= 3
    qtbot.waitUntil(lambda: bar.count_label.text() == f"1 of {expected}", timeout=2000)
    assert reader.textCursor().selectedText().lower() == "korea utara"
    first = reader.textCursor().selectionStart()
    _shot(reader, "find-bar")

    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text() == f"2 of {expected}"
    assert reader.textCursor().selectionStart() > first
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == f"{expected} of {expected}"  # wraps to the last
    qtbot.keyClick(reader, Qt.Key.Key_F3)
    assert bar.count_label.text() == f"1 of {expected}"
    assert len(reader.extraSelections()) == 1  # the highlight survived

    bar.field.setText("zzzxq")
    qtbot.waitUntil(lambda: bar.count_label.text() == "No matches", timeout=2000)
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


# -- dictionaries ----------------------------------------------------------------------------
def _table(path: Path, rows: str) -> Path:
    path.write_text(rows, encoding="utf-8")
    return path


def test_dictionaries_toggle_reorder_import_and_remove(qtbot, conn, tmp_path):
    repo = DictionaryRepo(conn)
    system = _table(tmp_path / "sys.tsv", "rumah\thouse\n")
    repo.add(system, "tsv", "Kamus sistem", kind="system")
    folder = tmp_path / "dictionaries"
    dialog = _show(qtbot, DictionariesDialog(conn, dictionaries_dir=folder))
    with qtbot.waitSignal(dialog.changed):
        dialog.import_file(_table(tmp_path / "satu.tsv", "makan\teat\n"))
    with qtbot.waitSignal(dialog.changed):
        dialog.import_file(_table(tmp_path / "dua.csv", "minum,drink\n"))
    assert [r.name for r in repo.list()] == ["Kamus sistem", "satu", "dua"]
    assert dialog.message.text() == "Imported dua."

    item = dialog.list.item(0)
    with qtbot.waitSignal(dialog.changed):
        item.setCheckState(Qt.CheckState.Unchecked)
    assert [r.enabled for r in repo.list()] == [False, True, True]

    dialog.list.setCurrentRow(2)
    assert dialog.up_button.isEnabled() and not dialog.down_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        dialog.up_button.click()
    assert [r.name for r in repo.list()] == ["Kamus sistem", "dua", "satu"]
    assert dialog.list.currentRow() == 1  # the moved row stays selected
    assert not dialog.up_button.isEnabled()  # imported ones stay after the system ones
    _shot(dialog, "dictionaries")

    dialog.list.setCurrentRow(0)
    assert not dialog.remove_button.isEnabled()  # a system dictionary can only be unticked
    dialog.list.setCurrentRow(1)
    copy = repo.list()[1].path
    with qtbot.waitSignal(dialog.changed):
        dialog.remove_button.click()
    assert [r.name for r in repo.list()] == ["Kamus sistem", "satu"]
    assert not copy.exists()


def test_a_bad_dictionary_file_is_refused_with_a_sentence(qtbot, conn, tmp_path):
    folder = tmp_path / "dictionaries"
    dialog = _show(qtbot, DictionariesDialog(conn, dictionaries_dir=folder))
    assert dialog.empty.isVisible() and not dialog.list.isVisible()
    _shot(dialog, "dictionaries-empty")
    bad = _table(tmp_path / "notes.tsv", "just a line without a meaning\n")
    changes = []
    dialog.changed.connect(lambda: changes.append(1))
    dialog.import_file(bad)
    text = dialog.message.text()
    assert text.startswith("Not imported: notes.tsv has no usable lines") and text.endswith(".")
    assert text.count(".") == 2 and "\n" not in text  # one sentence (the file name has a dot)
    assert changes == [] and DictionaryRepo(conn).list() == []
    assert not folder.exists() or not any(folder.iterdir())
    _shot(dialog, "dictionaries-bad")


# -- backups ---------------------------------------------------------------------------------
def test_back_up_now_lists_it_and_checks_the_database(qtbot, conn, tmp_path):
    folder = tmp_path / "backups"
    dialog = _show(qtbot, BackupDialog(conn, folder=folder))
    assert dialog.empty.isVisible() and not dialog.restore_button.isEnabled()
    _shot(dialog, "backups-empty")

    dialog.backup_button.click()
    assert len(dialog.backups()) == 1
    backup = dialog.backups()[0]
    assert backup.path.parent == folder and backup.path.is_file()
    row = dialog.list.topLevelItem(0)
    assert row.text(1) == "Made by you" and row.text(2) == readable_size(backup.size_bytes)
    assert dialog.restore_button.isEnabled()

    dialog.check_button.click()
    assert dialog.message.text().startswith("The library is healthy")
    _shot(dialog, "backups")

    requested = []
    dialog.restoreRequested.connect(requested.append)
    dialog.restore_button.click()
    box = dialog.confirm_box
    assert box is not None and ".before-restore" in box.informativeText()
    _shot(box, "restore-confirm")
    next(b for b in box.buttons() if b.text() == "Restore").click()
    assert requested == [backup.path]


def test_a_failed_check_is_told_in_a_sentence_or_two():
    text = check_sentence(CheckResult(False, ["integrity: page 4 is never used", "x"]))
    assert text.startswith("The check found 2 problems, such as: integrity: page 4")
    assert text.count(". ") == 1 and text.endswith(".")


# -- import language check -------------------------------------------------------------------
def _import(qtbot, parent, path: Path):
    job = run_import(parent, None, str(path))
    results = {"imported": [], "cancelled": []}
    job.imported.connect(results["imported"].append)
    job.cancelled.connect(lambda: results["cancelled"].append(True))
    return job, results


def test_english_text_asks_before_importing(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    parent = _show(qtbot, QWidget())
    path = tmp_path / "english.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    job, results = _import(qtbot, parent, path)
    qtbot.waitUntil(lambda: job.question_box is not None, timeout=5000)
    box = job.question_box
    assert box.text() == "This text looks like English. Import it anyway?"
    _shot(box, "language-question")
    box.button(QMessageBox.StandardButton.No).click()
    assert results == {"imported": [], "cancelled": [True]}

    job, results = _import(qtbot, parent, path)
    qtbot.waitUntil(lambda: job.question_box is not None, timeout=5000)
    job.question_box.button(QMessageBox.StandardButton.Yes).click()
    assert len(results["imported"]) == 1
    assert isinstance(results["imported"][0], ImportedText)


def test_indonesian_text_imports_without_a_question(qtbot, tmp_path, sample_text):
    from PySide6.QtWidgets import QWidget

    parent = _show(qtbot, QWidget())
    path = tmp_path / "berita.txt"
    path.write_text(sample_text, encoding="utf-8")
    job, results = _import(qtbot, parent, path)
    qtbot.waitUntil(lambda: bool(results["imported"]), timeout=5000)
    assert results["imported"][0].text.startswith("Kepala Keamanan")
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in parent.children())


def test_cancel_stops_an_import_on_the_runner_and_adds_nothing(qtbot, tmp_path, sample_text):
    from PySide6.QtWidgets import QWidget

    from simak.gui.tasks import TaskRunner

    parent = _show(qtbot, QWidget())
    runner = TaskRunner(parent)
    path = tmp_path / "berita.txt"
    path.write_text(sample_text, encoding="utf-8")
    job = run_import(parent, runner, str(path))
    results = {"imported": [], "cancelled": []}
    job.imported.connect(results["imported"].append)
    job.cancelled.connect(lambda: results["cancelled"].append(True))
    from PySide6.QtWidgets import QPushButton

    job.progress.findChild(QPushButton).click()  # Cancel, before the text is read
    qtbot.waitUntil(lambda: bool(results["cancelled"]), timeout=5000)
    assert results["imported"] == []
    runner.wait(5000)
