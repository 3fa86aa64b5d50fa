"""Fair charging: a session in which the client never got a reply is refunded in full and
earns no one anything.

The rule is one test, `first_reply_at is None` when the session ends (no responder ever
wrote to the client), however it ends:

- the client leaves before any reply (`client-left`), in the queue or with a responder;
- nobody takes the client within the operator's `--queue-timeout` (`queue-expired`), or a
  responder has them but nobody has written to them by then (`unanswered`): the sweep below
  ends the session and tells both sides. This is the rule the page states before it takes
  the money, so it holds wherever the client is;
- a responder wraps it up without having written (`no-reply`).

A responder who was offered the client and reassigned away without replying earns nothing
from it either way (the ledger posts to whoever wraps up), and the session goes on with the
next responder; if nobody ever replies, it is refunded at the end as above (at the latest
when the queue timeout has passed since paying). A session with
at least one reply is charged in full, however short.

The decision is taken in the same transaction as the end (the conversation's `refunded_at`,
the payment `used` → `refunding`), so the event that tells both sides carries it, and the
ledger never posts a refunded session (`ledger.post_session`). The provider is called after
the commit, with the payment id as its idempotency key; a failed call is retried by the
sweep (every instance sweeps; a second call with the same key is answered by the provider
with the same refund, and `refunding` → `refunded` is a conditional update).
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.events import append_event
from responder_server.core.jobs import in_background
from responder_server.core.models import Conversation, Payment
from responder_server.core.state import ServerState
from responder_server.core.summaries import summary
from responder_server.routing import service as routing
from responder_server.routing.queue import publish_queue
from responder_wire import ConversationState, EndedBy, EventType
from responder_wire.payments import PaymentStatus

log = logging.getLogger(__name__)

CLIENT_LEFT = "client-left"
QUEUE_EXPIRED = "queue-expired"
UNANSWERED = "unanswered"  # with a responder, but nobody wrote within the queue timeout
NO_REPLY = "no-reply"
SWEEP_INTERVAL_S = 1.0
SETTLE_BATCH = 50


async def decide_at_end(session: AsyncSession, conversation: Conversation, now: datetime,
                        reason: str) -> bool:
    """In the transaction that ends `conversation`: refund it if the client never got a
    reply. True if it is (now) refunded."""
    if conversation.refunded_at is not None:
        return True
    if conversation.first_reply_at is not None:
        return False
    conversation.refunded_at = now
    conversation.refund_reason = reason
    await session.execute(
        update(Payment).where(Payment.conversation_id == conversation.id,
                              Payment.status == PaymentStatus.USED.value)
        .values(status=PaymentStatus.REFUNDING.value, refund_due_at=now))
    return True


async def settle(state: ServerState, conversation_id: str | None = None) -> int:
    """Ask the providers for the refunds decided (all due, or this conversation's).
    Returns how many went through."""
    query = select(Payment.id, Payment.provider, Payment.provider_reference,
                   Payment.amount_fen).where(Payment.status == PaymentStatus.REFUNDING.value)
    if conversation_id is not None:
        query = query.where(Payment.conversation_id == conversation_id)
    async with state.db.read() as session:
        due = (await session.execute(query.order_by(Payment.refund_due_at)
                                     .limit(SETTLE_BATCH))).all()
    done = 0
    for payment_id, provider_name, reference, amount in due:
        provider = state.payments.get(provider_name)
        if provider is None:
            log.error("payment %s: no provider %r to refund it through", payment_id,
                      provider_name)
            continue
        try:
            refund = await provider.refund(payment_id=payment_id, reference=reference,
                                           amount_fen=amount,
                                           idempotency_key=f"refund-{payment_id}")
        except Exception:  # the provider is down: the sweep tries again
            log.exception("refund of payment %s failed; will retry", payment_id)
            continue
        if not refund.done:
            continue
        async with state.db.write() as session:
            await session.execute(
                update(Payment).where(Payment.id == payment_id,
                                      Payment.status == PaymentStatus.REFUNDING.value)
                .values(status=PaymentStatus.REFUNDED.value, refunded_at=state.clock.now(),
                        refund_reference=refund.reference[:100]))
        done += 1
    return done


async def expire_queue(state: ServerState) -> int:
    """End (and refund) every session nobody answered within `queue_timeout_s` of paying:
    still queued, or with a responder who never wrote (what the page promises before it
    takes the money). Returns how many ended."""
    limit_s = state.config.queue_timeout_s
    if limit_s <= 0:
        return 0
    now = state.clock.now()
    overdue = (or_(Conversation.state == ConversationState.QUEUED.value,
                   and_(Conversation.state == ConversationState.ACTIVE.value,
                        Conversation.first_reply_at.is_(None))),
               Conversation.created_at <= now - timedelta(seconds=limit_s))
    async with state.db.read() as session:
        if await session.scalar(select(Conversation.id).where(*overdue).limit(1)) is None:
            return 0
    ended = 0
    async with state.db.write() as session:
        # The routing lock first: a drain offering one of these right now goes first (and
        # the client is then with a responder, no longer queued).
        await routing.lock(session)
        rows = await session.scalars(
            select(Conversation).where(*overdue).with_for_update(skip_locked=True)
            .execution_options(populate_existing=True))
        freed = False
        for conversation in rows.all():
            queued = conversation.state == ConversationState.QUEUED.value
            freed = freed or not queued
            conversation.state = ConversationState.ENDED.value
            conversation.ended_at = now
            conversation.ended_by = EndedBy.SERVICE.value
            await decide_at_end(session, conversation, now,
                                QUEUE_EXPIRED if queued else UNANSWERED)
            await session.flush()
            await append_event(session, EventType.CONVERSATION_ENDED,
                               summary(conversation, None), now=now,
                               conversation_id=conversation.id,
                               responder_id=conversation.responder_id, client_visible=True)
            ended += 1
        if freed:
            await routing.drain_queue(session, now)  # a responder's seat came free
        elif ended:
            await publish_queue(session, now)
    if ended:
        state.notifier.notify()
        await settle(state)
    return ended


async def sweep(state: ServerState) -> None:
    await expire_queue(state)
    await settle(state)


async def _run(state: ServerState) -> None:
    while True:
        try:
            await sweep(state)
        except asyncio.CancelledError:
            raise
        except Exception:  # a failed pass (database busy) is retried on the next one
            log.exception("refund sweep failed")
        await asyncio.sleep(SWEEP_INTERVAL_S)


def sweeper(state: ServerState) -> AbstractAsyncContextManager[None]:
    """The job (app.py's JOBS): runs the queue-expiry and refund sweep for the lifetime of
    the app."""
    return in_background(_run(state))
