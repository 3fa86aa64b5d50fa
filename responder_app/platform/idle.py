"""Seconds since the last keyboard or mouse input on the whole computer, per platform:
Windows asks GetLastInputInfo, macOS IOKit's HIDIdleTime (written, not run here), X11
its screen-saver extension (features/alerts/idle.py). None where it cannot be known
(Wayland): the app then counts input to its own windows."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

__all__ = ["macos_idle_seconds", "windows_idle_seconds"]


class LASTINPUTINFO(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32)]


def windows_idle_seconds(user32: Any = None, kernel32: Any = None) -> float | None:
    """GetLastInputInfo's tick against GetTickCount (both wrap after 49.7 days, so the
    difference is taken modulo 2**32). The DLLs are injectable for tests."""
    if user32 is None or kernel32 is None:
        if sys.platform != "win32":
            return None
        user32 = ctypes.windll.user32  # type: ignore[attr-defined]
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    info = LASTINPUTINFO()
    info.cbSize = ctypes.sizeof(LASTINPUTINFO)
    if not user32.GetLastInputInfo(ctypes.byref(info)):
        return None
    now = int(kernel32.GetTickCount()) & 0xFFFFFFFF
    return ((now - int(info.dwTime)) & 0xFFFFFFFF) / 1000.0


def macos_idle_seconds(run: Any = None) -> float | None:
    """IOKit's HIDIdleTime (nanoseconds), read with `ioreg` (macOS; not run here)."""
    import subprocess

    run = run or subprocess.run
    try:
        done = run(["ioreg", "-c", "IOHIDSystem", "-d", "4"], capture_output=True,
                   text=True, timeout=2)
    except (OSError, subprocess.SubprocessError):
        return None
    for line in done.stdout.splitlines():
        if '"HIDIdleTime"' in line:
            try:
                return int(line.rsplit("=", 1)[1].strip()) / 1e9
            except ValueError:
                return None
    return None
