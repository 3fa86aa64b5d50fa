"""The reply-speed statistics panel (Designer form + QtCharts): today's and this week's
median and 90th-percentile first reply, shares answered within 10 s / 30 s, a histogram
and a 30-day trend. It shows a `ReplySpeedStats` from the backend; it never computes."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QWidget

from responder_app.features.reply_speed.clocks import format_first_reply
from responder_app.ui import locale_format
from responder_app.ui.chart_axes import day_axis, value_axis
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
        self.histogram_axis: QBarCategoryAxis | None = None  # tests read the labels
        self.trend_axis: QCategoryAxis | None = None
        self._charted_width = -1
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)  # a secondary window
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
            self.tr("Days are counted in %1. Updates as you answer.")
            .replace("%1", locale_format.time_zone_name(stats.time_zone)))

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
            labels.append(self.bucket_label(bucket.from_s, bucket.to_s))
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        small = QFont(chart.font())
        small.setPointSizeF(8.5)
        x_axis = QBarCategoryAxis()
        x_axis.setLabelsFont(small)
        # QtCharts elides a label to a little less than its bar's share of the plot; where
        # "20–30 s" would not fit whole, the bars say "20–30" and the title says seconds
        view = self.histogram_view.width() if self.histogram_view.isVisible() else (
            self.width() * 0.55)
        room = (view - 70) / (len(labels) + 1) - 12
        if labels and max(QFontMetrics(small).horizontalAdvance(t) for t in labels) > room:
            labels = [self.bucket_label(b.from_s, b.to_s, unit=False) for b in stats.histogram]
            x_axis.setTitleText(self.tr("seconds to the first reply"))
        else:
            x_axis.setTitleText(self.tr("time to the first reply"))
        x_axis.append(labels)
        most = max([1, *(b.count for b in stats.histogram)])
        y_axis = value_axis(most, str)  # whole numbers on every tick
        self.histogram_axis = x_axis
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
            # a day alone (today, the first day with answers) is a point, not an empty line
            series.setPointsVisible(True)
            series.setMarkerSize(9)
            chart.addSeries(series)
        view = self.trend_view.width() if self.trend_view.isVisible() else self.width() * 0.4
        x_axis = day_axis([day.day for day in stats.daily], chart.font(),
                          max(160.0, view - 90.0))
        self._charted_width = self.trend_view.width()
        x_axis.setTitleText(self.tr("Day"))
        y_axis = value_axis(top * 1.1, str)
        y_axis.setTitleText(self.tr("seconds"))
        self.trend_axis = x_axis
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (median, p90):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.stats is not None and self.trend_view.width() != self._charted_width:
            self._show_trend(self.stats)  # as many dates as now fit
            self._show_histogram(self.stats)  # with units if they now fit

    def bucket_label(self, from_s: int, to_s: int | None, *, unit: bool = True) -> str:
        """ "0–5 s", "30–60 s", "90 s+" (without the unit: "30–60", "90+") """
        if not unit:
            return f"{from_s}+" if to_s is None else f"{from_s}–{to_s}"
        if to_s is None:
            return self.tr("%1 s+").replace("%1", str(from_s))
        return self.tr("%1–%2 s").replace("%1", str(from_s)).replace("%2", str(to_s))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sig_refresh_requested.emit()
