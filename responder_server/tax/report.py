"""The quarterly report for the tax authority (State Council Decree No. 810): each
responder's identity and income by category (services, tips) and the tax withheld.

This is the only place where real names and ID numbers are read in full
(`payout_accounts.service.tax_identity`); everywhere else shows masks. Income counts in the
quarter in which it was earned (ledger posting time, platform time zone) — services as the
price less the platform's fee, tips whole, corrections in the category they correct — and
tax in the quarter in which it was withheld.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import LedgerEntry, Responder
from responder_server.payout_accounts.service import tax_identity

HEADER = ["responder_id", "real_name", "id_number", "period_start", "period_end",
          "services_fen", "tips_fen", "income_fen", "tax_withheld_fen"]


@dataclass(frozen=True)
class QuarterRow:
    responder_id: int
    real_name: str  # "" when the responder never gave an identity
    id_number: str
    services_fen: int
    tips_fen: int
    tax_withheld_fen: int

    @property
    def income_fen(self) -> int:
        return self.services_fen + self.tips_fen


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of a quarter (1–4)."""
    if not 1 <= quarter <= 4:
        raise ValueError("A quarter is 1, 2, 3 or 4.")
    first = date(year, 3 * quarter - 2, 1)
    after = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return first, date.fromordinal(after.toordinal() - 1)


async def quarter_rows(session: AsyncSession, year: int, quarter: int, zone: ZoneInfo
                       ) -> list[QuarterRow]:
    first, last = quarter_bounds(year, quarter)
    start = datetime(first.year, first.month, first.day, tzinfo=zone).astimezone(UTC)
    after = date.fromordinal(last.toordinal() + 1)
    end = datetime(after.year, after.month, after.day, tzinfo=zone).astimezone(UTC)
    sums = (await session.execute(
        select(LedgerEntry.responder_id,
               func.coalesce(func.sum(LedgerEntry.gross_fen - LedgerEntry.commission_fen), 0),
               func.coalesce(func.sum(LedgerEntry.tip_fen), 0),
               func.coalesce(func.sum(LedgerEntry.tax_fen), 0))
        .join(Responder, Responder.id == LedgerEntry.responder_id)
        .where(LedgerEntry.created_at >= start, LedgerEntry.created_at < end)
        .group_by(LedgerEntry.responder_id).order_by(LedgerEntry.responder_id)
    )).all()
    rows = []
    for responder_id, services, tips, tax in sums:
        identity = await tax_identity(session, responder_id)
        rows.append(QuarterRow(int(responder_id), identity.real_name if identity else "",
                               identity.id_number if identity else "", int(services),
                               int(tips), int(tax)))
    return rows


def csv_cells(rows: list[QuarterRow], year: int, quarter: int) -> list[list[object]]:
    first, last = quarter_bounds(year, quarter)
    return [[r.responder_id, r.real_name, r.id_number, first.isoformat(), last.isoformat(),
             r.services_fen, r.tips_fen, r.income_fen, r.tax_withheld_fen] for r in rows]
