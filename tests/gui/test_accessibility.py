"""Every control a learner can reach has a name a screen reader can say, or a tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextEdit)


def _is_qt_internal(widget) -> bool:
    """Parts Qt builds inside its own widgets: header views, combo pop-ups, clear buttons."""
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QLineEdit, QAbstractItemView, QDockWidget)):
            return not isinstance(parent, QDockWidget) or widget.parentWidget() is parent
        if parent.windowFlags() & Qt.WindowType.Popup:
            return True
        parent = parent.parentWidget()
    return False


def _unnamed(root) -> list[str]:
    missing = []
    for kind in CONTROLS:
        for widget in root.findChildren(kind):
            if _is_qt_internal(widget):
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName() or widget.toolTip() or text.strip()):
                where = type(widget.parent()).__name__
                missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {where}")
    return missing


def test_main_window_controls_have_names(window):
    assert _unnamed(window) == []


def test_every_small_control_of_the_window_has_a_tooltip(window):
    """Buttons, fields and choosers explain themselves on hover; the large reading and
    list areas do not (a tooltip there would follow the pointer everywhere; their items
    carry their own)."""
    small = (QAbstractButton, QLineEdit, QComboBox)
    missing = [
        f"{type(w).__name__} {w.accessibleName() or w.objectName()!r}"
        for kind in small
        for w in window.findChildren(kind)
        if not _is_qt_internal(w) and not w.toolTip() and not _tab_scroller(w)
    ]
    assert missing == []


def _tab_scroller(widget) -> bool:
    from PySide6.QtWidgets import QTabBar

    return isinstance(widget.parentWidget(), QTabBar)  # Qt's own arrows on a tab bar


def test_study_and_tools_dialogs_have_names(qtbot, window):
    dialogs = [
        window.study_actions.open_review(),
        window.study_actions.open_vocabulary(),
        window.study_actions.open_progress(),
        window.study_actions.open_import_known(),
    ]
    missing = [m for d in dialogs for m in _unnamed(d)]
    assert missing == []
