"""Presence: a responder whose app vanished (killed, crashed, network gone) goes offline.

Every instance keeps the responders whose event stream is open on it, and a sweeper
writes `last_seen_at` for them every third of the timeout (a stream's opening writes it
at once). A responder who is not offline, who has
been seen on a stream before, and whom no instance has seen for `presence_timeout_s`
(server clock) is set offline, so routing stops offering them clients. Responders who
never opened a stream (API-only tools) are left alone. A stream that closed a moment ago
still counts as live for a short grace (the app refreshing its token reconnects at once).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from responder_server import auth, routing
from responder_server.events import append_event
from responder_server.models import Responder
from responder_server.presence_tracker import PresenceTracker
from responder_server.state import ServerState
from responder_wire import Availability, EventType

__all__ = ["PresenceTracker", "mark_available", "run_sweeper", "sweep", "sweeper", "touch",
           "tracked"]

log = logging.getLogger(__name__)


def _grace_s(state: ServerState) -> float:
    return max(2 * state.config.presence_sweep_s, 1.0)


async def touch(state: ServerState, responder_ids: set[int], now: datetime) -> set[int]:
    """Records that these responders were seen now; returns the ids it updated (on
    PostgreSQL a row another transaction holds is skipped, not waited for)."""
    if not responder_ids:
        return set()
    target: Any = Responder.id.in_(responder_ids)
    if not state.db.is_sqlite:
        # Never waits for a row another transaction holds (an offer to that responder):
        # that one is touched on the next pass, well within the timeout.
        target = Responder.id.in_(select(Responder.id).where(target)
                                  .with_for_update(skip_locked=True).scalar_subquery())
    statement = (update(Responder).where(target).values(last_seen_at=now)
                 .returning(Responder.id))
    # Through `run_write`, the writer the sends use: on SQLite a second write connection
    # would make a send wait in SQLite's busy handler (sleeps of several ms) every pass.
    touched = await state.db.run_write(
        lambda session: set(session.execute(statement).scalars()))
    state.presence.touched(touched)
    return touched


def mark_available(responder: Responder, availability: str, now: datetime) -> None:
    """Going online/away restarts the timeout for a responder tracked by streams, so the
    app has time to (re)open its stream before the sweeper looks."""
    if availability != Availability.OFFLINE.value and responder.last_seen_at is not None:
        responder.last_seen_at = now


async def sweep(state: ServerState) -> list[int]:
    """One pass: refresh this instance's live streams, then set the vanished offline.
    Returns the ids set offline."""
    now = state.clock.now()
    timeout = timedelta(seconds=state.config.presence_timeout_s)
    # A third of the timeout between touches (server clock) is plenty of margin, and
    # spares an UPDATE of every live responder on every pass (idle CPU at scale).
    # A stream whose opening touch was skipped (its row was locked) is touched on the
    # next pass, not a third of the timeout later.
    last = state.presence.touched_at
    if last is None or now - last >= timeout / 3 or now < last:
        await touch(state, state.presence.live(_grace_s(state)), now)
        state.presence.touched_at = now
    else:
        await touch(state, state.presence.untouched(), now)
    cutoff = now - timeout
    vanished = (Responder.availability != Availability.OFFLINE.value,
                Responder.last_seen_at.is_not(None),
                Responder.last_seen_at < cutoff)
    gone: list[int] = []
    async with state.db.read() as session:
        if await session.scalar(select(Responder.id).where(*vanished).limit(1)) is None:
            return gone
    async with state.db.write() as session:
        # Every instance sweeps; under the routing lock (routing.py) a second instance's
        # pass reads the first one's commit and finds nobody left to set offline, so each
        # responder goes offline once (one presence event).
        await routing.lock(session)
        rows = await session.scalars(
            select(Responder).where(*vanished).with_for_update()
            .execution_options(populate_existing=True))
        for responder in rows.all():
            responder.availability = Availability.OFFLINE.value
            await session.flush()
            await append_event(session, EventType.PRESENCE_CHANGED, auth.profile(responder),
                               now=now, responder_id=responder.id)
            gone.append(responder.id)
    if gone:
        log.info("set offline after their app's stream vanished: %s", gone)
        state.notifier.notify()
    return gone


async def run_sweeper(state: ServerState) -> None:
    while True:
        await asyncio.sleep(state.config.presence_sweep_s)
        try:
            await sweep(state)
        except asyncio.CancelledError:
            raise
        except Exception:  # a failed pass (database busy) is retried on the next one
            log.exception("presence sweep failed")


@contextlib.asynccontextmanager
async def sweeper(state: ServerState) -> AsyncIterator[None]:
    """Runs the sweeper for the lifetime of the app."""
    task = asyncio.create_task(run_sweeper(state))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def tracked(state: ServerState, responder_id: int | None,
                  stream: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    """Wraps a responder's event stream: while it is open, that responder is present."""
    if responder_id is None:
        async for chunk in stream:
            yield chunk
        return
    state.presence.opened(responder_id)
    try:
        await touch(state, {responder_id}, state.clock.now())
        async for chunk in stream:
            yield chunk
    finally:
        state.presence.closed(responder_id)
