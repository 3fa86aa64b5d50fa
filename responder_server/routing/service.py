"""Routing: offer each new conversation to an online responder with free capacity
(fewest active chats, then longest idle); otherwise it waits in the queue, oldest first.

Several instances on one PostgreSQL: every transaction that decides who gets a client
(a new session, a drain of the queue after a wrap-up, a leave, an availability or
capacity change, a reassignment, the presence sweep) calls `lock()` first, before it
touches any row: a transaction-scoped advisory lock (`pg_advisory_xact_lock`), so these
decisions are taken one at a time across the cluster, each reading (READ COMMITTED, a
fresh snapshot per statement) what the previous one committed: nobody goes over their
cap, and a queued client is offered once. Taking it first keeps it first in every lock
order (no deadlocks). Messages, notes and reads never take it. On SQLite every write
transaction already runs alone (BEGIN IMMEDIATE) and `lock()` does nothing.

Blocks (safety/service.py): a responder who blocked a client is never picked for that client's
sessions. A block is written under the same lock, so every decision after it sees it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.events import append_event
from responder_server.core.models import ClientBlock, Conversation, Responder
from responder_server.core.summaries import summary
from responder_server.routing.queue import publish_queue
from responder_wire import Availability, ConversationState, EventType

# pg_advisory_xact_lock key of routing decisions ("resp" "rout" in ASCII).
ROUTING_LOCK = 0x72657370726F7574
_LOCKED = "responder_routing_locked"


async def lock(session: AsyncSession) -> None:
    """Take the cluster's routing lock for the rest of this transaction (see above)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    transaction = session.sync_session.get_transaction()
    if transaction is not None and session.info.get(_LOCKED) is transaction:
        return
    await session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ROUTING_LOCK})
    session.info[_LOCKED] = transaction


async def pick_responder(session: AsyncSession, exclude: int | None = None,
                          client_id: str | None = None, only: int | None = None
                          ) -> Responder | None:
    """The responder to offer a client to; `client_id`: never one who blocked them;
    `only`: a chat bought from that responder's page goes to them or waits for them."""
    active = (
        select(func.count(Conversation.id))
        .where(
            Conversation.responder_id == Responder.id,
            Conversation.state == ConversationState.ACTIVE.value,
        )
        .correlate(Responder)
        .scalar_subquery()
    )
    query = (
        select(Responder)
        .where(Responder.availability == Availability.ONLINE.value)
        .where(active < Responder.max_concurrent)
        .order_by(active, Responder.last_offered_at.is_not(None), Responder.last_offered_at,
                  Responder.id)
        .limit(1)
    )
    if only is not None:
        query = query.where(Responder.id == only)
    if exclude is not None:  # reassignment: anyone but the responder who didn't reply
        query = query.where(Responder.id != exclude)
    if client_id is not None:
        query = query.where(~exists().where(ClientBlock.responder_id == Responder.id,
                                            ClientBlock.client_id == client_id))
    return (await session.scalars(query)).first()


async def offer(session: AsyncSession, conversation: Conversation, responder: Responder,
                now: datetime) -> None:
    conversation.state = ConversationState.ACTIVE.value
    conversation.responder_id = responder.id
    conversation.offered_at = now
    conversation.needs_take = responder.assignment_mode == "accept"
    responder.last_offered_at = now
    await session.flush()
    data = summary(conversation, responder)
    await append_event(session, EventType.CONVERSATION_OFFERED, data, now=now,
                       conversation_id=conversation.id, responder_id=responder.id,
                       client_visible=True)


async def route_new(session: AsyncSession, conversation: Conversation, now: datetime) -> None:
    await lock(session)
    responder = await pick_responder(session, client_id=conversation.client_id,
                                     only=conversation.page_responder_id)
    if responder is None:
        await append_event(session, EventType.CONVERSATION_QUEUED, summary(conversation, None),
                           now=now, conversation_id=conversation.id, client_visible=True)
        await publish_queue(session, now)
        return
    await offer(session, conversation, responder, now)


async def drain_queue(session: AsyncSession, now: datetime) -> int:
    """Offer queued conversations, oldest first, while anyone has room. Returns how many."""
    await lock(session)
    offered = 0
    queued = (
        await session.scalars(
            select(Conversation)
            .where(Conversation.state == ConversationState.QUEUED.value)
            .order_by(Conversation.created_at)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).all()
    for conversation in queued:
        responder = await pick_responder(session, client_id=conversation.client_id,
                                         only=conversation.page_responder_id)
        if responder is None:
            if await pick_responder(session) is None:
                break  # nobody has room at all
            continue  # only responders this client was blocked by have room: the next
        await offer(session, conversation, responder, now)
        offered += 1
    if queued:
        await publish_queue(session, now)
    return offered
