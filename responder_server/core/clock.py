"""The server's clock. Every timestamp the backend records comes from here.

Tests start the server with a controllable clock (loopback only) so they can move time
forward without sleeping through real seconds.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class Clock:
    def __init__(self) -> None:
        self._offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset

    def advance(self, seconds: float) -> datetime:
        self._offset += timedelta(seconds=seconds)
        return self.now()


def epoch_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)
