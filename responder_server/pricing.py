"""The rate card: what a session costs, by length and by the day/night window it starts in.

Money is integer fen (¥0.01). The operator-editable card arrives with the earnings work;
until then this default card prices every session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class RateCard:
    time_zone: str = "Asia/Shanghai"
    day_starts: time = time(8, 0)
    night_starts: time = time(22, 0)
    day_prices_fen: dict[int, int] = field(default_factory=lambda: {15: 990, 30: 1500, 60: 2800})
    night_prices_fen: dict[int, int] = field(
        default_factory=lambda: {15: 1290, 30: 1900, 60: 3500}
    )

    def window(self, moment: datetime) -> str:
        local = moment.astimezone(ZoneInfo(self.time_zone)).time()
        return "day" if self.day_starts <= local < self.night_starts else "night"

    def price_fen(self, length_minutes: int, moment: datetime) -> int:
        prices = self.day_prices_fen if self.window(moment) == "day" else self.night_prices_fen
        return prices[length_minutes]


DEFAULT_RATE_CARD = RateCard()
