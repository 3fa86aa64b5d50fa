"""Presence: a responder's availability (what they chose) and capacity (how many chats at
once), and the sweeper that sets a responder whose app vanished (killed, crashed, network
gone) offline.

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
import logging
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.auth import service as auth
from responder_server.core.events import append_event
from responder_server.core.jobs import in_background
from responder_server.core.models import Conversation, Reassignment, Responder
from responder_server.core.presence_tracker import PresenceTracker
from responder_server.core.problems import not_found
from responder_server.core.state import ServerState
from responder_server.core.summaries import summary
from responder_server.presence import hours
from responder_server.routing import service as routing
from responder_server.routing.queue import publish_queue
from responder_wire import Availability, ConversationState, EventType, ResponderProfile
from responder_wire.reply_speed import ReassignedNotice

__all__ = ["PresenceTracker", "mark_available", "run_sweeper", "set_availability", "set_capacity",
           "set_client_name", "set_suspended", "sweep", "sweeper", "touch", "tracked"]

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
        # Every instance sweeps; under the routing lock (routing/service.py) a second instance's
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


def sweeper(state: ServerState) -> AbstractAsyncContextManager[None]:
    """The job (app.py's JOBS): runs the sweeper for the lifetime of the app."""
    return in_background(run_sweeper(state))


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


async def set_availability(state: ServerState, responder_id: int, availability: str,
                           now: datetime) -> Responder:
    async with state.db.write() as session:
        await routing.lock(session)
        responder = await session.get(Responder, responder_id)
        if responder is None:
            raise not_found("responder")
        responder.availability = availability
        mark_available(responder, availability, now)
        await session.flush()
        if availability == Availability.ONLINE.value:
            await hours.record(session, now, responder_id)  # this hour counts at once
        await append_event(session, EventType.PRESENCE_CHANGED, auth.profile(responder),
                           now=now, responder_id=responder_id)
        await routing.drain_queue(session, now)
    state.notifier.notify()
    return responder


async def set_capacity(state: ServerState, responder_id: int, max_concurrent: int,
                       actor: str | None = None) -> ResponderProfile:
    """How many chats this responder takes at once. Raising it may offer queued clients at
    once; lowering it never takes a chat away, it only stops new offers. `actor`: an
    operator set it (the console), audited in the same transaction."""
    now = state.clock.now()
    async with state.db.write() as session:
        await routing.lock(session)
        responder = await session.get(Responder, responder_id)
        if responder is None:
            raise not_found("responder")
        if actor is not None:
            await audit.record(session, actor, "responder.capacity",
                               f"responder:{responder_id}", responder.max_concurrent,
                               max_concurrent, now=now)
        responder.max_concurrent = max_concurrent
        await session.flush()
        profile = auth.profile(responder)
        await append_event(session, EventType.PRESENCE_CHANGED, profile, now=now,
                           responder_id=responder.id)
        await routing.drain_queue(session, now)
    state.notifier.notify()
    return profile


async def set_client_name(state: ServerState, responder_id: int, client_name: str,
                          actor: str | None = None) -> ResponderProfile:
    """The name clients see from now on (a chat's summary reads it when it is built, so
    clients already accepted see the new name on their next read or event). `actor`: an
    operator set it (the console), audited in the same transaction."""
    now = state.clock.now()
    async with state.db.write() as session:
        responder = await session.get(Responder, responder_id)
        if responder is None:
            raise not_found("responder")
        if actor is not None:
            await audit.record(session, actor, "responder.client_name",
                               f"responder:{responder_id}", responder.client_name,
                               client_name, now=now)
        responder.client_name = client_name
        await session.flush()
        profile = auth.profile(responder)
        # The responder's other devices hear of it like any other change to the profile.
        await append_event(session, EventType.PRESENCE_CHANGED, profile, now=now,
                           responder_id=responder.id)
    state.notifier.notify()
    return profile


async def set_suspended(state: ServerState, responder_id: int, suspended: bool, actor: str
                        ) -> Responder:
    """An operator suspends (or reinstates) a responder: suspended, every sign-in of theirs
    ends at once (their next request is refused, their streams end on every instance),
    they are set offline so routing offers them nobody, and they cannot sign in again
    until reinstated. Their open chats go to another responder who can take them (each
    recorded as a reassignment), or back to the front of the queue."""
    now = state.clock.now()
    revoked: list[int] = []
    async with state.db.write() as session:
        await routing.lock(session)
        responder = await session.get(Responder, responder_id)
        if responder is None:
            raise not_found("responder")
        before = responder.suspended_at is not None
        if before == suspended:
            return responder
        await audit.record(session, actor,
                           "responder.suspend" if suspended else "responder.reinstate",
                           f"responder:{responder_id}", {"suspended": before},
                           {"suspended": suspended}, now=now)
        responder.suspended_at = now if suspended else None
        if suspended:
            revoked = await auth.revoke_responder_tokens(session, responder_id, now)
            responder.availability = Availability.OFFLINE.value
            await session.flush()
            await append_event(session, EventType.PRESENCE_CHANGED, auth.profile(responder),
                               now=now, responder_id=responder_id)
            await _hand_over(session, responder_id, now)
    state.principals.forget_tokens(revoked)  # committed: refused here at once
    state.notifier.notify()
    return responder


async def _hand_over(session: AsyncSession, responder_id: int, now: datetime) -> None:
    """A suspended responder's open chats: to whoever routing picks, else queued again."""
    chats = await session.scalars(select(Conversation).where(
        Conversation.responder_id == responder_id,
        Conversation.state == ConversationState.ACTIVE.value).order_by(Conversation.created_at))
    for conversation in chats.all():
        new = await routing.pick_responder(session, exclude=responder_id,
                                            client_id=conversation.client_id)
        notice = ReassignedNotice(
            conversation_id=conversation.id, alias=conversation.alias, reassigned_at=now,
            after_seconds=round((now - (conversation.offered_at or now)).total_seconds(), 3))
        await append_event(session, EventType.CONVERSATION_REASSIGNED, notice, now=now,
                           conversation_id=conversation.id, responder_id=responder_id)
        if new is not None:
            session.add(Reassignment(conversation_id=conversation.id,
                                     from_responder_id=responder_id, to_responder_id=new.id,
                                     offered_at=conversation.offered_at or now, created_at=now))
            conversation.reassign_count = (conversation.reassign_count or 0) + 1
            await routing.offer(session, conversation, new, now)
        else:
            conversation.state = ConversationState.QUEUED.value
            conversation.responder_id = None
            conversation.needs_take = False
            await session.flush()
            await append_event(session, EventType.CONVERSATION_QUEUED,
                               summary(conversation, None), now=now,
                               conversation_id=conversation.id, client_visible=True)
            await publish_queue(session, now)
