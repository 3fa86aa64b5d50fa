"""Start at sign-in, when the responder asks for it (Preferences → Notifications):
Windows: a value under HKCU\\...\\Run; Linux: an XDG autostart entry in
~/.config/autostart; macOS: a LaunchAgent (written, not run here). Each removes exactly
what it added; the Windows uninstaller removes the Run value too."""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any, Protocol

__all__ = ["Autostart", "autostart", "launch_command"]

NAME = "Responder"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
LAUNCH_AGENT_ID = "app.responder.desktop"


class Autostart(Protocol):
    def enabled(self) -> bool: ...

    def set_enabled(self, on: bool) -> None: ...


def launch_command() -> list[str]:
    """How this app is started again: the frozen program itself, or Python with the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "responder_app"]


class WindowsRunKey:
    def __init__(self, command: list[str], winreg: Any = None) -> None:
        if winreg is None:
            import winreg as real  # type: ignore[import-not-found,unused-ignore]

            winreg = real
        self.reg = winreg
        self.command = subprocess.list2cmdline(command)

    def enabled(self) -> bool:
        try:
            with self.reg.OpenKey(self.reg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = self.reg.QueryValueEx(key, NAME)
        except OSError:
            return False
        return bool(value)

    def set_enabled(self, on: bool) -> None:
        with self.reg.CreateKeyEx(self.reg.HKEY_CURRENT_USER, RUN_KEY, 0,
                                  self.reg.KEY_SET_VALUE) as key:
            if on:
                self.reg.SetValueEx(key, NAME, 0, self.reg.REG_SZ, self.command)
            else:
                with contextlib.suppress(FileNotFoundError):
                    self.reg.DeleteValue(key, NAME)


class XdgAutostart:
    def __init__(self, command: list[str], config_home: Path | None = None) -> None:
        base = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.path = base / "autostart" / "responder.desktop"
        self.command = shlex.join(command)

    def enabled(self) -> bool:
        return self.path.exists()

    def set_enabled(self, on: bool) -> None:
        if not on:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(
            "[Desktop Entry]\nType=Application\nName=Responder\n"
            f"Exec={self.command}\nIcon=responder\nX-GNOME-Autostart-enabled=true\n",
            encoding="utf-8")


class LaunchAgent:
    """macOS (written, not run here): ~/Library/LaunchAgents/<id>.plist, RunAtLoad."""

    def __init__(self, command: list[str], home: Path | None = None) -> None:
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_ID}.plist"
        self.command = command

    def enabled(self) -> bool:
        return self.path.exists()

    def set_enabled(self, on: bool) -> None:
        import plistlib

        if not on:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(plistlib.dumps(
            {"Label": LAUNCH_AGENT_ID, "ProgramArguments": self.command, "RunAtLoad": True}))


def autostart(platform: str | None = None) -> Autostart:
    platform = platform or sys.platform
    command = launch_command()
    if platform == "win32":
        return WindowsRunKey(command)
    if platform == "darwin":
        return LaunchAgent(command)
    return XdgAutostart(command)
