"""Give freed heap back to the system after a large piece of work.

A part's analysis allocates and frees tens of megabytes on a worker thread; glibc keeps
freed memory in that thread's arena for reuse, so the app's resident size only grows. Asking
glibc to trim after each article opens returned about 11 MB with a book open (bench_app).
Elsewhere (macOS, Windows, musl) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache


@cache
def _malloc_trim():  # type: ignore[no-untyped-def]
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        return ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None


def give_back_free_memory() -> None:
    """Return the heap's free pages to the system (glibc's malloc_trim; ctypes lets go of
    the interpreter meanwhile)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
