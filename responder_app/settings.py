"""The one typed wrapper over QSettings. No secrets here: tokens live in the OS keyring."""

from __future__ import annotations

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

    def sync(self) -> None:
        self._s.sync()

    def file_name(self) -> str:
        return self._s.fileName()
