"""The one typed wrapper over QSettings. No secrets here: tokens live in the OS keyring.

The core's own settings live here (account, window, the waiting clocks' thresholds, which
both the tab colours and the escalating alert read); each feature keeps its section in its
own `settings.py` over this store (`features/alerts/settings.py`, …)."""

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

    def get_str(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return value if isinstance(value, str) else default

    def get_bool(self, key: str, default: bool = False) -> bool:
        value = self._s.value(key, default)
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return default

    @property
    def server_url(self) -> str:
        return self.get_str("account/server_url", DEFAULT_SERVER_URL)

    @server_url.setter
    def server_url(self, value: str) -> None:
        self._s.setValue("account/server_url", value)

    @property
    def last_email(self) -> str:
        return self.get_str("account/last_email")

    @last_email.setter
    def last_email(self, value: str) -> None:
        self._s.setValue("account/last_email", value)

    @property
    def remember_me(self) -> bool:
        return self.get_bool("account/remember_me", False)

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

    @property
    def language(self) -> str:
        """"" follows the system; else "zh_CN", "vi" or "en" (see ui/language.py)."""
        value = self.get_str("app/language", "")
        return value if value in ("", "zh_CN", "vi", "en") else ""

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("app/language", value)

    # ---- typed access for the features' own settings sections ----------------------

    def get_int(self, key: str, default: int, low: int, high: int) -> int:
        value = self._s.value(key, default)
        try:
            number = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return default
        return min(high, max(low, number))

    def set_value(self, key: str, value: object) -> None:
        self._s.setValue(key, value)

    def contains(self, key: str) -> bool:
        return bool(self._s.contains(key))

    # ---- the waiting clocks' thresholds (the tab colours and the escalating alert) ----

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

    def sync(self) -> None:
        self._s.sync()

    def file_name(self) -> str:
        return self._s.fileName()
