"""Give freed heap back to the system after a burst of allocation.

glibc keeps memory that Python and Qt free inside the process (for the next allocation)
unless the top of a heap comes free; after signing in (imports, TLS set-up, the first
snapshot) and after older history is parsed, several MB sit there, counted in the app's
resident memory all day. `malloc_trim(0)` hands it back. Elsewhere (not glibc) nothing
happens.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject, QTimer

TRIM_DELAY_MS = 1000  # after the burst: one trim for a run of history pages, not one each


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim  # absent from musl
    except (OSError, AttributeError):
        return None
    return trim


def release_free_heap() -> bool:
    """Return free heap memory to the system; False where there is no `malloc_trim`."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


class HeapTrimmer(QObject):
    """Trims the heap once, `TRIM_DELAY_MS` after the last of a run of `schedule()` calls."""

    def __init__(self, parent: QObject | None = None,
                 release: Callable[[], object] = release_free_heap) -> None:
        super().__init__(parent)
        self._release = release
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._release)

    def schedule(self) -> None:
        self._timer.start(TRIM_DELAY_MS)  # restarts a pending one
