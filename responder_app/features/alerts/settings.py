"""The alerts section of the settings: notifications, sound, quiet hours, idle-away and
the responder's own chat cap."""

from __future__ import annotations

from responder_app.settings import AppSettings

__all__ = ["AlertSettings"]


class AlertSettings:
    def __init__(self, store: AppSettings) -> None:
        self.store = store

    def sync(self) -> None:
        self.store.sync()

    @property
    def notify_hide_text(self) -> bool:
        """Privacy: notifications show the alias but never the client's words."""
        return self.store.get_bool("alerts/hide_text", False)

    @notify_hide_text.setter
    def notify_hide_text(self, value: bool) -> None:
        self.store.set_value("alerts/hide_text", bool(value))

    @property
    def sound_muted(self) -> bool:
        return self.store.get_bool("alerts/sound_muted", False)

    @sound_muted.setter
    def sound_muted(self, value: bool) -> None:
        self.store.set_value("alerts/sound_muted", bool(value))

    @property
    def sound_volume(self) -> int:
        """0..100."""
        return self.store.get_int("alerts/sound_volume", 80, 0, 100)

    @sound_volume.setter
    def sound_volume(self, value: int) -> None:
        self.store.set_value("alerts/sound_volume", min(100, max(0, int(value))))

    @property
    def dnd_enabled(self) -> bool:
        return self.store.get_bool("alerts/dnd_enabled", False)

    @dnd_enabled.setter
    def dnd_enabled(self, value: bool) -> None:
        self.store.set_value("alerts/dnd_enabled", bool(value))

    @property
    def dnd_start(self) -> str:
        """"HH:MM" local time."""
        return self.store.get_str("alerts/dnd_start", "22:00")

    @dnd_start.setter
    def dnd_start(self, value: str) -> None:
        self.store.set_value("alerts/dnd_start", value)

    @property
    def dnd_end(self) -> str:
        return self.store.get_str("alerts/dnd_end", "08:00")

    @dnd_end.setter
    def dnd_end(self, value: str) -> None:
        self.store.set_value("alerts/dnd_end", value)

    @property
    def away_after_minutes(self) -> int:
        """Go away after this many minutes without input (0: never)."""
        return self.store.get_int("presence/away_after_minutes", 5, 0, 240)

    @away_after_minutes.setter
    def away_after_minutes(self, value: int) -> None:
        self.store.set_value("presence/away_after_minutes", min(240, max(0, int(value))))

    @property
    def waiting_amber_s(self) -> int:
        """The core's amber threshold: a client waiting this long is alerted again."""
        return self.store.waiting_amber_s
