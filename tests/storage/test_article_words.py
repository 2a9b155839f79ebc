"""Running headwords kept per article: read back by version, gone with their article."""

from __future__ import annotations

import pytest

from simak.storage.article_words_repo import ArticleWordsRepo
from simak.storage.db import connect
from simak.storage.repos import ArticleRepo


@pytest.fixture
def library(tmp_path):
    """Two articles, each with counts kept by analysis version v1."""
    conn = connect(tmp_path / "library.sqlite3")
    articles = ArticleRepo(conn)
    first = articles.add("Satu", "Rumah besar.", "t", 2)
    second = articles.add("Dua", "Kota besar.", "t", 2)
    repo = ArticleWordsRepo(conn)
    repo.put(first, "v1", {"rumah": 1, "besar": 2})
    repo.put(second, "v1", {"kota": 1})
    yield conn, articles, repo, first, second
    conn.close()


def test_counts_are_kept_per_version_and_go_with_their_article(tmp_path, library):
    conn, articles, repo, first, second = library
    repo.put(second, "v2", {"kota": 3})  # worked out again by a newer analysis
    assert repo.all("v1") == {first: {"rumah": 1, "besar": 2}}
    assert repo.all("v2") == {second: {"kota": 3}}
    articles.delete(first)
    assert repo.all("v1") == {}
    conn.close()
    reopened = connect(tmp_path / "library.sqlite3")
    assert ArticleWordsRepo(reopened).all("v2") == {second: {"kota": 3}}
    reopened.close()


def test_what_is_at_hand_is_not_read_again(library):
    _, articles, repo, first, second = library
    assert repo.all("v1", exclude={first}) == {second: {"kota": 1}}
    assert articles.bodies(exclude={first}) == {second: "Kota besar."}
    assert articles.bodies(exclude={first, second}) == {}
    assert set(articles.bodies()) == {first, second}
