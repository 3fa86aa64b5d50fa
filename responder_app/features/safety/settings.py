"""The safety section of the settings: blurring abusive messages, when to suggest a block
or a break, the daily cap, and the day's tally kept on this PC."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from responder_app.features.safety.guard import DayTally, GuardRules
from responder_app.settings import AppSettings

__all__ = ["SafetySettings"]


class SafetySettings:
    def __init__(self, store: AppSettings) -> None:
        self.store = store

    def sync(self) -> None:
        self.store.sync()

    @property
    def blur_abusive(self) -> bool:
        """Show messages that look abusive blurred until clicked."""
        return self.store.get_bool("safety/blur_abusive", True)

    @blur_abusive.setter
    def blur_abusive(self, value: bool) -> None:
        self.store.set_value("safety/blur_abusive", bool(value))

    @property
    def suggest_block_after(self) -> int:
        """Flagged messages in one chat before the app suggests Block."""
        return self.store.get_int("safety/suggest_block_after", 3, 1, 20)

    @suggest_block_after.setter
    def suggest_block_after(self, value: int) -> None:
        self.store.set_value("safety/suggest_block_after", int(value))

    @property
    def stretch_minutes(self) -> int:
        """Suggest a break after this long online without one (0: never)."""
        return self.store.get_int("safety/stretch_minutes", 120, 0, 720)

    @stretch_minutes.setter
    def stretch_minutes(self, value: int) -> None:
        self.store.set_value("safety/stretch_minutes", int(value))

    @property
    def break_minutes(self) -> int:
        """Time away that counts as a break."""
        return self.store.get_int("safety/break_minutes", 10, 1, 120)

    @break_minutes.setter
    def break_minutes(self, value: int) -> None:
        self.store.set_value("safety/break_minutes", int(value))

    @property
    def heavy_nudge(self) -> bool:
        """Suggest a break right after a chat flagged abusive or crisis."""
        return self.store.get_bool("safety/heavy_nudge", True)

    @heavy_nudge.setter
    def heavy_nudge(self, value: bool) -> None:
        self.store.set_value("safety/heavy_nudge", bool(value))

    @property
    def pause_minutes(self) -> int:
        """How long "Pause new clients" lasts unless chosen otherwise."""
        return self.store.get_int("safety/pause_minutes", 15, 5, 240)

    @pause_minutes.setter
    def pause_minutes(self, value: int) -> None:
        self.store.set_value("safety/pause_minutes", int(value))

    @property
    def cap_hours(self) -> int:
        """Daily cap of hours online (0: none)."""
        return self.store.get_int("safety/cap_hours", 0, 0, 24)

    @cap_hours.setter
    def cap_hours(self, value: int) -> None:
        self.store.set_value("safety/cap_hours", int(value))

    @property
    def cap_sessions(self) -> int:
        """Daily cap of chats (0: none)."""
        return self.store.get_int("safety/cap_sessions", 0, 0, 200)

    @cap_sessions.setter
    def cap_sessions(self, value: int) -> None:
        self.store.set_value("safety/cap_sessions", int(value))

    def rules(self) -> GuardRules:
        return GuardRules(stretch_s=self.stretch_minutes * 60.0,
                          break_s=self.break_minutes * 60.0, heavy_nudge=self.heavy_nudge,
                          cap_hours=float(self.cap_hours), cap_sessions=self.cap_sessions)

    # ---- the day's tally ----------------------------------------------------------------

    def load_tally(self, today: date) -> DayTally:
        raw = self.store.get_str("safety/day_tally", "")
        try:
            data: Any = json.loads(raw) if raw else {}
        except ValueError:
            data = {}
        return DayTally.from_dict(data, today) if isinstance(data, dict) else DayTally(today)

    def save_tally(self, tally: DayTally) -> None:
        self.store.set_value("safety/day_tally", json.dumps(tally.to_dict()))
