"""Searching the library: articles, notes and glossary terms, whatever the learner types."""

from __future__ import annotations

import pytest

from simak.core.search import build_query, index_terms, search
from simak.storage.db import connect
from simak.storage.repos import ArticleRepo, NoteRepo
from simak.storage.search_repo import SearchRepo

BODY = (
    "Gempa mengguncang Cianjur pada Senin siang. Warga mencari tempat yang aman, dan polisi "
    "menjaga keamanan di sekitar kafé alun-alun. Presiden memperkuat bantuan."
)


@pytest.fixture
def conn(tmp_path):
    connection = connect(tmp_path / "lib.sqlite3")
    yield connection
    connection.close()


@pytest.fixture
def article(conn):
    return ArticleRepo(conn).add("Gempa di Cianjur", BODY, None, 25)


def test_a_word_in_a_note_and_a_word_in_an_article_are_both_found(conn, article):
    note = NoteRepo(conn).add(article, "kata baru: mengungsi = to evacuate")
    in_article = search(conn, "Presiden")
    assert [(h.kind, h.article_id) for h in in_article] == [("article", article)]
    assert "\x02Presiden\x03" in in_article[0].snippet
    assert in_article[0].title == "Gempa di Cianjur"
    in_note = search(conn, "mengungsi")
    assert [(h.kind, h.article_id, h.note_id) for h in in_note] == [("note", article, note.id)]
    assert in_note[0].snippet_html == "kata baru: <b>mengungsi</b> = to evacuate"


def test_edited_and_deleted_notes_are_searched_as_they_are_now(conn, article):
    notes = NoteRepo(conn)
    note = notes.add(article, "catatan tentang banjir")
    notes.update(note.id, "catatan tentang longsor")
    assert search(conn, "banjir") == []
    assert [h.note_id for h in search(conn, "longsor")] == [note.id]
    notes.delete(note.id)
    assert search(conn, "longsor") == []


def test_deleting_an_article_removes_it_its_notes_and_its_terms_from_search(conn, article):
    NoteRepo(conn).add(article, "catatan gempa")
    index_terms(conn, article, [("keamanan", "security, safety")])
    ArticleRepo(conn).delete(article)
    assert search(conn, "gempa") == [] and search(conn, "security") == []
    assert conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0


def test_glossary_terms_and_their_meanings_are_found_and_replaced_on_reanalysis(conn, article):
    assert index_terms(conn, article, [("keamanan", "security, safety"), ("keamanan", "x")]) == 1
    hits = search(conn, "safety")
    assert [(h.kind, h.article_id) for h in hits] == [("term", article)]
    assert hits[0].snippet_text == "keamanan — security, **safety**"
    assert hits[0].title == "keamanan — Gempa di Cianjur"
    index_terms(conn, article, [("mengguncang", "to shake")])
    assert search(conn, "safety") == []
    assert [h.kind for h in search(conn, "shake")] == ["term"]


def test_prefix_queries_and_accents_help_with_indonesian_words(conn, article):
    assert search(conn, "aman") and "\x02aman\x03" in search(conn, "aman")[0].snippet
    assert search(conn, "memperkuat")
    assert search(conn, "memper*")  # a prefix finds the derived word
    assert search(conn, "kafe")  # accents are ignored
    assert search(conn, "KAFÉ")
    assert search(conn, '"tempat yang aman"')  # a quoted phrase
    assert search(conn, '"tempat aman"') == []  # ...must be exact


def test_every_word_must_match(conn, article):
    assert search(conn, "gempa cianjur")
    assert search(conn, "gempa banjir") == []


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '""',
        "'",
        "AND",
        "OR gempa",
        "NOT",
        "gempa NOT",
        "NEAR(gempa)",
        "(",
        ")",
        "*",
        "gempa*)",
        "title:gempa",
        "-gempa",
        "+",
        "^",
        'a"b',
        "{title body}: x",
        "\\",
        "\x00",
        'gem"pa',
        "🙂",
        "   ",
    ],
)
def test_quotes_and_operators_never_raise(conn, article, typed):
    hits = search(conn, typed)
    assert isinstance(hits, list)


def test_operator_words_are_searched_as_plain_words(conn, article):
    ArticleRepo(conn).add("Catatan", "Kata NOT dan AND dalam bahasa Inggris.", None, 7)
    assert [h.title for h in search(conn, "NOT")] == ["Catatan"]
    assert [h.title for h in search(conn, "title:gempa")] == []  # not a column filter
    assert build_query("-") is None and build_query("") is None


def test_titles_rank_before_bodies_and_limit_is_respected(conn):
    articles = ArticleRepo(conn)
    in_body = articles.add("Berita pagi", "Banjir melanda kota. " * 5, None, 15)
    in_title = articles.add("Banjir di Jakarta", "Hujan deras sejak malam.", None, 4)
    hits = search(conn, "banjir")
    assert [h.article_id for h in hits] == [in_title, in_body]
    assert len(search(conn, "banjir", limit=1)) == 1


def test_the_index_checks_and_rebuilds(conn, article):
    repo = SearchRepo(conn)
    assert repo.check() == []
    conn.execute("DELETE FROM search_index")  # as if the index were lost
    assert search(conn, "gempa") == []
    repo.rebuild()
    assert search(conn, "gempa")
