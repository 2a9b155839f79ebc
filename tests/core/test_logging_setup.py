"""The log file rotates once it grows past its limit, keeping three old ones."""

from __future__ import annotations

import logging

from simak import logging_setup, paths


def test_a_large_log_is_rotated_and_the_oldest_dropped(tmp_path, monkeypatch):
    monkeypatch.setenv("SIMAK_DATA_DIR", str(tmp_path))
    log_file = paths.log_dir() / "simak.log"
    for n in (1, 2, 3):
        log_file.with_name(f"simak.log.{n}").write_text(f"old {n}\n")
    log_file.write_text("x" * logging_setup.MAX_LOG_BYTES)
    root = logging.getLogger("simak")
    saved = root.handlers[:]
    root.handlers.clear()
    try:
        logging_setup.setup_logging()
        root.info("a fresh start")
        for handler in root.handlers:
            handler.flush()
        assert "a fresh start" in log_file.read_text()
        assert log_file.with_name("simak.log.1").stat().st_size == logging_setup.MAX_LOG_BYTES
        assert log_file.with_name("simak.log.2").read_text() == "old 1\n"
        assert log_file.with_name("simak.log.3").read_text() == "old 2\n"
        assert not log_file.with_name("simak.log.4").exists()
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:] = saved


def test_a_small_log_is_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("SIMAK_DATA_DIR", str(tmp_path))
    log_file = paths.log_dir() / "simak.log"
    log_file.write_text("earlier\n")
    root = logging.getLogger("simak")
    saved = root.handlers[:]
    root.handlers.clear()
    try:
        logging_setup.setup_logging()
        assert log_file.read_text() == "earlier\n"
        assert not log_file.with_name("simak.log.1").exists()
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:] = saved
