"""The PyInstaller bundle (dist/simak/) works on its own: CLI commands and the window.

Slow. Runs when dist/simak/simak exists (after `make dist`), or builds it first when
SIMAK_BUILD_BUNDLE=1; otherwise skipped.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
BUNDLE = REPO / "dist" / "simak"
EXECUTABLE = BUNDLE / "simak"
SAMPLE = REPO / "resources" / "sample-article.txt"


@pytest.fixture(scope="module")
def bundle() -> Path:
    if os.environ.get("SIMAK_BUILD_BUNDLE") == "1":
        subprocess.run(["bash", "packaging/build-dist.sh"], cwd=REPO, check=True, timeout=1800)
    if not EXECUTABLE.is_file():
        pytest.skip("no bundle at dist/simak/ (run `make dist`, or set SIMAK_BUILD_BUNDLE=1)")
    return EXECUTABLE


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIMAK_")}
    env.update(SIMAK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    return env


def _run(command: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=REPO, env=_env(data_dir), capture_output=True, text=True, timeout=120
    )


def _newest_source_change() -> float:
    files = [*(REPO / "desktop").rglob("*.py"), *(REPO / "desktop").rglob("*.sql")]
    files += [p for p in (REPO / "resources").rglob("*") if p.is_file()]
    return max(p.stat().st_mtime for p in files)


def test_bundle_analyses_the_sample_article(bundle: Path, tmp_path: Path) -> None:
    result = _run([str(bundle), "analyze", str(SAMPLE), "--json"], tmp_path)
    assert result.returncode == 0, result.stderr
    analysis = json.loads(result.stdout)
    names = {entity["text"] for entity in analysis["entities"]}
    assert {"Kim Jong-Un", "Rusia"} <= names
    terms = [entry["term"] for entry in analysis["glossary"]]
    assert "keamanan" in terms


def test_bundle_gives_the_same_analysis_as_the_source_tree(bundle: Path, tmp_path: Path) -> None:
    """A data file missing from the bundle (frequencies, stopwords, roots) changes the result."""
    if bundle.stat().st_mtime < _newest_source_change():
        pytest.skip("dist/simak/ is older than the source; rebuild it with `make dist`")
    bundled = _run([str(bundle), "analyze", str(SAMPLE), "--json"], tmp_path / "bundle")
    source = _run([sys.executable, "-m", "simak", "analyze", str(SAMPLE), "--json"], tmp_path)
    assert bundled.returncode == source.returncode == 0, bundled.stderr + source.stderr
    assert json.loads(bundled.stdout) == json.loads(source.stdout)


def test_bundle_explains_a_word_from_its_root(bundle: Path, tmp_path: Path) -> None:
    result = _run([str(bundle), "define", "keamanan", "--json"], tmp_path)
    assert result.returncode == 0, result.stderr
    card = json.loads(result.stdout.splitlines()[0])
    assert card["found"] is True
    assert card["root"] == "aman"


def test_bundle_imports_a_web_page(bundle: Path, tmp_path: Path) -> None:
    """HTML goes through trafilatura, courlan and babel: their data must be in the bundle."""
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").splitlines() if p.strip()]
    body = "".join(f"<p>{p}</p>" for p in paragraphs[1:])
    page = tmp_path / "berita.html"
    page.write_text(
        f"<html><head><title>{paragraphs[0]}</title></head><body><nav>Beranda Politik</nav>"
        f"<article><h1>{paragraphs[0]}</h1>{body}</article><footer>Redaksi</footer></body></html>",
        encoding="utf-8",
    )
    result = _run([str(bundle), "import", str(page)], tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "1"


def test_bundle_opens_the_window_and_keeps_running(bundle: Path, tmp_path: Path) -> None:
    process = subprocess.Popen(
        [str(bundle)],
        cwd=tmp_path,
        env=_env(tmp_path / "data"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(5)
        exit_code = process.poll()
    finally:
        process.kill()
        _, stderr = process.communicate(timeout=30)
    assert exit_code is None, f"the window exited with {exit_code}: {stderr}"
    assert "Traceback" not in stderr
    # the first run imports the sample article into a fresh library
    assert (tmp_path / "data" / "simak.sqlite3").is_file()
    log = (tmp_path / "data" / "logs" / "simak.log").read_text(encoding="utf-8")
    assert "Traceback" not in log
