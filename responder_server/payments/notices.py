"""The provider notice store: every notice is stored once (unique by provider and notice
id) in its own transaction before anything acts on it, then claimed by one conditional
UPDATE (`handled_at IS NULL`) in the transaction that acts on it. Of two instances given
the same notice at the same moment, one inserts and both try to claim; PostgreSQL makes the
second UPDATE wait for the first's commit and then finds it handled: one state change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import ProviderNotice
from responder_server.core.payment_providers import WebhookNotice
from responder_server.core.state import ServerState


async def store(state: ServerState, provider: str, notice: WebhookNotice, now: datetime
                ) -> None:
    """Keep the notice (a repeat is already kept: nothing to do)."""
    try:
        async with state.db.write() as session:
            session.add(ProviderNotice(
                provider=provider, notice_id=notice.notice_id, kind=notice.kind,
                out_trade_no=notice.out_trade_no[:32], out_refund_no=notice.out_refund_no[:64],
                state=notice.state, amount_fen=notice.amount_fen, received_at=now,
                outcome=""))
    except IntegrityError:
        pass  # stored before (a repeat, or another instance a moment ago)


async def claim(session: AsyncSession, provider: str, notice_id: str, now: datetime) -> bool:
    """In the transaction that acts on it: True for exactly one caller, ever."""
    moved = await session.execute(
        update(ProviderNotice).where(ProviderNotice.provider == provider,
                                     ProviderNotice.notice_id == notice_id,
                                     ProviderNotice.handled_at.is_(None))
        .values(handled_at=now))
    return bool(getattr(moved, "rowcount", 0))


async def set_outcome(session: AsyncSession, provider: str, notice_id: str, outcome: str
                      ) -> None:
    await session.execute(
        update(ProviderNotice).where(ProviderNotice.provider == provider,
                                     ProviderNotice.notice_id == notice_id)
        .values(outcome=outcome[:40]))
