"""Real files of every kind the importers read, built by the tests themselves."""

from __future__ import annotations

from pathlib import Path

ARTICLE_HTML = """<!doctype html>
<html><head><meta charset="utf-8"><title>Gempa Cianjur | Berita Kita</title>
<style>body { color: red } .iklan { display: none }</style>
<script>var pelacak = "skrip-rahasia";</script></head>
<body>
<nav><a href="/">Beranda</a> <a href="/politik">Menu-Politik</a>
<a href="/olahraga">Olahraga</a></nav>
<article><h1>Gempa mengguncang Cianjur</h1>
<p>Gempa berkekuatan 5,6 magnitudo mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin
siang. Getarannya terasa hingga Jakarta dan Bandung.</p>
<p>Badan Nasional Penanggulangan Bencana mencatat ratusan rumah rusak dan ribuan warga
mengungsi ke tempat yang lebih aman di sekitar alun-alun kota.</p>
<p>Presiden meminta para menteri segera membantu korban dan memperkuat keamanan di wilayah
yang terdampak, terutama di desa-desa yang sulit dijangkau.</p></article>
<footer>Hak cipta 2024 Berita Kita. Semua hak dilindungi.</footer>
<script>console.log("iklan-tersembunyi")</script></body></html>
"""


def write_epub(path: Path, chapters: list[tuple[str, str]], title: str = "Kumpulan Berita") -> Path:
    """An EPUB with one XHTML document per (chapter title, body HTML), via EbookLib."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("simak-test-book")
    book.set_title(title)
    book.set_language("id")
    items = []
    for number, (chapter_title, body) in enumerate(chapters, start=1):
        item = epub.EpubHtml(title=chapter_title, file_name=f"bab{number}.xhtml", lang="id")
        item.content = body
        book.add_item(item)
        items.append(item)
    book.toc = tuple(items)
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *items]
    epub.write_epub(str(path), book)
    return path


def pdf_bytes(pages: list[list[str]], title: str | None = None) -> bytes:
    """A minimal valid PDF written by hand: each page shows its lines in Helvetica.

    A page with no lines has no text layer at all, like a scanned page.
    """
    objects: list[bytes] = []
    page_count = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(page_count))
    font_id = 3 + 2 * page_count
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {page_count} >>".encode())
    for i, lines in enumerate(pages):
        content_id = 4 + 2 * i
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>".encode()
        )
        stream = b""
        if lines:
            ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
            for line in lines:
                escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"({escaped}) Tj T*")
            ops.append("ET")
            stream = "\n".join(ops).encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    info_ref = b""
    if title is not None:
        objects.append(f"<< /Title ({title}) >>".encode("latin-1"))
        info_ref = f" /Info {len(objects)} 0 R".encode()
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R" % (len(objects) + 1) + info_ref + b" >>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
