"""Dictionary sources (bundled, dictd, StarDict, FreeDict reversed, user) and the lookup."""

from simak.core.lexicon.lookup import Lexicon, LoadReport
from simak.core.lexicon.sources import DictionaryRef

__all__ = ["DictionaryRef", "Lexicon", "LoadReport"]
