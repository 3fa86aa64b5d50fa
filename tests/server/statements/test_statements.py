"""A responder's statement on the real backend (SQLite and PostgreSQL): every figure equals
the sum of the ledger's entries for the same days, the tax withheld and the payouts appear
with the year to date, the platform's legal name comes from the operator's environment,
identity shows masked, and a bad period is refused in plain words."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from responder_server.core.config import normalise_database_url
from responder_server.core.db import Database
from responder_server.core.models import LedgerEntry
from responder_server.earnings.service import correction_entry, post_correction, record_payout
from responder_server.payout_accounts.service import set_identity
from responder_server.tax.withholding import withhold_for_payout
from responder_wire.payouts import IdentityIn
from tests.support.backend import Backend, bearer, start_backend

SHANGHAI = ZoneInfo("Asia/Shanghai")
LEGAL_NAME = "上海某某网络科技有限公司"
CREDIT_CODE = "91310000MA1FL0XX0X"


def at(month: int, day: int, hour: int = 12) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=SHANGHAI).astimezone(UTC)


@pytest.fixture
def backend(tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
            ) -> Iterator[Backend]:
    monkeypatch.setenv("RESPONDER_PLATFORM_LEGAL_NAME", LEGAL_NAME)
    monkeypatch.setenv("RESPONDER_PLATFORM_CREDIT_CODE", CREDIT_CODE)
    server = start_backend(tmp_path, database_url=database_url)
    yield server
    server.stop()


def _session(rid: int, when: datetime, gross: int, window: str, tip: int = 0) -> LedgerEntry:
    commission = gross // 5
    return LedgerEntry(posting_key=f"session:{uuid.uuid4()}", responder_id=rid, kind="session",
                       alias="<b>Mei</b>", length_minutes=30, rate_window=window,
                       gross_fen=gross, commission_fen=commission, tip_fen=tip,
                       net_fen=gross - commission + tip, note="", created_at=when)


async def seed_october(database_url: str, rid: int) -> None:
    """October 2026: two day sessions, a night one with a tip, a tip after, a refund, a
    correction; a payout on the 20th withholding tax; more income after it, pending."""
    db = Database(normalise_database_url(database_url))
    try:
        async with db.write() as session:
            await set_identity(session, rid, IdentityIn(real_name="王小明",
                                                        id_number="11010519491231002X"),
                               at(10, 1))
            first = _session(rid, at(10, 2), 1_500_000, "day")
            session.add_all([first, _session(rid, at(10, 3), 800_000, "day"),
                             _session(rid, at(10, 4, 23), 1_000_000, "night", tip=20_000)])
            session.add(LedgerEntry(posting_key=f"tip:{uuid.uuid4()}", responder_id=rid,
                                    kind="tip", alias="Mei", gross_fen=0, commission_fen=0,
                                    tip_fen=5_000, net_fen=5_000, note="", created_at=at(10, 5)))
            await session.flush()
            await correction_entry(session, first.id, gross_fen=-100_000,
                                   commission_fen=-20_000, reason="refund R1: no reply",
                                   now=at(10, 6))
            await post_correction(session, first.id, tip_fen=1_000, reason="tip fixed",
                                  now=at(10, 7), actor="cli:test")
        async with db.write() as session:
            await withhold_for_payout(session, responder_id=rid, now=at(10, 20),
                                      actor="cli:test")
            await record_payout(session, rid, up_to=None, expected_fen=None,
                                reference="WX-123", now=at(10, 20), actor="cli:test")
        async with db.write() as session:
            session.add(_session(rid, at(10, 25), 300_000, "day"))
            session.add(_session(rid, at(11, 2), 300_000, "day"))
    finally:
        await db.dispose()


def _get(backend: Backend, token: str, path: str, **params: str) -> httpx.Response:
    return httpx.get(f"{backend.api}{path}", headers=bearer(token), params=params)


def test_the_statement_equals_the_ledger_and_shows_tax_payouts_and_the_platform(
        backend: Backend) -> None:
    amy = backend.new_responder(display_name="Amy")
    token, rid = amy["access_token"], amy["responder"]["id"]
    asyncio.run(seed_october(backend.database_url, rid))
    ledger: list[dict[str, Any]] = _get(backend, token, "/earnings/ledger", start="2026-10-01",
                                        end="2026-10-31").json()["entries"]
    statement = _get(backend, token, "/statements/2026-10").json()
    assert statement["entries"] == ledger
    sessions = [e for e in ledger if e["kind"] == "session"]
    assert statement["sessions"] == len(sessions) == 4
    assert (statement["day_sessions"], statement["night_sessions"]) == (3, 1)
    assert statement["gross_fen"] == sum(e["gross_fen"] for e in sessions) == 3_600_000
    assert statement["commission_fen"] == sum(e["commission_fen"] for e in sessions)
    assert statement["tip_fen"] == 25_000
    assert statement["refunds_fen"] == -80_000 and statement["corrections_fen"] == 1_000
    assert statement["tax_fen"] == sum(e["tax_fen"] for e in ledger)
    assert statement["net_fen"] == sum(e["net_fen"] for e in ledger)
    assert statement["income_fen"] - statement["tax_fen"] == statement["net_fen"]
    # income before the payout: 2,640,000 + 25,000 − 80,000 + 1,000 = 2,586,000 fen;
    # ¥25,860 × 0.8 − 5,000 = 15,688 × 3 % = 470.64
    assert statement["tax_fen"] == 47_064
    assert [(p["amount_fen"], p["reference"]) for p in statement["payouts"]] == [
        (2_586_000 - 47_064, "WX-123")]
    assert statement["paid_out_fen"] == 2_586_000 - 47_064
    assert statement["pending_fen"] == 240_000  # the session on the 25th
    assert statement["year_to_date"] == {"year": 2026, "income_fen": 2_826_000, "months": 1,
                                         "tax_fen": 47_064}
    assert (statement["platform_legal_name"], statement["platform_credit_code"]) == (
        LEGAL_NAME, CREDIT_CODE)
    assert statement["responder_name"] == "Amy"
    assert statement["id_number_mask"] == "110***********002X"
    assert "11010519491231002X" not in str(statement) and "王小明" not in str(statement)

    listed = _get(backend, token, "/statements").json()["statements"]
    assert [s["period"] for s in listed] == ["2026-11", "2026-10"]
    assert listed[1]["net_fen"] == statement["net_fen"]
    part = _get(backend, token, "/statements/range", start="2026-10-01", end="2026-10-05")
    assert part.json()["sessions"] == 3 and part.json()["tax_fen"] == 0
    assert part.json()["period"] == "2026-10-01..2026-10-05"

    bad = _get(backend, token, "/statements/October")
    assert bad.status_code == 422 and "2026-11" in bad.json()["detail"]
    for loose in ("2026-1", "2026-010", "02026-10"):  # one month, one address
        refused = _get(backend, token, f"/statements/{loose}")
        assert refused.status_code == 422, loose
        assert "written like 2026-11 or 2026-01" in refused.json()["detail"]
    backwards = _get(backend, token, "/statements/range", start="2026-10-05", end="2026-10-01")
    assert backwards.status_code == 422
    for edge in ("/statements/9999-12", "/statements/0001-01"):  # no day after, or before
        assert _get(backend, token, edge).status_code == 422, edge
    last = _get(backend, token, "/statements/range", start="9999-12-01", end="9999-12-31")
    assert last.status_code == 422 and "2000" in last.json()["detail"]
    other = backend.new_responder()["access_token"]  # another responder sees only their own
    assert _get(backend, other, "/statements/2026-10").json()["entries"] == []
