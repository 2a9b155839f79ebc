from __future__ import annotations

from pathlib import Path

import pytest

from simak.core.errors import BadInputError
from simak.core.lexicon import Lexicon
from simak.core.lexicon.user_import import import_dictionary
from simak.storage.db import connect
from simak.storage.lexicon_repo import DictionaryRepo, UserDefinitionRepo

from .dictfiles import write_dictd, write_stardict


@pytest.fixture
def conn(tmp_path: Path):
    connection = connect(tmp_path / "simak.sqlite3")
    yield connection
    connection.close()


def test_user_definitions_round_trip(conn) -> None:
    repo = UserDefinitionRepo(conn)
    repo.set("Kerja  Sama", "working together")
    assert repo.get("kerja sama") == "working together"
    repo.set("kerja sama", "joint work")
    assert repo.all() == {"kerja sama": "joint work"}
    repo.delete("kerja sama")
    assert repo.get("kerja sama") is None


def test_dictionary_list_enable_and_order(conn, tmp_path: Path) -> None:
    repo = DictionaryRepo(conn)
    a = repo.add(tmp_path / "a.index", "dictd", "A")
    b = repo.add(tmp_path / "b.ifo", "stardict", "B")
    repo.sync_system([(tmp_path / "sys.index", "dictd", "Sys")])
    assert [r.name for r in repo.list()] == ["Sys", "A", "B"]
    repo.reorder([b.id, a.id])
    assert [r.name for r in repo.list() if r.kind == "user"] == ["B", "A"]
    assert not repo.set_enabled(a.id, False).enabled
    repo.sync_system([(tmp_path / "sys.index", "dictd", "Sys")])  # no duplicate
    assert len(repo.list()) == 3


@pytest.mark.parametrize("kind", ["dictd", "stardict", "tsv", "csv"])
def test_import_copies_and_registers(conn, tmp_path: Path, kind: str) -> None:
    source = tmp_path / "src"
    source.mkdir()
    if kind == "dictd":
        path = write_dictd(source / "kamus-saya", [("kantor", "kantor\noffice\n")])
    elif kind == "stardict":
        path = write_stardict(source / "kamus-saya", [("kantor", "office")], compress=True)
    else:
        path = source / f"kamus-saya.{kind}"
        sep = "\t" if kind == "tsv" else ","
        path.write_text(f"kantor{sep}office\n", "utf-8")
    target = tmp_path / "data" / "dictionaries"
    ref = import_dictionary(path, DictionaryRepo(conn), target)
    assert ref.path.parent.parent == target and ref.path.is_file()
    for original in source.iterdir():  # every companion file was copied
        assert (ref.path.parent / original.name).is_file()
    lexicon = Lexicon.load(
        tmp_path / "no-bundled", dictionaries=DictionaryRepo(conn).list(), thesaurus=False
    )
    definition = lexicon.define("kantor")
    assert definition.senses[0].gloss == "office"
    assert definition.senses[0].source == "kamus-saya"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.pdf", b"%PDF", "not a dictionary Simak reads"),
        ("empty.csv", b"", "no usable lines"),
        ("latin1.tsv", "caf\xe9\tcoffee\n".encode("latin-1"), "not UTF-8"),
        ("bad.ifo", b"hello", "not a StarDict"),
        ("bad.index", b"kantor\tZZ\n", "no matching .dict"),
    ],
)
def test_bad_files_are_refused_and_nothing_changes(
    conn, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    target = tmp_path / "dictionaries"
    with pytest.raises(BadInputError, match=message) as error:
        import_dictionary(path, DictionaryRepo(conn), target)
    assert "\n" not in error.value.message and "Traceback" not in error.value.message
    assert DictionaryRepo(conn).list() == []
    assert not target.exists() or not any(target.iterdir())


def test_missing_file_is_refused(conn, tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="does not exist"):
        import_dictionary(tmp_path / "nope.csv", DictionaryRepo(conn), tmp_path / "d")
