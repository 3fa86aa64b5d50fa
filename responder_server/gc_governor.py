"""Keeps the garbage collector's full passes short while thousands of streams stay open.

CPython's full collection walks every tracked object the process holds. At 2,000 open
streams that is a pause of 200-300 ms, and it came every few minutes: a full pass runs
once the objects promoted since the last one reach a quarter of the old generation, and
a steady flow of sends promotes many objects that soon die by reference count anyway.
Every delivery waiting behind that pause was late by as much.

So once a minute the governor freezes what has survived (`gc.freeze`: moved out of the
collector's sight, still freed by reference count as usual). The collector's own passes
then walk only what is younger than a minute, a few milliseconds' worth.

What the freeze costs: a reference cycle among frozen objects that becomes garbage (the
objects of a stream that lived for minutes, then closed) is not collected while frozen.
The frozen population is what is live plus that garbage, so when it has grown by a
quarter since the last full collection (CPython's own ratio), the governor unfreezes
and collects everything once, then freezes again. With a settled set of streams that is
rare: the frozen set grows only by the cycles that closing streams leave.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import time
from collections.abc import AsyncIterator

log = logging.getLogger(__name__)

FREEZE_EVERY_S = 60.0
GROWTH_BEFORE_FULL = 1.25  # frozen objects against the count after the last full pass
SLACK_OBJECTS = 50_000  # below this much growth a full pass is not worth its pause


class GcGovernor:
    def __init__(self) -> None:
        self.baseline = gc.get_freeze_count()  # frozen objects after the last full pass
        self.full_passes = 0

    def tick(self) -> None:
        """Freeze what has survived; a full collection once the frozen set has grown."""
        gc.freeze()
        frozen = gc.get_freeze_count()
        if frozen <= self.baseline * GROWTH_BEFORE_FULL + SLACK_OBJECTS:
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


async def _run(governor: GcGovernor, every_s: float) -> None:
    while True:
        await asyncio.sleep(every_s)
        governor.tick()


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
