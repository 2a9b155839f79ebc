"""Dispatch a source (path or URL) to the importer for its kind."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from simak.core.errors import BadInputError

MAX_FILE_BYTES = 20 * 1024 * 1024  # a 20 MB text is ~3 million words: far beyond a book


@dataclass(frozen=True)
class ImportedText:
    title: str
    text: str
    source: str


def read_source(source: str) -> ImportedText:
    if source.startswith(("http://", "https://")):
        from simak.core.importers.web import read_url

        return read_url(source)
    path = Path(source).expanduser()
    if not path.exists():
        raise BadInputError(f"{source} does not exist")
    if path.is_dir():
        raise BadInputError(f"{source} is a folder; choose a text file")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadInputError(f"cannot read {source} ({exc.strerror})") from exc
    if size > MAX_FILE_BYTES:
        raise BadInputError(
            f"{source} is {size // (1024 * 1024)} MB; Simak opens files up to "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB"
        )
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md", ".markdown", ".text", ""):
        from simak.core.importers.plain_text import read_text_file

        return read_text_file(path)
    raise BadInputError(f"{path.name}: Simak cannot read {suffix} files; use .txt or .md")
