"""The heartbeat wheel (core/heartbeats.py): every open stream beats once a period, streams
opened together spread over the period, a closed stream never beats. Ticks are driven by
hand here; a real stream's heartbeats are in test_events.py and test_edges.py, and the CPU
an idle stream costs is measured by bench/server_load.py (idle phase)."""

from __future__ import annotations

import asyncio
from collections import Counter

from responder_server.core.events import EventHub
from responder_server.core.heartbeats import HeartbeatWheel


class _Stream:
    def __init__(self, wheel: HeartbeatWheel) -> None:
        self.wheel = wheel
        self.beats: list[int] = []
        self.ticks = 0

    def beat(self) -> None:
        self.beats.append(self.ticks)


def _run(wheel: HeartbeatWheel, streams: list[_Stream], ticks: int) -> None:
    for tick in range(1, ticks + 1):
        for stream in streams:
            stream.ticks = tick
        wheel.tick()


def test_every_stream_beats_once_a_period_the_first_time_within_one() -> None:
    wheel = HeartbeatWheel(period_s=15)
    slots = round(15 / wheel.tick_s)
    streams = [_Stream(wheel) for _ in range(500)]
    for stream in streams:
        wheel.add(stream)
    _run(wheel, streams, 4 * slots)
    for stream in streams:
        assert len(stream.beats) == 4
        assert slots // 2 <= stream.beats[0] <= slots  # half a period to a period
        gaps = {b - a for a, b in zip(stream.beats, stream.beats[1:], strict=False)}
        assert gaps == {slots}


def test_streams_opened_together_do_not_all_beat_in_the_same_tick() -> None:
    """Every app reconnecting after a restart opens its stream in the same second: their
    heartbeats must spread over the period, not pause the loop all at once."""
    wheel = HeartbeatWheel(period_s=15)
    slots = round(15 / wheel.tick_s)
    streams = [_Stream(wheel) for _ in range(2000)]
    for stream in streams:
        wheel.add(stream)
    _run(wheel, streams, slots)
    per_tick = Counter(stream.beats[0] for stream in streams)
    assert len(per_tick) >= slots // 2 - 1
    assert max(per_tick.values()) < 2000 / (slots // 2) * 2


def test_a_closed_stream_never_beats_again() -> None:
    wheel = HeartbeatWheel(period_s=1)
    kept, closed = _Stream(wheel), _Stream(wheel)
    wheel.add(kept)
    wheel.add(closed)
    wheel.remove(closed)
    _run(wheel, [kept, closed], 20)
    assert closed.beats == [] and len(kept.beats) >= 4
    assert len(wheel) == 1


async def test_the_hub_wakes_a_waiting_subscription_for_its_heartbeat() -> None:
    """A subscription waits with no timer of its own: the hub's wheel wakes it once a
    period with `beat_due` set, and unsubscribing takes it off the wheel."""
    hub = EventHub(heartbeat_s=0.2)
    hub.heartbeats.start()
    try:
        sub = hub.subscribe(responder_id=1, conversation_id=None)
        loop = asyncio.get_running_loop()
        started = loop.time()
        await asyncio.wait_for(sub.wait(), 2)
        assert sub.beat_due
        assert 0.05 <= loop.time() - started <= 0.5
        hub.unsubscribe(sub)
        assert len(hub.heartbeats) == 0
    finally:
        await hub.heartbeats.stop()
