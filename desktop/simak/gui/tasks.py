"""Run slow work off the GUI thread; results come back by queued signal.

Each submission gets a job id per `channel` (say "analysis"); when a newer job on the same
channel has started, an older result is dropped, so a fast click through the library never
shows the wrong article.

Work nobody waits for (a book's contexts, the next part, the library's known shares) is
submitted "when idle": it starts once no job runs, as a third busy thread starves the
window's of the interpreter.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(str, int, object)
    failed = Signal(str, int, object, str)


class _Running:
    """Background jobs running now, over every runner (see background_work_running)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0

    def add(self, delta: int) -> None:
        with self.lock:
            self.count += delta


_running = _Running()


def background_work_running() -> bool:
    """True while any worker runs a job: Python on the window's thread then waits for the
    interpreter at every turn, so optional work there (LayoutDriver) had better wait."""
    return _running.count > 0


class _Job(QRunnable):
    def __init__(self, relay: _Relay, channel: str, job_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._relay, self._channel, self._job_id, self._fn = relay, channel, job_id, fn

    def run(self) -> None:
        from simak.core.engine import paused_gc

        _running.add(1)
        try:
            # No cyclic collection on a worker: about one test run in six crashed inside a
            # collection on a worker thread (loading the lexicon) while the window's thread
            # ran Qt; the window's thread collects once the job is done.
            with paused_gc():
                result = self._fn()
        except Exception as exc:  # reported to the GUI as a sentence, logged in full
            self._relay.failed.emit(self._channel, self._job_id, exc, traceback.format_exc())
        else:
            self._relay.finished.emit(self._channel, self._job_id, result)
        finally:
            _running.add(-1)


IDLE_CHECK_MS = 200  # how often waiting work looks for a moment when no job runs


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        # Writes go through a one-thread pool: they run one at a time, in submission order.
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._callbacks: dict[
            int, tuple[Callable[[Any], None], Callable[[Exception], None] | None]
        ] = {}
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        # channel -> (not before, fn, on_done, on_error), in submission order
        self._waiting: dict[str, tuple[float, Callable[[], Any], Callable[[Any], None], Any]] = {}
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(IDLE_CHECK_MS)
        self._idle_timer.timeout.connect(self._start_waiting)

    def submit(
        self,
        channel: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> int:
        job_id = next(self._ids)
        self._latest[channel] = job_id
        self._callbacks[job_id] = (on_done, on_error)
        self._pool.start(_Job(self._relay, channel, job_id, fn))
        return job_id

    def submit_serial(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> int:
        """Run `fn` after every earlier serial job; its result is never dropped as stale."""
        job_id = next(self._ids)
        channel = f"serial-{job_id}"
        self._latest[channel] = job_id
        self._callbacks[job_id] = (on_done, on_error)
        self._serial.start(_Job(self._relay, channel, job_id, fn))
        return job_id

    def submit_when_idle(
        self,
        channel: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
        after_ms: int = 0,
    ) -> None:
        """Run `fn` once `after_ms` have passed and no job runs; a newer submission on the
        same channel replaces one still waiting."""
        self._waiting.pop(channel, None)
        self._waiting[channel] = (time.monotonic() + after_ms / 1000, fn, on_done, on_error)
        if not self._idle_timer.isActive():
            self._idle_timer.start()

    def run_waiting_now(self, channel: str) -> None:
        """Start the work waiting on `channel` at once (closing the window, say)."""
        waiting = self._waiting.pop(channel, None)
        if waiting is not None:
            self.submit(channel, *waiting[1:])

    def cancel_waiting(self, channel: str) -> None:
        self._waiting.pop(channel, None)

    def is_idle(self) -> bool:
        """No job runs and none waits for its turn."""
        return not self._waiting and not background_work_running()

    def _start_waiting(self) -> None:
        if not self._waiting:
            self._idle_timer.stop()
            return
        if background_work_running():
            return
        now = time.monotonic()
        ready = next((c for c, waiting in self._waiting.items() if waiting[0] <= now), None)
        if ready is not None:
            self.run_waiting_now(ready)

    def wait_serial(self, msecs: int = 30000) -> bool:
        return self._serial.waitForDone(msecs)

    def is_current(self, channel: str, job_id: int) -> bool:
        return self._latest.get(channel) == job_id

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs) and self._serial.waitForDone(msecs)

    def _on_finished(self, channel: str, job_id: int, result: object) -> None:
        on_done, _ = self._callbacks.pop(job_id, (None, None))
        if channel.startswith("serial-"):
            self._latest.pop(channel, None)
            if on_done is not None:
                on_done(result)
        elif on_done is not None and self.is_current(channel, job_id):
            on_done(result)

    def _on_failed(self, channel: str, job_id: int, exc: object, details: str) -> None:
        _, on_error = self._callbacks.pop(job_id, (None, None))
        log.error("background job %s/%s failed:\n%s", channel, job_id, details)
        if channel.startswith("serial-"):
            self._latest.pop(channel, None)
        if on_error is not None and (
            channel.startswith("serial-") or self.is_current(channel, job_id)
        ):
            on_error(exc)  # type: ignore[arg-type]
