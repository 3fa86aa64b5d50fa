"""A payment's states only move forward, each change one conditional UPDATE:

    pending -> paid | closed | in_review
    paid -> used | refunding | in_review
    closed -> refunding (paid after we closed it: all of it goes back) | in_review
    used -> refunding (the client got no reply) | refunded (the operator refunded it all)
    refunding -> refunded | in_review
    in_review: the operator's (payments/review.py)
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import Conversation, Payment
from responder_server.core.payment_providers import CHARGE_CLOSED, CHARGE_PAID
from responder_server.earnings import service as ledger
from responder_wire.payments import PaymentStatus as S

log = logging.getLogger(__name__)

FORWARD: dict[S, tuple[S, ...]] = {
    S.PAID: (S.PENDING,),
    S.CLOSED: (S.PENDING,),
    S.USED: (S.PAID,),
    S.REFUNDING: (S.PAID, S.USED, S.CLOSED),
    S.REFUNDED: (S.REFUNDING, S.USED, S.PAID),
    S.IN_REVIEW: (S.PENDING, S.PAID, S.CLOSED, S.REFUNDING),
}


async def move(session: AsyncSession, payment_id: str, to: S, *,
               only_from: tuple[S, ...] | None = None, **values: Any) -> bool:
    """One conditional UPDATE: True if this call moved it."""
    before = only_from or FORWARD[to]
    moved = await session.execute(
        update(Payment).where(Payment.id == payment_id,
                              Payment.status.in_([b.value for b in before]))
        .values(status=to.value, **values))
    return bool(getattr(moved, "rowcount", 0))


async def hold_for_review(session: AsyncSession, payment: Payment, reason: str) -> bool:
    """Acknowledged to the provider, held here, raised to the operator (the log line names
    the payment and why, never a key or the payer)."""
    if await move(session, payment.id, S.IN_REVIEW, review_reason=reason[:200]):
        log.error("payment %s (%s, order %s) is held for review: %s", payment.id,
                  payment.provider, payment.out_trade_no, reason)
        return True
    return False


async def apply_charge(session: AsyncSession, payment: Payment, *, state: str,
                       amount_fen: int | None, reference: str, mismatch: str | None,
                       now: datetime) -> str:
    """What the provider says about the charge (a notice, a query, a close, the bill),
    applied once. Returns what it did, in a word."""
    if state == CHARGE_CLOSED:
        moved = await move(session, payment.id, S.CLOSED, closed_at=now)
        return "closed" if moved else "no-change"
    if state != CHARGE_PAID:
        return "no-change"
    if mismatch is not None or (amount_fen is not None and amount_fen != payment.amount_fen):
        why = mismatch or (f"the provider says {amount_fen} fen was paid; "
                           f"{payment.amount_fen} fen was due")
        return "in-review" if await hold_for_review(session, payment, why) else "no-change"
    values: dict[str, Any] = {"provider_paid_fen": amount_fen}
    if reference:
        values["provider_reference"] = reference[:100]
    if await move(session, payment.id, S.PAID, paid_at=now, **values):
        if payment.tip_id is not None:  # charged before credited (payments/tips.py)
            await credit_tip(session, payment, now)
        return "paid"
    if await move(session, payment.id, S.REFUNDING, only_from=(S.CLOSED,), paid_at=now,
                  refund_due_at=now, **values):
        log.warning("payment %s was paid after we closed it: refunding it in full",
                    payment.id)
        return "paid-after-close"
    return "no-change"


async def credit_tip(session: AsyncSession, payment: Payment, now: datetime) -> None:
    """A tip payment is paid: credit the tip (paid -> used), or, if its chat was refunded
    meanwhile (nobody answered), give it back."""
    assert payment.tip_id is not None and payment.tip_conversation_id is not None
    conversation = await session.get(Conversation, payment.tip_conversation_id)
    assert conversation is not None
    if conversation.refunded_at is not None or conversation.responder_id is None:
        await move(session, payment.id, S.REFUNDING, refund_due_at=now)
        return
    await ledger.credit_tip(session, conversation, payment.tip_id, payment.amount_fen, now)
    await move(session, payment.id, S.USED)
