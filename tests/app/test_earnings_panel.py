"""Earnings in the app: money formatting in integer fen, the live rate line against the
server's clock in the platform's time zone (also on a PC set to another zone), the CSV
export reading back to the same totals, and the panel showing a seeded ledger's figures.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from responder_app.features.earnings.ledger import (
    csv_totals,
    format_fen,
    goal_percent,
    ledger_csv,
    ledger_totals,
    ms_until_next_minute,
    per_hour_fen,
    window_now,
)
from responder_app.features.earnings.panel import EarningsPanel
from responder_app.services.server_clock import ServerClock
from responder_wire.earnings import (
    DailyEarnings,
    EarningsSummary,
    EntryKind,
    EntryStatus,
    LedgerEntryOut,
    PeriodEarnings,
    RateCardOut,
    RateWindow,
    WindowPrices,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
CARD = RateCardOut(
    version=3, currency="CNY", time_zone="Asia/Shanghai", commission_bp=2000,
    windows=[
        WindowPrices(window=RateWindow.DAY, start="08:00", end="22:00",
                     prices_fen={15: 990, 30: 1500, 60: 2800}),
        WindowPrices(window=RateWindow.NIGHT, start="22:00", end="08:00",
                     prices_fen={15: 1290, 30: 1900, 60: 3500}),
    ],
)


def sh(year: int, month: int, day: int, hour: int, minute: int = 0, second: int = 0
       ) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=SHANGHAI)


@pytest.mark.parametrize(("fen", "text"), [
    (0, "¥0.00"), (1, "¥0.01"), (99, "¥0.99"), (100, "¥1.00"), (1234, "¥12.34"),
    (1_000_000, "¥10,000.00"), (123_456_789, "¥1,234,567.89"), (-150, "-¥1.50"),
    (-1, "-¥0.01"),
])
def test_money_is_formatted_from_integer_fen(fen: int, text: str) -> None:
    assert format_fen(fen) == text


# (server time, window now, next window, change at (platform time), minutes left)
LINES = [
    (sh(2026, 3, 10, 21, 37), RateWindow.DAY, RateWindow.NIGHT, "22:00", 23),
    (sh(2026, 3, 10, 21, 59, 59), RateWindow.DAY, RateWindow.NIGHT, "22:00", 1),
    (sh(2026, 3, 10, 22, 0, 0), RateWindow.NIGHT, RateWindow.DAY, "08:00", 600),
    (sh(2026, 3, 11, 7, 59, 0), RateWindow.NIGHT, RateWindow.DAY, "08:00", 1),
    (sh(2026, 3, 11, 8, 0, 0), RateWindow.DAY, RateWindow.NIGHT, "22:00", 840),
    (sh(2026, 12, 31, 23, 59, 59), RateWindow.NIGHT, RateWindow.DAY, "08:00", 481),
    (sh(2027, 1, 1, 0, 0, 0), RateWindow.NIGHT, RateWindow.DAY, "08:00", 480),
    (sh(2026, 1, 31, 21, 30), RateWindow.DAY, RateWindow.NIGHT, "22:00", 30),
]


@pytest.mark.parametrize(("now", "window", "upcoming", "at", "minutes"), LINES)
def test_the_rate_window_now_and_when_it_changes(
    now: datetime, window: RateWindow, upcoming: RateWindow, at: str, minutes: int
) -> None:
    status = window_now(CARD, now.astimezone(UTC))
    assert (status.window, status.next_window, status.change_local, status.minutes_left) == (
        window, upcoming, at, minutes)
    assert status.prices_fen[15] == (990 if window == RateWindow.DAY else 1290)


@pytest.fixture
def pc_in_new_york() -> Iterator[None]:
    """This PC's own time zone is New York (the process's local time)."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.mark.parametrize(("server_time", "pc_clock_off_by_h", "window", "minutes"), [
    (sh(2026, 3, 10, 21, 37), 0, RateWindow.DAY, 23),
    (sh(2026, 3, 10, 21, 37), -13, RateWindow.DAY, 23),  # the PC's clock is hours off too
    (sh(2026, 3, 10, 22, 0, 30), 5, RateWindow.NIGHT, 600),
])
def test_a_pc_in_another_time_zone_sees_the_platforms_windows(
    pc_in_new_york: None, server_time: datetime, pc_clock_off_by_h: int, window: RateWindow,
    minutes: int,
) -> None:
    assert time.localtime().tm_zone in ("EST", "EDT")
    pc_ms = (server_time.timestamp() + pc_clock_off_by_h * 3600) * 1000
    clock = ServerClock(local_ms=lambda: pc_ms)
    clock.observe(server_time.timestamp() * 1000)  # the X-Server-Time of the last response
    status = window_now(CARD, clock.now())
    assert (status.window, status.minutes_left) == (window, minutes)


