"""Whatever bytes arrive, an importer returns text or one BadInputError sentence, nothing else."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simak.core.errors import BadInputError
from simak.core.importers import ImportedText, read_source
from simak.core.importers.html import html_to_text

from .samples import ARTICLE_HTML, pdf_bytes, write_epub

SUFFIXES = [".txt", ".md", ".html", ".epub", ".pdf"]
_counter = itertools.count()
_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("random-files")


@pytest.fixture(scope="module")
def valid_files(folder) -> dict[str, bytes]:
    epub = write_epub(folder / "asli.epub", [("Bab", "<p>Gempa mengguncang Cianjur.</p>")])
    return {
        ".epub": epub.read_bytes(),
        ".pdf": pdf_bytes([["Gempa mengguncang Cianjur."], ["Warga mengungsi."]]),
        ".html": ARTICLE_HTML.encode("utf-8"),
    }


def _import(folder: Path, suffix: str, data: bytes) -> None:
    path = folder / f"f{next(_counter)}{suffix}"
    path.write_bytes(data)
    try:
        result = read_source(str(path))
    except BadInputError as exc:
        assert exc.message and "\n" not in exc.message
    else:
        assert isinstance(result, ImportedText)
        assert any(ch.isalpha() for ch in result.text)
    finally:
        path.unlink()


@_SETTINGS
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_give_text_or_bad_input(folder, data, suffix):
    _import(folder, suffix, data)


@_SETTINGS
@given(text=st.text(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_random_text_gives_text_or_bad_input(folder, text, suffix):
    _import(folder, suffix, text.encode("utf-8", errors="surrogatepass"))


@_SETTINGS
@given(
    suffix=st.sampled_from([".epub", ".pdf", ".html"]),
    damage=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8)), max_size=6),
    cut=st.floats(0.05, 1.0),
)
def test_damaged_real_files_give_text_or_bad_input(folder, valid_files, suffix, damage, cut):
    data = bytearray(valid_files[suffix])
    for where, junk in damage:
        at = int(where * (len(data) - 1))
        data[at : at + len(junk)] = junk
    _import(folder, suffix, bytes(data[: max(1, int(len(data) * cut))]))


@_SETTINGS
@given(markup=st.text(alphabet=st.sampled_from(list("<>/=\"' abpscript&;#x0\n")), max_size=500))
def test_random_markup_gives_text_or_bad_input(markup):
    try:
        result = html_to_text(markup, source="acak.html", fallback_title="acak")
    except BadInputError:
        return
    assert any(ch.isalpha() for ch in result.text)
