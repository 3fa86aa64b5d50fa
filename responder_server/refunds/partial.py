"""The operator's partial refunds: part of a paid payment back to the client, with exactly
that share of the responder's ledger reversed (the operator console calls `request_refund`
from its refund form).

In the caller's transaction: the refund row (state `requested`, a stable `out_refund_no`)
and a correction entry on the session's ledger entry. The provider is called after the
commit by the refunds settle path (refunds/service.py `settle`), with that same number on
every retry, so a time-out never refunds twice.

Rounding: the refund reverses its amount of gross exactly; of the commission it reverses
`floor(C * refunded_so_far / paid)` minus what the earlier refunds of this payment
reversed, where C is this payment's share of the session's commission
(`floor(commission * paid / gross)`, all of it for a one-payment session). So each refund
takes its share rounded down, and the one that brings the refunded total to the whole
payment takes the remainder: the reversals add up to exactly C.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.core.models import Conversation, LedgerEntry, Payment, Refund
from responder_server.earnings.money import AmountError, check_fen, grouped_yuan
from responder_server.earnings.service import correction_entry
from responder_server.refunds import states
from responder_server.refunds.service import refunded_fen
from responder_wire.payments import PaymentStatus

REFUNDABLE = (PaymentStatus.PAID.value, PaymentStatus.USED.value)


class RefundError(ValueError):
    """A refund that cannot be made, in plain words; nothing was changed. `key` and
    `values` let the console say it in the operator's language (amounts in fen)."""

    def __init__(self, text: str, key: str = "", **values: object) -> None:
        super().__init__(text)
        self.key = key
        self.values = values


async def request_refund(session: AsyncSession, *, payment_id: str, amount_fen: int,
                         reason: str, now: datetime, actor: str) -> Refund:
    """Refund `amount_fen` (at most what is left unrefunded) of this payment, audited as
    one change by `actor` (the ledger's reversal included)."""
    reason = reason.strip()
    if not reason:
        raise RefundError("Say why: a refund needs a reason.", "refund_error_reason")
    try:
        check_fen(amount_fen)
    except AmountError as exc:
        raise RefundError(str(exc)) from None
    # Locked (PostgreSQL): two refunds of one payment at once cannot both see the same rest.
    payment = await session.get(Payment, payment_id, with_for_update=True,
                                populate_existing=True)
    if payment is None:
        raise RefundError(f"There is no payment {payment_id}.", "refund_error_no_payment")
    if payment.status not in REFUNDABLE:
        raise RefundError(f"This payment is {payment.status.replace('_', ' ')}; only a paid "
                          "payment can be refunded.", "refund_error_not_paid",
                          status=payment.status)
    before = await refunded_fen(session, payment.id)
    left = payment.amount_fen - before
    if amount_fen > left:
        raise RefundError(f"Only ¥{grouped_yuan(left)} of this payment is left to refund; "
                          f"¥{grouped_yuan(amount_fen)} is more than that.",
                          "refund_error_too_much", left=left, amount=amount_fen)
    entry = await _session_entry(session, payment)
    count = int(await session.scalar(select(func.count()).select_from(Refund).where(
        Refund.payment_id == payment.id)) or 0)
    refund = Refund(id=str(uuid.uuid4()), payment_id=payment.id,
                    out_refund_no=f"part-{payment.out_trade_no or payment.id}-{count + 1}",
                    amount_fen=amount_fen, status=states.REQUESTED, reason=reason[:200],
                    provider_reference="", created_at=now, updated_at=now)
    session.add(refund)
    if entry is not None:
        share = _commission_share(entry, payment)
        reversed_commission = (share * (before + amount_fen) // payment.amount_fen
                               - share * before // payment.amount_fen)
        await correction_entry(session, entry.id, gross_fen=-amount_fen,
                               commission_fen=-reversed_commission,
                               reason=f"refund {refund.out_refund_no}: {reason}"[:500],
                               now=now)
    await session.flush()
    await audit.record(session, actor, "refund.request", f"payment:{payment.id}",
                       {"status": payment.status, "amount_fen": payment.amount_fen,
                        "refunded_fen": before},
                       {"refund": refund.out_refund_no, "amount_fen": amount_fen,
                        "reason": reason}, now=now)
    return refund


def _commission_share(entry: LedgerEntry, payment: Payment) -> int:
    if entry.gross_fen <= 0:
        return 0
    return entry.commission_fen * payment.amount_fen // entry.gross_fen


async def _session_entry(session: AsyncSession, payment: Payment) -> LedgerEntry | None:
    """The ledger entry this payment's money went to (None: a chat that earned nothing)."""
    conversation_id = payment.conversation_id or payment.extends_conversation_id
    if conversation_id is None:
        return None
    entry = await session.scalar(select(LedgerEntry).where(
        LedgerEntry.posting_key == f"session:{conversation_id}"))
    if entry is None:
        conversation = await session.get(Conversation, conversation_id)
        if conversation is not None and conversation.refunded_at is None \
                and conversation.responder_id is not None:
            raise RefundError("This chat is not closed yet, so its earnings are not posted; "
                              "refund it once it is closed.", "refund_error_open_chat")
    return entry
