"""Exported notes: tags after each note, term notes in a Terms section, HTML term links."""

from __future__ import annotations

import html.parser

import pytest

from simak.core.errors import NotFoundError
from simak.core.notes_export import export_notes
from simak.storage.db import connect
from simak.storage.repos import ArticleRepo, NoteRepo
from simak.storage.term_note_repo import TermNoteRepo

BODY = "Pertemuan membahas kerja sama keamanan. Kerja\nsama itu penting <sekali> & mendesak."


@pytest.fixture
def conn(tmp_path):
    connection = connect(tmp_path / "simak.sqlite3")
    yield connection
    connection.close()


@pytest.fixture
def article(conn) -> int:
    article_id = ArticleRepo(conn).add("Kim & Patrushev", BODY, None, 12)
    notes = NoteRepo(conn)
    note = notes.add(article_id, "kerja sama = cooperation <penting>")
    notes.set_tags(note.id, ["kosakata"])
    notes.add(article_id, "lihat juga: keamanan", quote="kerja sama keamanan", start=19, end=38)
    terms = TermNoteRepo(conn)
    terms.set("kerja sama", "dua kata\n\ntidak pernah kerjasama")
    terms.set("keamanan", "ke-...-an + aman")
    terms.set("gempa", "earthquake")  # not in this article
    return article_id


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a":
            self.hrefs.append(attrs["href"])
        if "id" in attrs:
            self.ids.add(attrs["id"])


def test_markdown_of_one_article_has_its_terms_only(conn, article):
    text = export_notes(conn, article, "md")
    assert text.startswith("# Kim & Patrushev\n")
    assert "kerja sama = cooperation <penting>\n#kosakata\n" in text
    assert "> kerja sama keamanan\n\nlihat juga: keamanan\n" in text
    terms = text.split("# Terms\n", 1)[1]
    assert terms.splitlines()[1:] == [
        "- **keamanan**: ke-...-an + aman",
        "- **kerja sama**: dua kata",
        "",
        "  tidak pernah kerjasama",
    ]


def test_the_whole_library_has_every_term_note(conn, article):
    text = export_notes(conn, None, "md")
    assert "- **gempa**: earthquake" in text


def test_html_links_every_term_mention_to_its_anchor(conn, article):
    page = export_notes(conn, article, "html")
    links = _Links()
    links.feed(page)
    assert '<h1 id="terms">Terms</h1>' in page
    assert '<dt id="term-kerja-sama"><a href="#term-kerja-sama"><strong>kerja sama</strong>' in page
    assert set(links.hrefs) == {"#term-kerja-sama", "#term-keamanan"}
    assert {h[1:] for h in links.hrefs} <= links.ids  # every link lands somewhere
    assert "&lt;penting&gt;" in page and "<penting>" not in page
    assert '<span class="tag">#kosakata</span>' in page
    assert "Kim &amp; Patrushev" in page


def test_an_unknown_article_is_not_found(conn):
    with pytest.raises(NotFoundError):
        export_notes(conn, 42, "md")
