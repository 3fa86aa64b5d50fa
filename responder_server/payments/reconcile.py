"""Reconciliation: the provider's bill for a day (Beijing time) against our records, every
difference reported (a log line each, and `responder-server payments reconcile` prints
them): a charge we do not know, a payment we think paid that the provider does not, an
amount or a refund state that differs. A charge we still think unpaid (its notice was lost)
is recovered through the query path, and so is a refund whose notice was lost."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select

from responder_server.core.models import Payment, Refund
from responder_server.core.payment_providers import CHARGE_PAID, REFUND_DONE, BillLine
from responder_server.core.state import ServerState
from responder_server.payments import service as checkout
from responder_server.payments import states
from responder_server.refunds import states as refund_states
from responder_wire.payments import PaymentStatus as S

log = logging.getLogger(__name__)

BEIJING = timezone(timedelta(hours=8))
BILL_READY_HOUR = 10  # WeChat Pay's bill for a day is ready from 10:00 the next day
_PAID = (S.PAID.value, S.USED.value, S.REFUNDING.value, S.REFUNDED.value)


@dataclass(frozen=True)
class Difference:
    provider: str
    out_trade_no: str
    what: str  # unknown-charge | not-in-bill | amount | refund-state | recovered | unknown-refund
    detail: str


def BEIJING_NOW() -> date:
    return datetime.now(BEIJING).date()


Report = Callable[[str, str, str], None]


async def check_day(state: ServerState, provider_name: str, day: date) -> list[Difference]:
    provider = state.payments[provider_name]
    lines = await provider.bill(day)
    start = datetime.combine(day, time(), BEIJING)
    found: list[Difference] = []

    def differ(out_trade_no: str, what: str, detail: str) -> None:
        found.append(Difference(provider_name, out_trade_no, what, detail))

    if lines is None:  # no bill to read: ask about each of the day's unpaid orders
        await _by_query(state, provider_name, start, differ)
        _log(provider_name, day, found)
        return found

    billed: set[str] = set()
    for line in lines:
        if line.kind == "payment":
            billed.add(line.out_trade_no)
            await _payment_line(state, provider_name, line, differ)
        else:
            await _refund_line(state, provider_name, line, differ)
    async with state.db.read() as session:
        ours = (await session.scalars(select(Payment).where(
            Payment.provider == provider_name, Payment.status.in_(_PAID),
            Payment.paid_at >= start, Payment.paid_at < start + timedelta(days=1)))).all()
    for payment in ours:
        if payment.out_trade_no not in billed:
            differ(payment.out_trade_no or "", "not-in-bill",
                   f"we have payment {payment.id} as paid; the provider's bill does not")
    _log(provider_name, day, found)
    return found


def _log(provider_name: str, day: date, found: list[Difference]) -> None:
    for difference in found:
        log.warning("reconciliation %s %s: order %s %s: %s", provider_name, day.isoformat(),
                    difference.out_trade_no, difference.what, difference.detail)


async def _by_query(state: ServerState, provider_name: str, start: datetime,
                    differ: Report) -> None:
    """A lost notice, recovered through the query: every order of the day we still think
    unpaid or closed is asked about."""
    async with state.db.read() as session:
        unpaid = (await session.scalars(select(Payment).where(
            Payment.provider == provider_name,
            Payment.status.in_((S.PENDING.value, S.CLOSED.value)),
            Payment.created_at >= start, Payment.created_at < start + timedelta(days=1)))
        ).all()
    for payment in unpaid:
        outcome = await checkout.apply_query(state, payment)
        if outcome in ("paid", "paid-after-close", "in-review"):
            differ(payment.out_trade_no or "", "recovered",
                   f"paid at the provider, its notice never came: now {outcome}")


async def _payment_line(state: ServerState, provider_name: str, line: BillLine,
                        differ: Report) -> None:
    async with state.db.read() as session:
        payment = await session.scalar(select(Payment).where(
            Payment.provider == provider_name, Payment.out_trade_no == line.out_trade_no))
    if payment is None:
        differ(line.out_trade_no, "unknown-charge",
               f"the provider has {line.amount_fen} fen paid on an order we do not know")
        return
    if line.amount_fen != payment.amount_fen:
        differ(line.out_trade_no, "amount",
               f"the bill says {line.amount_fen} fen; we charged {payment.amount_fen} fen")
    if payment.status in (S.PENDING.value, S.CLOSED.value):
        async with state.db.write() as session:
            outcome = await states.apply_charge(
                session, payment, state=CHARGE_PAID, amount_fen=line.amount_fen,
                reference=line.reference, mismatch=None, now=state.clock.now())
        differ(line.out_trade_no, "recovered",
               f"paid at the provider, its notice never came: now {outcome}")


async def _refund_line(state: ServerState, provider_name: str, line: BillLine,
                       differ: Report) -> None:
    async with state.db.read() as session:
        refund = await session.scalar(select(Refund).where(
            Refund.out_refund_no == line.out_refund_no))
    if refund is None:
        differ(line.out_trade_no, "unknown-refund",
               f"the provider has refund {line.out_refund_no!r} we never asked for")
        return
    ours_done = refund.status == refund_states.DONE
    if ours_done != (line.state == REFUND_DONE):
        differ(line.out_trade_no, "refund-state",
               f"refund {refund.out_refund_no}: ours is {refund.status}, the bill says "
               f"{line.state}")


_checked: dict[str, date] = {}


async def daily(state: ServerState) -> None:
    """Once a day per provider (after the bill is ready): yesterday's bill."""
    now = state.clock.now().astimezone(BEIJING)
    if now.hour < BILL_READY_HOUR:
        return
    day = now.date() - timedelta(days=1)
    for provider in state.payments.all():
        if provider.sandbox or _checked.get(provider.name) == day:
            continue
        await check_day(state, provider.name, day)
        _checked[provider.name] = day  # after it went through: a failed read runs again
