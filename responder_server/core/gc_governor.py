"""Keeps the garbage collector's full passes short while thousands of streams stay open.

CPython's full collection walks every tracked object the process holds. At 2,000 open
streams that is a pause of 200-300 ms, and it came every few minutes: a full pass runs
once the objects promoted since the last one reach a quarter of the old generation, and
a steady flow of sends promotes many objects that soon die by reference count anyway.
Every delivery waiting behind that pause was late by as much.

So every ten seconds the governor freezes what has survived (`gc.freeze`: moved out of
the collector's sight, still freed by reference count as usual). The collector's own
passes then walk only what is younger than that, a few milliseconds' worth.

What the freeze costs: a reference cycle among frozen objects that becomes garbage is
not collected while frozen. So once the frozen set has grown by a quarter since the last
full collection (CPython's own ratio), and at most once an hour, the governor unfreezes
and collects everything once (200-400 ms at 2,000 streams), then freezes again. Not at
once: the growth is usually live objects (streams opening after a restart), and closed
streams leave no cycles behind (2,000 streams, half of them closed, then a full pass:
nothing to collect), so a full pass right after the streams open would be a pause for
nothing, in the middle of the work they came for. Counting the frozen set is itself a walk
of every frozen object, so it is counted only once a full pass is allowed, then every
ten minutes, not on every freeze.

The young generations need help too. A waiting stream holds a few objects (its future,
timer, coroutines) that are replaced at each wake-up, and each old one dies as its
successor is born. CPython counts allocations minus deallocations to decide when to
collect the youngest generation, so that churn never reaches its threshold, while the
young generation grows to tens of thousands of objects; the pass that finally walks them
all paused deliveries for 10-45 ms every few seconds at 2,000 streams. So the governor
also collects the youngest generation four times a second, and the middle one every
second: the same work in pauses of a millisecond or two.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import time
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager

from responder_server.core.state import ServerState

log = logging.getLogger(__name__)

FREEZE_EVERY_S = 10.0
FULL_PASS_INTERVAL_S = 3600.0  # at most one full collection this often
RECOUNT_EVERY_S = 600.0  # past the interval, the frozen set is counted this often
YOUNG_EVERY_S = 0.25
MIDDLE_EVERY = 4  # young passes per collection of the middle generation
GROWTH_BEFORE_FULL = 1.25  # frozen objects against the count after the last full pass
SLACK_OBJECTS = 50_000  # below this much growth a full pass is not worth its pause


class GcGovernor:
    def __init__(self, full_pass_interval_s: float = FULL_PASS_INTERVAL_S) -> None:
        self.baseline = gc.get_freeze_count()  # frozen objects after the last full pass
        self.full_passes = 0
        self._interval_s = full_pass_interval_s
        self._recount_s = min(RECOUNT_EVERY_S, full_pass_interval_s)
        self._next_count = time.monotonic() + full_pass_interval_s

    def tick(self) -> None:
        """Freeze what has survived; a full collection once the frozen set has grown."""
        gc.freeze()  # O(1): the generations' lists are spliced onto the frozen one
        now = time.monotonic()
        if now < self._next_count:
            return
        # Counting walks every frozen object (10-50 ms at 2,000 streams): only once the
        # interval allows a full pass, then every `RECOUNT_EVERY_S`, never every tick.
        frozen = gc.get_freeze_count()
        if frozen <= self.baseline * GROWTH_BEFORE_FULL + SLACK_OBJECTS:
            self._next_count = now + self._recount_s
            return
        started = time.perf_counter()
        gc.unfreeze()
        collected = gc.collect()
        gc.freeze()
        log.info("full garbage collection: frozen objects grew from %d to %d; %d collected "
                 "in %.0f ms", self.baseline, frozen, collected,
                 (time.perf_counter() - started) * 1000)
        self.baseline = gc.get_freeze_count()
        self.full_passes += 1
        self._next_count = time.monotonic() + self._interval_s


async def _run(governor: GcGovernor, every_s: float) -> None:
    young_passes = 0
    next_tick = time.monotonic() + every_s
    while True:
        await asyncio.sleep(YOUNG_EVERY_S)
        young_passes += 1
        gc.collect(1 if young_passes % MIDDLE_EVERY == 0 else 0)
        if time.monotonic() >= next_tick:
            governor.tick()
            next_tick = time.monotonic() + every_s


def governor(_state: ServerState) -> AbstractAsyncContextManager[GcGovernor]:
    """The job (app.py's JOBS): `governed()` for the lifetime of the app."""
    return governed()


@contextlib.asynccontextmanager
async def governed(every_s: float = FREEZE_EVERY_S) -> AsyncIterator[GcGovernor]:
    """Freezes what exists now (modules, models, compiled statements: they live as long as
    the process), then governs the collector for the lifetime of the app."""
    gc.freeze()
    governor = GcGovernor()
    task = asyncio.create_task(_run(governor, every_s))
    try:
        yield governor
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
