"""Lay a long document out in small slices, so the window never waits for a book's layout.

QTextEdit lays out a new (or re-wrapped) document lazily, from Qt's own timer, in steps that
double in size up to 200,000 characters: for a 100,000-word book the last steps each held the
window's thread for 100-150 ms. `LayoutDriver` takes that work over: it keeps the layout's
timer events away from it and lays the document out a few blocks per turn of the event loop
(about 4 ms each), until the end. Painting still lays out what is on screen at once, as
before; only the work below the fold is spread out.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QTextBlock, QTextDocument
from shiboken6 import isValid

from simak.gui.tasks import background_work_running

SLICE_SECONDS = 0.004
PAUSED_MS = 25  # while a worker runs a job (see _step)


class _HoldLazyLayout(QObject):
    """Keeps the document layout's own lazy-layout timer from running while we drive."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        return event.type() == QEvent.Type.Timer


class LayoutDriver(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: QTextDocument | None = None
        self._layout = None
        self._block: QTextBlock | None = None
        self._hold = _HoldLazyLayout(self)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def start(self, document: QTextDocument) -> None:
        """Lay `document` out from its first block (call after anything that re-wraps it)."""
        self.stop()
        self._document = document
        self._layout = document.documentLayout()
        self._layout.installEventFilter(self._hold)
        self._block = document.begin()
        self._timer.start(0)

    def running(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()
        if self._layout is not None and isValid(self._layout):
            self._layout.removeEventFilter(self._hold)
        self._document, self._layout, self._block = None, None, None

    def _step(self) -> None:
        block, layout = self._block, self._layout
        if block is None or layout is None or not isValid(layout):  # the article was replaced
            self.stop()
            return
        if background_work_running():
            # Laying text out here while a worker runs Python (building another document, say)
            # made single slices take 100+ ms: each call into Qt lets the interpreter go, and
            # getting it back means waiting for the worker's turn to end. The rest can wait.
            self._timer.setInterval(PAUSED_MS)
            return
        self._timer.setInterval(0)
        deadline = time.perf_counter() + SLICE_SECONDS
        while block.isValid() and time.perf_counter() < deadline:
            layout.blockBoundingRect(block)  # lays the document out up to this block
            block = block.next()
        self._block = block
        if not block.isValid():
            self.stop()  # done: Qt's own timer finds nothing left to lay out
