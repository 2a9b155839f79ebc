"""Python values attached to list and tree items, kept on the Python side.

PySide6 6.12.0 over-releases Python's None once on every `setData()` call of a
QTreeWidgetItem, QListWidgetItem or QStandardItem, whatever the value; after a few thousand
calls the interpreter aborts ("none_dealloc"). Panels therefore never call item.setData: they
attach their values here instead. QAction.setData is not affected.
"""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")


class Payloads(Generic[T]):
    def __init__(self) -> None:
        self._by_item: dict[int, tuple[object, T]] = {}

    def attach(self, item: object, value: T) -> None:
        # Holding the item keeps its id from being reused by a new item while we know it.
        self._by_item[id(item)] = (item, value)

    def get(self, item: object | None) -> T | None:
        if item is None:
            return None
        entry = self._by_item.get(id(item))
        return None if entry is None else entry[1]

    def clear(self) -> None:
        self._by_item.clear()

    def items(self) -> list[tuple[object, T]]:
        return list(self._by_item.values())
