"""Turn files, URLs and pasted text into article text. Each importer raises BadInputError."""

from simak.core.importers.base import ImportedText, read_source

__all__ = ["ImportedText", "read_source"]
