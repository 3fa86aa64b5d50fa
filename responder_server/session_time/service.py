"""Paid time: a chat's minutes count from the first reply (`ends_at` = first reply + paid
minutes), both sides are told `TIME_WARNING_S` before the end and again at it, and the
chat ends for both when the operator's grace after it has passed (`grace_ends_at`), by the
conversations' own end path (`ended_by` "time", the queue drains).

Every notice is a conditional UPDATE that only moves forward (`time_warned_at IS NULL`,
`time_up_at IS NULL`, and the paid minutes the sweep read, so an extension committed
meanwhile wins) with its event in the same transaction: of two instances sweeping at once
one sends it. The end is decided under the routing lock with the row locked, on the row as
it is then.

An extension (`POST /conversations/{id}/extension`, payments/) is a payment of its own
(`payments.extends_conversation_id`; `conversation_id` stays None: it starts no chat, and
the no-reply refund never reaches it). Its confirm hands it here: paid → used (conditional),
its minutes and price added to the chat (the ledger posts `price_fen` at close, by the
commission of the card that priced the chat), the notices armed again, and both sides told.
"""

from __future__ import annotations

import asyncio
import logging
import math
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.auth import service as auth
from responder_server.conversations import service as conversations
from responder_server.core.events import append_event
from responder_server.core.jobs import in_background
from responder_server.core.models import Conversation, Payment
from responder_server.core.problems import ProblemError, not_found
from responder_server.core.state import ServerState
from responder_server.core.summaries import paid_minutes, session_ends
from responder_server.refunds import service as refunds
from responder_server.routing import service as routing
from responder_wire import SESSION_LENGTHS_MINUTES, ConversationState, EndedBy, EventType
from responder_wire.payments import PaymentStatus, WebSessionStarted
from responder_wire.session_time import TIME_WARNING_S, SessionTime

log = logging.getLogger(__name__)

SWEEP_INTERVAL_S = 1.0
_WARNING = timedelta(seconds=TIME_WARNING_S)
# No chat is due for a notice before its shortest block less the warning has passed since
# its first reply: the sweep reads only those (cheap with thousands of open chats).
_EARLIEST_DUE = timedelta(minutes=min(SESSION_LENGTHS_MINUTES)) - _WARNING


def session_time(conversation: Conversation, grace_s: float, added_minutes: int = 0
                 ) -> SessionTime:
    ends_at, grace_ends_at = session_ends(conversation, grace_s)
    return SessionTime(conversation_id=conversation.id, paid_minutes=paid_minutes(conversation),
                       ends_at=ends_at, grace_ends_at=grace_ends_at,
                       added_minutes=added_minutes)


# ---- the sweep: notices and the end -----------------------------------------------------


@dataclass(frozen=True)
class _Due:
    id: str
    paid: int  # the row's paid_minutes as read (0: an old row, see summaries.paid_minutes)
    ends_at: datetime
    grace_ends_at: datetime
    warned: bool
    up: bool


async def _due(state: ServerState, now: datetime) -> list[_Due]:
    grace = state.config.session_grace_s
    async with state.db.read() as session:
        rows = (await session.scalars(
            select(Conversation).where(
                Conversation.state == ConversationState.ACTIVE.value,
                Conversation.first_reply_at.is_not(None),
                Conversation.first_reply_at <= now - _EARLIEST_DUE))).all()
    due = []
    for row in rows:
        ends_at, grace_ends_at = session_ends(row, grace)
        assert ends_at is not None and grace_ends_at is not None
        if now >= ends_at - _WARNING and (row.time_warned_at is None or
                                          (now >= ends_at and row.time_up_at is None)
                                          or now >= grace_ends_at):
            due.append(_Due(row.id, row.paid_minutes, ends_at, grace_ends_at,
                            row.time_warned_at is not None, row.time_up_at is not None))
    return due


async def _notify(state: ServerState, item: _Due, column: str, event: EventType,
                  now: datetime) -> bool:
    """One notice, once: set `column` where it is still NULL and the paid minutes are those
    read, and append its event in the same transaction. True if this call sent it."""
    target = getattr(Conversation, column)
    async with state.db.write() as session:
        moved = (await session.execute(
            update(Conversation)
            .where(Conversation.id == item.id, target.is_(None),
                   Conversation.state == ConversationState.ACTIVE.value,
                   Conversation.paid_minutes == item.paid)
            .values({column: now}).returning(Conversation.id))).first()
        if moved is None:
            return False
        conversation = await session.get(Conversation, item.id, populate_existing=True)
        assert conversation is not None
        await append_event(session, event, session_time(conversation,
                                                        state.config.session_grace_s),
                           now=now, conversation_id=conversation.id,
                           responder_id=conversation.responder_id, client_visible=True)
    return True


async def end_after_grace(state: ServerState, conversation_id: str) -> bool:
    """Ends the chat for both if its grace has passed (read again under the locks: an
    extension or a leave committed meanwhile wins). True if this call ended it."""
    now = state.clock.now()
    async with state.db.write() as session:
        await routing.lock(session)  # it frees capacity: the queue drains below
        conversation = await session.get(Conversation, conversation_id, with_for_update=True,
                                         populate_existing=True)
        if conversation is None or conversation.state != ConversationState.ACTIVE.value:
            return False
        _ends_at, grace_ends_at = session_ends(conversation, state.config.session_grace_s)
        if grace_ends_at is None or now < grace_ends_at:
            return False
        await conversations.end_now(session, conversation, now, EndedBy.TIME, refunds.NO_REPLY)
        await routing.drain_queue(session, now)
    return True


