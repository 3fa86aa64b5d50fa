"""What waits for the operator: payments and refunds held in review (an amount, merchant,
app or seller that did not match; a refund the provider closed or could not make). The
console lists them through `items_in_review`; `responder-server payments review` prints
them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import Payment, Refund
from responder_server.refunds import states as refund_states
from responder_wire.payments import PaymentStatus


@dataclass(frozen=True)
class ReviewItem:
    kind: str  # payment | refund
    id: str  # the payment's or the refund's id
    payment_id: str
    provider: str
    out_trade_no: str
    amount_fen: int
    status: str
    reason: str
    since: datetime


async def items_in_review(session: AsyncSession) -> list[ReviewItem]:
    items = [ReviewItem("payment", p.id, p.id, p.provider, p.out_trade_no or "", p.amount_fen,
                        p.status, p.review_reason or "", p.paid_at or p.created_at)
             for p in (await session.scalars(select(Payment).where(
                 Payment.status == PaymentStatus.IN_REVIEW.value))).all()]
    rows = (await session.execute(select(Refund, Payment).join(
        Payment, Payment.id == Refund.payment_id).where(or_(
            Refund.status == refund_states.IN_REVIEW,
            Refund.status == refund_states.ABNORMAL)))).all()
    items += [ReviewItem("refund", r.id, p.id, p.provider, p.out_trade_no or "", r.amount_fen,
                         r.status, r.review_reason or ("the provider could not pay it back "
                                                       "(ABNORMAL)"), r.updated_at)
              for r, p in rows]
    return sorted(items, key=lambda item: item.since)
