"""The server's clock. Every timestamp the backend records comes from here.

Tests start the server with a controllable clock (loopback only) so they can move time
forward without sleeping through real seconds.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class Clock:
    def __init__(self) -> None:
        self._offset = timedelta()
        # Tests may stop the clock (POST /test/clock with "freeze"), so a figure that depends
        # on how long requests took on a loaded machine comes out exact.
        self._frozen_at: datetime | None = None

    def now(self) -> datetime:
        if self._frozen_at is not None:
            return self._frozen_at
        return datetime.now(UTC) + self._offset

    def advance(self, seconds: float) -> datetime:
        if self._frozen_at is not None:
            self._frozen_at += timedelta(seconds=seconds)
        else:
            self._offset += timedelta(seconds=seconds)
        return self.now()

    def freeze(self, frozen: bool) -> None:
        """Stops the clock where it is, or lets it run on from where it stopped."""
        if frozen and self._frozen_at is None:
            self._frozen_at = self.now()
        elif not frozen and self._frozen_at is not None:
            self._offset = self._frozen_at - datetime.now(UTC)
            self._frozen_at = None


def epoch_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)
