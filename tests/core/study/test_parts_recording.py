"""Reading one part of a long text records its contexts, names and terms beside the others'."""

from __future__ import annotations

from tests.core.study.conftest import analyse

from simak.core.entities.service import EntityService
from simak.core.parts import rebase
from simak.core.review import ReviewService
from simak.core.search import index_terms
from simak.storage.repos import ArticleRepo
from simak.storage.search_repo import SearchRepo


def _book(conn, sample_text: str):
    """Two copies of the sample as one text, and each copy's analysis in the text's offsets."""
    text = sample_text + "\n\n" + sample_text
    article_id = ArticleRepo(conn).add("Buku", text, "t", len(text.split()))
    base = len(sample_text) + 2
    first = rebase(analyse(sample_text), text, 0)
    second = rebase(analyse(sample_text), text, base)
    return article_id, text, base, first, second


def _contexts(conn, article_id):
    return conn.execute(
        "SELECT start FROM term_contexts WHERE article_id = ? ORDER BY start", (article_id,)
    ).fetchall()


def test_a_parts_contexts_replace_only_that_parts(conn, sample_text):
    article_id, text, base, first, second = _book(conn, sample_text)
    review = ReviewService(conn)
    review.record_contexts(article_id, first, within=(0, base))
    only_first = len(_contexts(conn, article_id))
    assert only_first > 100
    review.record_contexts(article_id, second, within=(base, len(text)))
    rows = _contexts(conn, article_id)
    assert len(rows) == 2 * only_first
    review.record_contexts(article_id, first, within=(0, base))  # read the first part again
    assert _contexts(conn, article_id) == rows
    review.record_contexts(article_id, first)  # a whole-text analysis replaces everything
    assert len(_contexts(conn, article_id)) == only_first


def test_names_and_terms_of_parts_add_up(conn, sample_text):
    article_id, _, _, first, _ = _book(conn, sample_text)
    entities = EntityService(conn)
    entities.record_mentions(article_id, first.entities[:2], part_only=True)
    entities.record_mentions(article_id, first.entities[1:], part_only=True)
    named = {e.name for e in first.entities}
    mentioned = {
        r["name"]
        for r in conn.execute(
            "SELECT name FROM entity_mentions WHERE article_id = ?", (article_id,)
        )
    }
    assert mentioned == named
    entities.record_mentions(article_id, first.entities[:1])
    assert conn.execute("SELECT count(*) FROM entity_mentions").fetchone()[0] == 1

    index_terms(conn, article_id, [("keamanan", "security")])
    index_terms(conn, article_id, [("sanksi", "sanction"), ("keamanan", "x")], keep_others=True)
    assert SearchRepo(conn).terms_for(article_id) == [
        ("keamanan", "security"),
        ("sanksi", "sanction"),
    ]
