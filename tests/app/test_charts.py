"""The statistics and earnings charts, read from the chart objects: "¥" on the earnings
axis (not "�"), real dates under the days (not "⋮"), today's reply speed drawn even when
it is the only day with answers, whole histogram labels, a goal bar that is a progress
bar, and Escape closing both windows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionProgressBar
from pytestqt.qtbot import QtBot

from responder_app.features.earnings.panel import EarningsPanel
from responder_app.features.reply_speed.stats_panel import StatsPanel
from responder_app.ui.chart_axes import axis_labels
from responder_wire.earnings import DailyEarnings, EarningsSummary, PeriodEarnings
from responder_wire.reply_speed import (
    HISTOGRAM_EDGES_S,
    DailyReplySpeed,
    HistogramBucket,
    PeriodReplySpeed,
    ReplySpeedStats,
)

TODAY = date(2026, 11, 25)


def _earnings() -> EarningsSummary:
    daily = [DailyEarnings(day=TODAY - timedelta(days=29 - i), net_fen=1400 + (i % 6) * 2150,
                           sessions=1 + i % 6) for i in range(30)]
    period = PeriodEarnings(net_fen=14_00, sessions=1, online_seconds=3600)
    return EarningsSummary(time_zone="Asia/Shanghai", currency="CNY",
                           generated_at=datetime(2026, 11, 25, 12, tzinfo=UTC), today=period,
                           week=period, month=PeriodEarnings(net_fen=412_300, sessions=80,
                                                             online_seconds=0),
                           pending_fen=0, paid_fen=0, daily=daily)


def _stats() -> ReplySpeedStats:
    """A new responder: the first answers were today."""
    period = PeriodReplySpeed(clients=3, answered=3, median_s=9.0, p90_s=21.0,
                              within_10s_share=2 / 3, within_30s_share=1.0, reassigned=0)
    edges = list(HISTOGRAM_EDGES_S)
    histogram = [HistogramBucket(from_s=a, to_s=b, count=i % 3)
                 for i, (a, b) in enumerate(zip(edges, [*edges[1:], None], strict=True))]
    daily = [DailyReplySpeed(day=TODAY - timedelta(days=29 - i), clients=0, answered=0)
             for i in range(29)]
    daily.append(DailyReplySpeed(day=TODAY, clients=3, answered=3, median_s=9.0, p90_s=21.0))
    return ReplySpeedStats(time_zone="Asia/Shanghai", generated_at=datetime(
        2026, 11, 25, 12, tzinfo=UTC), today=period, week=period, histogram=histogram,
        daily=daily, days=30)


@pytest.fixture
def earnings(qtbot: QtBot, themed_app: QApplication) -> Iterator[EarningsPanel]:
    panel = EarningsPanel(goal_fen=1_000_000)
    qtbot.addWidget(panel)
    panel.resize(760, 720)
    panel.show()
    panel.show_summary(_earnings())
    QApplication.processEvents()
    yield panel


@pytest.fixture
def stats(qtbot: QtBot, themed_app: QApplication) -> Iterator[StatsPanel]:
    panel = StatsPanel()
    qtbot.addWidget(panel)
    panel.resize(880, 720)
    panel.show()
    panel.show_stats(_stats())
    QApplication.processEvents()
    yield panel


def test_the_earnings_axis_shows_yuan_and_real_days(earnings: EarningsPanel) -> None:
    assert earnings.y_axis is not None and earnings.x_axis is not None
    money = axis_labels(earnings.y_axis)
    assert money[0] == "¥0" and all(label.startswith("¥") for label in money)
    assert not any("\ufffd" in label for label in money)
    assert int(money[-1][1:].replace(",", "")) * 100 >= max(d.net_fen for d in _earnings().daily)
    days = axis_labels(earnings.x_axis)
    assert days[-1] == "11/25"  # today is labelled
    assert len(days) >= 5 and all("/" in label and "⋮" not in label for label in days)
    # every date fits in the room it has (one label per so many bars)
    font = earnings.x_axis.labelsFont()
    plot = earnings.chart.plotArea().width()
    room = plot / len(days)
    assert all(QFontMetrics(font).horizontalAdvance(label) < room for label in days)


def test_the_daily_trend_draws_today_alone(stats: StatsPanel) -> None:
    series = [s for s in stats.trend_chart.series() if isinstance(s, QLineSeries)]
    assert [s.count() for s in series] == [1, 1]  # today's median and p90
    assert all(s.pointsVisible() for s in series)  # a single day shows as a point
    assert stats.trend_axis is not None
    assert axis_labels(stats.trend_axis)[-1] == "11/25"
    point = series[0].at(0)
    assert stats.trend_axis.min() < point.x() < stats.trend_axis.max()


def test_histogram_labels_are_whole(stats: StatsPanel) -> None:
    axis = stats.histogram_axis
    assert axis is not None
    labels = axis.categories()
    assert labels[0] == "0–5 s" and labels[4] == "30–60 s" and labels[-1] == "90 s+"
    # QtCharts elides a bar label to a little less than its bar's share of the plot
    room = stats.histogram_chart.plotArea().width() / (len(labels) + 1) - 12
    font = axis.labelsFont()
    assert all(QFontMetrics(font).horizontalAdvance(label) < room for label in labels)


def test_a_narrow_histogram_keeps_its_labels_whole_without_the_unit(stats: StatsPanel) -> None:
    stats.resize(760, 720)
    QApplication.processEvents()
    axis = stats.histogram_axis
    assert axis is not None
    labels = axis.categories()
    room = stats.histogram_chart.plotArea().width() / (len(labels) + 1) - 12
    fm = QFontMetrics(axis.labelsFont())
    assert all(fm.horizontalAdvance(label) < room for label in labels)
    if labels[0] != "0–5 s":  # too narrow for the unit: the title carries it
        assert labels[-1] == "90+" and axis.titleText() == "seconds to the first reply"


def test_the_goal_bar_is_drawn_as_a_progress_bar(earnings: EarningsPanel) -> None:
    bar = earnings.ui.goalProgress
    assert bar.value() == 41
    image = bar.grab().toImage()
    # the filled part is the accent green, the rest is the pale track
    y = image.height() // 2
    filled = image.pixelColor(int(image.width() * 0.2), y)
    empty = image.pixelColor(int(image.width() * 0.8), y)
    assert filled.green() > filled.red() + 40, filled.name()
    assert empty.lightness() > 200 and empty != filled
    option = QStyleOptionProgressBar()
    bar.initStyleOption(option)
    groove = bar.style().subElementRect(QStyle.SubElement.SE_ProgressBarGroove, option, bar)
    assert groove.height() >= 8


def test_escape_closes_the_statistics_and_earnings_windows(
    earnings: EarningsPanel, stats: StatsPanel, qtbot: QtBot
) -> None:
    for window in (earnings, stats):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        QTest.keyClick(window, Qt.Key.Key_Escape)
        assert not window.isVisible()
