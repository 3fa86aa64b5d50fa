"""The seam between payout runs and the withholding rule (called by payouts/ per line).

`withhold_for_payout` posts one `tax` ledger entry (gross, commission and tip 0, tax_fen the
amount, net −tax), pending like the income it is withheld from, so the payout that follows
settles both and pays the difference. It posts once per responder and payout moment (a
retried call with the same `now` returns the same amount). Nothing is posted when nothing
is due; tax over-withheld earlier (income corrected down) is never refunded mid-year.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.core.events import append_event
from responder_server.core.models import LedgerEntry
from responder_server.earnings import rate_card
from responder_server.earnings.service import entry_out
from responder_server.tax import service
from responder_server.tax.rule import Computation, TaxRule, compute
from responder_wire.earnings import EntryKind
from responder_wire.models import EventType


async def _computation(session: AsyncSession, responder_id: int, now: datetime
                       ) -> tuple[TaxRule, Computation]:
    zone = ZoneInfo((await rate_card.current_card(session)).time_zone)
    figures = await service.year_figures(session, responder_id, now, zone)
    rule = await service.rule_on(session, now.astimezone(zone).date())
    return rule, compute(rule, income_fen=figures.income_fen, months=figures.months,
                         withheld_before_fen=figures.withheld_fen)


async def withhold_for_payout(session: AsyncSession, *, responder_id: int, now: datetime,
                              actor: str) -> int:
    """Post the `tax` ledger entry due on the responder's pending income if it were paid
    now (cumulative method), left pending so the payout that follows settles it with the
    income. Returns the fen withheld (0: no entry posted)."""
    key = f"tax:{responder_id}:{now.isoformat()}"
    existing = await session.scalar(select(LedgerEntry).where(LedgerEntry.posting_key == key))
    if existing is not None:
        return existing.tax_fen
    rule, figures = await _computation(session, responder_id, now)
    if figures.due_fen <= 0:
        return 0
    zone = ZoneInfo((await rate_card.current_card(session)).time_zone)
    month = now.astimezone(zone).strftime("%Y-%m")
    entry = LedgerEntry(
        posting_key=key, responder_id=responder_id, kind=EntryKind.TAX.value,
        conversation_id=None, alias="", length_minutes=None, rate_window=None,
        gross_fen=0, commission_fen=0, tip_fen=0, tax_fen=figures.due_fen,
        net_fen=-figures.due_fen, created_at=now,
        note=(f"Income tax withheld {month}, rule v{rule.version}: income "
              f"{figures.income_fen} fen over {figures.months} month(s), cumulative tax "
              f"{figures.cumulative_tax_fen} fen, withheld before "
              f"{figures.withheld_before_fen} fen"),
    )
    session.add(entry)
    await session.flush()
    await append_event(session, EventType.EARNINGS_CHANGED, entry_out(entry, None), now=now,
                       responder_id=responder_id)
    await audit.record(session, actor, "tax.withhold", f"responder:{responder_id}", None,
                       {"ledger_entry": entry.id, "tax_fen": figures.due_fen,
                        "rule_version": rule.version, "income_fen": figures.income_fen,
                        "months": figures.months}, now=now)
    return figures.due_fen


async def expected_tax(session: AsyncSession, *, responder_id: int, now: datetime) -> int:
    """What `withhold_for_payout` would withhold now, posting nothing (the app's preview)."""
    _, figures = await _computation(session, responder_id, now)
    return figures.due_fen
