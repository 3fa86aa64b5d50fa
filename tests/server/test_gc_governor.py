"""The server's garbage-collector governor (core/gc_governor.py), in this process: what it
freezes is out of the collector's passes, and the cycles frozen objects leave behind are
collected once the frozen set has grown by a quarter (at most once an interval), so memory
does not grow without end.
(How short the collector's pauses become at 2,000 streams is measured by
bench/server_soak.py, not asserted here.)"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from responder_server.core.gc_governor import GROWTH_BEFORE_FULL, SLACK_OBJECTS, GcGovernor


class _Sentinel:
    garbage: list[object]


def _cycle(size: int) -> tuple[_Sentinel, weakref.ref[_Sentinel]]:
    """`size` tracked objects in one reference cycle, and a weak reference that tells
    whether it was collected once the caller drops the first."""
    sentinel = _Sentinel()
    sentinel.garbage = [[] for _ in range(size)]
    sentinel.garbage.append(sentinel)
    return sentinel, weakref.ref(sentinel)


@pytest.fixture
def frozen_process() -> Iterator[None]:
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()  # the rest of the test run as it was
        gc.collect()


def test_frozen_cycles_wait_for_growth_then_a_full_pass_collects_them(
    frozen_process: None,
) -> None:
    governor = GcGovernor(full_pass_interval_s=0)
    bound = int(governor.baseline * (GROWTH_BEFORE_FULL - 1)) + SLACK_OBJECTS
    # A stream's objects, in a cycle, frozen while it is open; then it closes.
    stream, closed = _cycle(bound - 20_000)
    governor.tick()
    del stream
    gc.collect()
    assert closed() is not None, "a frozen cycle is out of the collector's passes"
    assert governor.full_passes == 0

    # More survivors push the frozen set past the bound: that tick collects everything.
    newer: list[list[object]] = [[] for _ in range(40_000)]
    governor.tick()
    assert governor.full_passes == 1
    assert closed() is None
    assert len(newer) == 40_000


def test_live_objects_are_kept_through_a_full_pass(frozen_process: None) -> None:
    governor = GcGovernor(full_pass_interval_s=0)
    size = int(governor.baseline * GROWTH_BEFORE_FULL) + SLACK_OBJECTS
    live: list[list[object]] = [[] for _ in range(size)]
    governor.tick()  # grown past the bound: a full pass, which must free nothing live
    assert governor.full_passes == 1
    assert len(live) > SLACK_OBJECTS and all(item == [] for item in live)
    assert gc.get_freeze_count() >= len(live)  # and they are frozen again


def test_growth_waits_for_the_interval_before_a_full_pass(frozen_process: None) -> None:
    """Streams opening after a restart grow the frozen set with live objects: no pause
    for them until the interval has passed since the last full pass (or the start)."""
    governor = GcGovernor(full_pass_interval_s=3600)
    grown: list[list[object]] = [[] for _ in range(int(governor.baseline * GROWTH_BEFORE_FULL)
                                                   + SLACK_OBJECTS)]
    governor.tick()
    assert governor.full_passes == 0
    assert gc.get_freeze_count() >= len(grown)  # frozen all the same


def test_ticks_inside_the_interval_do_not_walk_the_frozen_set(
    frozen_process: None, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Counting the frozen set walks every frozen object (tens of ms at 2,000 streams):
    a tick every ten seconds that counted would be a pause in every stream's delivery."""
    governor = GcGovernor(full_pass_interval_s=3600)
    counted = []
    real_count = gc.get_freeze_count
    monkeypatch.setattr(gc, "get_freeze_count", lambda: counted.append(1) or real_count())
    for _ in range(50):
        governor.tick()
    assert counted == []
