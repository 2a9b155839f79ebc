"""Test set-up: offscreen Qt unless a test runs under pytest-xvfb, a fresh data folder each test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Must happen before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SIMAK_SHARED", REPO.parent / "shared"))
SAMPLE = REPO / "resources" / "sample-article.txt"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "simak-data"
    folder.mkdir()
    monkeypatch.setenv("SIMAK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def idner_dir() -> Path:
    folder = SHARED / "data" / "idner-news-2k"
    if not (folder / "dev.txt").exists():
        pytest.skip("../shared/data/idner-news-2k is not available on this machine")
    return folder
