"""Plain text and Markdown files, in whatever encoding they were saved."""

from __future__ import annotations

import codecs
from pathlib import Path

from simak.core.errors import BadInputError
from simak.core.importers.base import ImportedText, read_bytes

# Text has tabs and newlines but almost no other control characters; binary files have many.
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_CONTROL_SHARE = 0.01


def decode_bytes(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else the best single-byte guess."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data[:4096]:
        raise BadInputError(f"{name} is not a text file (it contains binary data)")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _guess_single_byte(data, name)
    if _looks_binary(text):
        raise BadInputError(f"{name} is not a text file (it contains binary data)")
    return text


def _guess_single_byte(data: bytes, name: str) -> str:
    """Windows-1252 when the text reads as mostly-ASCII Latin; else ask charset_normalizer.

    Indonesian and English files not in UTF-8 are nearly always Windows-1252 (or Latin-1, its
    subset). charset_normalizer misreads short Latin texts (`naïve` as cp1250 `naďve`), so
    it is only asked when most letters are outside ASCII, i.e. a non-Latin script.
    """
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_ascii(text):
            return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise BadInputError(f"{name} is not readable text in any encoding Simak knows")
    return str(best)


def _mostly_ascii(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return True
    return sum(1 for ch in letters if ord(ch) > 127) / len(letters) < 0.3


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    controls += sample.count("\x7f") + sample.count("\ufffd")
    return controls / len(sample) > _MAX_CONTROL_SHARE


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def require_text(text: str, name: str) -> str:
    """Refuse text with no letters in it: there would be nothing to read."""
    if not any(ch.isalpha() for ch in text):
        raise BadInputError(f"{name} is empty: there is no text to read")
    return text


def read_text_file(path: Path) -> ImportedText:
    from simak.core.engine import title_of

    text = require_text(normalise(decode_bytes(read_bytes(path), path.name)), path.name)
    return ImportedText(title=title_of(text, fallback=path.stem), text=text, source=str(path))