def test_the_line_wakes_on_the_next_whole_minute() -> None:
    assert ms_until_next_minute(sh(2026, 3, 10, 21, 37, 0)) == 60_000
    assert ms_until_next_minute(sh(2026, 3, 10, 21, 37, 59).replace(microsecond=500_000)) \
        == 500


@pytest.mark.parametrize(("net", "online_s", "hourly"), [
    (3000, 3600, 3000), (3000, 7200, 1500), (1000, 5400, 667), (0, 60, 0), (500, 0, None),
])
def test_earnings_per_hour_online(net: int, online_s: int, hourly: int | None) -> None:
    assert per_hour_fen(net, online_s) == hourly


@pytest.mark.parametrize(("earned", "goal", "percent"), [
    (0, 1_000_000, 0), (812_345, 1_000_000, 81), (1_000_000, 1_000_000, 100),
    (1_250_000, 1_000_000, 125), (-500, 1_000_000, 0),
])
def test_goal_progress(earned: int, goal: int, percent: int) -> None:
    assert goal_percent(earned, goal) == percent


def _entry(entry_id: int, kind: EntryKind, at: datetime, gross: int, commission: int,
           tip: int, alias: str = "Mei", status: EntryStatus = EntryStatus.PENDING,
           note: str = "") -> LedgerEntryOut:
    return LedgerEntryOut(
        id=entry_id, kind=kind, created_at=at.astimezone(UTC), conversation_id=f"c-{entry_id}",
        alias=alias, length_minutes=30 if kind == EntryKind.SESSION else None,
        window=RateWindow.NIGHT if kind == EntryKind.SESSION else None, gross_fen=gross,
        commission_fen=commission, tip_fen=tip, net_fen=gross - commission + tip,
        status=status, payout_id=7 if status == EntryStatus.PAID else None, note=note,
    )


LEDGER = [
    _entry(1, EntryKind.SESSION, sh(2026, 12, 31, 23, 59, 59), 1900, 380, 0, "小雨",
           EntryStatus.PAID),
    _entry(2, EntryKind.SESSION, sh(2027, 1, 1, 0, 0, 0), 1900, 380, 500, "=HYPERLINK(\"x\")"),
    _entry(3, EntryKind.TIP, sh(2027, 1, 1, 0, 30), 0, 0, 288, "Lan, \"the\" tester"),
    _entry(4, EntryKind.CORRECTION, sh(2027, 1, 2, 9, 0), -200, -40, 0, "Mei",
           note="wrong length,\nrefunded"),
]


def test_the_exported_csv_reads_back_to_the_same_totals(tmp_path: object) -> None:
    text = ledger_csv(LEDGER, "Asia/Shanghai")
    totals = csv_totals(text)
    assert totals == ledger_totals(LEDGER)
    assert (totals.entries, totals.net_fen) == (4, 1520 + 2020 + 288 - 160)
    assert totals.gross_fen - totals.commission_fen + totals.tip_fen == totals.net_fen
    lines = text.splitlines()
    assert lines[0].startswith("entry_id,posted_at,kind,status")
    assert "2026-12-31T23:59:59+08:00" in lines[1] and ",paid," in lines[1]
    assert "2027-01-01T00:00:00+08:00" in lines[2]
    assert "'=HYPERLINK" in text  # client text never becomes a spreadsheet formula
    assert "15.20" in lines[1]  # the net in yuan beside the fen, for reading


