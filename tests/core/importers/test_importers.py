"""Every kind of file a learner imports, made for real, read through `read_source`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simak.core.errors import BadInputError
from simak.core.importers import MAX_FILE_BYTES, ImportCancelled, read_source
from simak.core.library import Library
from simak.storage.db import connect

from .samples import ARTICLE_HTML, pdf_bytes, write_epub

INDONESIAN = "Rapat di kafé membahas “kebijakan” baru – harga naïf: €5.\n\nWarga setuju."


# --- the import matrix: one real file of each kind ----------------------------------------


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("utf8.txt", lambda s: s.encode("utf-8")),
        ("utf8-bom.md", lambda s: b"\xef\xbb\xbf" + s.encode("utf-8")),
        ("utf16-le.txt", lambda s: s.encode("utf-16")),  # BOM + little-endian
        ("utf16-be.txt", lambda s: b"\xfe\xff" + s.encode("utf-16-be")),
        ("windows.txt", lambda s: s.encode("cp1252")),
        ("crlf-windows.txt", lambda s: s.replace("\n", "\r\n").encode("cp1252")),
    ],
)
def test_text_files_in_every_common_encoding_read_the_same(tmp_path, name, encode):
    path = tmp_path / name
    path.write_bytes(encode(INDONESIAN))
    imported = read_source(str(path))
    assert imported.text == INDONESIAN
    assert imported.title == "Rapat di kafé membahas “kebijakan” baru – harga naïf: €5."


def test_latin1_text_keeps_its_accents(tmp_path):
    path = tmp_path / "lama.txt"
    path.write_bytes("Berita tentang café dan crème brûlée di Jakarta.".encode("latin-1"))
    assert read_source(str(path)).text == "Berita tentang café dan crème brûlée di Jakarta."


def test_html_page_gives_the_article_without_menus_scripts_or_styles(tmp_path):
    path = tmp_path / "berita.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    imported = read_source(str(path))
    assert imported.title == "Gempa mengguncang Cianjur"
    assert imported.text.startswith("Gempa mengguncang Cianjur\n\nGempa berkekuatan 5,6")
    assert "desa-desa yang sulit dijangkau" in imported.text
    for leftover in ("skrip-rahasia", "iklan-tersembunyi", "color: red", "Menu-Politik"):
        assert leftover not in imported.text
    paragraphs = imported.text.split("\n\n")
    assert len(paragraphs) == 4  # title + three paragraphs, each on its own


def test_a_short_html_page_keeps_its_text_and_still_drops_scripts(tmp_path):
    path = tmp_path / "pendek.htm"
    path.write_text(
        "<html><head><title>Judul Pendek</title><script>var a='jangan';</script></head>"
        "<body><nav>Beranda Politik</nav><p>Halo <b>dunia</b> yang indah.</p></body></html>",
        encoding="utf-8",
    )
    imported = read_source(str(path))
    assert imported.title == "Judul Pendek"
    assert imported.text == "Judul Pendek\n\nHalo dunia yang indah."


def test_epub_chapters_become_sections_with_their_titles(tmp_path):
    path = write_epub(
        tmp_path / "buku.epub",
        [
            ("Bab Satu", "<h1>Bab Satu</h1><p>Gempa mengguncang Cianjur.</p><script>x()</script>"),
            ("Bab Dua", "<p>Presiden berkunjung.</p><p>Warga senang.</p>"),
        ],
    )
    imported = read_source(str(path))
    assert imported.title == "Kumpulan Berita"
    assert imported.text == (
        "Bab Satu\n\nGempa mengguncang Cianjur.\n\nBab Dua\n\nPresiden berkunjung.\n\nWarga senang."
    )


def test_pdf_text_is_read_page_by_page(tmp_path):
    path = tmp_path / "laporan.pdf"
    path.write_bytes(
        pdf_bytes(
            [
                ["Gempa mengguncang Cianjur.", "Warga (sementara) mengungsi."],
                ["Halaman dua: Presiden berkunjung."],
            ],
            title="Laporan Gempa",
        )
    )
    imported = read_source(str(path))
    assert imported.title == "Laporan Gempa"
    pages = imported.text.split("\n\n")
    assert pages == [
        "Gempa mengguncang Cianjur.\nWarga (sementara) mengungsi.",
        "Halaman dua: Presiden berkunjung.",
    ]


def test_image_only_pdf_is_refused_with_a_sentence_about_scans(tmp_path):
    path = tmp_path / "pindaian.pdf"
    path.write_bytes(pdf_bytes([[], []]))
    with pytest.raises(BadInputError, match="only images"):
        read_source(str(path))


# --- progress and cancel ---------------------------------------------------------------------


def test_long_imports_report_progress_and_can_be_cancelled(tmp_path):
    pdf = tmp_path / "tiga.pdf"
    pdf.write_bytes(pdf_bytes([["Satu."], ["Dua."], ["Tiga."]]))
    epub = write_epub(tmp_path / "b.epub", [(f"Bab {i}", f"<p>Isi bab {i}.</p>") for i in range(4)])
    for path, total in ((pdf, 3), (epub, 4)):
        seen: list[tuple[int, int]] = []
        read_source(str(path), progress=lambda done, all_, s=seen: s.append((done, all_)) or True)
        assert seen == [(n, total) for n in range(1, total + 1)]
        calls: list[int] = []
        with pytest.raises(ImportCancelled):
            read_source(str(path), progress=lambda done, _all, c=calls: c.append(done) or done < 2)
        assert calls == [1, 2]  # stopped at once, did not read the rest
        assert ImportCancelled("x").exit_code == 3


# --- bad input: one sentence, nothing imported -------------------------------------------------


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": ("kosong.txt", b""),
        "blank": ("spasi.md", b"  \n\t\n"),
        "binary": ("gambar.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
        "binary-no-nul": ("acak.txt", bytes(range(1, 32)) * 50),
        "corrupt-epub": ("rusak.epub", b"PK\x03\x04 this is not really a zip file"),
        "corrupt-pdf": ("rusak.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage"),
        "not-a-pdf": ("palsu.pdf", b"Ini hanya teks biasa, bukan PDF."),
        "html-no-text": (
            "kosong.html",
            b"<html><head><script>a=1</script></head><body></body></html>",
        ),
        "unsupported": ("dokumen.docx", b"PK\x03\x04"),
    }
    paths = {}
    for key, (name, data) in files.items():
        paths[key] = tmp_path / name
        paths[key].write_bytes(data)
    truncated = write_epub(tmp_path / "utuh.epub", [("Bab", "<p>Isi.</p>")])
    paths["truncated-epub"] = tmp_path / "terpotong.epub"
    paths["truncated-epub"].write_bytes(truncated.read_bytes()[:300])
    paths["folder"] = tmp_path / "folder"
    paths["folder"].mkdir()
    paths["missing"] = tmp_path / "tidak-ada.txt"
    blocker = tmp_path / "berkas"
    blocker.write_text("x")
    paths["parent-is-a-file"] = blocker / "artikel.txt"
    huge = tmp_path / "besar.txt"
    with huge.open("wb") as handle:  # sparse: the size counts, not the disk it takes
        handle.truncate(MAX_FILE_BYTES + 1)
    paths["huge"] = huge
    return paths


def test_bad_input_is_one_sentence_and_leaves_the_library_untouched(tmp_path):
    db = tmp_path / "lib.sqlite3"
    conn = connect(db)
    library = Library(conn)
    for key, path in _bad_inputs(tmp_path).items():
        with pytest.raises(BadInputError) as caught:
            library.add(read_source(str(path)))
        message = caught.value.message
        assert message and "\n" not in message and "Traceback" not in message, key
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_the_size_limit_is_stated_in_the_refusal(tmp_path):
    with pytest.raises(BadInputError, match="up to 20 MB"):
        read_source(str(_bad_inputs(tmp_path)["huge"]))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_file_is_refused(tmp_path):
    path = tmp_path / "rahasia.txt"
    path.write_text("Isi rahasia.")
    path.chmod(0)
    try:
        with pytest.raises(BadInputError, match="cannot read"):
            read_source(str(path))
    finally:
        path.chmod(0o644)


# --- URLs: only the download (the network boundary) is replaced --------------------------------
# trafilatura refuses private addresses (SSRF protection), so a local test server cannot stand
# in for a news site; `web.download` is the one function that touches the network.


def test_a_url_is_downloaded_and_read_as_an_article(monkeypatch):
    from simak.core.importers import web

    requested: list[str] = []
    monkeypatch.setattr(web, "download", lambda url: requested.append(url) or ARTICLE_HTML)
    imported = read_source("https://berita.example/daerah/gempa-cianjur")
    assert requested == ["https://berita.example/daerah/gempa-cianjur"]
    assert imported.title == "Gempa mengguncang Cianjur"
    assert "ribuan warga" in imported.text and "skrip-rahasia" not in imported.text
    assert imported.source == "https://berita.example/daerah/gempa-cianjur"


def test_an_unreachable_site_says_could_not_download_are_you_offline():
    # .invalid never resolves (RFC 2606): the same answer as having no network at all
    with pytest.raises(BadInputError, match=r"could not download .* \(are you offline\?\)"):
        read_source("http://berita.invalid/gempa")


def test_when_the_download_itself_fails_the_error_is_still_one_sentence(monkeypatch):
    from simak.core.importers import web

    def no_network(url: str):
        raise OSError("Temporary failure in name resolution")

    monkeypatch.setattr(web, "download", no_network)
    with pytest.raises(BadInputError, match="are you offline"):
        read_source("https://berita.example/gempa")
    monkeypatch.setattr(web, "download", lambda url: None)
    with pytest.raises(BadInputError, match="are you offline"):
        read_source("https://berita.example/gempa")


def test_an_xhtml_page_that_declares_its_encoding_is_read(tmp_path):
    path = tmp_path / "halaman.xhtml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>Berita</title></head><body><p>Isi berita singkat.</p></body></html>",
        encoding="utf-8",
    )
    assert read_source(str(path)).text == "Berita\n\nIsi berita singkat."
