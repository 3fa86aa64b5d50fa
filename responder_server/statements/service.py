"""A responder's statement for a period, built from the ledger alone (so its figures are the
ledger's), with the payouts made in the period and the tax year's figures at its end.

The platform's legal name and unified social credit code come from the operator's
environment (RESPONDER_PLATFORM_LEGAL_NAME, RESPONDER_PLATFORM_CREDIT_CODE). A payout's
channel and provider reference are read from the `payouts` row when the payout runs record
them (older rows, recorded by hand, have only the operator's reference).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import (
    LedgerEntry,
    Payout,
    PayoutItem,
    Responder,
    ResponderIdentity,
)
from responder_server.core.problems import ProblemError
from responder_server.core.state import ServerState
from responder_server.earnings import rate_card
from responder_server.earnings.service import entry_out
from responder_server.tax.service import year_figures
from responder_wire.earnings import EntryKind, RateWindow
from responder_wire.payouts import PayoutState
from responder_wire.statements import (
    MONTH_PERIOD,
    Statement,
    StatementList,
    StatementPayout,
    StatementSummary,
    YearToDate,
)

LEGAL_NAME_ENV = "RESPONDER_PLATFORM_LEGAL_NAME"
CREDIT_CODE_ENV = "RESPONDER_PLATFORM_CREDIT_CODE"
MAX_DAYS = 366
FIRST_YEAR, LAST_YEAR = 2000, 2100
LIST_MONTHS = 36
REFUND_NOTE = "refund "  # refunds/partial.py's corrections say so first


def platform_identity(environ: Mapping[str, str] = os.environ) -> tuple[str, str]:
    return (environ.get(LEGAL_NAME_ENV, "").strip()[:200],
            environ.get(CREDIT_CODE_ENV, "").strip()[:18])


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)


def month_bounds(period: str) -> tuple[date, date]:
    """"2026-11" → (2026-11-01, 2026-11-30); anything else ("2026-1", "+2026-11") is
    refused in plain words, so a month has one address."""
    try:
        if re.fullmatch(MONTH_PERIOD, period) is None:
            raise ValueError(period)
        year, month = (int(part) for part in period.split("-"))
        first = date(year, month, 1)
    except ValueError:
        raise ProblemError(422, "validation-failed", "Bad period",
                           f"A statement's period is a month written like 2026-11 or 2026-01, "
                           f"not {period!r}."
                           ) from None
    check_years(first)
    after = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return first, after - timedelta(days=1)


def check_years(*days: date) -> None:
    """The platform's years only: at date's edges (0001, 9999) the day before the start or
    after the end, which every statement needs, does not exist."""
    if any(not FIRST_YEAR <= day.year <= LAST_YEAR for day in days):
        raise ProblemError(422, "validation-failed", "Bad date",
                           f"Statements cover the years {FIRST_YEAR} to {LAST_YEAR}.")


def check_range(start: date, end: date) -> None:
    check_years(start, end)
    if end < start:
        raise ProblemError(422, "validation-failed", "Bad date range",
                           "The start of the range is after its end.")
    if (end - start).days >= MAX_DAYS:
        raise ProblemError(422, "validation-failed", "Date range too long",
                           f"Ask for at most {MAX_DAYS} days at a time.")


def _payout_out(payout: Payout) -> StatementPayout:
    # A run's line is paid when it last moved (to paid); a manual payout when recorded.
    return StatementPayout(payout_id=payout.id, paid_at=payout.updated_at or payout.created_at,
                           amount_fen=payout.amount_fen, channel=payout.channel,
                           reference=payout.provider_reference or payout.reference)


async def build(session: AsyncSession, responder_id: int, start: date, end: date,
                period: str, now: datetime) -> Statement:
    check_range(start, end)
    card = await rate_card.current_card(session)
    zone = ZoneInfo(card.time_zone)
    lo, hi = _midnight(start, zone), _midnight(end + timedelta(days=1), zone)
    responder = await session.get(Responder, responder_id)
    if responder is None:
        raise ProblemError(404, "not-found", "Not found", "There is no such responder.")
    rows = (await session.execute(
        select(LedgerEntry, PayoutItem.payout_id, Payout.state)
        .outerjoin(PayoutItem, PayoutItem.entry_id == LedgerEntry.id)
        .outerjoin(Payout, Payout.id == PayoutItem.payout_id)
        .where(LedgerEntry.responder_id == responder_id, LedgerEntry.created_at >= lo,
               LedgerEntry.created_at < hi)
        .order_by(LedgerEntry.created_at, LedgerEntry.id)
    )).all()
    # Only money that arrived: a line in flight, failed or returned is not a payout.
    paid_at = func.coalesce(Payout.updated_at, Payout.created_at)
    payouts = list(await session.scalars(
        select(Payout).where(Payout.responder_id == responder_id,
                             Payout.state == PayoutState.PAID.value, paid_at >= lo,
                             paid_at < hi).order_by(paid_at, Payout.id)))
    identity = await session.get(ResponderIdentity, responder_id)
    figures = await year_figures(session, responder_id, min(hi - timedelta(microseconds=1),
                                                            now), zone)
    entries = [e for e, _, _ in rows]
    sessions = [e for e in entries if e.kind == EntryKind.SESSION.value]
    corrections = [e for e in entries if e.kind == EntryKind.CORRECTION.value]
    refunds = sum(e.net_fen for e in corrections if e.note.startswith(REFUND_NOTE))
    other = sum(e.net_fen for e in corrections if not e.note.startswith(REFUND_NOTE))
    non_tax = [e for e in entries if e.kind != EntryKind.TAX.value]
    gross = sum(e.gross_fen for e in sessions)
    commission = sum(e.commission_fen for e in sessions)
    tips = sum(e.tip_fen for e in entries if e.kind in (EntryKind.SESSION.value,
                                                         EntryKind.TIP.value))
    legal_name, credit_code = platform_identity()
    return Statement(
        period=period, start=start, end=end, time_zone=card.time_zone,
        currency=card.currency, generated_at=now, platform_legal_name=legal_name,
        platform_credit_code=credit_code, responder_name=responder.display_name,
        real_name_mask=identity.real_name_mask if identity else "",
        id_number_mask=identity.id_number_mask if identity else "",
        sessions=len(sessions),
        day_sessions=sum(1 for e in sessions if e.rate_window == RateWindow.DAY.value),
        night_sessions=sum(1 for e in sessions if e.rate_window == RateWindow.NIGHT.value),
        gross_fen=gross, commission_fen=commission, tip_fen=tips, refunds_fen=refunds,
        corrections_fen=other, income_fen=sum(e.net_fen for e in non_tax),
        tax_fen=sum(e.tax_fen for e in entries), net_fen=sum(e.net_fen for e in entries),
        paid_out_fen=sum(p.amount_fen for p in payouts),
        pending_fen=sum(e.net_fen for e, payout_id, _ in rows if payout_id is None),
        year_to_date=YearToDate(year=figures.year, income_fen=figures.income_fen,
                                months=figures.months, tax_fen=figures.withheld_fen),
        payouts=[_payout_out(p) for p in payouts],
        entries=[entry_out(e, payout_id, state) for e, payout_id, state in rows],
    )


async def statement(state: ServerState, responder_id: int, start: date, end: date,
                    period: str) -> Statement:
    now = state.clock.now()
    async with state.db.read() as session:
        return await build(session, responder_id, start, end, period, now)


async def monthly(state: ServerState, responder_id: int) -> StatementList:
    """One summary per month with any entry, newest first (the last three years)."""
    now = state.clock.now()
    async with state.db.read() as session:
        card = await rate_card.current_card(session)
        zone = ZoneInfo(card.time_zone)
        today = now.astimezone(zone).date()
        first = date(today.year - LIST_MONTHS // 12, today.month, 1)
        entries = list(await session.scalars(
            select(LedgerEntry).where(LedgerEntry.responder_id == responder_id,
                                      LedgerEntry.created_at >= _midnight(first, zone))))
    months: dict[str, list[LedgerEntry]] = {}
    for entry in entries:
        months.setdefault(entry.created_at.astimezone(zone).strftime("%Y-%m"), []).append(entry)
    out = []
    for period in sorted(months, reverse=True):
        start, end = month_bounds(period)
        chosen = months[period]
        sessions = [e for e in chosen if e.kind == EntryKind.SESSION.value]
        out.append(StatementSummary(
            period=period, start=start, end=end, sessions=len(sessions),
            gross_fen=sum(e.gross_fen for e in sessions),
            tax_fen=sum(e.tax_fen for e in chosen), net_fen=sum(e.net_fen for e in chosen)))
    return StatementList(time_zone=card.time_zone, statements=out)
