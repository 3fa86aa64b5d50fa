"""Keeps the offset between this PC's clock and the server's (from `X-Server-Time`)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from responder_wire.models import SERVER_TIME_HEADER


class ServerClock:
    """`now()` is the server's current time, estimated from the last response header.

    The offset is smoothed a little so one slow response doesn't make timers jump.
    """

    def __init__(self, local_ms: Callable[[], float] | None = None) -> None:
        self._local_ms = local_ms or (lambda: time.time() * 1000.0)
        self._offset_ms: float | None = None

    @property
    def offset_ms(self) -> float:
        return self._offset_ms or 0.0

    @property
    def synced(self) -> bool:
        return self._offset_ms is not None

    def observe(self, server_ms: float) -> None:
        sample = server_ms - self._local_ms()
        if self._offset_ms is None or abs(sample - self._offset_ms) > 5000:
            self._offset_ms = sample
        else:
            self._offset_ms = 0.8 * self._offset_ms + 0.2 * sample

    def observe_headers(self, headers: Mapping[str, str]) -> None:
        raw = headers.get(SERVER_TIME_HEADER)
        if raw is None:
            return
        try:
            self.observe(float(raw))
        except ValueError:
            return

    def now_ms(self) -> float:
        return self._local_ms() + self.offset_ms

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.now_ms() / 1000.0, tz=UTC)

    def seconds_since(self, moment: datetime) -> float:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return (self.now() - moment).total_seconds()
