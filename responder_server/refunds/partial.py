"""PLACEHOLDER, REPLACED AT MERGE BY THE PAYMENTS BRANCH (which refunds any share of a
payment, `amount_fen` <= what is left, and reverses exactly that share of the ledger).

This minimal version works on today's tables and refunds in full only: a partial amount is
refused in words. In the caller's transaction it moves the payment `used`/`paid` →
`refunding` (a conditional update: only forward, only once), marks the chat refunded so it
never posts, and reverses its posted session entry (gross and commission; tips are the
client's own separate gift). The provider is called after the commit by the refund sweep
(refunds/service.py `settle`), as for every other refund."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import Conversation, LedgerEntry, Payment
from responder_wire.earnings import EntryKind
from responder_wire.payments import PaymentStatus

OPERATOR_REFUND = "operator"  # Conversation.refund_reason


class RefundRefused(ValueError):
    """The refund cannot be made; the message says why in plain words."""


@dataclass(frozen=True)
class RefundRequested:
    payment_id: str
    amount_fen: int
    reversed_net_fen: int  # taken back from the responder's ledger (0: nothing was posted)


async def request_refund(session: AsyncSession, *, payment_id: str, amount_fen: int,
                         reason: str, now: datetime) -> object:
    payment = await session.get(Payment, payment_id, with_for_update=True)
    if payment is None:
        raise RefundRefused(f"There is no payment {payment_id}.")
    if amount_fen <= 0:
        raise RefundRefused("A refund must be more than 0 fen.")
    if amount_fen != payment.amount_fen:
        raise RefundRefused(f"Only a full refund ({payment.amount_fen} fen) can be made on this "
                            "server version; partial refunds are not available yet.")
    if not reason.strip():
        raise RefundRefused("Say why: a refund needs a reason.")
    moved = await session.execute(
        update(Payment).where(Payment.id == payment_id, Payment.status.in_(
            (PaymentStatus.USED.value, PaymentStatus.PAID.value)))
        .values(status=PaymentStatus.REFUNDING.value, refund_due_at=now))
    if not moved.rowcount:  # type: ignore[attr-defined]
        raise RefundRefused(f"Payment {payment_id} is {payment.status}: it cannot be refunded "
                            "(again).")
    reversed_net = 0
    conversation_id = payment.conversation_id or payment.extends_conversation_id
    conversation = await session.get(Conversation, conversation_id) if conversation_id else None
    if conversation is not None and payment.conversation_id is not None:
        if conversation.refunded_at is None:
            conversation.refunded_at = now
            conversation.refund_reason = OPERATOR_REFUND
        posted = await session.scalar(select(LedgerEntry).where(
            LedgerEntry.posting_key == f"session:{conversation.id}"))
        if posted is not None:
            reversed_net = posted.gross_fen - posted.commission_fen
            session.add(LedgerEntry(
                posting_key=f"refund:{payment_id}", responder_id=posted.responder_id,
                kind=EntryKind.CORRECTION.value, conversation_id=conversation.id,
                alias=posted.alias, gross_fen=-posted.gross_fen,
                commission_fen=-posted.commission_fen, tip_fen=0, net_fen=-reversed_net,
                corrects_entry_id=posted.id, note=f"refund: {reason.strip()}"[:500],
                created_at=now))
            await session.flush()
    return RefundRequested(payment_id, amount_fen, reversed_net)
