"""Dispatch a source (path or URL) to the importer for its kind.

`read_source` is the single entry point: it returns the article text or raises
BadInputError (one sentence, nothing imported) or ImportCancelled (the learner said stop).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from simak.core.errors import BadInputError, SimakError

MAX_FILE_BYTES = 20 * 1024 * 1024  # a 20 MB text is ~3 million words: far beyond a book

# progress(done, total) is called as a long import advances; returning False cancels it.
Progress = Callable[[int, int], bool]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", "")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


class ImportCancelled(SimakError):
    """The learner cancelled a long import; nothing was imported."""

    exit_code = 3


# The name the brief and other modules use for the same error.
CancelledError = ImportCancelled


@dataclass(frozen=True)
class ImportedText:
    title: str
    text: str
    source: str


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    """Tell the caller how far we are; stop the import when it answers False."""
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled("the import was cancelled; nothing was added")


def read_source(source: str, progress: Progress | None = None) -> ImportedText:
    if source.startswith(("http://", "https://")):
        from simak.core.importers.web import read_url

        return read_url(source)
    path = Path(source).expanduser()
    try:
        if not path.exists():
            raise BadInputError(f"{source} does not exist")
        if path.is_dir():
            raise BadInputError(f"{source} is a folder; choose a text file")
        if not path.is_file():
            raise BadInputError(f"{source} is not a regular file; choose a text file")
        size = path.stat().st_size
    except OSError as exc:
        raise BadInputError(f"cannot read {source} ({exc.strerror or exc})") from exc
    if size > MAX_FILE_BYTES:
        raise BadInputError(
            f"{source} is {size // (1024 * 1024)} MB; Simak opens files up to "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB"
        )
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        from simak.core.importers.plain_text import read_text_file

        return read_text_file(path)
    if suffix in HTML_SUFFIXES:
        from simak.core.importers.html import read_html_file

        return read_html_file(path)
    if suffix == ".epub":
        from simak.core.importers.epub import read_epub

        return read_epub(path, progress)
    if suffix == ".pdf":
        from simak.core.importers.pdf import read_pdf

        return read_pdf(path, progress)
    raise BadInputError(
        f"{path.name}: Simak cannot read {suffix} files; use .txt, .md, .html, .epub or .pdf"
    )


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or one sentence saying why they cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BadInputError(f"cannot read {path.name} ({exc.strerror or exc})") from exc
