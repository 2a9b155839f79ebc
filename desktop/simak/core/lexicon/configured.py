"""The lexicon as the learner configured it: their own definitions and chosen dictionaries."""

from __future__ import annotations

from pathlib import Path

from simak.core.lexicon.discovery import find_dictionaries
from simak.core.lexicon.lookup import Lexicon
from simak.storage.db import connect
from simak.storage.lexicon_repo import DictionaryRepo, UserDefinitionRepo


def load_for_library(db_path: Path) -> Lexicon:
    """Sync the system dictionaries into Settings > Dictionaries, then load what is enabled.

    Opens its own connection, which the returned lexicon keeps for the learner's definitions,
    so it may run on a worker thread."""
    conn = connect(db_path)
    repo = DictionaryRepo(conn)
    found = [(d.path, d.format, d.name) for d in find_dictionaries() if d.usable]
    refs = repo.sync_system(found)
    return Lexicon.load(dictionaries=refs, user_definitions=UserDefinitionRepo(conn).get)
