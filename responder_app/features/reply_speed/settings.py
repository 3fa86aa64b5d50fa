"""The reply-speed section of the settings: tab order and assignment mode (the clocks'
thresholds are the core's, `AppSettings.waiting_amber_s` / `waiting_red_s`)."""

from __future__ import annotations

from responder_app.settings import AppSettings

__all__ = ["ReplySpeedSettings"]


class ReplySpeedSettings:
    def __init__(self, store: AppSettings) -> None:
        self.store = store

    def sync(self) -> None:
        self.store.sync()

    @property
    def longest_waiting_first(self) -> bool:
        return self.store.get_bool("reply_speed/longest_waiting_first", False)

    @longest_waiting_first.setter
    def longest_waiting_first(self, value: bool) -> None:
        self.store.set_value("reply_speed/longest_waiting_first", bool(value))

    @property
    def accept_mode(self) -> bool:
        """New clients wait for "Take" instead of being assigned automatically."""
        return self.store.get_bool("reply_speed/accept_mode", False)

    @accept_mode.setter
    def accept_mode(self, value: bool) -> None:
        self.store.set_value("reply_speed/accept_mode", bool(value))

    @property
    def waiting_amber_s(self) -> int:
        return self.store.waiting_amber_s

    @waiting_amber_s.setter
    def waiting_amber_s(self, value: int) -> None:
        self.store.waiting_amber_s = value

    @property
    def waiting_red_s(self) -> int:
        return self.store.waiting_red_s

    @waiting_red_s.setter
    def waiting_red_s(self, value: int) -> None:
        self.store.waiting_red_s = value
