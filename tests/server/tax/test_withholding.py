"""The withholding seam on a real database (SQLite and PostgreSQL): a payout withholds what
the cumulative method says month by month, as its own immutable `tax` entry the payout then
settles with the income; a retry posts nothing twice, the preview equals the posting,
income corrected down withholds nothing (and refunds nothing), and a rule the operator sets
applies from its date."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from responder_server.core.config import normalise_database_url
from responder_server.core.db import Database
from responder_server.core.models import AuditEntry, LedgerEntry, Responder
from responder_server.earnings.service import post_correction, record_payout
from responder_server.tax.rule import DEFAULT_RULE, TaxRuleError
from responder_server.tax.service import store_rule
from responder_server.tax.withholding import expected_tax, withhold_for_payout

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(month: int, day: int, hour: int = 12) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=SHANGHAI).astimezone(UTC)


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    database = Database(normalise_database_url(database_url))
    await database.migrate()
    yield database
    await database.dispose()


async def new_responder(db: Database) -> int:
    async with db.write() as session:
        row = Responder(email=f"{uuid.uuid4().hex[:8]}@example.com", display_name="Lan",
                        password_hash="-", created_at=at(1, 1))
        session.add(row)
        await session.flush()
        return row.id


async def earn(db: Database, responder_id: int, when: datetime, services_fen: int,
               tip_fen: int = 0) -> int:
    """A session entry: price with a 20 % fee, so services_fen is what the responder gets."""
    gross = services_fen * 5 // 4
    async with db.write() as session:
        entry = LedgerEntry(posting_key=f"session:{uuid.uuid4()}", responder_id=responder_id,
                            kind="session", alias="Mei", length_minutes=60, rate_window="day",
                            gross_fen=gross, commission_fen=gross - services_fen,
                            tip_fen=tip_fen, net_fen=services_fen + tip_fen, note="",
                            created_at=when)
        session.add(entry)
        await session.flush()
        return entry.id


async def pay(db: Database, responder_id: int, when: datetime) -> tuple[int, int]:
    """A payout run's line: withhold, then settle everything pending. (tax, amount paid)."""
    async with db.write() as session:
        tax = await withhold_for_payout(session, responder_id=responder_id, now=when,
                                        actor="cli:test")
        result = await record_payout(session, responder_id, up_to=None, expected_fen=None,
                                     reference="run", now=when, actor="cli:test")
    return tax, result.amount_fen


async def test_twenty_thousand_a_month_is_withheld_each_month_as_its_own_entry(
        db: Database) -> None:
    responder = await new_responder(db)
    paid = []
    for month in (1, 2, 3, 4):
        await earn(db, responder, at(month, 10), 1_500_000)
        await earn(db, responder, at(month, 20), 400_000, tip_fen=100_000)  # tips are income
        async with db.read() as session:
            preview = await expected_tax(session, responder_id=responder, now=at(month, 28))
        tax, amount = await pay(db, responder, at(month, 28))
        assert preview == tax
        paid.append((tax, amount))
    # 330, 330, 330, then 890 (see test_rule.py): paid = 20,000 − tax each month
    assert paid == [(33_000, 1_967_000), (33_000, 1_967_000), (33_000, 1_967_000),
                    (89_000, 1_911_000)]
    async with db.read() as session:
        taxes = list(await session.scalars(select(LedgerEntry).where(
            LedgerEntry.responder_id == responder, LedgerEntry.kind == "tax")
            .order_by(LedgerEntry.id)))
        audited = list(await session.scalars(select(AuditEntry).where(
            AuditEntry.action == "tax.withhold")))
    assert [(t.gross_fen, t.commission_fen, t.tip_fen, t.tax_fen, t.net_fen) for t in taxes][3] \
        == (0, 0, 0, 89_000, -89_000)
    assert "2026-04" in taxes[3].note and "rule v0" in taxes[3].note
    assert len(audited) == 4


async def test_a_retried_withholding_posts_once_and_three_thousand_withholds_nothing(
        db: Database) -> None:
    big, small = await new_responder(db), await new_responder(db)
    await earn(db, big, at(3, 1), 2_000_000)
    await earn(db, small, at(3, 1), 300_000)
    moment = at(3, 31)
    for _ in range(2):
        async with db.write() as session:
            assert await withhold_for_payout(session, responder_id=big, now=moment,
                                             actor="cli:test") == 33_000
            assert await withhold_for_payout(session, responder_id=small, now=moment,
                                             actor="cli:test") == 0
    async with db.read() as session:
        rows = list(await session.scalars(select(LedgerEntry).where(LedgerEntry.kind == "tax")))
        # the pending tax counts as withheld: a second run before the payout adds nothing
        assert await expected_tax(session, responder_id=big, now=at(4, 1)) == 0
    assert [(r.responder_id, r.tax_fen) for r in rows] == [(big, 33_000)]


async def test_income_corrected_down_withholds_nothing_and_refunds_nothing(
        db: Database) -> None:
    responder = await new_responder(db)
    entry = await earn(db, responder, at(5, 2), 2_000_000)
    assert (await pay(db, responder, at(5, 3)))[0] == 33_000
    async with db.write() as session:  # the session is found to be half the price
        await post_correction(session, entry, gross_fen=-1_250_000, commission_fen=-250_000,
                              reason="price corrected", now=at(5, 4), actor="cli:test")
    await earn(db, responder, at(5, 5), 10_000)
    async with db.write() as session:
        assert await withhold_for_payout(session, responder_id=responder, now=at(5, 6),
                                         actor="cli:test") == 0


async def test_a_late_starter_counts_only_the_months_they_earned(db: Database) -> None:
    responder = await new_responder(db)
    await earn(db, responder, at(7, 3), 1_000_000)
    assert (await pay(db, responder, at(7, 31)))[0] == 9_000  # 3,000 × 3 %
    await earn(db, responder, at(8, 3), 1_000_000)
    assert (await pay(db, responder, at(8, 31)))[0] == 9_000


async def test_a_rule_set_mid_year_applies_from_its_date_and_what_was_withheld_stands(
        db: Database) -> None:
    responder = await new_responder(db)
    for month in range(1, 7):  # January to June under the default: 4,080 withheld
        await earn(db, responder, at(month, 10), 2_000_000)
        await pay(db, responder, at(month, 28))
    async with db.write() as session:
        with pytest.raises(TaxRuleError, match="in the past"):
            await store_rule(session, replace(DEFAULT_RULE, effective_from=date(2026, 6, 1)),
                             at(6, 30), actor="cli:test")
        await store_rule(session, replace(DEFAULT_RULE, effective_from=date(2026, 7, 1),
                                          monthly_deduction_fen=600_000),
                         at(6, 30), actor="cli:test")
    await earn(db, responder, at(7, 10), 2_000_000)
    # 140,000 × 0.8 − 7 × 6,000 = 70,000 × 10 % − 2,520 = 4,480 − 4,080 = 400.00
    assert (await pay(db, responder, at(7, 28)))[0] == 40_000
    async with db.read() as session:
        notes = list(await session.scalars(select(LedgerEntry.note).where(
            LedgerEntry.responder_id == responder, LedgerEntry.kind == "tax")
            .order_by(LedgerEntry.id)))
    assert "rule v0" in notes[5] and "rule v1" in notes[6]
