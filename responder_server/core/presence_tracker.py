"""Which responders have an event stream open on this backend instance (no imports, so
`ServerState` can hold one without import cycles). See `presence/service.py` for what uses it."""

from __future__ import annotations

import time
from datetime import datetime

__all__ = ["PresenceTracker"]


class PresenceTracker:
    """Open responder streams on this instance (and ones closed within the grace)."""

    def __init__(self) -> None:
        self._open: dict[int, int] = {}
        self._closed_at: dict[int, float] = {}  # monotonic time the last stream closed
        self.touched_at: datetime | None = None  # server clock: the sweeper's last touch
        # Opened, or their last stream closed, since last_seen_at was last written: the
        # sweeper's next pass writes it (so "offline" comes a timeout after the close).
        self._untouched: set[int] = set()

    def touched(self, responder_ids: set[int]) -> None:
        self._untouched -= responder_ids

    def untouched(self) -> set[int]:
        """Responders opened or last closed since they were last touched."""
        self._untouched = {responder_id for responder_id in self._untouched
                           if responder_id in self._open or responder_id in self._closed_at}
        return set(self._untouched)

    def opened(self, responder_id: int) -> None:
        self._open[responder_id] = self._open.get(responder_id, 0) + 1
        self._closed_at.pop(responder_id, None)
        self._untouched.add(responder_id)

    def closed(self, responder_id: int) -> None:
        left = self._open.get(responder_id, 0) - 1
        if left > 0:
            self._open[responder_id] = left
            return
        self._open.pop(responder_id, None)
        self._closed_at[responder_id] = time.monotonic()
        self._untouched.add(responder_id)

    def live(self, grace_s: float) -> set[int]:
        now = time.monotonic()
        for responder_id, closed in list(self._closed_at.items()):
            if now - closed > grace_s:
                del self._closed_at[responder_id]
        return set(self._open) | set(self._closed_at)
