"""The app's one ticker: every waiting clock, the tray count, the tab order and the
escalating alert read the waits it computes with the one waiting rule
(`services.waiting.waiting_since`).

While idle it wakes once a second, as the server's clock turns to a new whole second:
one coalesced tick for every clock (30 waiting chats cost one wake-up a second, not one
per chat; a clock is shown in whole seconds, so it is never more than that second behind),
the session clock and the reconnect countdown. A burst of changes (a page of history, ten
events in one read) asks for one recomputation, merged on the next turn of the loop
(`schedule`); nothing else wakes it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from responder_app.services.server_clock import ServerClock
from responder_app.services.waiting import waiting_since
from responder_app.ui.main_window import MainWindow

__all__ = ["Ticker"]

TICK_MS = 1000


class Ticker(QObject):
    sig_ticked = Signal()  # every wait was recomputed (features redraw their clocks)

    def __init__(self, window: MainWindow, clock: ServerClock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.clock = clock
        self.waits: dict[str, datetime] = {}  # conversation id -> waiting since
        # other clocks (the queue's oldest, the session clock): kept for what reads them;
        # they turn on the same whole-second tick as every other clock
        self.extra_starts: dict[str, datetime] = {}
        self.next_wake_ms: float | None = None
        self.ticks = 0
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._soon = QTimer(self)  # merges a burst of changes into one tick
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.tick)

    def start(self) -> None:
        self._running = True
        self.tick()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        self._soon.stop()
        self.next_wake_ms = None
        self.waits = {}

    @property
    def running(self) -> bool:
        return self._running

    def schedule(self) -> None:
        """Something changed: recompute on the next turn of the loop."""
        if self._running and not self._soon.isActive():
            self._soon.start()

    def waiting_since(self, conversation_id: str) -> datetime | None:
        return self.waits.get(conversation_id)

    def tick(self) -> None:
        self._soon.stop()
        if not self._running:
            return
        self.ticks += 1
        waits: dict[str, datetime] = {}
        changed = []
        for conversation_id, tab in self.window.tabs_by_conversation_id.items():
            since = waiting_since(tab.summary, tab.newest_first(),
                                  reassigned_away=tab.reassigned_to_other)
            if since != tab.waiting_since:
                tab.show_wait(since)
                changed.append(tab)
            if since is not None:
                waits[conversation_id] = since
        self.waits = waits
        self.window.tick(changed)
        self.sig_ticked.emit()
        self._wake_on_next_second()

    def _wake_on_next_second(self) -> None:
        """One timer for every clock: wake as the server's clock turns its next second."""
        now_ms = self.clock.now_ms()
        delay = TICK_MS - int(now_ms % TICK_MS) + 2  # just past the turn, never before it
        self.next_wake_ms = now_ms + delay
        self._timer.start(delay)
