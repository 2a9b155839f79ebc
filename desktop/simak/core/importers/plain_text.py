"""Plain text and Markdown files, in whatever encoding they were saved."""

from __future__ import annotations

import codecs
from pathlib import Path

from simak.core.errors import BadInputError
from simak.core.importers.base import ImportedText


def decode_bytes(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else the best single-byte guess."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise BadInputError(f"{name} is not a text file (it contains binary data)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise BadInputError(f"{name} is not readable text in any encoding Simak knows")
    return str(best)


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def read_text_file(path: Path) -> ImportedText:
    from simak.core.engine import title_of

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInputError(f"cannot read {path.name} ({exc.strerror})") from exc
    text = normalise(decode_bytes(data, path.name))
    if not any(ch.isalpha() for ch in text):
        raise BadInputError(f"{path.name} is empty: there is no text to read")
    return ImportedText(title=title_of(text, fallback=path.stem), text=text, source=str(path))
