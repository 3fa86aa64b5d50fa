"""Earnings arithmetic for the app, pure (no Qt): money formatting in integer fen, the rate
window now and when it changes, goal progress, earnings per hour online, and the ledger's
CSV export (and reading it back, so its totals can be checked).

Everything time-related is computed against the *server's* clock (`ServerClock.now()`), in
the *platform's* time zone from the rate card — never the PC's own clock or zone, so a
responder whose PC is set to another zone sees the same windows as everyone else.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from responder_app.services.i18n import translate
from responder_wire.earnings import LedgerEntryOut, RateCardOut, RateWindow

__all__ = [
    "CSV_COLUMNS",
    "DEFAULT_GOAL_FEN",
    "CsvTotals",
    "WindowNow",
    "csv_headers",
    "csv_totals",
    "format_fen",
    "goal_percent",
    "ledger_csv",
    "ledger_totals",
    "ms_until_next_minute",
    "per_hour_fen",
    "window_now",
]

DEFAULT_GOAL_FEN = 1_000_000  # ¥10,000 a month
MONEY_COLUMNS = ("gross_fen", "commission_fen", "tip_fen", "net_fen")
CSV_COLUMNS = ("entry_id", "posted_at", "kind", "status", "conversation_id", "alias",
               "length_minutes", "window", *MONEY_COLUMNS, "net_cny", "payout_id",
               "corrects_entry_id", "note")


def format_fen(fen: int, symbol: str = "¥") -> str:
    """12345 -> "¥123.45"; -150 -> "-¥1.50"; 1000000 -> "¥10,000.00". Integer math only."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{symbol}{yuan:,}.{cents:02d}"


def _plain_cny(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan}.{cents:02d}"


def goal_percent(earned_fen: int, goal_fen: int) -> int:
    """Whole percent of the goal reached (floored; may pass 100)."""
    if goal_fen <= 0:
        return 100
    return max(0, earned_fen) * 100 // goal_fen


def per_hour_fen(net_fen: int, online_seconds: int) -> int | None:
    """Net earnings per hour online, rounded half up (None when never online)."""
    if online_seconds <= 0:
        return None
    numerator = net_fen * 3600
    return (numerator * 2 + online_seconds) // (2 * online_seconds)


# ---- the rate window now --------------------------------------------------------------------


@dataclass(frozen=True)
class WindowNow:
    window: RateWindow  # the window that applies now
    next_window: RateWindow
    changes_at: datetime  # UTC
    change_local: str  # "22:00", platform time
    minutes_left: int  # whole minutes until the change, rounded up (at least 1)
    prices_fen: dict[int, int]  # prices in the current window


def _hhmm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def window_now(card: RateCardOut, now: datetime) -> WindowNow:
    """Which window the card puts `now` (the server's clock) in, and when it changes."""
    zone = ZoneInfo(card.time_zone)
    local = now.astimezone(zone)
    starts = {w.window: _hhmm(w.start) for w in card.windows}
    prices = {w.window: w.prices_fen for w in card.windows}
    day_start, night_start = starts[RateWindow.DAY], starts[RateWindow.NIGHT]
    clock = local.time().replace(tzinfo=None)
    if day_start < night_start:
        is_day = day_start <= clock < night_start
    else:
        is_day = clock >= day_start or clock < night_start
    current = RateWindow.DAY if is_day else RateWindow.NIGHT
    other = RateWindow.NIGHT if is_day else RateWindow.DAY
    at = starts[other]
    change = None
    for offset in range(3):
        d = local.date() + timedelta(days=offset)
        candidate = datetime(d.year, d.month, d.day, at.hour, at.minute, tzinfo=zone)
        if candidate > local:
            change = candidate
            break
    assert change is not None
    left_s = (change - local).total_seconds()
    minutes = max(1, int(-(-left_s // 60)))
    return WindowNow(current, other, change.astimezone(UTC), f"{at.hour:02d}:{at.minute:02d}",
                     minutes, prices[current])


def ms_until_next_minute(now: datetime) -> int:
    """Milliseconds until the server clock's next whole minute (when the line may change)."""
    into = now.second * 1000 + now.microsecond // 1000
    return 60_000 - into


# ---- the ledger as CSV ------------------------------------------------------------------------


@dataclass(frozen=True)
class CsvTotals:
    entries: int
    gross_fen: int
    commission_fen: int
    tip_fen: int
    net_fen: int


def ledger_totals(entries: Iterable[LedgerEntryOut]) -> CsvTotals:
    rows = list(entries)
    return CsvTotals(len(rows), sum(e.gross_fen for e in rows),
                     sum(e.commission_fen for e in rows), sum(e.tip_fen for e in rows),
                     sum(e.net_fen for e in rows))


def _cell(text: str) -> str:
    """Client text could start a spreadsheet formula: make it plain text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_headers() -> list[str]:
    """The CSV's header row in the app's language (English: the column names as ever);
    one per `CSV_COLUMNS`, in its order."""
    return [
        translate("Ledger", "entry_id"), translate("Ledger", "posted_at"),
        translate("Ledger", "kind"), translate("Ledger", "status"),
        translate("Ledger", "conversation_id"), translate("Ledger", "alias"),
        translate("Ledger", "length_minutes"), translate("Ledger", "window"),
        translate("Ledger", "gross_fen"), translate("Ledger", "commission_fen"),
        translate("Ledger", "tip_fen"), translate("Ledger", "net_fen"),
        translate("Ledger", "net_cny"), translate("Ledger", "payout_id"),
        translate("Ledger", "corrects_entry_id"), translate("Ledger", "note"),
    ]


def ledger_csv(entries: Iterable[LedgerEntryOut], time_zone: str) -> str:
    """The ledger for bookkeeping: one row per entry, amounts in integer fen (and the net
    in yuan for reading), times in the platform's time zone; the header row in the app's
    language."""
    zone = ZoneInfo(time_zone)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(csv_headers())
    for e in entries:
        writer.writerow([
            e.id, e.created_at.astimezone(zone).isoformat(timespec="seconds"), e.kind.value,
            e.status.value, e.conversation_id or "", _cell(e.alias),
            "" if e.length_minutes is None else e.length_minutes,
            e.window.value if e.window else "", e.gross_fen, e.commission_fen, e.tip_fen,
            e.net_fen, _plain_cny(e.net_fen), "" if e.payout_id is None else e.payout_id,
            "" if e.corrects_entry_id is None else e.corrects_entry_id, _cell(e.note),
        ])
    return out.getvalue()


def csv_totals(text: str) -> CsvTotals:
    """Read an exported CSV back and add its money columns up (integer fen). Columns are
    found by position: the header row is in whichever language exported it."""
    rows = csv.reader(io.StringIO(text))
    next(rows, None)  # the header row
    where = {column: CSV_COLUMNS.index(column) for column in MONEY_COLUMNS}
    count = 0
    sums = dict.fromkeys(MONEY_COLUMNS, 0)
    for row in rows:
        if not row:
            continue
        count += 1
        for column, index in where.items():
            sums[column] += int(row[index])
    return CsvTotals(count, sums["gross_fen"], sums["commission_fen"], sums["tip_fen"],
                     sums["net_fen"])


def default_export_range(today: date) -> tuple[date, date]:
    """The month so far."""
    return today.replace(day=1), today
