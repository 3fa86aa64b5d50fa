"""One timer for every open stream's heartbeat.

Each stream used to wait for its next event with a timeout of its own: at 2,000 idle
streams that is 2,000 timers started, fired and cancelled every period, and each firing
cancels the stream's task and unwinds its generators with an exception. Measured with 15 s
heartbeats, about 200 us of CPU per heartbeat against the bare relay's 35 us
(`bench/server_load.py`, idle phase).

So a stream waits without a timeout, and this wheel wakes the streams whose heartbeat is
due: the period is cut into slots of `TICK_S` and each stream sits in one slot, so one
tick wakes about one slot's share of the streams (at 2,000 streams and 15 s, ~33 every
quarter second: no burst that would stall a send). A stream joins a slot between half a
period and a period ahead, so streams opened together (every app reconnecting after a
restart) spread over the period, and the first heartbeat still comes within one period.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import random
from typing import Protocol

TICK_S = 0.25  # at most; shorter when the period is short (tests beat every 0.3 s)


class Beating(Protocol):
    def beat(self) -> None: ...


class HeartbeatWheel:
    def __init__(self, period_s: float) -> None:
        self.tick_s = min(TICK_S, period_s / 4)
        self._slots: list[set[Beating]] = [
            set() for _ in range(max(1, math.ceil(period_s / self.tick_s)))]
        self._slot_of: dict[Beating, int] = {}
        self._current = 0
        self._task: asyncio.Task[None] | None = None

    def add(self, stream: Beating) -> None:
        size = len(self._slots)
        offset = random.randint(size // 2, size - 1) if size > 1 else 0
        slot = (self._current + 1 + offset) % size
        self._slots[slot].add(stream)
        self._slot_of[stream] = slot

    def remove(self, stream: Beating) -> None:
        slot = self._slot_of.pop(stream, None)
        if slot is not None:
            self._slots[slot].discard(stream)

    def __len__(self) -> int:
        return len(self._slot_of)

    def tick(self) -> None:
        """Moves to the next slot and wakes its streams."""
        self._current = (self._current + 1) % len(self._slots)
        for stream in self._slots[self._current]:
            stream.beat()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="heartbeat wheel")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        due = loop.time()
        while True:
            # On time, ticks keep to the clock (no drift from the sleeps' overhead); after
            # a stall the wheel goes on from now, one slot a tick (no burst of missed ones).
            due = max(due + self.tick_s, loop.time())
            await asyncio.sleep(due - loop.time())
            self.tick()
