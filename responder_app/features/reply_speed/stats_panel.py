"""The reply-speed statistics panel (Designer form + QtCharts): today's and this week's
median and 90th-percentile first reply, shares answered within 10 s / 30 s, a histogram
and a 30-day trend. It shows a `ReplySpeedStats` from the backend; it never computes."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QShowEvent
from PySide6.QtWidgets import QWidget

from responder_app.features.reply_speed.clocks import format_first_reply
from responder_app.ui import locale_format
from responder_app.ui.ui_stats_panel import Ui_StatsPanel
from responder_wire.reply_speed import PeriodReplySpeed, ReplySpeedStats

__all__ = ["StatsPanel"]


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(8)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    return chart, view


class StatsPanel(QWidget):
    sig_refresh_requested = Signal()  # shown, or asked to refresh

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # QtCharts costs ~20 MB: loaded when the panel first opens, not at start-up.
        self.ui = Ui_StatsPanel()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.stats: ReplySpeedStats | None = None
        self.histogram_chart, self.histogram_view = _chart(
            self.tr("First replies, last 30 days"))
        self.trend_chart, self.trend_view = _chart(self.tr("Daily median and 90th percentile"))
        self.ui.histogramLayout.addWidget(self.histogram_view)
        self.ui.trendLayout.addWidget(self.trend_view)
        self.show_loading()

    def add_section(self, widget: QWidget) -> None:
        """Another feature's section (through the host), above the status line."""
        self.ui.statsLayout.insertWidget(self.ui.statsLayout.indexOf(self.ui.statusLabel),
                                         widget)

    # ---- what it shows ------------------------------------------------------------------

    def show_loading(self) -> None:
        if self.stats is None:
            self.ui.statusLabel.setText(self.tr("Loading your reply speed…"))

    def show_error(self, message: str) -> None:
        self.ui.statusLabel.setText(message)

    def show_stats(self, stats: ReplySpeedStats) -> None:
        self.stats = stats
        self._show_period(stats.today, "today")
        self._show_period(stats.week, "week")
        self._show_histogram(stats)
        self._show_trend(stats)
        self.ui.statusLabel.setText(
            self.tr("Days are counted in %1 time. Updates as you answer.")
            .replace("%1", stats.time_zone))

    def figure(self, name: str) -> str:
        """The text of one figure label, e.g. figure("todayMedian") (handy for tests)."""
        label = getattr(self.ui, name)
        return str(label.text())

    def _show_period(self, period: PeriodReplySpeed, prefix: str) -> None:
        def seconds(value: float | None) -> str:
            return "—" if value is None else format_first_reply(value)

        def share(value: float | None) -> str:
            return locale_format.percent(value)

        ui = self.ui
        getattr(ui, f"{prefix}Median").setText(seconds(period.median_s))
        getattr(ui, f"{prefix}P90").setText(seconds(period.p90_s))
        getattr(ui, f"{prefix}Clients").setText(
            self.tr("%1 (%2 answered)").replace("%1", str(period.clients))
            .replace("%2", str(period.answered)))
        getattr(ui, f"{prefix}Within10").setText(share(period.within_10s_share))
        getattr(ui, f"{prefix}Within30").setText(share(period.within_30s_share))
        getattr(ui, f"{prefix}Reassigned").setText(str(period.reassigned))

    def _show_histogram(self, stats: ReplySpeedStats) -> None:
        chart = self.histogram_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(self.tr("First replies"))
        bars.setColor(QColor("#4f5bd5"))
        labels = []
        for bucket in stats.histogram:
            bars.append(bucket.count)
            # each bar named by where it starts: "0", "5", … "90+" (the axis says seconds)
            labels.append(str(bucket.from_s) if bucket.to_s is not None
                          else f"{bucket.from_s}+")
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(labels)
        x_axis.setTitleText(self.tr("seconds to the first reply"))
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%d")
        most = max([1, *(b.count for b in stats.histogram)])
        y_axis.setRange(0, -(-most // 4) * 4)  # whole numbers on every tick
        y_axis.setTickCount(5)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)

    def _show_trend(self, stats: ReplySpeedStats) -> None:
        chart = self.trend_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        median = QLineSeries()
        median.setName(self.tr("Median"))
        p90 = QLineSeries()
        p90.setName(self.tr("90th percentile"))
        top = 10.0
        for i, day in enumerate(stats.daily):
            if day.median_s is not None:
                median.append(i, day.median_s)
            if day.p90_s is not None:
                p90.append(i, day.p90_s)
                top = max(top, day.p90_s)
        median.setColor(QColor("#4f5bd5"))
        p90.setColor(QColor("#b45309"))
        for series in (median, p90):
            chart.addSeries(series)
        x_axis = QValueAxis()
        x_axis.setRange(0, max(1, len(stats.daily) - 1))
        x_axis.setLabelFormat("%d")
        x_axis.setTitleText(self.tr("days ago → today"))
        x_axis.setLabelsVisible(False)
        y_axis = QValueAxis()
        y_axis.setRange(0, top * 1.1)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("seconds"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (median, p90):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sig_refresh_requested.emit()
