"""Wire models for a responder's statements: what they earned, what was withheld and what
was paid, for a month or any period. Money is integer fen. Shared by the backend and the app.

Routes (responder's bearer token):
- `GET /api/v1/statements` → `StatementList` (one per month with anything on it, newest first)
- `GET /api/v1/statements/{period}` → `Statement` (period "2026-11": a calendar month,
  written exactly so: "2026-1" is refused, so one month has one address)
- `GET /api/v1/statements/range?start=2026-11-01&end=2026-11-15` → `Statement` (any days)

Every figure is the sum of the period's ledger entries (posting time, platform time zone);
`entries` lists them. Identity appears masked only.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

from responder_wire.earnings import LedgerEntryOut

__all__ = ["MONTH_PERIOD", "Statement", "StatementList", "StatementPayout", "StatementSummary",
           "YearToDate"]


MONTH_PERIOD = r"[0-9]{4}-(0[1-9]|1[0-2])"  # "2026-01": four digits, a dash, two digits


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class StatementPayout(_Response):
    payout_id: int
    paid_at: datetime
    amount_fen: int
    channel: str = ""  # "wechat" | "alipay" | "sandbox"; "" when recorded by hand
    reference: str = ""  # the provider's transfer number, or the operator's reference


class YearToDate(_Response):
    """The tax year up to the period's end, as the withholding counts it."""

    year: int
    income_fen: int  # services (after the platform's fee) + tips
    months: int  # months counted for the ¥5,000 monthly deduction
    tax_fen: int  # withheld this year


class StatementSummary(_Response):
    period: str  # "2026-11": always MONTH_PERIOD
    start: date
    end: date
    sessions: int
    gross_fen: int
    tax_fen: int
    net_fen: int


class StatementList(_Response):
    time_zone: str
    statements: list[StatementSummary]


class Statement(_Response):
    period: str  # "2026-11", or "2026-11-01..2026-11-15" for a range
    start: date  # inclusive, platform time zone
    end: date  # inclusive
    time_zone: str
    currency: str
    generated_at: datetime
    platform_legal_name: str  # the operator's, from RESPONDER_PLATFORM_LEGAL_NAME
    platform_credit_code: str  # 统一社会信用代码, from RESPONDER_PLATFORM_CREDIT_CODE
    responder_name: str  # the display name
    real_name_mask: str = ""  # "" when no identity is on file
    id_number_mask: str = ""
    sessions: int
    day_sessions: int
    night_sessions: int
    gross_fen: int  # session prices (day and night)
    commission_fen: int  # the platform's fee
    tip_fen: int
    refunds_fen: int  # refunds to clients taken back (net, negative or 0)
    corrections_fen: int  # other corrections (net, signed)
    income_fen: int  # gross - commission + tip + refunds + corrections
    tax_fen: int  # income tax withheld
    net_fen: int  # income - tax
    paid_out_fen: int  # payouts made in the period
    pending_fen: int  # of this period's entries, not yet paid out
    year_to_date: YearToDate
    payouts: list[StatementPayout]
    entries: list[LedgerEntryOut]  # oldest first
