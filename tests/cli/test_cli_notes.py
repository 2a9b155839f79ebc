"""`simak import`, `simak notes add/export` through the real console entry point."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from simak.storage.db import connect
from simak.storage.repos import NoteRepo

SIMAK = Path(sys.executable).with_name("simak")


def simak(*args: str, stdin: str | None = None, env_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, SIMAK_DATA_DIR=str(env_dir))
    return subprocess.run(
        [str(SIMAK), *args], input=stdin, capture_output=True, text=True, env=env, timeout=120
    )


def test_import_prints_the_id_and_notes_round_trip(tmp_path, data_dir):
    article = tmp_path / "berita.txt"
    article.write_text("Gempa di Cianjur\n\nGempa mengguncang Cianjur.", encoding="utf-8")
    result = simak("import", str(article), env_dir=data_dir)
    assert result.returncode == 0, result.stderr
    article_id = result.stdout.strip().splitlines()[-1]
    assert article_id.isdigit()

    added = simak("notes", "add", article_id, "gempa", "=", "earthquake", env_dir=data_dir)
    assert added.returncode == 0 and added.stdout.startswith("saved ")
    piped = simak("notes", "add", article_id, "--stdin", stdin="satu\n\ndua\n", env_dir=data_dir)
    assert [line.split()[0] for line in piped.stdout.splitlines()] == ["saved", "saved"]

    exported = simak("notes", "export", article_id, "--format", "md", env_dir=data_dir)
    assert exported.returncode == 0
    lines = exported.stdout.splitlines()
    assert lines[0] == "# Gempa di Cianjur"
    assert [line for line in lines[1:] if line] == ["gempa = earthquake", "satu", "dua"]


def test_importing_the_same_file_twice_gives_the_same_id(tmp_path, data_dir):
    article = tmp_path / "berita.txt"
    article.write_text("Judul\n\nIsi berita yang sama.", encoding="utf-8")
    first = simak("import", str(article), env_dir=data_dir).stdout.split()[-1]
    second = simak("import", str(article), env_dir=data_dir)
    assert second.stdout.split()[-1] == first
    assert "already in the library" in second.stderr


def test_bad_input_gives_one_error_line_and_exit_code_3(tmp_path, data_dir):
    empty = tmp_path / "kosong.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "gambar.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    for source in (str(empty), str(binary), str(tmp_path / "tidak-ada.txt"), str(tmp_path)):
        result = simak("import", source, env_dir=data_dir)
        assert result.returncode == 3, (source, result.stderr)
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("simak: error: ")
    conn = connect(data_dir / "simak.sqlite3")
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_usage_errors_exit_2_and_missing_article_exits_1(data_dir):
    result = simak("notes", "add", "abc", "x", env_dir=data_dir)
    assert result.returncode == 2 and result.stderr.startswith("simak: error: ")
    result = simak("notes", "add", "77", "x", env_dir=data_dir)
    assert result.returncode == 1 and result.stderr.startswith("simak: error: ")


def test_a_newer_database_exits_4(data_dir):
    import sqlite3

    connect(data_dir / "simak.sqlite3").close()
    raw = sqlite3.connect(data_dir / "simak.sqlite3")
    raw.execute("PRAGMA user_version = 999")
    raw.close()
    result = simak("notes", "export", env_dir=data_dir)
    assert result.returncode == 4 and result.stderr.startswith("simak: error: ")


def test_every_acknowledged_note_survives_kill_9(tmp_path, data_dir):
    article = tmp_path / "a.txt"
    article.write_text("Judul\n\nIsi.", encoding="utf-8")
    article_id = simak("import", str(article), env_dir=data_dir).stdout.split()[-1]
    env = dict(os.environ, SIMAK_DATA_DIR=str(data_dir))
    proc = subprocess.Popen(
        [str(SIMAK), "notes", "add", article_id, "--stdin"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        bufsize=1,
    )
    acknowledged = []
    for i in range(40):
        proc.stdin.write(f"catatan nomor {i}\n")
        proc.stdin.flush()
        if i % 5 == 4:  # read some acknowledgements, leave others in flight
            while len(acknowledged) < i - 1:
                acknowledged.append(int(proc.stdout.readline().split()[1]))
    time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    conn = connect(data_dir / "simak.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    saved = {n.id for n in NoteRepo(conn).all()}
    assert acknowledged and set(acknowledged) <= saved


def test_export_of_the_whole_library_has_every_article_tags_and_terms(tmp_path, data_dir):
    from simak.storage.repos import ArticleRepo
    from simak.storage.term_note_repo import TermNoteRepo

    conn = connect(data_dir / "simak.sqlite3")
    articles, notes = ArticleRepo(conn), NoteRepo(conn)
    quake = articles.add("Gempa di Cianjur", "Gempa mengguncang Cianjur. Warga mengungsi.", None, 5)
    visit = articles.add("Patrushev ke Pyongyang", "Kerja sama keamanan dibahas.", None, 4)
    first = notes.add(quake, "gempa = earthquake")
    notes.add(visit, "kerja sama: cooperation", quote="Kerja sama keamanan", start=0, end=19)
    notes.add(quake, "mengungsi = to evacuate")
    notes.set_tags(first.id, ["kosakata", "bencana"])
    TermNoteRepo(conn).set("kerja sama", "selalu dua kata")
    conn.close()

    exported = simak("notes", "export", env_dir=data_dir)
    assert exported.returncode == 0, exported.stderr
    lines = [line for line in exported.stdout.splitlines() if line]
    assert lines == [
        "# Gempa di Cianjur",
        "gempa = earthquake",
        "#bencana #kosakata",
        "mengungsi = to evacuate",
        "# Patrushev ke Pyongyang",
        "> Kerja sama keamanan",
        "kerja sama: cooperation",
        "# Terms",
        "- **kerja sama**: selalu dua kata",
    ]
    one = simak("notes", "export", str(quake), "--format", "html", env_dir=data_dir)
    assert one.returncode == 0
    assert '<span class="tag">#kosakata</span>' in one.stdout
    assert "Patrushev" not in one.stdout and "Terms" not in one.stdout  # no term in that article
