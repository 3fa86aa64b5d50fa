"""What a responder reads about their payouts: the next one, and their lines."""

from __future__ import annotations

from sqlalchemy import select

from responder_server.core.models import Payout
from responder_server.core.state import ServerState
from responder_server.payout_accounts import service as accounts
from responder_server.payouts.lines import line_out
from responder_server.payouts.runs import in_flight, minimum_now, pending_split
from responder_server.tax import withholding
from responder_wire.payouts import NextPayout, PayoutList

LIST_LIMIT = 100


async def next_payout(state: ServerState, responder_id: int) -> NextPayout:
    now = state.clock.now()
    async with state.db.read() as session:
        income, posted_tax = await pending_split(session, responder_id)
        # Tax already posted and still pending (a returned line's) goes with the next one.
        tax = posted_tax + await withholding.expected_tax(
            session, responder_id=responder_id, now=now)
        flying = await in_flight(session, responder_id)
        return NextPayout(
            pending_fen=income, expected_tax_fen=tax,
            minimum_fen=await minimum_now(session),
            account=await accounts.account_out(session, responder_id),
            in_flight=line_out(flying) if flying is not None else None)


async def payout_list(state: ServerState, responder_id: int) -> PayoutList:
    """The responder's run lines, newest first (manual payouts are in the ledger)."""
    async with state.db.read() as session:
        lines = await session.scalars(
            select(Payout).where(Payout.responder_id == responder_id, Payout.channel != "")
            .order_by(Payout.id.desc()).limit(LIST_LIMIT))
        return PayoutList(lines=[line_out(line) for line in lines])
