"""`simak define` through the real entry point, as scripts and the project's checks call it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from simak.core.lexicon.user_import import import_dictionary
from simak.storage.db import connect
from simak.storage.lexicon_repo import DictionaryRepo, UserDefinitionRepo

ROOT = Path(__file__).resolve().parents[3]
SIMAK = ROOT / ".venv" / "bin" / "simak"


def simak(*args: str, data_dir: Path, stdin: str | None = None, lexicon_dir: Path | None = None):
    env = dict(os.environ, SIMAK_DATA_DIR=str(data_dir))
    if lexicon_dir is not None:
        resources = lexicon_dir.parent
        env["SIMAK_RESOURCES"] = str(resources)
        text = resources / "text"  # the word lists every lookup's morphology reads
        if not text.exists():
            text.symlink_to(ROOT / "resources" / "text")
    command = [str(SIMAK)] if SIMAK.exists() else [sys.executable, "-m", "simak"]
    return subprocess.run(
        [*command, *args], input=stdin, capture_output=True, text=True, env=env, timeout=60
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_json_lines_in_input_order(data_dir: Path, lexicon_dir: Path) -> None:
    result = simak(
        "define",
        "keamanan",
        "kerja sama",
        "qwxz",
        "--json",
        data_dir=data_dir,
        lexicon_dir=lexicon_dir,
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["query"] for d in lines] == ["keamanan", "kerja sama", "qwxz"]
    first = lines[0]
    assert set(first) >= {"query", "found", "term", "root", "affixes", "pos", "senses", "note"}
    assert first["found"] is True and first["term"] == "keamanan" and first["root"] == "aman"
    assert first["affixes"][0]["affix"] == "ke-...-an" and first["affixes"][0]["meaning"]
    assert first["senses"][0] == {"gloss": "security", "source": "simak"}
    assert lines[1]["senses"][0]["gloss"] == "cooperation"
    assert lines[2]["found"] is False
    assert result.returncode == 1  # one query found nothing
    assert "Traceback" not in result.stderr


def test_all_found_exits_zero_and_prints_cards(data_dir: Path, lexicon_dir: Path) -> None:
    result = simak("define", "keamanan", data_dir=data_dir, lexicon_dir=lexicon_dir)
    assert result.returncode == 0
    assert result.stdout.startswith("keamanan")
    assert "security" in result.stdout and "ke-...-an + aman" in result.stdout


def test_stdin_one_query_per_line(data_dir: Path, lexicon_dir: Path) -> None:
    result = simak(
        "define",
        "--stdin",
        "--json",
        stdin="rumah\n\nbukunya\n",
        data_dir=data_dir,
        lexicon_dir=lexicon_dir,
    )
    assert [json.loads(x)["term"] for x in result.stdout.splitlines()] == ["rumah", "buku"]
    assert result.returncode == 0


def test_no_query_is_a_usage_error(data_dir: Path, lexicon_dir: Path) -> None:
    result = simak("define", data_dir=data_dir, lexicon_dir=lexicon_dir)
    assert result.returncode == 2
    assert result.stderr.startswith("simak: error:") and len(result.stderr.splitlines()) == 1


def test_user_definition_and_imported_dictionary_are_used(
    data_dir: Path, lexicon_dir: Path, tmp_path: Path
) -> None:
    data_dir.mkdir()
    conn = connect(data_dir / "simak.sqlite3")
    UserDefinitionRepo(conn).set("aman", "safe, out of danger (mine)")
    table = tmp_path / "kantor.csv"
    table.write_text("zorblak,imaginary office\n", "utf-8")
    import_dictionary(table, DictionaryRepo(conn), data_dir / "dictionaries")
    conn.close()
    result = simak(
        "define", "aman", "zorblak", "--json", data_dir=data_dir, lexicon_dir=lexicon_dir
    )
    aman, kantor = (json.loads(x) for x in result.stdout.splitlines())
    assert aman["senses"][0] == {"gloss": "safe, out of danger (mine)", "source": "user"}
    assert kantor["senses"][0] == {"gloss": "imaginary office", "source": "kantor"}


def test_real_bundled_lexicon(data_dir: Path) -> None:
    if not any((ROOT / "resources" / "lexicon").glob("*.tsv")):
        pytest.skip("the bundled lexicon is not in resources/lexicon")
    result = simak("define", "keamanan", "--json", data_dir=data_dir)
    definition = json.loads(result.stdout)
    assert definition["found"] and definition["root"] == "aman"
