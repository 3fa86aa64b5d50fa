"""Python's garbage collector, run on the Qt thread only.

A collection runs in whichever thread happens to allocate when a threshold is crossed. The
app runs work on threads (keyring calls, `asyncio.to_thread`), so a collection could start
there and delete Qt objects caught in a reference cycle off the Qt thread, while Qt still
holds them: a crash later, anywhere (seen in the end-to-end tests under load, in Qt's
event processing). So, as long as the app's loop runs, automatic collection is off and a
timer on the Qt thread collects each generation when its threshold is crossed, as Python
itself would. Once it `ride`s the ticker's once-a-second tick it checks on that tick and
its own timer is only a slow fallback (signed out, nothing ticks): no wake-up of its own
while the app waits.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, SignalInstance

CHECK_MS = 500
FALLBACK_MS = 5000  # while riding a tick: only if the tick stops


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Back to Python's own collection (and one full pass on this thread now)."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def ride(self, tick: SignalInstance) -> None:
        """Check on this (once a second) signal instead of a timer of its own."""
        tick.connect(self.check)
        self._timer.setInterval(FALLBACK_MS)
        if self._timer.isActive():
            self._timer.start()

    def check(self) -> None:
        if self._timer.isActive():
            self._timer.start()  # the fallback waits a full interval from this check
        counts = gc.get_count()
        if counts[0] > self._thresholds[0]:
            generation = 0
            if counts[1] > self._thresholds[1]:
                generation = 2 if counts[2] > self._thresholds[2] else 1
            gc.collect(generation)
