"""Turn files, URLs and pasted text into article text. Each importer raises BadInputError."""

from simak.core.importers.base import (
    MAX_FILE_BYTES,
    CancelledError,
    ImportCancelled,
    ImportedText,
    Progress,
    read_source,
)

__all__ = [
    "MAX_FILE_BYTES",
    "CancelledError",
    "ImportCancelled",
    "ImportedText",
    "Progress",
    "read_source",
]
