"""Read a list of words the learner already knows: a LingQ or LUTE export, or one word a line.

CSV files with a header are read by column name (`term`, `word` or `text`; an optional
`status`). LUTE writes statuses 1-5, W (well known) and I (ignored); LingQ writes 0-4 or
words. Without a status column, every word is known. Lines without a usable word are
skipped and reported; a file that is not text, or holds no usable word, is refused whole.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from simak.core.errors import BadInputError
from simak.core.study import Status

MAX_TERM_WORDS = 4
MAX_TERM_LENGTH = 64
MAX_FILE_BYTES = 20 * 1024 * 1024
_TERM_COLUMNS = ("term", "word", "text", "kata", "lemma")
_STATUS_WORDS = {
    "w": Status.KNOWN,
    "wk": Status.KNOWN,
    "known": Status.KNOWN,
    "well known": Status.KNOWN,
    "learned": Status.KNOWN,
    "99": Status.KNOWN,
    "5": Status.KNOWN,
    "i": Status.IGNORED,
    "ignored": Status.IGNORED,
    "98": Status.IGNORED,
    "1": Status.LEARNING_1,
    "2": Status.LEARNING_2,
    "3": Status.LEARNING_3,
    "4": Status.LEARNING_4,
    "new": Status.LEARNING_1,
    "recognized": Status.LEARNING_2,
    "familiar": Status.LEARNING_3,
}


@dataclass
class KnownWords:
    statuses: dict[str, Status] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


def read_known_words(path: Path | str) -> KnownWords:
    text = _read_text(Path(path))
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise BadInputError(f"{path} is empty; give a list of words, one a line, or a CSV file")
    result = KnownWords()
    rows = _csv_rows(text, lines[0])
    if rows is None:
        for line in lines:
            _add(result, line, None)
    else:
        csv_rows, status_key = rows
        for row in csv_rows:
            status = row.get(status_key) if status_key else None
            _add(result, row.get(csv_rows.term_key) or "", status)
    if not result.statuses or len(result.skipped) > len(result.statuses):
        raise BadInputError(f"{path} does not look like a word list; nothing was imported")
    return result


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > MAX_FILE_BYTES:
        raise BadInputError(f"{path} is too large for a word list")
    if b"\x00" in data[:8192]:
        raise BadInputError(f"{path} is not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise BadInputError(f"{path} is not UTF-8 text") from exc


class _Rows(list):
    term_key: str


def _csv_rows(text: str, first_line: str) -> tuple[_Rows, str | None] | None:
    """Rows and the status column when the file is a CSV/TSV with a term column header."""
    delimiter = next((d for d in ("\t", ",", ";") if d in first_line), None)
    if delimiter is None:
        return None
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    fields = {name.strip().lower(): name for name in reader.fieldnames or [] if name}
    term_key = next((fields[c] for c in _TERM_COLUMNS if c in fields), None)
    if term_key is None:
        # a headerless CSV: the first column is the word
        rows = _Rows({"term": line.split(delimiter)[0]} for line in text.splitlines())
        rows.term_key = "term"
        return rows, None
    try:
        rows = _Rows(reader)
    except csv.Error as exc:
        raise BadInputError(f"the CSV file is damaged ({exc})") from exc
    rows.term_key = term_key
    return rows, fields.get("status")


def _add(result: KnownWords, raw_term: str, raw_status: str | None) -> None:
    term = " ".join(raw_term.strip().strip("\"'").lower().split())
    words = term.split()
    usable = (
        term
        and len(term) <= MAX_TERM_LENGTH
        and len(words) <= MAX_TERM_WORDS
        and all(any(ch.isalpha() for ch in w) for w in words)
        and all(ch.isalpha() or ch in "-' " for ch in term)
    )
    if not usable:
        if raw_term.strip():
            result.skipped.append(raw_term.strip()[:80])
        return
    status = Status.KNOWN
    if raw_status is not None and raw_status.strip():
        status = _STATUS_WORDS.get(raw_status.strip().lower(), Status.KNOWN)
    if raw_status is not None and raw_status.strip() == "0":
        return  # LingQ's "new": nothing to record
    result.statuses[term] = status
