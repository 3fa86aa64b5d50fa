"""Money, durations, dates and times as each of the app's languages writes them
(ui/locale_format.py, through QLocale)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from responder_app.ui import locale_format as fmt

EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
ZH = QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript,
             QLocale.Country.China)
VI = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
NBSP = "\u00a0"


@pytest.mark.parametrize(("locale", "fen", "text"), [
    (EN, 12345, "¥123.45"), (EN, 123456789, "¥1,234,567.89"), (EN, -150, "-¥1.50"),
    (EN, 0, "¥0.00"), (EN, 5, "¥0.05"),
    (ZH, 12345, "¥123.45"), (ZH, 1_000_000, "¥10,000.00"), (ZH, -150, "-¥1.50"),
    (VI, 12345, f"123,45{NBSP}¥"), (VI, 123456789, f"1.234.567,89{NBSP}¥"),
    (VI, -150, f"-1,50{NBSP}¥"),
])
def test_money_in_yuan_from_fen(locale: QLocale, fen: int, text: str) -> None:
    assert fmt.money(fen, locale) == text


@pytest.mark.parametrize(("locale", "seconds", "text"), [
    (EN, 7.8, "7 s"), (EN, 0, "0 s"), (EN, 95, "1:35"), (EN, 3661, "1:01:01"),
    (ZH, 59.9, "59 s"), (ZH, 60, "1:00"), (VI, 12, "12 s"), (VI, -3, "0 s"),
])
def test_durations(qapp: object, locale: QLocale, seconds: float, text: str) -> None:
    # without a translator installed the unit is the English source ("s"); the Chinese
    # and Vietnamese units come from the .qm (test_language.py sees them in the app)
    assert fmt.duration(seconds, locale) == text
    assert fmt.clock(75) == "1:15"


@pytest.mark.parametrize(("locale", "short", "long", "day_month"), [
    (EN, "3/7/25", "Friday, March 7, 2025", "3/7"),
    (ZH, "2025/3/7", "2025年3月7日星期五", "3/7"),
    (VI, "7/3/25", "Thứ Sáu, 7 tháng 3, 2025", "7/3"),
])
def test_dates(locale: QLocale, short: str, long: str, day_month: str) -> None:
    day = date(2025, 3, 7)
    assert fmt.short_date(day, locale) == short
    assert fmt.long_date(day, locale) == long
    assert fmt.day_month(day, locale) == day_month


@pytest.mark.parametrize(("locale", "text"), [
    (EN, "2:05\u202fPM"), (ZH, "14:05"), (VI, "14:05"),
])
def test_times_in_the_zone_they_carry(locale: QLocale, text: str) -> None:
    assert fmt.short_time(datetime(2025, 3, 7, 14, 5), locale) == text


@pytest.mark.parametrize(("locale", "number", "share", "rating"), [
    (EN, "12,345", "50%", "4.5"), (ZH, "12,345", "50%", "4.5"), (VI, "12.345", "50%", "4,5"),
])
def test_numbers(locale: QLocale, number: str, share: str, rating: str) -> None:
    assert fmt.number(12345, locale) == number
    assert fmt.percent(0.5, locale) == share
    assert fmt.percent(None, locale) == "—"
    assert fmt.rating(4.5, locale) == rating
