"""Build a library database as an earlier Simak left it, for the upgrade tests.

    python scripts/make_old_database.py --version 2 -o /tmp/simak-v2.sqlite3
    python scripts/make_old_database.py --all          # one file per schema version that exists

Migrations are applied up to the given version only, then realistic rows are written with
the SQL of that version (as the Simak of the time would have stored them): articles with
accents and long bodies, article and passage notes, and, where the schema has them, user
definitions, dictionaries, entity corrections and notes, word statuses, review cards and
log, contexts, glossary edits, indexed glossary terms, and passage context, note tags and
term notes. Timestamps are fixed, so rebuilding
a file gives the same rows.
Commit the files; rebuild only when a new migration number appears.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "desktop"))

from simak.storage.db import apply_migrations, available_migrations  # noqa: E402

OUT_DIR = REPO / "tests" / "storage" / "old_databases"

ARTICLES = [
    (
        "Gempa Magnitudo 5,6 Guncang Cianjur",
        "Gempa Magnitudo 5,6 Guncang Cianjur\n\n"
        "Gempa berkekuatan 5,6 magnitudo mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin "
        "siang. Badan Nasional Penanggulangan Bencana mencatat ratusan rumah rusak.\n\n"
        "Warga mengungsi ke tempat yang lebih aman. Presiden meminta keamanan diperkuat.",
        "/home/pelajar/berita/gempa.txt",
    ),
    (
        "Kepala Keamanan Rusia Temui Kim Jong-Un",
        "Kepala Keamanan Rusia Temui Kim Jong-Un\n\n"
        "Kunjungan Nikolai Patrushev ke Pyongyang menandai momen penting dalam hubungan "
        "bilateral kedua negara. Pertemuan itu membahas kerja sama keamanan.",
        "https://contoh.example/internasional/patrushev-kim",
    ),
    (
        "Kafé di Bandung Ramai Dikunjungi",
        "Kafé di Bandung Ramai Dikunjungi\n\n"
        "Sejumlah kafé baru di Bandung ramai dikunjungi wisatawan—terutama pada akhir pekan. "
        "Pemiliknya menyebut harga kopi naïf murah: Rp15.000 “saja”.",
        None,
    ),
]
NOTES = [
    # (article index, body, quoted passage or None); offsets are found in the article
    (0, "gempa = earthquake; mengguncang = to shake (meN- + guncang)", None),
    (0, "ke tempat yang lebih aman: 'to a safer place'", "tempat yang lebih aman"),
    (1, "Patrushev: Sekretaris Dewan Keamanan", None),
    (2, "naïf — ejaan lain: naif 😀", None),
]
STAMP = "2024-03-0{day}T08:1{minute}:00Z"


def build(version: int, out: Path) -> Path:
    known = {m.version for m in available_migrations()}
    if version not in known:
        raise SystemExit(f"there is no migration {version:04d}; known: {sorted(known)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(out, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    apply_migrations(conn, target=version)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.execute("BEGIN")
    article_ids = _articles_and_notes(conn)
    if "user_definitions" in tables:
        _lexicon_rows(conn)
    if "entity_corrections" in tables:
        _entity_rows(conn, article_ids)
    if "term_status" in tables:
        _study_rows(conn, article_ids)
    if "note_tags" in tables:
        _note_extras(conn)
    if "search_terms" in tables:
        conn.executemany(
            "INSERT INTO search_terms(article_id, term, gloss) VALUES (?, ?, ?)",
            [(article_ids[0], "mengguncang", "to shake"), (article_ids[1], "keamanan", "security")],
        )
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to commit
    conn.execute("VACUUM")
    conn.close()
    return out


def _articles_and_notes(conn: sqlite3.Connection) -> list[int]:
    import hashlib

    ids = []
    for number, (title, body, source) in enumerate(ARTICLES, start=1):
        sha = hashlib.sha256(f"{title}\n\n{body}".encode()).hexdigest()
        cursor = conn.execute(
            "INSERT INTO articles(title, body, source, added_at, opened_at, word_count, "
            "content_sha) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                title,
                body,
                source,
                STAMP.format(day=number, minute=0),
                STAMP.format(day=number, minute=5) if number < 3 else None,
                len(body.split()),
                sha,
            ),
        )
        ids.append(int(cursor.lastrowid))
    for number, (article, body, quote) in enumerate(NOTES, start=1):
        kind = "passage" if quote else "article"
        start = ARTICLES[article][1].index(quote) if quote else None
        end = start + len(quote) if quote else None
        stamp = STAMP.format(day=article + 1, minute=number)
        conn.execute(
            "INSERT INTO notes(article_id, kind, body, quote, start_offset, end_offset, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (ids[article], kind, body, quote, start, end, stamp, stamp),
        )
    return ids


def _note_extras(conn: sqlite3.Connection) -> None:
    """Schema 6: the passage note's surrounding text, tags on two notes, two term notes."""
    for note_id, article_id, start, end in conn.execute(
        "SELECT id, article_id, start_offset, end_offset FROM notes WHERE kind = 'passage'"
    ).fetchall():
        body = conn.execute("SELECT body FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
        conn.execute(
            "UPDATE notes SET prefix = ?, suffix = ? WHERE id = ?",
            (body[max(0, start - 32) : start], body[end : end + 32], note_id),
        )
    note_ids = [r[0] for r in conn.execute("SELECT id FROM notes ORDER BY id")]
    conn.executemany(
        "INSERT INTO note_tags(note_id, tag) VALUES (?, ?)",
        [(note_ids[0], "kosakata"), (note_ids[0], "gempa"), (note_ids[3], "ejaan")],
    )
    conn.executemany(
        "INSERT INTO term_notes(term, body, updated_at) VALUES (?, ?, ?)",
        [
            ("keamanan", "ke-...-an + aman: security", "2024-03-02T08:18:00.000"),
            (
                "kerja sama",
                "selalu dua kata; kerja sama, bukan kerjasama",
                "2024-03-02T08:19:00.000",
            ),
        ],
    )


def _lexicon_rows(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT INTO user_definitions(term, body, updated_at) VALUES (?, ?, ?)",
        [
            ("mengguncang", "to shake, to rock", STAMP.format(day=1, minute=9)),
            ("kerja sama", "cooperation", STAMP.format(day=2, minute=9)),
        ],
    )
    conn.execute(
        "INSERT INTO dictionaries(path, format, name, kind, enabled, position, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            "/usr/share/dictd/freedict-ind-eng.index",
            "dictd",
            "FreeDict Indonesian-English",
            "system",
            1,
            0,
            STAMP.format(day=1, minute=0),
        ),
    )


