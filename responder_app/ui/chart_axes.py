"""Chart axes with labels we write ourselves (loaded only with the windows that chart).

QValueAxis formats its labels with a printf pattern, which mangles "¥" into "�"; a
QBarCategoryAxis with 30 dates elides every one of them to "⋮". So money and days are
QCategoryAxis labels placed on values: each text is made by `locale_format` and fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import QCategoryAxis
from PySide6.QtGui import QFont, QFontMetrics

from responder_app.ui import locale_format

__all__ = ["axis_labels", "day_axis", "nice_step", "value_axis", "whole_yuan"]


def whole_yuan(fen: int) -> str:
    """"¥14" (en, zh) / "14 ¥" (vi): an axis needs no cents."""
    point = locale_format.yuan(0)[1:2]  # the locale's decimal point
    return locale_format.money(fen - fen % 100).replace(f"{point}00", "", 1)


def nice_step(top: float, ticks: int = 4) -> int:
    """A round step (1, 2, 5 × 10ⁿ) so that `ticks` steps reach past `top`."""
    raw = max(1.0, top / ticks)
    magnitude = 1
    while magnitude * 10 <= raw:
        magnitude *= 10
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


def value_axis(top: float, label: object, ticks: int = 4) -> QCategoryAxis:
    """0 … past `top` in round steps, each labelled by `label(value)`."""
    step = nice_step(top, ticks)
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    value = 0
    end = max(step, -(-int(top) // step) * step)
    axis.setStartValue(-step / 1000)  # a category ends after it starts: 0 gets a label too
    while value <= end:
        axis.append(str(label(value)), value)  # type: ignore[operator]
        value += step
    axis.setRange(0, end)
    return axis


def day_axis(days: Sequence[date], font: QFont, plot_width: float) -> QCategoryAxis:
    """Bars or points at 0 … n-1, one per day: a real date under as many as fit (always
    today, the last), spaced evenly."""
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    n = len(days)
    axis.setRange(-0.5, max(0.5, n - 0.5))
    axis.setStartValue(-0.5)
    if not n:
        return axis
    labels = [locale_format.day_month(day) for day in days]
    widest = max(QFontMetrics(font).horizontalAdvance(text) for text in labels) + 12
    fit = max(1, int(plot_width // widest))
    every = next(step for step in (1, 2, 3, 5, 7, 10, 15, 30, n) if n / step <= fit or step == n)
    shown = sorted(range(n - 1, -1, -every))  # counted back from today: today is labelled
    unit = plot_width / n
    if len(shown) > 1 and (shown[0] + 0.5) * unit < widest:
        shown = shown[1:]  # too near the axis's start to be written whole
    for i in shown:
        axis.append(labels[i], i)
    return axis


def axis_labels(axis: QCategoryAxis) -> list[str]:
    """The labels an axis shows, in order along it (tests read them)."""
    return sorted(axis.categoriesLabels(), key=axis.endValue)
