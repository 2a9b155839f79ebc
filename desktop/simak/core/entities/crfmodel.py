"""The attribute names a crfsuite model has weights for, read from the model file.

crfsuite ignores attributes its model does not know; the recogniser leaves them out before
tagging (FeatureExtractor.known). pycrfsuite offers the names only through Tagger.info(),
which writes and parses the whole model as text (0.09 s), so we read crfsuite's binary
format (lib/crf/src/crf1d_model.c, lib/cqdb/src/cqdb.c in crfsuite) ourselves (0.01 s).
"""

from __future__ import annotations

import struct
from pathlib import Path

# File header: magic, size, type, version, features, labels, attributes, then the offsets of
# the features, the label names, the attribute names and the two reference tables.
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
# A CQDB chunk (a constant string <-> id table): id, size, flags, byte-order mark, backward
# table size and offset; then 256 (offset, slots) hash-table references; then the records.
_CQDB_HEADER = struct.Struct("<4sIIIII")
_CQDB_TABLES = 256
_RECORD = struct.Struct("<iI")  # id, size of the name including its closing NUL


def read_attributes(path: Path | str) -> frozenset[str]:
    """Raises ValueError when the file is not a first-order crfsuite model."""
    data = Path(path).read_bytes()
    try:
        magic, _, kind, _, _, _, count, _, _, offset, _, _ = _HEADER.unpack_from(data)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError("not a first-order crfsuite model")
        names = _cqdb_strings(data, offset)
    except (struct.error, UnicodeDecodeError) as exc:
        raise ValueError(f"damaged crfsuite model ({exc})") from exc
    if len(names) != count:
        raise ValueError(f"the model lists {count} attributes but names {len(names)}")
    return frozenset(names)


def _cqdb_strings(data: bytes, offset: int) -> list[str]:
    chunk, *_ = _CQDB_HEADER.unpack_from(data, offset)
    if chunk != b"CQDB":
        raise ValueError("the model's attribute table is damaged")
    tables = struct.unpack_from(f"<{2 * _CQDB_TABLES}I", data, offset + _CQDB_HEADER.size)
    records = sum(tables[1::2]) // 2  # each hash table has two slots per record
    position = offset + _CQDB_HEADER.size + 4 * len(tables)
    names = []
    for _ in range(records):
        _, size = _RECORD.unpack_from(data, position)
        start = position + _RECORD.size
        names.append(data[start : start + size - 1].decode("utf-8"))
        position = start + size
    return names
