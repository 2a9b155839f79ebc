"""Small pieces the dialogs share: running a job, status names, intervals, standard controls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from simak.core.errors import SimakError
from simak.core.study import Status
from simak.gui.tasks import TaskRunner


def run_serial(
    runner: TaskRunner | None,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Run a database job on the runner's serial queue, or right here when there is no runner.

    Dialogs take an optional runner so scripts and tests can drive them synchronously.
    """
    if runner is not None:
        runner.submit_serial(fn, on_done, on_error)
        return
    try:
        result = fn()
    except Exception as exc:  # shown to the learner as a sentence, like the runner does
        on_error(exc)
        return
    on_done(result)


def sentence_for(exc: Exception) -> str:
    """One sentence for the learner, never a traceback."""
    message = exc.message if isinstance(exc, SimakError) else str(exc) or type(exc).__name__
    message = message.strip().rstrip(".")
    return message[:1].upper() + message[1:] + "."


def _tr(text: str) -> str:
    return QCoreApplication.translate("StudyDialogs", text)


def status_name(status: Status | int) -> str:
    status = Status(status)
    if status.is_learning:
        return _tr("Learning {0}").format(int(status))
    return {
        Status.NEW: _tr("New"),
        Status.KNOWN: _tr("Known"),
        Status.IGNORED: _tr("Ignored"),
    }[status]


STATUS_ORDER = (
    Status.LEARNING_1,
    Status.LEARNING_2,
    Status.LEARNING_3,
    Status.LEARNING_4,
    Status.KNOWN,
    Status.IGNORED,
    Status.NEW,
)


def short_interval(delta: timedelta) -> str:
    """'<1 min', '10 min', '3 h', '4 d', '2 mo', '1.5 y': what Anki shows on its buttons."""
    seconds = max(0.0, delta.total_seconds())
    minutes = seconds / 60
    if minutes < 1:
        return _tr("<1 min")
    if minutes < 60:
        return _tr("{0} min").format(round(minutes))
    hours = minutes / 60
    if hours < 24:
        return _tr("{0} h").format(round(hours))
    days = hours / 24
    if days < 30:
        return _tr("{0} d").format(round(days))
    if days < 365:
        return _tr("{0} mo").format(round(days / 30.4))
    years = days / 365
    return _tr("{0} y").format(f"{years:.1f}".rstrip("0").rstrip("."))


def when_text(moment: datetime, now: datetime) -> str:
    """'in 10 min (at 14:32)' or 'in 3 d (Sat 28 Nov)', in local time."""
    local = moment.astimezone()
    delta = moment - now
    if delta.total_seconds() <= 0:
        return _tr("now")
    if delta < timedelta(hours=20):
        return _tr("in {0} (at {1})").format(short_interval(delta), local.strftime("%H:%M"))
    return _tr("in {0} ({1})").format(short_interval(delta), local.strftime("%a %d %b"))


def settings_button(parent: QWidget, text: str, tip: str) -> QPushButton:
    """A push button for a settings dialog: with a tooltip, never the Enter default."""
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button


def add_result_and_close(dialog: QDialog, layout: QVBoxLayout) -> QLabel:
    """The one-sentence result line and the Close button at the foot of a settings dialog."""
    message = QLabel(dialog)
    message.setWordWrap(True)
    message.setAccessibleName(dialog.tr("Result"))
    message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(message)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close.rejected.connect(dialog.reject)
    layout.addWidget(close)
    return message


def list_or_empty(parent: QWidget, view: QWidget, empty_text: str) -> tuple[QLabel, QStackedWidget]:
    """A list and its empty-state sentence sharing one place: swapping pages never reflows
    the row around them. Returns the label and the stack (page 0 the list, 1 the label)."""
    empty = QLabel(empty_text, parent)
    empty.setObjectName("emptyState")
    empty.setWordWrap(True)
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    stack = QStackedWidget(parent)
    stack.addWidget(view)
    stack.addWidget(empty)
    return empty, stack