def _entity_rows(conn: sqlite3.Connection, article_ids: list[int]) -> None:
    conn.execute(
        "INSERT INTO entity_corrections(kind, name, value, created_at) VALUES (?, ?, ?, ?)",
        ("type", "Patrushev", "PER", STAMP.format(day=2, minute=6)),
    )
    conn.execute(
        "INSERT INTO entity_notes(name, body, updated_at) VALUES (?, ?, ?)",
        ("Kim Jong-Un", "Pemimpin Korea Utara sejak 2011", "2024-03-02T08:17:00.000"),
    )
    conn.executemany(
        "INSERT INTO entity_mentions(article_id, name, type, count) VALUES (?, ?, ?, ?)",
        [
            (article_ids[0], "Cianjur", "LOC", 2),
            (article_ids[1], "Kim Jong-Un", "PER", 1),
            (article_ids[1], "Patrushev", "PER", 1),
        ],
    )


def _study_rows(conn: sqlite3.Connection, article_ids: list[int]) -> None:
    conn.executemany(
        "INSERT INTO term_status(term, status, article_id, updated_at) VALUES (?, ?, ?, ?)",
        [
            ("gempa", 99, article_ids[0], "2024-03-01T08:20:00.000Z"),
            ("mengguncang", 2, article_ids[0], "2024-03-01T08:21:00.000Z"),
            ("yang", 98, None, "2024-03-01T08:22:00.000Z"),
        ],
    )
    state = (
        '{"card_id": 1, "state": 1, "step": 0, "stability": null, "difficulty": null, '
        '"due": "2024-03-02T08:21:00+00:00", "last_review": null}'
    )
    cursor = conn.execute(
        "INSERT INTO review_cards(term, due, fsrs_state, created_at) VALUES (?, ?, ?, ?)",
        ("mengguncang", "2024-03-02T08:21:00.000Z", state, "2024-03-01T08:21:00.000Z"),
    )
    conn.execute(
        "INSERT INTO review_log(card_id, rating, reviewed_at, duration_ms, due_after, fsrs_log) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            cursor.lastrowid,
            3,
            "2024-03-02T09:00:00.000Z",
            4200,
            "2024-03-04T09:00:00.000Z",
            '{"card_id": 1, "rating": 3}',
        ),
    )
    body = ARTICLES[0][1]
    sentence = (
        "Gempa berkekuatan 5,6 magnitudo mengguncang Kabupaten Cianjur, Jawa Barat, pada "
        "Senin siang."
    )
    sentence_start = body.index(sentence)
    start = body.index("mengguncang", sentence_start)
    conn.execute(
        'INSERT INTO term_contexts(term, root, article_id, sentence, start, "end", '
        "sentence_start) VALUES (?, ?, ?, ?, ?, ?, ?)",
        ("mengguncang", "guncang", article_ids[0], sentence, start, start + 11, sentence_start),
    )
    conn.execute(
        "INSERT INTO glossary_overrides(article_id, term, action, created_at) VALUES (?, ?, ?, ?)",
        (article_ids[0], "gempa", "pin", "2024-03-01T08:30:00.000Z"),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--version", type=int, help="schema version to stop at")
    group.add_argument("--all", action="store_true", help="every version into " + str(OUT_DIR))
    parser.add_argument("-o", "--out", type=Path, help="output file (with --version)")
    args = parser.parse_args()
    if args.all:
        for migration in available_migrations():
            print(build(migration.version, OUT_DIR / f"simak-v{migration.version}.sqlite3"))
        return 0
    out = args.out or OUT_DIR / f"simak-v{args.version}.sqlite3"
    print(build(args.version, out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
