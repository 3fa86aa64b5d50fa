"""Unpaid orders do not stay open: past `expires_at` (checkout + `payment_expiry_s`) an
order is closed at its provider and here (pending -> closed). The provider's answer to the
close decides: an order paid a moment before is paid, not closed; a payment that arrives
after the close is refunded in full (payments/states.py). The same job asks about pending
orders whose notice is late (the query path) and checks yesterday's bill once a day
(payments/reconcile.py)."""

from __future__ import annotations

import asyncio
import logging
from contextlib import AbstractAsyncContextManager

import httpx
from sqlalchemy import select

from responder_server.core.jobs import in_background
from responder_server.core.models import Payment
from responder_server.core.payment_providers import ProviderError
from responder_server.core.state import ServerState
from responder_server.payments import reconcile, states
from responder_wire.payments import PaymentStatus

log = logging.getLogger(__name__)

SWEEP_INTERVAL_S = 5.0
BATCH = 50


def _real(state: ServerState) -> list[str]:
    return [p.name for p in state.payments.all() if not p.sandbox]


async def close_expired(state: ServerState) -> int:
    """Close every unpaid order past its time. Returns how many closed."""
    names = _real(state)
    if not names:
        return 0
    now = state.clock.now()
    async with state.db.read() as session:
        due = (await session.scalars(select(Payment).where(
            Payment.status == PaymentStatus.PENDING.value, Payment.provider.in_(names),
            Payment.expires_at <= now).order_by(Payment.expires_at).limit(BATCH))).all()
    closed = 0
    for payment in due:
        try:
            charge = await state.payments[payment.provider].close_charge(
                payment.out_trade_no or "")
        except (ProviderError, httpx.HTTPError) as exc:
            log.warning("closing order %s of payment %s failed; will retry: %s",
                        payment.out_trade_no, payment.id, exc)
            continue
        async with state.db.write() as session:
            outcome = await states.apply_charge(
                session, payment, state=charge.state, amount_fen=charge.amount_fen,
                reference=charge.reference, mismatch=charge.mismatch, now=state.clock.now())
        closed += outcome == "closed"
    return closed


async def sweep(state: ServerState) -> None:
    await close_expired(state)
    await reconcile.daily(state)


async def _run(state: ServerState) -> None:
    while True:
        try:
            await sweep(state)
        except asyncio.CancelledError:
            raise
        except Exception:  # a failed pass (a provider down, the database busy) runs again
            log.exception("payment expiry sweep failed")
        await asyncio.sleep(SWEEP_INTERVAL_S)


def sweeper(state: ServerState) -> AbstractAsyncContextManager[None]:
    """The job (app.py's JOBS)."""
    return in_background(_run(state))



