"""The earnings section of the settings: the monthly goal."""

from __future__ import annotations

from responder_app.settings import AppSettings

__all__ = ["EarningsSettings"]


class EarningsSettings:
    def __init__(self, store: AppSettings) -> None:
        self.store = store

    def sync(self) -> None:
        self.store.sync()

    @property
    def earnings_goal_fen(self) -> int:
        """The monthly earnings goal in fen (default ¥10,000)."""
        return self.store.get_int("earnings/goal_fen", 1_000_000, 10_000, 100_000_000)

    @earnings_goal_fen.setter
    def earnings_goal_fen(self, value: int) -> None:
        self.store.set_value("earnings/goal_fen", min(100_000_000, max(10_000, int(value))))
