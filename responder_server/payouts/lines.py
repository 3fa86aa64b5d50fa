"""A payout line as the responder sees it, and the event that tells their app it moved."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.events import append_event
from responder_server.core.models import Payout
from responder_wire.models import EventType
from responder_wire.payouts import PayoutChannel, PayoutLineOut, PayoutState


def line_out(line: Payout) -> PayoutLineOut:
    return PayoutLineOut(
        id=line.id, run_id=line.run_id, state=PayoutState(line.state),
        channel=PayoutChannel(line.channel), account_mask=line.account_mask,
        gross_fen=line.gross_fen, tax_fen=line.tax_fen, amount_fen=line.amount_fen,
        transfer_no=line.transfer_no or "", provider_reference=line.provider_reference,
        reason=line.reason, created_at=line.created_at,
        updated_at=line.updated_at or line.created_at)


async def announce(session: AsyncSession, line_id: int, now: datetime) -> Payout:
    """In the transaction that moved it: `payout.changed` to the responder's stream (and
    `earnings.changed` when their pending or paid figures changed: a line made, paid, or
    giving its entries back)."""
    line = await session.scalar(select(Payout).where(Payout.id == line_id)
                                .execution_options(populate_existing=True))
    assert line is not None
    await append_event(session, EventType.PAYOUT_CHANGED, line_out(line), now=now,
                       responder_id=line.responder_id)
    if line.state in (PayoutState.CREATED, PayoutState.PAID, PayoutState.FAILED,
                      PayoutState.RETURNED):
        await append_event(session, EventType.EARNINGS_CHANGED,
                           {"payout_id": line.id, "amount_fen": line.amount_fen}, now=now,
                           responder_id=line.responder_id)
    return line
