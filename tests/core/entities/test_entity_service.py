"""Entity corrections persist in the library and apply to later articles."""

from __future__ import annotations

import pytest

from simak.core.entities.corrections import ChangeType, Hide, Merge, Rename
from simak.core.entities.service import EntityService
from simak.core.errors import UsageError
from simak.core.model import Entity, Span
from simak.storage.db import connect
from simak.storage.repos import ArticleRepo


def _entities() -> list[Entity]:
    return [
        Entity("Kim Jong-Un", "PER", [Span(0, 11)]),
        Entity("Kim", "PER", [Span(20, 23)]),
        Entity("Ada", "LOC", [Span(30, 33)]),
        Entity("Dewan Keamanan", "LOC", [Span(40, 54)]),
    ]


def test_corrections_survive_reopening_and_apply_to_new_entities(tmp_path):
    path = tmp_path / "lib.sqlite3"
    service = EntityService(connect(path))
    service.correct(Hide("Ada"))
    service.correct(ChangeType("Dewan Keamanan", "ORG"))
    service.correct(Merge("Kim", "Kim Jong-Un"))
    service.correct(Rename("Kim Jong-Un", "Kim Jong Un"))

    later = EntityService(connect(path)).apply(_entities())
    by_name = {e.name: e for e in later}
    assert "Ada" not in by_name
    assert by_name["Dewan Keamanan"].type == "ORG"
    assert by_name["Kim Jong Un"].count == 2


def test_bad_corrections_are_refused_and_nothing_is_stored(tmp_path):
    service = EntityService(connect(tmp_path / "lib.sqlite3"))
    with pytest.raises(UsageError):
        service.correct(Rename("Kim", "  "))
    with pytest.raises(UsageError):
        service.correct(Merge("Kim", "Kim"))
    assert service.corrections() == []


def test_also_in_lists_other_articles_mentioning_the_entity(tmp_path):
    conn = connect(tmp_path / "lib.sqlite3")
    articles = ArticleRepo(conn)
    first = articles.add("Satu", "Rusia.", None, 1)
    second = articles.add("Dua", "Rusia lagi.", None, 2)
    service = EntityService(conn)
    service.record_mentions(first, [Entity("Rusia", "LOC", [Span(0, 5)])])
    service.record_mentions(second, [Entity("Rusia", "LOC", [Span(0, 5)])])
    assert service.also_in("Rusia", first) == [(second, "Dua")]
    service.set_note("Rusia", "Russia: sanctions since 2022")
    assert service.note("Rusia") == "Russia: sanctions since 2022"
