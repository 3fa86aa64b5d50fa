"""Reply-speed arithmetic: how a waiting clock looks (calm → amber → red) and how a
first-reply time reads. No Qt here. *Since when* a client waits is not decided here but
by the one waiting rule (`services.waiting`).

Every duration is measured between *server* timestamps and the server's current time as
estimated by `ServerClock` (PC clock + the offset learned from `X-Server-Time`), so a PC
whose clock is minutes off still shows the truth. The clock is injectable for tests.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from responder_app.services.i18n import fill, translate
from responder_app.services.server_clock import ServerClock
from responder_app.services.waiting import format_clock

__all__ = [
    "DEFAULT_AMBER_S",
    "DEFAULT_RED_S",
    "ReplyThresholds",
    "WaitLevel",
    "WaitingClock",
    "format_clock",
    "format_first_reply",
    "wait_level",
]

DEFAULT_AMBER_S = 30
DEFAULT_RED_S = 60


class WaitLevel(StrEnum):
    NONE = "none"  # nobody is waiting for us
    CALM = "calm"
    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True)
class ReplyThresholds:
    amber_s: int = DEFAULT_AMBER_S
    red_s: int = DEFAULT_RED_S

    def normalised(self) -> ReplyThresholds:
        amber = max(1, int(self.amber_s))
        return ReplyThresholds(amber, max(amber + 1, int(self.red_s)))


def wait_level(seconds: float | None, thresholds: ReplyThresholds) -> WaitLevel:
    """Calm below the amber threshold, amber from it, red from the red threshold."""
    if seconds is None:
        return WaitLevel.NONE
    t = thresholds.normalised()
    whole = math.floor(seconds)  # the colour changes together with the shown clock
    if whole >= t.red_s:
        return WaitLevel.RED
    if whole >= t.amber_s:
        return WaitLevel.AMBER
    return WaitLevel.CALM


def format_first_reply(seconds: float) -> str:
    """'7 s' under a minute, else m:ss."""
    whole = max(0, math.floor(seconds))
    return fill(translate("Formatting", "%1 s"), whole) if whole < 60 else format_clock(whole)


@dataclass(frozen=True)
class WaitingClock:
    """What one tab shows right now."""

    seconds: float | None
    level: WaitLevel

    @property
    def text(self) -> str:
        return "" if self.seconds is None else format_clock(self.seconds)

    @classmethod
    def at(cls, since: datetime | None, clock: ServerClock,
           thresholds: ReplyThresholds) -> WaitingClock:
        if since is None:
            return cls(None, WaitLevel.NONE)
        seconds = max(0.0, clock.seconds_since(since))
        return cls(seconds, wait_level(seconds, thresholds))
