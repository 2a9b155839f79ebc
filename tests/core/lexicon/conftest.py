from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own SIMAK_DATA_DIR (cache, database, imported dictionaries)."""
    folder = tmp_path / "simak-data"
    monkeypatch.setenv("SIMAK_DATA_DIR", str(folder))
    return folder


HEADER = "# columns: headword\tpos\tsenses\tregister\texample\n"


@pytest.fixture
def lexicon_dir(tmp_path: Path) -> Path:
    """A small bundled lexicon in the real file layout."""
    folder = tmp_path / "lexicon"
    folder.mkdir()
    (folder / "words-1.tsv").write_text(
        HEADER
        + "aman\tadj\tsafe | secure\t\t\n"
        + "keamanan\tnoun\tsecurity | safety\t\tKeamanan kota terjaga.\n"
        + "kuat\tadj\tstrong | powerful\t\t\n"
        + "temu\tverb\tmeet | find\t\t\n"
        + "bangun\tverb\tbuild | wake up\t\t\n"
        + "rumah\tnoun\thouse | home\t\t\n"
        + "as\tnoun\taxle\t\t\n"
        + "kerja\tnoun\twork | job\t\t\n"
        + "sama\tadj\tsame\t\t\n",
        "utf-8",
    )
    (folder / "words-2.tsv").write_text(
        HEADER + "keamanan\tnoun\tsafety | public order\t\t\nbuku\tnoun\tbook\t\t\n", "utf-8"
    )
    (folder / "phrases.tsv").write_text(
        HEADER
        + "kerja sama\tnoun\tcooperation | collaboration\t\t\n"
        + "rumah sakit\tnoun\thospital\t\t\n"
        + "hak asasi manusia\tnoun\thuman rights\t\t\n"
        + "hak asasi\tnoun\tbasic right\t\t\n",
        "utf-8",
    )
    (folder / "abbreviations.tsv").write_text(
        "# columns: abbreviation\tpos\texpansion\tsenses\tregister\texample\n"
        "DPR\tnoun\tDewan Perwakilan Rakyat\tHouse of Representatives\t\t\n"
        "AS\tnoun\tAmerika Serikat\tUnited States\t\t\n"
        "Polri\tnoun\tKepolisian Negara Republik Indonesia\t\t\t\n",
        "utf-8",
    )
    return folder
