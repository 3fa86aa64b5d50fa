"""The operator's partial refunds (refunds/partial.py) on the real backend: each reverses
exactly its share of the responder's ledger (the last one the remainder), the provider is
asked after commit with a stable number, and more than is left is refused in plain words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from responder_server.core.config import normalise_database_url
from responder_server.core.db import Database
from responder_server.refunds.partial import RefundError, request_refund
from tests.server.notes_helpers import say, wrap_up
from tests.server.payments.gateway_helpers import payment, refunds, wait_for
from tests.support.backend import Backend
from tests.support.dbquery import query
from tests.support.factories import run_blocking


def _refund(backend: Backend, payment_id: str, amount_fen: int, reason: str = "sorry"
            ) -> str:
    async def make() -> str:
        database = Database(normalise_database_url(backend.database_url))
        try:
            async with database.write() as session:
                refund = await request_refund(session, payment_id=payment_id,
                                              amount_fen=amount_fen, reason=reason,
                                              now=datetime.now(UTC), actor="test:finance")
                return refund.out_refund_no
        finally:
            await database.dispose()

    return run_blocking(make)


def test_partial_refunds_reverse_exactly_their_share_of_the_ledger(backend: Backend) -> None:
    amy = backend.new_responder()
    chat = backend.start_session("Mei", "work", 15)
    cid = chat["conversation"]["id"]
    say(backend, amy["access_token"], cid, "hello, I am here")
    with pytest.raises(RefundError, match="not closed yet"):
        _refund(backend, chat["payment_id"], 1)
    wrap_up(backend, amy["access_token"], cid)
    [(gross, commission)] = query(backend.database_url,
                                  "SELECT gross_fen, commission_fen FROM ledger_entries "
                                  "WHERE kind = 'session'")
    assert gross == chat["conversation"]["price_fen"]

    third = gross // 3
    numbers = [_refund(backend, chat["payment_id"], third),
               _refund(backend, chat["payment_id"], third)]
    with pytest.raises(RefundError, match="left to refund"):
        _refund(backend, chat["payment_id"], gross - 2 * third + 1)
    with pytest.raises(RefundError, match="reason"):
        _refund(backend, chat["payment_id"], 1, reason="  ")
    numbers.append(_refund(backend, chat["payment_id"], gross - 2 * third))
    assert len(set(numbers)) == 3

    corrections = query(backend.database_url,
                        "SELECT gross_fen, commission_fen, net_fen FROM ledger_entries "
                        "WHERE kind = 'correction' ORDER BY id")
    assert [c[0] for c in corrections] == [-third, -third, -(gross - 2 * third)]
    assert sum(c[1] for c in corrections) == -commission  # exact, the last took the rest
    assert all(c[1] == -(commission * third // gross) for c in corrections[:2])
    assert sum(c[2] for c in corrections) == -(gross - commission)

    wait_for("all three refunded", lambda: payment(backend, chat["payment_id"])["status"]
             == "refunded")
    assert sorted(refunds(backend, chat["payment_id"])) == sorted(
        ("done", amount, number) for amount, number in zip(
            (third, third, gross - 2 * third), numbers, strict=True))
    with pytest.raises(RefundError, match="only a paid payment"):
        _refund(backend, chat["payment_id"], 1)
