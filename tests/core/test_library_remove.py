"""Library.remove on a real library file: the article and what is its alone go; the words'
statuses stay; the next article to show is the one read last."""

from __future__ import annotations

from pathlib import Path

from simak.core.importers import ImportedText
from simak.core.library import Library
from simak.core.search import search
from simak.core.study import StudyService
from simak.storage.article_words_repo import ArticleWordsRepo
from simak.storage.db import connect
from simak.storage.entity_repo import EntityRepo
from simak.storage.repos import ArticleRepo, NoteRepo


def test_removing_takes_notes_names_counts_and_search_entries_with_it(tmp_path: Path) -> None:
    conn = connect(tmp_path / "library.sqlite3")
    library = Library(conn)
    first = library.add(ImportedText("Zirafah di Kebun", "Zirafah makan daun.", "t")).article_id
    second = library.add(ImportedText("Harga Beras", "Harga beras naik lagi.", "t")).article_id
    ArticleRepo(conn).mark_opened(first)
    NoteRepo(conn).add(second, "catatan beras")
    EntityRepo(conn).replace_mentions(second, [("Bulog", "ORG", 2)])
    ArticleWordsRepo(conn).put(second, "v1", {"beras": 1})
    StudyService(conn).set_status("beras", 99)
    assert any(h.article_id == second for h in search(conn, "beras"))

    assert library.remove(second) == first  # the one read last comes next
    assert [a.id for a in ArticleRepo(conn).list()] == [first]
    assert NoteRepo(conn).for_article(second) == []
    assert EntityRepo(conn).articles_mentioning("Bulog", None) == []
    assert ArticleWordsRepo(conn).all("v1") == {}
    assert search(conn, "beras") == []  # neither the article nor its note is found
    assert int(StudyService(conn).status_of("beras")) == 99

    assert library.remove(first) is None  # the library is empty now
