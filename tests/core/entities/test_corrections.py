from __future__ import annotations

import pytest

from simak.core.entities.corrections import ChangeType, Hide, Merge, Rename, apply_corrections
from simak.core.model import Entity, Span


def _entities() -> list[Entity]:
    return [
        Entity("Nikolai Patrushev", "PER", [Span(10, 27)], description="Kepala Keamanan Rusia"),
        Entity("Patrushev", "LOC", [Span(40, 49), Span(90, 99)]),
        Entity("Rusia", "LOC", [Span(0, 5)], ["Russia"], english="Russia"),
        Entity("Dalam", "ORG", [Span(120, 125)]),
    ]


def test_hide_removes_only_that_entity() -> None:
    result = apply_corrections(_entities(), [Hide("Dalam")])
    assert [e.name for e in result] == ["Nikolai Patrushev", "Patrushev", "Rusia"]


def test_change_type() -> None:
    result = apply_corrections(_entities(), [ChangeType("Patrushev", "PER")])
    assert result[1].type == "PER"


def test_change_type_rejects_unknown_type() -> None:
    with pytest.raises(ValueError):
        ChangeType("Rusia", "CITY")


def test_rename_keeps_old_name_as_variant() -> None:
    result = apply_corrections(_entities(), [Rename("Rusia", "Federasi Rusia")])
    assert result[2].name == "Federasi Rusia"
    assert result[2].variants == ["Russia", "Rusia"]


def test_merge_moves_spans_and_names_into_target() -> None:
    result = apply_corrections(_entities(), [Merge("Patrushev", "Nikolai Patrushev")])
    assert [e.name for e in result] == ["Nikolai Patrushev", "Rusia", "Dalam"]
    merged = result[0]
    assert merged.spans == [Span(10, 27), Span(40, 49), Span(90, 99)]
    assert merged.variants == ["Patrushev"]
    assert merged.type == "PER" and merged.description == "Kepala Keamanan Rusia"


def test_corrections_apply_in_order_and_find_variants() -> None:
    corrections = [Merge("Patrushev", "Nikolai Patrushev"), Rename("Patrushev", "N. Patrushev")]
    result = apply_corrections(_entities(), corrections)
    assert result[0].name == "N. Patrushev"
    assert "Nikolai Patrushev" in result[0].variants


def test_input_is_not_modified_and_stale_corrections_are_skipped() -> None:
    entities = _entities()
    result = apply_corrections(entities, [ChangeType("Tidak Ada", "PER"), Hide("Rusia")])
    assert len(result) == 3
    assert [e.name for e in entities] == ["Nikolai Patrushev", "Patrushev", "Rusia", "Dalam"]
