"""Numbers, money, durations, dates and times in the responder's chosen language.

Everything goes through `QLocale` of the language the app speaks (`ui/language.py` makes
it Qt's default locale when it installs the translators), so a Chinese responder sees
"¥1,234.50" and "2025/3/7", a Vietnamese one "1.234,50 ¥" and "7/3/25". Durations
read "7 秒" / "7 giây" under a minute and m:ss (h:mm:ss) beyond. A point in time is shown
in the time zone it is given in: the caller decides (the PC's zone for message times, the
platform's zone for the earnings days), the language never changes it.

Each function takes an optional `locale`; without one, Qt's default locale is used.
"""

from __future__ import annotations

import math
from datetime import date, datetime

from PySide6.QtCore import QByteArray, QCoreApplication, QDate, QLocale, QTime, QTimeZone

__all__ = [
    "clock",
    "day_month",
    "duration",
    "long_date",
    "minutes",
    "money",
    "number",
    "percent",
    "rating",
    "short_date",
    "short_time",
    "time_zone_name",
    "yuan",
]

def _locale(locale: QLocale | None) -> QLocale:
    if locale is None:
        locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no one's language (LANG=C): English
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def number(value: int, locale: QLocale | None = None) -> str:
    """1234 → "1,234" (en, zh) / "1.234" (vi)."""
    return _locale(locale).toString(int(value))


def yuan(fen: int, locale: QLocale | None = None) -> str:
    """The amount in yuan with two decimals and the locale's separators, no symbol."""
    loc = _locale(locale)
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{loc.toString(whole)}{loc.decimalPoint()}{cents:02d}"


def money(fen: int, locale: QLocale | None = None) -> str:
    """Fen as yuan with ¥ where the locale puts a currency symbol: "¥1,234.50" (en, zh),
    "1.234,50 ¥" (vi). Integer arithmetic only, so no amount is ever rounded."""
    loc = _locale(locale)
    amount = yuan(abs(int(fen)), loc)
    sign = "-" if fen < 0 else ""
    if loc.language() == QLocale.Language.Vietnamese:
        return f"{sign}{amount}\u00a0¥"
    return f"{sign}¥{amount}"


def clock(seconds: float) -> str:
    """m:ss, from an hour h:mm:ss (the same digits in every language)."""
    whole = max(0, math.floor(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def duration(seconds: float, locale: QLocale | None = None) -> str:
    """"7 s" / "7 秒" / "7 giây" under a minute, else m:ss."""
    whole = max(0, math.floor(seconds))
    if whole >= 60:
        return clock(whole)
    return QCoreApplication.translate("Formatting", "%1 s").replace("%1", number(whole, locale))


def minutes(value: int, locale: QLocale | None = None) -> str:
    """"25 min" / "25 分钟" / "25 phút"."""
    return QCoreApplication.translate("Formatting", "%1 min").replace("%1", number(value, locale))


def percent(share: float | None, locale: QLocale | None = None) -> str:
    """0.5 → "50%"; None → "—"."""
    if share is None:
        return "—"
    return f"{number(round(share * 100), locale)}%"


def rating(average: float, locale: QLocale | None = None) -> str:
    """4.5 → "4.5" (en, zh) / "4,5" (vi)."""
    return _locale(locale).toString(float(average), "f", 1)


def _qdate(day: date | datetime) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day: date | datetime, locale: QLocale | None = None) -> str:
    """With the year: "3/7/25" (en), "2025/3/7" (zh), "7/3/25" (vi)."""
    return _locale(locale).toString(_qdate(day), QLocale.FormatType.ShortFormat)


def long_date(day: date | datetime, locale: QLocale | None = None) -> str:
    """"Friday, March 7, 2025" / "2025年3月7日星期五" / "Thứ Sáu, 7 tháng 3, 2025"."""
    return _locale(locale).toString(_qdate(day), QLocale.FormatType.LongFormat)


def day_month(day: date | datetime, locale: QLocale | None = None) -> str:
    """Day and month only, in the locale's order (chart axes): "3/7" (en, zh), "7/3" (vi)."""
    loc = _locale(locale)
    day_first = loc.dateFormat(QLocale.FormatType.ShortFormat).lower().lstrip("'").startswith(
        "d")
    return f"{day.day}/{day.month}" if day_first else f"{day.month}/{day.day}"


def short_time(moment: datetime, locale: QLocale | None = None) -> str:
    """Hours and minutes as the locale writes them: "2:05 PM" (en), "14:05" (zh, vi). The
    moment is shown in the zone it carries."""
    return _locale(locale).toString(QTime(moment.hour, moment.minute),
                                    QLocale.FormatType.ShortFormat)


def time_zone_name(zone_id: str, locale: QLocale | None = None) -> str:
    """An IANA zone in words: "Asia/Shanghai" → "China Standard Time" / "中国标准时间" /
    "Giờ Chuẩn Trung Quốc" (the id itself if Qt does not know it)."""
    zone = QTimeZone(QByteArray(zone_id.encode()))
    if not zone.isValid():
        return zone_id
    name = zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                            _locale(locale))
    return name or zone_id