async def sweep(state: ServerState) -> int:
    """One pass over the chats due for a notice or their end. Returns how many changed."""
    now = state.clock.now()
    changed = 0
    for item in await _due(state, now):
        if not item.warned and await _notify(state, item, "time_warned_at",
                                             EventType.CONVERSATION_TIME_WARNING, now):
            changed += 1
        if now >= item.ends_at and not item.up and await _notify(
                state, item, "time_up_at", EventType.CONVERSATION_TIME_UP, now):
            changed += 1
        if now >= item.grace_ends_at and await end_after_grace(state, item.id):
            changed += 1
    if changed:
        state.notifier.notify()
    return changed


async def _run(state: ServerState) -> None:
    while True:
        try:
            await sweep(state)
        except asyncio.CancelledError:
            raise
        except Exception:  # a failed pass (database busy) is retried on the next one
            log.exception("session time sweep failed")
        await asyncio.sleep(SWEEP_INTERVAL_S)


def sweeper(state: ServerState) -> AbstractAsyncContextManager[None]:
    """The job (app.py's JOBS): notices and ends, every second of real time, by the
    server's clock."""
    return in_background(_run(state), name="session time")


# ---- extensions -------------------------------------------------------------------------


def _closed(detail: str) -> ProblemError:
    return ProblemError(409, "extension-closed", "Cannot extend this chat", detail)


def require_extensible(conversation: Conversation, now: datetime, grace_s: float) -> None:
    """An extension is sold only while the chat is open, has had its first reply (the paid
    time has started) and its grace has not run out."""
    if conversation.state != ConversationState.ACTIVE.value:
        raise _closed("This chat is not open any more, so it cannot be extended.")
    _ends_at, grace_ends_at = session_ends(conversation, grace_s)
    if grace_ends_at is None:
        raise _closed("The paid time starts with the listener's first reply; it can be "
                      "extended after that.")
    if now >= grace_ends_at:
        raise _closed("This chat's time has run out, so it cannot be extended. You can "
                      "start a new chat.")


def _not_paid() -> ProblemError:
    return ProblemError(402, "payment-not-completed", "Not paid yet",
                        "The payment has not gone through yet. Please try again.")


async def apply_extension(state: ServerState, payment_id: str, key_hash: str | None
                          ) -> tuple[WebSessionStarted, bool]:
    """The confirm of a paid extension: its block is added to its chat once. Returns the
    chat (with a fresh client token) and whether this call added it; a retry with the same
    key answers the same, anything else after it is 409 `payment-used`. An extension paid
    after its chat ended is refunded in full (409 `extension-closed`)."""
    now = state.clock.now()
    grace_s = state.config.session_grace_s
    refund = False
    async with state.db.write() as session:
        await routing.lock(session)  # first, as the end after the grace takes it
        payment = await session.get(Payment, payment_id)
        if payment is None or payment.extends_conversation_id is None:
            raise not_found("payment")
        conversation = await session.get(Conversation, payment.extends_conversation_id,
                                         with_for_update=True, populate_existing=True)
        assert conversation is not None
        claimed = (await session.execute(
            update(Payment).where(Payment.id == payment_id,
                                  Payment.status == PaymentStatus.PAID.value)
            .values(status=PaymentStatus.USED.value, start_key_hash=key_hash)
            .returning(Payment.id))).first()
        await session.refresh(payment)
        if claimed is None:
            if payment.status == PaymentStatus.PENDING.value:
                raise _not_paid()
            if key_hash is None or key_hash != payment.start_key_hash:
                raise ProblemError(409, "payment-used", "Already used",
                                   "This payment has already extended its chat.")
            return await _started(state, session, conversation, payment), False
        if conversation.state != ConversationState.ACTIVE.value:
            # Paid after the chat ended: nothing to add it to, so it all goes back.
            payment.status = PaymentStatus.REFUNDING.value
            payment.refund_due_at = now
            refund = True
        else:
            added = payment.length_minutes
            ended_at, _grace = session_ends(conversation, grace_s)
            if ended_at is not None and now > ended_at:
                # Paid in the grace: the block starts now, not at the end that has passed.
                conversation.grace_used_s = (conversation.grace_used_s or 0) + math.ceil(
                    (now - ended_at).total_seconds())
            conversation.paid_minutes = paid_minutes(conversation) + added
            conversation.price_fen += payment.amount_fen
            ends_at, _grace = session_ends(conversation, grace_s)
            assert ends_at is not None
            if ends_at > now:  # the notices go out again for the new end
                conversation.time_up_at = None
                if ends_at - now > _WARNING:
                    conversation.time_warned_at = None
            await session.flush()
            await append_event(session, EventType.CONVERSATION_EXTENDED,
                               session_time(conversation, grace_s, added), now=now,
                               conversation_id=conversation.id,
                               responder_id=conversation.responder_id, client_visible=True)
            result = await _started(state, session, conversation, payment)
    if refund:
        await refunds.settle(state)  # after the commit; the sweep retries
        raise _closed("The chat ended before the payment went through, so nothing was "
                      "added and the payment is refunded in full.")
    state.notifier.notify()
    return result, True


async def _started(state: ServerState, session: AsyncSession, conversation: Conversation,
                   payment: Payment) -> WebSessionStarted:
    """The same chat, with a fresh client token (only tokens' hashes are kept)."""
    token, expires = auth.issue_client_token(state, session, conversation.id)
    return WebSessionStarted(conversation=await conversations.load_summary(session, conversation),
                             client_token=token, client_token_expires_at=expires,
                             payment_id=payment.id)
