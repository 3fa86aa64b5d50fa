"""A responder owed money and bound to a payout account, in a backend's database (the
payout tests of the server, the console and the app)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from responder_server.core.clock import Clock
from responder_server.core.config import normalise_database_url
from responder_server.core.db import Database
from responder_server.core.models import LedgerEntry, Responder
from responder_server.payout_accounts import service as accounts
from responder_wire.payouts import PayoutChannel
from tests.support.factories import run_blocking


def owe(database_url: str, email: str, nets: list[int], account: str | None = "o-test",
        channel: PayoutChannel = PayoutChannel.WECHAT) -> int:
    """Posts pending session entries of these nets (fen) for the responder, and binds
    `account` (None: nothing bound). Returns the responder's id."""

    async def run() -> int:
        database = Database(normalise_database_url(database_url))
        now = Clock().now()
        try:
            async with database.write() as session:
                responder = await session.scalar(select(Responder).where(
                    Responder.email == email))
                assert responder is not None
                for net in nets:
                    session.add(LedgerEntry(
                        posting_key=f"test:{uuid.uuid4()}", responder_id=responder.id,
                        kind="session", alias="Mei", gross_fen=net + net // 4,
                        commission_fen=net // 4, tip_fen=0, tax_fen=0, net_fen=net,
                        note="", created_at=now))
                if account is not None:
                    await accounts.bind(session, responder.id, channel, account, now)
                return int(responder.id)
        finally:
            await database.dispose()

    return run_blocking(run)
