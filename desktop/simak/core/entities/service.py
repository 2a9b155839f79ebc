"""The learner's entity fixes and notes, kept in the library and applied to every article."""

from __future__ import annotations

import sqlite3

from simak.core.entities.corrections import (
    ENTITY_TYPES,
    ChangeType,
    Correction,
    Hide,
    Merge,
    Rename,
    apply_corrections,
)
from simak.core.errors import UsageError
from simak.core.model import Entity
from simak.storage.entity_repo import EntityRepo

_KIND_OF = {ChangeType: "type", Rename: "rename", Merge: "merge", Hide: "hide"}


class EntityService:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._repo = EntityRepo(conn)

    def corrections(self) -> list[Correction]:
        result: list[Correction] = []
        for row in self._repo.corrections():
            if row.kind == "type" and row.value in ENTITY_TYPES:
                result.append(ChangeType(row.name, row.value))
            elif row.kind == "rename" and row.value:
                result.append(Rename(row.name, row.value))
            elif row.kind == "merge" and row.value:
                result.append(Merge(row.name, row.value))
            elif row.kind == "hide":
                result.append(Hide(row.name))
        return result

    def correct(self, correction: Correction) -> None:
        value = None
        if isinstance(correction, ChangeType):
            value = correction.new_type
        elif isinstance(correction, Rename):
            if not correction.new_name.strip():
                raise UsageError("a name cannot be empty")
            value = correction.new_name.strip()
        elif isinstance(correction, Merge):
            if correction.source == correction.target:
                raise UsageError("an entity cannot be merged into itself")
            value = correction.target
        first = correction.source if isinstance(correction, Merge) else correction.name
        self._repo.add_correction(_KIND_OF[type(correction)], first, value)

    def apply(self, entities: list[Entity]) -> list[Entity]:
        corrections = self.corrections()
        return apply_corrections(entities, corrections) if corrections else entities

    def note(self, name: str) -> str:
        return self._repo.note(name)

    def set_note(self, name: str, body: str) -> None:
        self._repo.set_note(name, body)

    def record_mentions(
        self, article_id: int, entities: list[Entity], *, part_only: bool = False
    ) -> None:
        """The names an article mentions. With `part_only` (one part of a long text was read)
        they join those of its other parts instead of replacing them."""
        mentions = [(e.name, e.type, e.count) for e in entities]
        if part_only:
            self._repo.add_mentions(article_id, mentions)
        else:
            self._repo.replace_mentions(article_id, mentions)

    def also_in(self, name: str, article_id: int | None) -> list[tuple[int, str]]:
        return self._repo.articles_mentioning(name, article_id)
