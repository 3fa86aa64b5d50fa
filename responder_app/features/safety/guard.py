"""The guard for the responder: long stretches, heavy chats, the daily cap and the day's
tally. Decisions only; no Qt here. The feature calls `observe()` on every tick and applies
what comes back (a nudge, a cap reached, a pause that is over).

Time comes from two injectable clocks, so tests drive it by hand: `clock()` counts seconds
and keeps counting while the PC sleeps (CLOCK_BOOTTIME where there is one: a night of
sleep is a break), `today()` is the local date the daily tally and cap belong to.

*Working* means signed in and either online for new clients or still in a chat. A gap of
`break_s` without work (or between two ticks, e.g. the app was closed) is a break: it ends
the stretch. Only time worked counts towards the day's hours.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

__all__ = ["DayTally", "GuardEvent", "GuardRules", "PauseReason", "WellbeingGuard",
           "awake_seconds"]


def awake_seconds() -> float:
    """Seconds on a clock that goes on while the PC sleeps (monotonic where it can't)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()


class GuardEvent(StrEnum):
    NUDGE_STRETCH = "nudge_stretch"  # a long stretch without a break
    NUDGE_HEAVY = "nudge_heavy"  # a chat flagged abusive or crisis just closed
    CAP_HOURS = "cap_hours"  # the day's hours reached the responder's cap
    CAP_SESSIONS = "cap_sessions"  # the day's chats reached the responder's cap
    PAUSE_OVER = "pause_over"  # a pause this guard started has run out: resume


class PauseReason(StrEnum):
    BREAK = "break"  # for a chosen number of minutes
    CAP = "cap"  # the daily cap: until the day changes


@dataclass
class GuardRules:
    stretch_s: float = 2 * 3600.0  # 0: never nudge for a stretch
    break_s: float = 10 * 60.0
    snooze_s: float = 30 * 60.0  # "Not now": ask again after this much more work
    heavy_nudge: bool = True
    cap_hours: float = 0.0  # 0: no cap
    cap_sessions: int = 0  # 0: no cap


@dataclass
class DayTally:
    """One day's figures, kept on this PC for the end-of-day view and the cap."""

    day: date
    online_s: float = 0.0
    sessions: set[str] = field(default_factory=set)
    heavy: set[str] = field(default_factory=set)

    def to_dict(self) -> dict[str, Any]:
        return {"day": self.day.isoformat(), "online_s": round(self.online_s, 1),
                "sessions": sorted(self.sessions), "heavy": sorted(self.heavy)}

    @classmethod
    def from_dict(cls, data: dict[str, Any], today: date) -> DayTally:
        try:
            day = date.fromisoformat(str(data["day"]))
            if day != today:
                return cls(today)
            return cls(day, max(0.0, float(data.get("online_s", 0.0))),
                       {str(s) for s in data.get("sessions", [])},
                       {str(s) for s in data.get("heavy", [])})
        except (KeyError, TypeError, ValueError):
            return cls(today)


@dataclass
class _Pause:
    reason: PauseReason
    until: float | None  # clock() seconds (a break), None for the cap
    day: date
    started: float


class WellbeingGuard:
    def __init__(self, rules: GuardRules | None = None, *,
                 clock: Callable[[], float] = awake_seconds,
                 today: Callable[[], date] = date.today,
                 tally: DayTally | None = None) -> None:
        self.rules = rules or GuardRules()
        self.clock = clock
        self.today = today
        self.tally = tally if tally is not None and tally.day == today() else DayTally(today())
        self.pause: _Pause | None = None
        self.stretch_started: float | None = None
        self._last_work: float | None = None
        self._nudge_at: float | None = None
        self._cap_day: date | None = None  # the day a cap was reached (once a day)

    # ---- what the feature tells the guard -----------------------------------------------

    def observe(self, working: bool) -> list[GuardEvent]:
        """One tick: count the time worked, end a stretch at a break, nudge, cap, resume."""
        now, day = self.clock(), self.today()
        events: list[GuardEvent] = []
        if self.tally.day != day:
            self.tally = DayTally(day)
        if working:
            gap = None if self._last_work is None else now - self._last_work
            if gap is not None and 0 <= gap < self.rules.break_s:
                self.tally.online_s += gap
            else:  # the first tick, or after a break: a new stretch
                self.stretch_started = now
                self._nudge_at = now + self.rules.stretch_s
            self._last_work = now
            if (self.rules.stretch_s > 0 and self.pause is None and self._nudge_at is not None
                    and now >= self._nudge_at):
                self._nudge_at = now + self.rules.snooze_s
                events.append(GuardEvent.NUDGE_STRETCH)
        events += self._check_caps(day)
        if self.pause is not None and self._pause_over(now, day):
            events.append(GuardEvent.PAUSE_OVER)
        return events

    def session_offered(self, conversation_id: str) -> list[GuardEvent]:
        self.tally.sessions.add(conversation_id)
        return self._check_caps(self.today())

    def chat_flagged(self, conversation_id: str) -> None:
        self.tally.heavy.add(conversation_id)

    def chat_closed(self, conversation_id: str) -> list[GuardEvent]:
        if (conversation_id in self.tally.heavy and self.rules.heavy_nudge
                and self.pause is None):
            return [GuardEvent.NUDGE_HEAVY]
        return []

    # ---- pauses -------------------------------------------------------------------------

    def start_pause(self, minutes: int) -> float:
        """A break from new clients for `minutes`; returns when it ends (clock seconds)."""
        now = self.clock()
        until = now + max(1, minutes) * 60.0
        self.pause = _Pause(PauseReason.BREAK, until, self.today(), now)
        return until

    def start_cap_pause(self) -> None:
        self.pause = _Pause(PauseReason.CAP, None, self.today(), self.clock())

    def end_pause(self) -> None:
        """The pause is over (ran out, or the responder came back early). A pause as long
        as a break counts as one: the next stretch starts afresh."""
        pause, self.pause = self.pause, None
        if pause is not None and self.clock() - pause.started >= self.rules.break_s:
            self.stretch_started = None
            self._last_work = None
            self._nudge_at = None

    def snooze(self) -> None:
        """"Not now": ask again after `snooze_s` more."""
        self._nudge_at = self.clock() + self.rules.snooze_s

    def seconds_left(self) -> float | None:
        """Of a timed pause (None: no pause, or until tomorrow)."""
        if self.pause is None or self.pause.until is None:
            return None
        return max(0.0, self.pause.until - self.clock())

    def _pause_over(self, now: float, day: date) -> bool:
        pause = self.pause
        assert pause is not None
        if pause.reason == PauseReason.CAP:
            return day != pause.day
        return pause.until is not None and now >= pause.until

    def _check_caps(self, day: date) -> list[GuardEvent]:
        if self._cap_day == day:
            return []
        rules, tally = self.rules, self.tally
        if rules.cap_sessions > 0 and len(tally.sessions) >= rules.cap_sessions:
            self._cap_day = day
            return [GuardEvent.CAP_SESSIONS]
        if rules.cap_hours > 0 and tally.online_s >= rules.cap_hours * 3600.0:
            self._cap_day = day
            return [GuardEvent.CAP_HOURS]
        return []
