"""Money over the API: the rate card, a responder's earnings and ledger, and client tips."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response

from responder_server.auth.deps import AnyPrincipal, ResponderPrincipal, State
from responder_server.earnings import rate_card
from responder_server.earnings import service as ledger
from responder_server.payments import tips
from responder_wire.earnings import EarningsSummary, LedgerPage, RatesOut, TipCreate, TipOut

router = APIRouter(tags=["earnings"])


@router.get("/rates")
async def rates(state: State) -> RatesOut:
    """The operator's rate card (integer fen) and which window applies now (server clock)."""
    card = await rate_card.load_current(state)
    return rate_card.rates_out(card, state.clock.now())


@router.get("/earnings/summary")
async def earnings_summary(
    principal: ResponderPrincipal, state: State,
    days: Annotated[int, Query(ge=1, le=90, description="days in the daily chart")] = 30,
) -> EarningsSummary:
    """Net earnings today / this week / this month, pending and paid, and a daily chart."""
    assert principal.responder_id is not None
    return await ledger.summary(state, principal.responder_id, days)


@router.get("/earnings/ledger")
async def earnings_ledger(
    principal: ResponderPrincipal, state: State,
    start: Annotated[date, Query(description="first day, platform time zone")],
    end: Annotated[date, Query(description="last day (inclusive)")],
) -> LedgerPage:
    """This responder's ledger entries posted from `start` to `end` (for bookkeeping)."""
    assert principal.responder_id is not None
    return await ledger.ledger_page(state, principal.responder_id, start, end)


@router.post("/conversations/{conversation_id}/tip", status_code=201)
async def tip(conversation_id: str, body: TipCreate, principal: AnyPrincipal, state: State,
              response: Response) -> TipOut:
    """The client tips their responder (whole, no commission). The tip is charged through
    the checkout first (its `method`, the sandbox by default) and credited once paid:
    `status` "credited", or "pending" with `payment` saying how to pay it. With a `tip_id`
    a retry is stored once and answered 200 with the original."""
    out, created = await tips.tip(state, principal, conversation_id, body)
    if not created:
        response.status_code = 200
    return out
