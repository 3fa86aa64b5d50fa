"""Wire models for money: the rate card, the earnings ledger, tips and the earnings summary.

Money is integer fen (¥0.01) everywhere: every `*_fen` field is an `int`, never a float.
Shared by the backend (`/api/v1/rates`, `/api/v1/earnings/...`, the tip endpoint) and the app.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from responder_wire.payments import CheckoutStarted, PayMethod
from responder_wire.strict import StrictRequest

__all__ = [
    "EARNINGS_CHANGED",
    "MAX_TIP_FEN",
    "DailyEarnings",
    "EarningsSummary",
    "EntryKind",
    "EntryStatus",
    "LedgerEntryOut",
    "LedgerPage",
    "PeriodEarnings",
    "RateCardOut",
    "RateWindow",
    "RatesOut",
    "TipCreate",
    "TipOut",
    "WindowPrices",
]

# The SSE event type sent to a responder when their ledger changes (data: LedgerEntryOut,
# or {"payout_id": ...} after a payout). Also a member of `EventType`.
EARNINGS_CHANGED = "earnings.changed"
MAX_TIP_FEN = 100_000  # ¥1,000: a larger tip is almost certainly a typo


class _Model(StrictRequest):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class RateWindow(StrEnum):
    DAY = "day"
    NIGHT = "night"


class WindowPrices(_Response):
    window: RateWindow
    start: str  # "HH:MM" in the platform's time zone; the window runs until the other starts
    end: str
    prices_fen: dict[int, int]  # session length in minutes -> price in fen


class RateCardOut(_Response):
    version: int  # 0: the built-in default card
    currency: str  # "CNY"
    time_zone: str  # the platform's time zone, e.g. "Asia/Shanghai"
    commission_bp: int  # the platform's commission in basis points (2000 = 20 %)
    windows: list[WindowPrices]
    # The commission on chats a responder brought through their page; None: commission_bp.
    page_commission_bp: int | None = None


class RatesOut(_Response):
    """`GET /rates`: the card, and which window applies now (by the server's clock)."""

    card: RateCardOut
    server_time: datetime
    current_window: RateWindow
    current_since: datetime
    next_window: RateWindow
    next_change_at: datetime


class EntryKind(StrEnum):
    SESSION = "session"  # a closed paid session (with any tips given before it closed)
    TIP = "tip"  # a tip given after the session closed
    CORRECTION = "correction"  # the operator corrects an earlier entry (signed amounts)
    TAX = "tax"  # income tax withheld at a payout (tax_fen > 0, net_fen = -tax_fen)


class EntryStatus(StrEnum):
    PENDING = "pending"  # owed to the responder
    IN_FLIGHT = "in_flight"  # on a payout line sent and not yet arrived (or come back)
    PAID = "paid"  # included in a payout that arrived (or one recorded by hand)


class LedgerEntryOut(_Response):
    """One immutable ledger entry.
    Always: net_fen == gross_fen - commission_fen + tip_fen - tax_fen."""

    id: int
    kind: EntryKind
    created_at: datetime  # when it was posted; periods and days count by this
    conversation_id: str | None = None
    alias: str = ""
    length_minutes: int | None = None
    window: RateWindow | None = None
    gross_fen: int
    commission_fen: int
    tip_fen: int
    tax_fen: int = 0
    net_fen: int
    status: EntryStatus
    payout_id: int | None = None
    corrects_entry_id: int | None = None
    note: str = ""


class LedgerPage(_Response):
    time_zone: str
    start: date  # inclusive, platform's time zone
    end: date  # inclusive
    entries: list[LedgerEntryOut]  # oldest first


class PeriodEarnings(_Response):
    net_fen: int = 0
    gross_fen: int = 0
    commission_fen: int = 0
    tip_fen: int = 0
    sessions: int = 0
    online_seconds: int = 0  # time spent online (availability) in the period


class DailyEarnings(_Response):
    day: date  # in the platform's time zone
    net_fen: int
    sessions: int


class EarningsSummary(_Response):
    time_zone: str
    currency: str
    generated_at: datetime
    today: PeriodEarnings
    week: PeriodEarnings  # since Monday 00:00, platform time
    month: PeriodEarnings  # since the 1st, 00:00, platform time
    pending_fen: int  # all entries not yet paid out
    paid_fen: int  # all entries paid out
    daily: list[DailyEarnings]  # oldest first, `days` entries ending today


class TipCreate(_Model):
    amount_fen: int = Field(gt=0, le=MAX_TIP_FEN, strict=True)
    # Chosen by the client so a retried tip is stored once (like message ids).
    tip_id: uuid.UUID | None = None
    method: PayMethod | None = None  # how the client pays it (None: the server's default)


class TipOut(_Response):
    id: str
    conversation_id: str
    amount_fen: int
    created_at: datetime
    # "credited": paid and on the responder's ledger; "pending": waiting for the client to
    # pay it (`payment` says how); it is credited once the provider says paid.
    status: str = "credited"
    payment: CheckoutStarted | None = None
