"""The Qt user interface: the only package that imports PySide6."""

import sys

import PySide6


def _shield_singletons_from_pyside_6_12_0() -> None:
    """PySide6 6.12.0 returns singletons without taking a reference: every void Qt method
    over-releases None (setHtml, setData, mergeCharFormat...: -1 each) and every
    Signal.emit() over-releases True. Python 3.12+ makes them immortal; on 3.11 a count
    reaches zero after some thousands of calls and the interpreter aborts ("none_dealloc",
    "bool_dealloc"). 6.11.3 is clean, but we ship 6.12.x: give None, True and False a
    reference count they can never run out of."""
    if sys.version_info >= (3, 12) or not PySide6.__version__.startswith("6.12.0"):
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_shield_singletons_from_pyside_6_12_0()
