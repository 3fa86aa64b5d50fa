"""Away after N minutes without input on the computer; online again on activity.

`IdlePresence` decides, from "seconds since the last input" and an injectable clock; a
grace period after each automatic switch stops it flapping. It only undoes what it did:
a responder who chose Away or Offline themselves is never switched back online.

`system_idle_seconds()` asks the system how long the whole desktop has had no keyboard or
mouse input: Windows through GetLastInputInfo, macOS through IOKit (responder_app/
platform/idle.py), X11 through its MIT-SCREEN-SAVER extension (libXss, below). It returns
None where that is not available (Wayland, no libXss), and the app then counts input to
its own windows instead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from responder_app.platform.idle import macos_idle_seconds, windows_idle_seconds
from responder_wire.models import Availability

__all__ = ["IdlePresence", "system_idle_seconds"]

ACTIVE_WITHIN_S = 10.0  # input this recent counts as "the responder is back"


@dataclass
class IdlePresence:
    away_after_s: float = 5 * 60.0  # 0: never switch automatically
    grace_s: float = 30.0
    clock: Callable[[], float] = time.monotonic
    _auto_away: bool = False
    _last_switch: float = float("-inf")

    def decide(self, current: Availability | None, idle_s: float) -> Availability | None:
        """The availability to switch to now, or None to leave it."""
        if self.away_after_s <= 0 or current is None:
            return None
        now = self.clock()
        if now - self._last_switch < self.grace_s:
            return None
        if current == Availability.ONLINE and idle_s >= self.away_after_s:
            self._auto_away = True
            self._last_switch = now
            return Availability.AWAY
        if current == Availability.AWAY and self._auto_away and idle_s < ACTIVE_WITHIN_S:
            self._auto_away = False
            self._last_switch = now
            return Availability.ONLINE
        return None

    def chosen_by_user(self, availability: Availability) -> None:
        """The responder picked an availability themselves: respect it."""
        self._auto_away = False
        self._last_switch = self.clock()

    def reset(self) -> None:
        self._auto_away = False
        self._last_switch = self.clock()

    @property
    def auto_away(self) -> bool:
        return self._auto_away


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [("window", ctypes.c_ulong), ("state", ctypes.c_int), ("kind", ctypes.c_int),
                ("til_or_since", ctypes.c_ulong), ("idle", ctypes.c_ulong),
                ("eventMask", ctypes.c_ulong)]


class _XIdle:
    def __init__(self) -> None:
        self.ok = False
        if not os.environ.get("DISPLAY"):
            return
        xlib_name, xss_name = ctypes.util.find_library("X11"), ctypes.util.find_library("Xss")
        if not xlib_name or not xss_name:
            return
        try:
            self.xlib = ctypes.cdll.LoadLibrary(xlib_name)
            self.xss = ctypes.cdll.LoadLibrary(xss_name)
            self.xlib.XOpenDisplay.restype = ctypes.c_void_p
            self.xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
            self.xlib.XDefaultRootWindow.restype = ctypes.c_ulong
            self.xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
            self.xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
            self.xss.XScreenSaverQueryInfo.argtypes = [
                ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_XScreenSaverInfo)]
            self.display = self.xlib.XOpenDisplay(None)
            if not self.display:
                return
            self.root = self.xlib.XDefaultRootWindow(self.display)
            self.info = self.xss.XScreenSaverAllocInfo()
            self.ok = bool(self.xss.XScreenSaverQueryInfo(self.display, self.root, self.info))
        except (OSError, AttributeError):
            self.ok = False

    def seconds(self) -> float | None:
        if not self.ok:
            return None
        if not self.xss.XScreenSaverQueryInfo(self.display, self.root, self.info):
            return None
        return float(self.info.contents.idle) / 1000.0


_x_idle: _XIdle | None = None


def system_idle_seconds() -> float | None:
    """Seconds since the last keyboard/mouse input on the whole desktop, or None."""
    global _x_idle
    if sys.platform == "win32":
        return windows_idle_seconds()
    if sys.platform == "darwin":
        return macos_idle_seconds()
    if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return None
    if _x_idle is None:
        _x_idle = _XIdle()
    return _x_idle.seconds()
