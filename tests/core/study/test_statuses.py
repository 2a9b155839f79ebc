from __future__ import annotations

import pytest

from simak.core.errors import BadInputError, NotFoundError
from simak.core.study import Status, StudyService


def test_statuses_start_new_and_change_when_marked(conn):
    study = StudyService(conn)
    assert study.status_of("keamanan") is Status.NEW
    changes = study.set_status("keamanan", Status.LEARNING_2)
    assert changes.terms == {"keamanan"}
    assert len(changes.cards) == 1  # a learning word gets a review card
    assert study.status_of("keamanan") is Status.LEARNING_2
    assert study.status_of("Keamanannya") is Status.LEARNING_2  # same headword
    assert study.set_status("keamanan", Status.LEARNING_2).empty  # nothing changed
    study.set_status("keamanan", Status.NEW)
    assert study.status_of("keamanan") is Status.NEW


def test_statuses_for_many_terms(conn):
    study = StudyService(conn)
    study.set_statuses({"sanksi": Status.KNOWN, "aliansi": Status.IGNORED})
    assert study.statuses_for(["sanksi", "aliansi", "kerja sama"]) == {
        "sanksi": Status.KNOWN,
        "aliansi": Status.IGNORED,
        "kerja sama": Status.NEW,
    }


def test_known_share_follows_marks(conn, sample_analysis):
    study = StudyService(conn)
    assert study.known_share_of(sample_analysis) == 0.0
    study.set_status("yang", Status.KNOWN)
    after_yang = study.known_share_of(sample_analysis)
    assert 0.0 < after_yang < 0.1
    study.set_status("dan", Status.IGNORED)  # ignored counts as known
    after_dan = study.known_share_of(sample_analysis)
    assert after_dan > after_yang
    study.set_status("negara", Status.LEARNING_1)  # learning does not
    assert study.known_share_of(sample_analysis) == after_dan
    headwords = {t.text.lower() for t in sample_analysis.tokens if t.is_word and t.text.isalpha()}
    study.mark_rest_known(headwords)
    share = study.known_share_of(sample_analysis)
    assert 0.9 < share < 1.0  # only "negara", still learning, holds it below 1
    assert study.status_of("negara") is Status.LEARNING_1


def test_known_share_leaves_out_names_and_numbers(conn):
    from simak.core.model import Span
    from simak.core.wordforms import tokens_and_sentences

    text = "Rusia membeli 300 tank"
    tokens, _ = tokens_and_sentences(text)
    study = StudyService(conn)
    study.set_statuses({"membeli": Status.KNOWN, "tank": Status.KNOWN})
    assert study.known_share(tokens, [Span(0, 5)]) == 1.0
    assert study.known_share(tokens) == pytest.approx(2 / 3)


def test_import_plain_list_and_lute_csv(conn, tmp_path):
    study = StudyService(conn)
    plain = tmp_path / "known.txt"
    plain.write_text("rumah\nKeamanannya\n\nkerja sama\n", encoding="utf-8")
    result = study.import_known_words(plain)
    assert result.imported == 3
    assert study.status_of("keamanan") is Status.KNOWN
    assert study.status_of("kerja sama") is Status.KNOWN

    lute = tmp_path / "lute.csv"
    lute.write_text(
        "language,term,translation,parent,status,tags\n"
        "Indonesian,sanksi,sanction,,W,\n"
        "Indonesian,aliansi,alliance,,2,\n"
        "Indonesian,dong,,,I,\n",
        encoding="utf-8",
    )
    study.import_known_words(lute)
    assert study.status_of("sanksi") is Status.KNOWN
    assert study.status_of("aliansi") is Status.LEARNING_2
    assert study.status_of("dong") is Status.IGNORED


@pytest.mark.parametrize(
    "content",
    [b"", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", b"12345\n!!!\n@@@ ###\n", b"\n\n  \n"],
    ids=["empty", "binary", "no-words", "blank-lines"],
)
def test_bad_word_lists_change_nothing(conn, tmp_path, content):
    study = StudyService(conn)
    study.set_status("rumah", Status.LEARNING_1)
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(BadInputError):
        study.import_known_words(path)
    assert study.repo.all_statuses() == {"rumah": 1}


def test_missing_word_list_is_bad_input(conn, tmp_path):
    with pytest.raises(BadInputError):
        StudyService(conn).import_known_words(tmp_path / "nope.txt")


def test_glossary_overrides_per_article(conn, sample_article_id):
    study = StudyService(conn)
    changes = study.set_glossary_override(sample_article_id, "Aliansi", "pin")
    assert changes.glossary_articles == {sample_article_id}
    study.set_glossary_override(sample_article_id, "negara", "remove")
    study.set_glossary_override(sample_article_id, "leverage", "add")
    assert study.glossary_overrides(sample_article_id) == {
        "aliansi": "pin",
        "negara": "remove",
        "leverage": "add",
    }
    study.set_glossary_override(sample_article_id, "negara", None)
    assert "negara" not in study.glossary_overrides(sample_article_id)
    with pytest.raises(NotFoundError):
        study.set_glossary_override(9999, "aliansi", "pin")


def test_vocabulary_lists_marked_terms_with_first_article_and_count(
    conn, sample_article_id, sample_analysis
):
    from simak.core.review import ReviewService

    ReviewService(conn).record_contexts(sample_article_id, sample_analysis)
    study = StudyService(conn)
    study.set_status("keamanan", Status.LEARNING_1, article_id=sample_article_id)
    study.set_status("sanksi", Status.KNOWN)
    rows = {r.term: r for r in study.vocabulary()}
    assert set(rows) == {"keamanan", "sanksi"}
    assert rows["sanksi"].count == 2
    assert rows["sanksi"].first_article_id == sample_article_id
    assert rows["keamanan"].status == Status.LEARNING_1
    assert rows["keamanan"].first_article_title.startswith("Kepala Keamanan")
