"""The earnings panel (Designer form + QtCharts): net earnings today / this week / this
month, sessions and earnings per hour online, pending and paid, progress toward the
monthly goal, the last 30 days as a bar chart, the live rate line ("Night rate from 22:00,
in 23 min") and the CSV export range. It shows what the backend and the pure services
computed; every amount is integer fen, turned into ¥ text only here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView
from PySide6.QtCore import QDate, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QWidget

from responder_app.features.earnings.ledger import (
    WindowNow,
    goal_percent,
    per_hour_fen,
)
from responder_app.ui import locale_format
from responder_app.ui.chart_axes import day_axis, value_axis, whole_yuan
from responder_app.ui.ui_earnings_panel import Ui_EarningsPanel
from responder_wire.earnings import EarningsSummary, PeriodEarnings, RateWindow

__all__ = ["EarningsPanel"]


def _as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class EarningsPanel(QWidget):
    sig_refresh_requested = Signal()  # shown: fetch fresh figures
    sig_export_requested = Signal(object, object)  # start date, end date (inclusive)
    sig_goal_changed = Signal(int)  # the monthly goal in fen

    def __init__(self, goal_fen: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EarningsPanel()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.summary: EarningsSummary | None = None
        self.goal_fen = goal_fen
        self.ui.goalSpin.setValue(goal_fen // 100)
        self.chart = QChart()
        self.chart.setTitle(self.tr("Net earnings, last 30 days"))
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(8)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.ui.chartLayout.addWidget(self.chart_view)
        self.bars: QBarSet | None = None
        self.x_axis: QCategoryAxis | None = None  # the days (tests read its labels)
        self.y_axis: QCategoryAxis | None = None  # the yuan
        self._charted_width = -1
        self.ui.exportButton.clicked.connect(self._export_clicked)
        self.ui.goalSpin.editingFinished.connect(self._goal_edited)
        self.ui.statusLabel.setText(self.tr("Loading your earnings…"))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)  # a secondary window

    # ---- what it shows ------------------------------------------------------------------

    def figure(self, name: str) -> str:
        """The text of one label, e.g. figure("monthNet") (handy for tests)."""
        return str(getattr(self.ui, name).text())

    def add_section(self, section: QWidget) -> None:
        """Another feature's section (through the host), under pending and paid."""
        layout = self.ui.earningsLayout
        layout.insertWidget(layout.indexOf(self.ui.owedLayout) + 1, section)

    def show_error(self, message: str) -> None:
        self.ui.statusLabel.setText(message)

    def set_export_range(self, start: date, end: date) -> None:
        self.ui.exportFrom.setDate(QDate(start.year, start.month, start.day))
        self.ui.exportTo.setDate(QDate(end.year, end.month, end.day))

    def show_summary(self, summary: EarningsSummary) -> None:
        self.summary = summary
        self._show_period(summary.today, "today")
        self._show_period(summary.week, "week")
        self._show_period(summary.month, "month")
        self.ui.pendingValue.setText(locale_format.money(summary.pending_fen))
        self.ui.paidValue.setText(locale_format.money(summary.paid_fen))
        self._show_goal()
        self._show_chart(summary)
        zone = locale_format.time_zone_name(summary.time_zone)
        self.ui.statusLabel.setText(
            self.tr("Amounts after the platform's commission; tips are yours in full. Days "
                    "are counted in %1.").replace("%1", zone))

    def show_window(self, now: WindowNow | None) -> None:
        if now is None:
            self.ui.rateLineLabel.setText("")
            return
        current = self.tr("Day rate") if now.window == RateWindow.DAY else self.tr("Night rate")
        upcoming = (self.tr("night rate") if now.next_window == RateWindow.NIGHT
                    else self.tr("day rate"))
        if now.minutes_left >= 60:
            hours, minutes = divmod(now.minutes_left, 60)
            left = self.tr("in %1 h %2 min").replace("%1", str(hours)).replace(
                "%2", str(minutes))
        else:
            left = self.tr("in %1 min").replace("%1", str(now.minutes_left))
        prices = " · ".join(
            self.tr("%1 min %2").replace("%1", str(length)).replace("%2", locale_format.money(fen))
            for length, fen in sorted(now.prices_fen.items()))
        self.ui.rateLineLabel.setText(
            self.tr("Now: %1 (%2). %3 from %4, %5.").replace("%1", current)
            .replace("%2", prices).replace("%3", upcoming[:1].upper() + upcoming[1:])
            .replace("%4", now.change_local).replace("%5", left))

    def _show_period(self, period: PeriodEarnings, prefix: str) -> None:
        ui = self.ui
        getattr(ui, f"{prefix}Net").setText(locale_format.money(period.net_fen))
        getattr(ui, f"{prefix}Sessions").setText(locale_format.number(period.sessions))
        hourly = per_hour_fen(period.net_fen, period.online_seconds)
        getattr(ui, f"{prefix}PerHour").setText(
            "—" if hourly is None else self.tr("%1/h").replace("%1", locale_format.money(hourly)))

    def _show_goal(self) -> None:
        earned = self.summary.month.net_fen if self.summary is not None else 0
        percent = goal_percent(earned, self.goal_fen)
        self.ui.goalProgress.setValue(min(100, percent))
        self.ui.goalLabel.setText(
            self.tr("%1 of %2 (%3%)").replace("%1", locale_format.money(earned))
            .replace("%2", locale_format.money(self.goal_fen)).replace("%3", str(percent)))

    def _show_chart(self, summary: EarningsSummary) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(self.tr("Net"))
        bars.setColor(QColor("#2f855a"))
        top = 0
        for day in summary.daily:
            bars.append(day.net_fen / 100)  # yuan for the bar height only
            top = max(top, day.net_fen)
        self.bars = bars
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        # "¥14", not "�14"; real dates, not "⋮" (see ui/chart_axes.py)
        y_axis = value_axis(top / 100, lambda yuan: whole_yuan(int(yuan) * 100))
        days = [day.day for day in summary.daily]
        x_axis = day_axis(days, chart.font(), self._plot_width())
        x_axis.setTitleText(self.tr("Day"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        self.x_axis, self.y_axis = x_axis, y_axis
        self._charted_width = self.chart_view.width()

    def _plot_width(self) -> float:
        # before the first layout the view has no width yet: the window's own
        return max(240.0, max(self.chart_view.width(), self.width() - 60) - 90.0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.summary is not None and self.chart_view.width() != self._charted_width:
            self._show_chart(self.summary)  # as many dates as now fit

    # ---- input --------------------------------------------------------------------------

    def _goal_edited(self) -> None:
        fen = self.ui.goalSpin.value() * 100
        if fen != self.goal_fen:
            self.goal_fen = fen
            self._show_goal()
            self.sig_goal_changed.emit(fen)

    def _export_clicked(self) -> None:
        start = _as_date(self.ui.exportFrom.date())
        end = _as_date(self.ui.exportTo.date())
        if end < start:
            self.ui.statusLabel.setText(self.tr("The export range ends before it starts."))
            return
        self.sig_export_requested.emit(start, end)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sig_refresh_requested.emit()
