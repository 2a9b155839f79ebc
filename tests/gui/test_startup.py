"""Start-up as a learner meets it: `simak` puts the window frame up, then builds the panels."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SIMAK = Path(sys.executable).parent / "simak"


def _launch(tmp_path: Path, mode: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SIMAK_EXIT_WHEN_SHOWN=mode)
    env["SIMAK_DATA_DIR"] = str(tmp_path / "data")
    return subprocess.run(
        [str(SIMAK)], env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.parametrize(("mode", "line"), [("1", "shown-after-ms:"), ("ready", "ready-after-ms:")])
def test_the_window_shows_then_fills(tmp_path, mode, line):
    done = _launch(tmp_path, mode)
    assert done.returncode == 0, done.stderr[-800:]
    assert any(out.startswith(line) for out in done.stdout.splitlines()), done.stdout
    if mode == "ready":  # the panels were built on a real library file
        assert (tmp_path / "data" / "simak.sqlite3").is_file()
