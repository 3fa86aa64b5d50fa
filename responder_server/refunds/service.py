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
the commit (`settle`): a `refunding` payment gets a refund row with a stable number
(`out_refund_no`), so a failed or timed-out call is retried by the sweep with the same
number and the provider answers it with the same refund. A refund the provider is still
processing (WeChat Pay's PROCESSING) is never sent again: it is asked about (the query) or
told about (the refund notice) until it is done, abnormal or in review (refunds/states.py).
The operator's partial refunds (refunds/partial.py) go through the same path.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta

import httpx
from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.events import append_event
from responder_server.core.jobs import in_background
from responder_server.core.models import Conversation, Payment, Refund
from responder_server.core.payment_providers import (
    REFUND_ABNORMAL,
    REFUND_CLOSED,
    REFUND_DONE,
    ProviderError,
    ProviderRefund,
    RefundRequest,
    WebhookNotice,
)
from responder_server.core.state import ServerState
from responder_server.core.summaries import summary
from responder_server.refunds import states
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
RESEND_AFTER_S = 30.0  # a refund call that failed is sent again (same number) after this
ASK_AFTER_S = 60.0  # a refund the provider is processing is asked about this often


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
    """Ask the providers for the refunds decided (all due, or this conversation's), and
    about those they are still processing. Returns how many are done by this pass."""
    await _open_full_refunds(state, conversation_id)
    now = state.clock.now()
    query = (select(Refund, Payment).join(Payment, Payment.id == Refund.payment_id)
             .where(or_(and_(Refund.status == states.REQUESTED,
                             or_(Refund.sent_at.is_(None),
                                 Refund.sent_at <= now - timedelta(seconds=RESEND_AFTER_S))),
                        and_(Refund.status.in_((states.PROCESSING, states.ABNORMAL)),
                             Refund.updated_at <= now - timedelta(seconds=ASK_AFTER_S)))))
    if conversation_id is not None:
        query = query.where(Payment.conversation_id == conversation_id)
    async with state.db.read() as session:
        due = (await session.execute(query.order_by(Refund.created_at).limit(SETTLE_BATCH)
                                     )).all()
    done = 0
    for refund, payment in due:
        provider = state.payments.get(payment.provider)
        if provider is None:
            log.error("refund %s: no provider %r to refund payment %s through", refund.id,
                      payment.provider, payment.id)
            continue
        try:
            if refund.status == states.REQUESTED:
                # Claimed by a conditional update: of two passes at once (the one right
                # after a chat ends and the sweep, or two instances) only one sends, and
                # nobody sends it again before RESEND_AFTER_S (then with the same number).
                sending_at = state.clock.now()
                async with state.db.write() as session:
                    claimed = (await session.execute(
                        update(Refund).where(
                            Refund.id == refund.id, Refund.status == states.REQUESTED,
                            or_(Refund.sent_at.is_(None), Refund.sent_at <= sending_at
                                - timedelta(seconds=RESEND_AFTER_S)))
                        .values(sent_at=sending_at).returning(Refund.id))).first()
                if claimed is None:
                    continue
                answer = await provider.refund(RefundRequest(
                    out_trade_no=payment.out_trade_no or "", out_refund_no=refund.out_refund_no,
                    amount_fen=refund.amount_fen, total_fen=payment.amount_fen,
                    reason=refund.reason or "refund"))
            else:
                answer = await provider.query_refund(payment.out_trade_no or "",
                                                     refund.out_refund_no)
        except (ProviderError, httpx.HTTPError) as exc:  # the provider is down: again later
            log.warning("refund %s of payment %s failed; will retry with the same number: "
                        "%s", refund.id, payment.id, exc)
            continue
        async with state.db.write() as session:
            outcome = await _apply(session, refund, payment, answer, state.clock.now())
        done += outcome == "done"
    return done


async def _open_full_refunds(state: ServerState, conversation_id: str | None) -> None:
    """A refund row, with its stable number, for every `refunding` payment that has none
    (the no-reply rule, an extension paid too late, a payment after we closed it)."""
    query = select(Payment).where(Payment.status == PaymentStatus.REFUNDING.value,
                                  ~select(Refund.id).where(Refund.payment_id == Payment.id)
                                  .where(Refund.status != states.DONE).exists())
    if conversation_id is not None:
        query = query.where(Payment.conversation_id == conversation_id)
    async with state.db.read() as session:
        payments = (await session.scalars(query.limit(SETTLE_BATCH))).all()
    for payment in payments:
        now = state.clock.now()
        try:
            async with state.db.write() as session:
                left = payment.amount_fen - await refunded_fen(session, payment.id)
                if left <= 0:
                    continue
                session.add(Refund(
                    id=str(uuid.uuid4()), payment_id=payment.id,
                    out_refund_no=f"full-{payment.out_trade_no or payment.id}",
                    amount_fen=left, status=states.REQUESTED, reason="no reply" if
                    payment.conversation_id else "not used", provider_reference="",
                    created_at=now, updated_at=now))
        except IntegrityError:
            pass  # another instance opened it a moment ago


async def refunded_fen(session: AsyncSession, payment_id: str) -> int:
    """Fen refunded or on its way on this payment (every refund but none)."""
    return int(await session.scalar(select(func.coalesce(func.sum(Refund.amount_fen), 0))
                                    .where(Refund.payment_id == payment_id)) or 0)


async def _apply(session: AsyncSession, refund: Refund, payment: Payment,
                 answer: ProviderRefund, now: datetime) -> str:
    """The provider's word on a refund (its answer, its query, its notice), applied once."""
    values = {"updated_at": now}
    if answer.reference:
        values["provider_reference"] = answer.reference[:100]  # type: ignore[assignment]
    if answer.state == REFUND_DONE:
        if await states.move(session, refund.id, states.DONE, **values):
            await _payment_refunded(session, payment, now, answer.reference)
            return "done"
    elif answer.state == REFUND_ABNORMAL:
        if await states.move(session, refund.id, states.ABNORMAL, **values):
            log.error("refund %s of payment %s is ABNORMAL at %s: the payer's account cannot "
                      "take it; the operator must act", refund.id, payment.id,
                      payment.provider)
            return "abnormal"
    elif answer.state == REFUND_CLOSED:
        if await states.move(session, refund.id, states.IN_REVIEW,
                             review_reason="the provider closed the refund", **values):
            log.error("refund %s of payment %s was CLOSED by %s: held for review",
                      refund.id, payment.id, payment.provider)
            return "in-review"
    elif await states.move(session, refund.id, states.PROCESSING, **values):
        return "processing"
    await session.execute(update(Refund).where(Refund.id == refund.id).values(updated_at=now))
    return "no-change"


async def _payment_refunded(session: AsyncSession, payment: Payment, now: datetime,
                            reference: str) -> None:
    """Once its refunds that are done add up to all of it, the payment is refunded."""
    done = int(await session.scalar(
        select(func.coalesce(func.sum(Refund.amount_fen), 0))
        .where(Refund.payment_id == payment.id, Refund.status == states.DONE)) or 0)
    if done < payment.amount_fen:
        return
    await session.execute(
        update(Payment).where(Payment.id == payment.id, Payment.status.in_((
            PaymentStatus.REFUNDING.value, PaymentStatus.USED.value,
            PaymentStatus.PAID.value)))
        .values(status=PaymentStatus.REFUNDED.value, refunded_at=now,
                refund_reference=reference[:100] or None))


async def apply_refund_notice(session: AsyncSession, payment: Payment, notice: WebhookNotice,
                              now: datetime) -> str:
    """A provider's refund notice (WeChat Pay's REFUND.SUCCESS / ABNORMAL / CLOSED), in the
    transaction that claimed it. It may come before our own call returned."""
    refund = await session.scalar(select(Refund).where(
        Refund.payment_id == payment.id, Refund.out_refund_no == notice.out_refund_no))
    if refund is None:
        log.error("a %s refund notice names refund %r of payment %s, which we never asked "
                  "for", payment.provider, notice.out_refund_no[:64], payment.id)
        return "unknown-refund"
    if notice.mismatch or (notice.amount_fen is not None
                           and notice.amount_fen != refund.amount_fen):
        why = notice.mismatch or (f"the provider says {notice.amount_fen} fen was refunded; "
                                  f"{refund.amount_fen} fen was asked")
        if await states.move(session, refund.id, states.IN_REVIEW, review_reason=why[:200],
                             updated_at=now):
            log.error("refund %s of payment %s is held for review: %s", refund.id,
                      payment.id, why)
            return "in-review"
        return "no-change"
    return await _apply(session, refund, payment,
                        ProviderRefund(reference=notice.reference, state=notice.state), now)


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
