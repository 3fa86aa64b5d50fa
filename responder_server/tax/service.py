"""The stored withholding rule and a responder's figures for the tax year, from the ledger.

The tax base is the income the platform pays the responder before tax: for services the
session price less the platform's fee (gross − commission; the fee is the platform's own
income, never the responder's), plus tips whole, plus corrections of either. Decree 810
reports the same two categories, services and tips.

Income belongs to the tax year in which it is paid (the moment of payment is when 劳务报酬
is withheld): an entry settled by a payout counts at that payout's date, a pending entry at
the payout being computed now. A month counts for the ¥5,000 deduction when the responder
earned income in it (a session or a tip posted then; income earned last year and paid this
year counts as January).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.core.models import LedgerEntry, Payout, PayoutItem, TaxRuleVersion
from responder_server.earnings import rate_card
from responder_server.tax.rule import DEFAULT_RULE, TaxRule, TaxRuleError, parse_rule
from responder_server.tax.rule import rule_at as rule_at
from responder_wire.earnings import EntryKind

_EARNING_KINDS = (EntryKind.SESSION.value, EntryKind.TIP.value)


def _rule_from_row(row: TaxRuleVersion) -> TaxRule:
    return parse_rule(json.loads(row.document), version=row.id)


async def stored_rules(session: AsyncSession) -> list[TaxRule]:
    rows = await session.scalars(select(TaxRuleVersion).order_by(TaxRuleVersion.id))
    return [DEFAULT_RULE, *(_rule_from_row(row) for row in rows)]


async def rule_on(session: AsyncSession, day: date) -> TaxRule:
    """The rule in force on a day (platform time)."""
    return rule_at(await stored_rules(session), day)


async def latest_rule(session: AsyncSession) -> TaxRule:
    """The rule set last (what `tax-rule show` prints; it may take effect later)."""
    rules = await stored_rules(session)
    return rules[-1]


async def store_rule(session: AsyncSession, rule: TaxRule, now: datetime, source: str = "",
                     *, actor: str) -> TaxRule:
    """Store a validated rule as a new version (audited in the same transaction). Refused
    if it would take effect before today: withholdings already made stand on their rule."""
    zone = ZoneInfo((await rate_card.current_card(session)).time_zone)
    today = now.astimezone(zone).date()
    if rule.effective_from < today:
        raise TaxRuleError(f"effective_from {rule.effective_from} is in the past: a rule can "
                           f"take effect today ({today}) or later, never before what was "
                           "already withheld.")
    before = await latest_rule(session)
    row = TaxRuleVersion(document=json.dumps(rule.to_document(), sort_keys=True,
                                             ensure_ascii=False),
                         effective_from=rule.effective_from, source=source[:300],
                         created_at=now)
    session.add(row)
    await session.flush()
    await audit.record(session, actor, "tax_rule.set", f"tax_rule:{row.id}",
                       {"version": before.version, **before.to_document()},
                       {"version": row.id, **rule.to_document()}, now=now)
    return _rule_from_row(row)


@dataclass(frozen=True)
class YearFigures:
    year: int
    services_fen: int
    tips_fen: int
    months: int  # months counted for the monthly deduction
    withheld_fen: int  # tax withheld this year (tax entries posted this year)

    @property
    def income_fen(self) -> int:
        return self.services_fen + self.tips_fen


def _local(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone)


async def year_figures(session: AsyncSession, responder_id: int, at: datetime,
                       zone: ZoneInfo) -> YearFigures:
    """The responder's tax-year figures as of `at`: income paid this year or pending (as
    if paid at `at`), the months counted, and what was withheld before."""
    local_at = _local(at, zone)
    year_start = datetime(local_at.year, 1, 1, tzinfo=zone).astimezone(UTC)
    # Plain columns, not ORM rows: a busy responder has thousands of entries a year.
    rows = (await session.execute(
        select(LedgerEntry.kind, LedgerEntry.created_at, LedgerEntry.gross_fen,
               LedgerEntry.commission_fen, LedgerEntry.tip_fen, LedgerEntry.tax_fen,
               Payout.created_at)
        .outerjoin(PayoutItem, PayoutItem.entry_id == LedgerEntry.id)
        .outerjoin(Payout, Payout.id == PayoutItem.payout_id)
        .where(LedgerEntry.responder_id == responder_id, LedgerEntry.created_at <= at,
               or_(PayoutItem.entry_id.is_(None), Payout.created_at >= year_start,
                   LedgerEntry.kind == EntryKind.TAX.value))
    )).all()
    services = tips = withheld = 0
    months: set[int] = set()
    for kind, posted_at, gross, commission, tip, tax, paid_at in rows:
        if kind == EntryKind.TAX.value:
            if posted_at >= year_start:
                withheld += tax
            continue
        moment = paid_at if paid_at is not None and paid_at <= at else at
        if moment < year_start:
            continue
        services += gross - commission
        tips += tip
        if kind in _EARNING_KINDS:
            posted = _local(posted_at, zone)
            months.add(posted.month if posted.year == local_at.year else 1)
    return YearFigures(local_at.year, services, tips, len(months), withheld)
