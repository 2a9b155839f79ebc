"""A rotating log file in the user log folder; the console stays quiet for headless use."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from simak import paths

MAX_LOG_BYTES = 1_000_000
KEPT_LOGS = 3


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger("simak")
    if root.handlers:
        return
    root.setLevel(level)
    try:
        handler: logging.Handler = RotatingFileHandler(
            paths.log_dir() / "simak.log",
            maxBytes=MAX_LOG_BYTES,
            backupCount=KEPT_LOGS,
            encoding="utf-8",
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.propagate = False
