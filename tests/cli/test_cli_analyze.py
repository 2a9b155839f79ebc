"""`simak analyze` through the real console entry point, which leaves without the
interpreter's clean-up once its answer is out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from simak import paths
from simak.cli import main

SIMAK = Path(sys.executable).with_name("simak")


def test_analyze_prints_the_whole_json_and_exits_cleanly(data_dir):
    sample = paths.resources_dir() / "sample-article.txt"
    env = dict(os.environ, SIMAK_DATA_DIR=str(data_dir))
    result = subprocess.run(
        [str(SIMAK), "analyze", str(sample), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("}\n") and result.stderr == ""
    payload = json.loads(result.stdout)
    assert payload["words"] > 100 and payload["glossary"] and payload["entities"]


def test_analyze_called_in_process_returns(tmp_path, data_dir, capsys):
    article = tmp_path / "berita.txt"
    article.write_text("Gempa di Cianjur\n\nGempa mengguncang Cianjur kemarin.", "utf-8")
    assert main(["analyze", str(article), "--json"]) == 0  # no early exit outside the program
    assert json.loads(capsys.readouterr().out)["sentences"] == 2
