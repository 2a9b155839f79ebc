"""Notes are never lost: a writer killed with SIGKILL mid-stream loses no acknowledged note,
and two windows writing at the same moment both succeed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from simak.storage.db import connect
from simak.storage.repos import ArticleRepo, NoteRepo

ROUNDS = 5
# Writes notes as fast as it can; prints each id only after NoteRepo.add has committed it.
WRITER = """
import sys
from simak.storage.db import connect
from simak.storage.repos import NoteRepo
conn = connect(sys.argv[1])
notes = NoteRepo(conn)
article = int(sys.argv[2])
number = 0
while True:
    number += 1
    note = notes.add(article, f"catatan nomor {number} " + "isi " * (number % 50))
    sys.stdout.write(f"{note.id}\\n")
    sys.stdout.flush()
"""


def _run_and_kill(db: Path, article: int, rng: random.Random) -> list[int]:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), str(article)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    acknowledged: list[int] = []
    first = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            acknowledged.append(int(line))
            first.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert first.wait(10), proc.stderr.read() if proc.poll() is not None else "no note written"
        time.sleep(rng.uniform(0.0, 0.4))  # kill at a random point of the stream
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(5)
        reader.join(5)
        proc.stderr.close()
    return acknowledged


def test_every_acknowledged_note_survives_sigkill_at_random_moments(tmp_path):
    db = tmp_path / "simak.sqlite3"
    conn = connect(db)
    article = ArticleRepo(conn).add("Judul", "Isi artikel.", None, 2)
    conn.close()
    rng = random.Random(20240301)
    acknowledged: list[int] = []
    for _ in range(ROUNDS):
        round_ids = _run_and_kill(db, article, rng)
        assert round_ids, "the writer acknowledged nothing before it was killed"
        acknowledged.extend(round_ids)
        check = connect(db)  # opening after a crash recovers the WAL
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        saved = {n.id for n in NoteRepo(check).all()}
        check.close()
        missing = set(acknowledged) - saved
        assert not missing, f"acknowledged notes lost after kill -9: {sorted(missing)[:10]}"
    assert len(set(acknowledged)) == len(acknowledged)


def test_two_windows_writing_notes_at_the_same_time_both_succeed(tmp_path):
    db = tmp_path / "simak.sqlite3"
    first = connect(db)
    article = ArticleRepo(first).add("Judul", "Isi artikel.", None, 2)
    second = connect(db)
    per_window = 60
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def write(conn, window: str) -> None:
        notes = NoteRepo(conn)
        start.wait()
        try:
            for i in range(per_window):
                notes.add(article, f"{window} {i}")
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(c, w))
        for c, w in ((first, "jendela-a"), (second, "jendela-b"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    bodies = [n.body for n in NoteRepo(first).all()]
    assert sum(b.startswith("jendela-a") for b in bodies) == per_window
    assert sum(b.startswith("jendela-b") for b in bodies) == per_window
    first.close()
    second.close()