def _summary() -> EarningsSummary:
    today = date(2027, 1, 2)
    daily = [DailyEarnings(day=today - timedelta(days=29 - i), net_fen=(i % 5) * 1000,
                           sessions=i % 5) for i in range(30)]
    return EarningsSummary(
        time_zone="Asia/Shanghai", currency="CNY", generated_at=sh(2027, 1, 2, 21, 37),
        today=PeriodEarnings(net_fen=12_345, sessions=7, online_seconds=3 * 3600),
        week=PeriodEarnings(net_fen=123_456, sessions=60, online_seconds=30 * 3600),
        month=PeriodEarnings(net_fen=812_345, sessions=401, online_seconds=0),
        pending_fen=250_000, paid_fen=562_345, daily=daily,
    )


@pytest.fixture
def panel(qapp: QApplication) -> Iterator[EarningsPanel]:
    widget = EarningsPanel(goal_fen=1_000_000)
    yield widget
    widget.deleteLater()


def test_the_panel_shows_a_seeded_ledgers_figures(panel: EarningsPanel) -> None:
    panel.show_summary(_summary())
    assert [panel.figure(n) for n in ("todayNet", "weekNet", "monthNet")] == [
        "¥123.45", "¥1,234.56", "¥8,123.45"]
    assert [panel.figure(n) for n in ("todaySessions", "weekSessions", "monthSessions")] == [
        "7", "60", "401"]
    assert panel.figure("todayPerHour") == "¥41.15/h"  # 12345 fen over 3 hours
    assert panel.figure("weekPerHour") == "¥41.15/h"
    assert panel.figure("monthPerHour") == "—"  # never online this month
    assert panel.figure("pendingValue") == "¥2,500.00"
    assert panel.figure("paidValue") == "¥5,623.45"
    assert panel.ui.goalProgress.value() == 81
    assert panel.figure("goalLabel") == "¥8,123.45 of ¥10,000.00 (81%)"
    assert panel.bars is not None and panel.bars.count() == 30
    assert [panel.bars.at(i) for i in range(5)] == [0, 10, 20, 30, 40]  # whole yuan
    assert "China Standard Time" in panel.figure("statusLabel")  # the zone in words


def test_the_goal_is_a_setting_and_moves_the_progress(panel: EarningsPanel) -> None:
    panel.show_summary(_summary())
    changed: list[int] = []
    panel.sig_goal_changed.connect(changed.append)
    panel.ui.goalSpin.setValue(8000)
    panel.ui.goalSpin.editingFinished.emit()
    assert changed == [800_000]
    assert panel.ui.goalProgress.value() == 100
    assert panel.figure("goalLabel") == "¥8,123.45 of ¥8,000.00 (101%)"


def test_the_rate_line_says_when_the_rate_changes(panel: EarningsPanel) -> None:
    panel.show_window(window_now(CARD, sh(2026, 3, 10, 21, 37)))
    line = panel.figure("rateLineLabel")
    assert line.startswith("Now: Day rate")
    assert "Night rate from 22:00, in 23 min." in line
    assert "15 min ¥9.90" in line
    panel.show_window(window_now(CARD, sh(2026, 3, 10, 22, 0)))
    assert "Day rate from 08:00, in 10 h 0 min." in panel.figure("rateLineLabel")


def test_an_export_range_that_ends_before_it_starts_is_refused(panel: EarningsPanel) -> None:
    requested: list[tuple[date, date]] = []
    panel.sig_export_requested.connect(lambda a, b: requested.append((a, b)))
    panel.set_export_range(date(2027, 1, 5), date(2027, 1, 1))
    panel.ui.exportButton.click()
    assert requested == []
    assert "ends before it starts" in panel.figure("statusLabel")
    panel.set_export_range(date(2027, 1, 1), date(2027, 1, 5))
    panel.ui.exportButton.click()
    assert requested == [(date(2027, 1, 1), date(2027, 1, 5))]
