"""Statements over the API: the responder's own, monthly or for any range of days."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query

from responder_server.auth.deps import ResponderPrincipal, State
from responder_server.statements import service
from responder_wire.statements import Statement, StatementList

router = APIRouter(tags=["statements"])


@router.get("/statements")
async def statements(principal: ResponderPrincipal, state: State) -> StatementList:
    """One statement per month with anything on it (the last three years), newest first."""
    assert principal.responder_id is not None
    return await service.monthly(state, principal.responder_id)


@router.get("/statements/range")
async def statement_for_range(
    principal: ResponderPrincipal, state: State,
    start: Annotated[date, Query(description="first day, platform time zone")],
    end: Annotated[date, Query(description="last day (inclusive)")],
) -> Statement:
    """The statement for any days (at most a year): sessions, fees, tips, refunds,
    corrections, tax withheld, payouts, and the tax year's figures at its end."""
    assert principal.responder_id is not None
    service.check_range(start, end)
    return await service.statement(state, principal.responder_id, start, end,
                                   f"{start.isoformat()}..{end.isoformat()}")


@router.get("/statements/{period}")
async def statement_for_month(period: str, principal: ResponderPrincipal, state: State
                              ) -> Statement:
    """The statement for a calendar month, e.g. 2026-11."""
    assert principal.responder_id is not None
    start, end = service.month_bounds(period)
    return await service.statement(state, principal.responder_id, start, end, period)
