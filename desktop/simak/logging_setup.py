"""A rotating log file in the user log folder; the console stays quiet for headless use."""

from __future__ import annotations

import logging
import os

from simak import paths

MAX_LOG_BYTES = 1_000_000
KEPT_LOGS = 3


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger("simak")
    if root.handlers:
        return
    root.setLevel(level)
    try:
        log_file = paths.log_dir() / "simak.log"
        _rotate(log_file)
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.propagate = False


def _rotate(log_file) -> None:
    """Start a fresh log when the last one grew past MAX_LOG_BYTES, keeping KEPT_LOGS old ones
    (simak.log.1 is the newest). Done once per start: logging.handlers' rotating handler costs
    a sixtieth of a second of imports before the window can show."""
    try:
        if log_file.stat().st_size < MAX_LOG_BYTES:
            return
    except FileNotFoundError:
        return
    for n in range(KEPT_LOGS - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{n}")
        if older.exists():
            os.replace(older, log_file.with_name(f"{log_file.name}.{n + 1}"))
    os.replace(log_file, log_file.with_name(f"{log_file.name}.1"))
