"""Reassignment: an offered conversation without a first reply within the operator's limit
(`--reassign-after`, default 90 s) goes to another available responder.

A background sweep started with the app runs `sweep()` every second; it reads
`state.clock`, so tests move the test clock instead of sleeping (the test-clock endpoint
also runs a sweep right away). With nobody else free, the conversation stays where it is
and the next sweep tries again.

Every instance runs the sweep; it is idempotent across them: a pass takes the routing lock
(routing/service.py) before it looks for overdue offers under row locks, so a second instance's
pass sees the first one's reassignments committed (the offer is no longer overdue) and
moves nothing. A pass with nothing overdue only reads.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import AbstractAsyncContextManager
from datetime import timedelta

from sqlalchemy import select

from responder_server.core.events import append_event
from responder_server.core.jobs import in_background
from responder_server.core.models import Conversation, Reassignment
from responder_server.core.state import ServerState
from responder_server.routing import service as routing
from responder_wire import ConversationState, EventType
from responder_wire.reply_speed import ReassignedNotice

log = logging.getLogger(__name__)

SWEEP_INTERVAL_S = 1.0


async def sweep(state: ServerState) -> int:
    """Reassign every overdue offer that someone else can take. Returns how many moved."""
    limit_s = state.config.reassign_after_s
    if limit_s <= 0:
        return 0
    now = state.clock.now()
    moved = 0
    overdue = (Conversation.state == ConversationState.ACTIVE.value,
               Conversation.first_reply_at.is_(None),
               Conversation.offered_at <= now - timedelta(seconds=limit_s))
    async with state.db.read() as session:
        if await session.scalar(select(Conversation.id).where(*overdue).limit(1)) is None:
            return 0
    async with state.db.write() as session:
        await routing.lock(session)
        # Locked rows are skipped: a chat being taken, replied to or wrapped up right now.
        query = (
            select(Conversation).where(*overdue).order_by(Conversation.offered_at)
            .with_for_update(skip_locked=True).execution_options(populate_existing=True)
        )
        for conversation in (await session.scalars(query)).all():
            old_id = conversation.responder_id
            offered_at = conversation.offered_at
            if old_id is None or offered_at is None:
                continue
            new = await routing.pick_responder(session, exclude=old_id,
                                                client_id=conversation.client_id,
                                                only=conversation.page_responder_id)
            if new is None:
                continue
            session.add(Reassignment(conversation_id=conversation.id, from_responder_id=old_id,
                                     to_responder_id=new.id, offered_at=offered_at,
                                     created_at=now))
            conversation.reassign_count = (conversation.reassign_count or 0) + 1
            notice = ReassignedNotice(
                conversation_id=conversation.id, alias=conversation.alias, reassigned_at=now,
                after_seconds=round((now - offered_at).total_seconds(), 3),
            )
            await append_event(session, EventType.CONVERSATION_REASSIGNED, notice, now=now,
                               conversation_id=conversation.id, responder_id=old_id)
            await routing.offer(session, conversation, new, now)
            moved += 1
        if moved:
            await routing.drain_queue(session, now)  # the old responder has room again
    if moved:
        state.notifier.notify()
    return moved


async def run_sweeper(state: ServerState, interval_s: float = SWEEP_INTERVAL_S) -> None:
    while True:
        try:
            await sweep(state)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("reassignment sweep failed")
        await asyncio.sleep(interval_s)


def sweeper(state: ServerState) -> AbstractAsyncContextManager[None]:
    """The job (app.py's JOBS): runs the sweep in the background for as long as the app
    lives."""
    return in_background(run_sweeper(state))
