"""The Qt user interface: the only package that imports PySide6."""

import sys

import PySide6


def _shield_none_from_pyside_6_12_0() -> None:
    """PySide6 6.12.0 returns None from every void Qt method without taking a reference, so
    each such call over-releases None (measured: -1 per setHtml, setData, mergeCharFormat...).
    Python 3.12+ makes None immortal; on 3.11 the count reaches zero after some thousands of
    calls and the interpreter aborts ("none_dealloc"). 6.11.3 is clean, but we ship 6.12.x:
    give None a reference count it can never run out of."""
    if sys.version_info >= (3, 12) or not PySide6.__version__.startswith("6.12.0"):
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_shield_none_from_pyside_6_12_0()
