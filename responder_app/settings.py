"""The one typed wrapper over QSettings. No secrets here: tokens live in the OS keyring."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

__all__ = ["DEFAULT_SERVER_URL", "AppSettings"]

DEFAULT_SERVER_URL = "https://responder.example.com"


class AppSettings:
    """`AppSettings()` uses the app's native settings; pass a `QSettings` (e.g. an INI file
    in a temp dir) to isolate tests or demo mode."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings if qsettings is not None else QSettings("Responder", "Responder")

    @classmethod
    def in_file(cls, path: str) -> AppSettings:
        return cls(QSettings(path, QSettings.Format.IniFormat))

    @property
    def qsettings(self) -> QSettings:
        return self._s

    def data_dir(self) -> Path:
        """Where the app keeps files of its own (note drafts, unsent replies): beside an
        INI settings file (tests, demo), else in the user's data directory."""
        if self._s.format() == QSettings.Format.IniFormat and self._s.fileName():
            return Path(self._s.fileName()).parent
        return Path(platformdirs.user_data_dir("Responder", "Responder"))

    def _str(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return value if isinstance(value, str) else default

    def _bool(self, key: str, default: bool = False) -> bool:
        value = self._s.value(key, default)
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return default

    @property
    def server_url(self) -> str:
        return self._str("account/server_url", DEFAULT_SERVER_URL)

    @server_url.setter
    def server_url(self, value: str) -> None:
        self._s.setValue("account/server_url", value)

    @property
    def last_email(self) -> str:
        return self._str("account/last_email")

    @last_email.setter
    def last_email(self, value: str) -> None:
        self._s.setValue("account/last_email", value)

    @property
    def remember_me(self) -> bool:
        return self._bool("account/remember_me", False)

    @remember_me.setter
    def remember_me(self, value: bool) -> None:
        self._s.setValue("account/remember_me", bool(value))

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    # ---- alerts and presence (notifications, sound, do-not-disturb, idle, capacity) ----

    def _int(self, key: str, default: int, low: int, high: int) -> int:
        value = self._s.value(key, default)
        try:
            number = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return default
        return min(high, max(low, number))

    @property
    def notify_hide_text(self) -> bool:
        """Privacy: notifications show the alias but never the client's words."""
        return self._bool("alerts/hide_text", False)

    @notify_hide_text.setter
    def notify_hide_text(self, value: bool) -> None:
        self._s.setValue("alerts/hide_text", bool(value))

    @property
    def sound_muted(self) -> bool:
        return self._bool("alerts/sound_muted", False)

    @sound_muted.setter
    def sound_muted(self, value: bool) -> None:
        self._s.setValue("alerts/sound_muted", bool(value))

    @property
    def sound_volume(self) -> int:
        """0..100."""
        return self._int("alerts/sound_volume", 80, 0, 100)

    @sound_volume.setter
    def sound_volume(self, value: int) -> None:
        self._s.setValue("alerts/sound_volume", min(100, max(0, int(value))))

    @property
    def dnd_enabled(self) -> bool:
        return self._bool("alerts/dnd_enabled", False)

    @dnd_enabled.setter
    def dnd_enabled(self, value: bool) -> None:
        self._s.setValue("alerts/dnd_enabled", bool(value))

    @property
    def dnd_start(self) -> str:
        """"HH:MM" local time."""
        return self._str("alerts/dnd_start", "22:00")

    @dnd_start.setter
    def dnd_start(self, value: str) -> None:
        self._s.setValue("alerts/dnd_start", value)

    @property
    def dnd_end(self) -> str:
        return self._str("alerts/dnd_end", "08:00")

    @dnd_end.setter
    def dnd_end(self, value: str) -> None:
        self._s.setValue("alerts/dnd_end", value)

    @property
    def away_after_minutes(self) -> int:
        """Go away after this many minutes without input (0: never)."""
        return self._int("presence/away_after_minutes", 5, 0, 240)

    @away_after_minutes.setter
    def away_after_minutes(self, value: int) -> None:
        self._s.setValue("presence/away_after_minutes", min(240, max(0, int(value))))

    @property
    def max_concurrent(self) -> int:
        """The responder's own cap on concurrent chats (sent to the server)."""
        return self._int("presence/max_concurrent", 3, 1, 10)

    @max_concurrent.setter
    def max_concurrent(self, value: int) -> None:
        self._s.setValue("presence/max_concurrent", min(10, max(1, int(value))))

    @property
    def max_concurrent_chosen(self) -> bool:
        """Whether the responder set their cap here (else the server's value stands)."""
        return bool(self._s.contains("presence/max_concurrent"))

    # ---- reply speed (waiting clocks, tab order, assignment mode) ----

    def _seconds(self, key: str, default: int) -> int:
        value = self._s.value(key, default)
        try:
            number = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return default
        return number if 1 <= number <= 7200 else default

    @property
    def waiting_amber_s(self) -> int:
        """A waiting client's tab turns amber after this many seconds."""
        return self._seconds("reply_speed/amber_s", 30)

    @waiting_amber_s.setter
    def waiting_amber_s(self, value: int) -> None:
        self._s.setValue("reply_speed/amber_s", int(value))

    @property
    def waiting_red_s(self) -> int:
        return self._seconds("reply_speed/red_s", 60)

    @waiting_red_s.setter
    def waiting_red_s(self, value: int) -> None:
        self._s.setValue("reply_speed/red_s", int(value))

    @property
    def longest_waiting_first(self) -> bool:
        return self._bool("reply_speed/longest_waiting_first", False)

    @longest_waiting_first.setter
    def longest_waiting_first(self, value: bool) -> None:
        self._s.setValue("reply_speed/longest_waiting_first", bool(value))

    @property
    def accept_mode(self) -> bool:
        """New clients wait for "Take" instead of being assigned automatically."""
        return self._bool("reply_speed/accept_mode", False)

    @accept_mode.setter
    def accept_mode(self, value: bool) -> None:
        self._s.setValue("reply_speed/accept_mode", bool(value))

    # ---- earnings ----

    @property
    def earnings_goal_fen(self) -> int:
        """The monthly earnings goal in fen (default ¥10,000)."""
        return self._int("earnings/goal_fen", 1_000_000, 10_000, 100_000_000)

    @earnings_goal_fen.setter
    def earnings_goal_fen(self, value: int) -> None:
        self._s.setValue("earnings/goal_fen", min(100_000_000, max(10_000, int(value))))

    def sync(self) -> None:
        self._s.sync()

    def file_name(self) -> str:
        return self._s.fileName()
