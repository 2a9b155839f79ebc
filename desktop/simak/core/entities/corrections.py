"""The learner's fixes to the entity list, applied on top of what the recogniser found.

Corrections are plain data (the lead stores them in SQLite) and `apply_corrections` is a pure
function: the same entities and corrections always give the same list, and the input is
never modified. Each correction names an entity by its canonical name as shown at the time;
a correction whose entity is no longer there (the article was re-analysed) is skipped.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass

from simak.core.model import Entity

ENTITY_TYPES = ("PER", "LOC", "ORG")


@dataclass(frozen=True, slots=True)
class ChangeType:
    name: str
    new_type: str  # PER | LOC | ORG

    def __post_init__(self) -> None:
        if self.new_type not in ENTITY_TYPES:
            raise ValueError(f"entity type must be one of {ENTITY_TYPES}, not {self.new_type!r}")


@dataclass(frozen=True, slots=True)
class Rename:
    name: str
    new_name: str


@dataclass(frozen=True, slots=True)
class Merge:
    """Merge entity `source` into `target`: spans and names of `source` join `target`."""

    source: str
    target: str


@dataclass(frozen=True, slots=True)
class Hide:
    name: str


Correction = ChangeType | Rename | Merge | Hide


def apply_corrections(entities: list[Entity], corrections: list[Correction]) -> list[Entity]:
    """Entities after the corrections, applied in order. Order of entities is kept."""
    result = deepcopy(entities)
    for correction in corrections:
        result = _apply_one(result, correction)
    return result


def _find(entities: list[Entity], name: str) -> Entity | None:
    for entity in entities:
        if entity.name == name:
            return entity
    # A correction recorded against a variant ("Patrushev") still finds its entity.
    for entity in entities:
        if name in entity.variants:
            return entity
    return None


def _apply_one(entities: list[Entity], correction: Correction) -> list[Entity]:
    match correction:
        case Hide(name):
            entity = _find(entities, name)
            return [e for e in entities if e is not entity]
        case ChangeType(name, new_type):
            entity = _find(entities, name)
            if entity is not None:
                entity.type = new_type
            return entities
        case Rename(name, new_name):
            entity = _find(entities, name)
            if entity is not None and new_name.strip() and new_name != entity.name:
                if entity.name not in entity.variants:
                    entity.variants.append(entity.name)
                if new_name in entity.variants:
                    entity.variants.remove(new_name)
                entity.name = new_name.strip()
            return entities
        case Merge(source, target):
            src, dst = _find(entities, source), _find(entities, target)
            if src is None or dst is None or src is dst:
                return entities
            dst.spans = sorted([*dst.spans, *src.spans], key=lambda s: (s.start, s.end))
            for variant in [src.name, *src.variants]:
                if variant != dst.name and variant not in dst.variants:
                    dst.variants.append(variant)
            dst.english = dst.english or src.english
            dst.description = dst.description or src.description
            return [e for e in entities if e is not src]
    raise TypeError(f"not an entity correction: {correction!r}")
