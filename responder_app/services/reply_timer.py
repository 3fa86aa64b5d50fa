"""Reply-speed arithmetic: waiting clocks, escalation and first-reply time. No Qt here.

Every duration is measured between *server* timestamps and the server's current time as
estimated by `ServerClock` (PC clock + the offset learned from `X-Server-Time`), so a PC
whose clock is minutes off still shows the truth. The clock is injectable for tests.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from responder_app.services.server_clock import ServerClock
from responder_wire.models import ConversationState, ConversationSummary, SenderRole

__all__ = [
    "DEFAULT_AMBER_S",
    "DEFAULT_RED_S",
    "Escalation",
    "ReplyThresholds",
    "WaitingClock",
    "escalation",
    "first_reply_seconds",
    "format_clock",
    "format_first_reply",
    "longest_waiting_first",
    "ms_until_next_change",
    "waiting_since",
]

DEFAULT_AMBER_S = 30
DEFAULT_RED_S = 60


class Escalation(StrEnum):
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


def escalation(seconds: float | None, thresholds: ReplyThresholds) -> Escalation:
    """Calm below the amber threshold, amber from it, red from the red threshold."""
    if seconds is None:
        return Escalation.NONE
    t = thresholds.normalised()
    whole = math.floor(seconds)  # the colour changes together with the shown clock
    if whole >= t.red_s:
        return Escalation.RED
    if whole >= t.amber_s:
        return Escalation.AMBER
    return Escalation.CALM


def format_clock(seconds: float) -> str:
    """m:ss (h:mm:ss from an hour), whole seconds elapsed, never negative."""
    seconds = max(0, math.floor(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def waiting_since(
    summary: ConversationSummary,
    last_message: tuple[bool, datetime] | None,
    has_own_message: bool = False,
) -> datetime | None:
    """When the client's unanswered wait began, or None when nobody waits for us.

    Like the chat header's timer: a client not yet greeted has waited since the offer;
    after that, since the client's last message. `last_message` is (is_own, server
    created_at) of the newest message the app holds, or None when it holds none yet (then
    the summary's last message decides).
    """
    if summary.state != ConversationState.ACTIVE:
        return None
    if last_message is not None:
        own, created_at = last_message
        if own:
            return None
        if not has_own_message and summary.first_reply_at is None and summary.offered_at:
            return _aware(summary.offered_at)
        return _aware(created_at)
    if summary.last_message_sender == SenderRole.CLIENT and summary.last_message_at:
        return _aware(summary.last_message_at)
    if summary.last_message_sender == SenderRole.RESPONDER:
        return None
    if summary.first_reply_at is None and summary.offered_at is not None:
        return _aware(summary.offered_at)  # a new client, not yet greeted
    return None


def first_reply_seconds(summary: ConversationSummary) -> float | None:
    """The first-reply time the server recorded: offered → first responder message."""
    if summary.first_reply_at is None or summary.offered_at is None:
        return None
    return max(0.0, (_aware(summary.first_reply_at) - _aware(summary.offered_at))
               .total_seconds())


def format_first_reply(seconds: float) -> str:
    """'7 s' under a minute, else m:ss."""
    whole = max(0, math.floor(seconds))
    return f"{whole} s" if whole < 60 else format_clock(whole)


@dataclass(frozen=True)
class WaitingClock:
    """What one tab shows right now."""

    seconds: float | None
    level: Escalation

    @property
    def text(self) -> str:
        return "" if self.seconds is None else format_clock(self.seconds)

    @classmethod
    def at(cls, since: datetime | None, clock: ServerClock,
           thresholds: ReplyThresholds) -> WaitingClock:
        if since is None:
            return cls(None, Escalation.NONE)
        seconds = max(0.0, clock.seconds_since(since))
        return cls(seconds, escalation(seconds, thresholds))


def ms_until_next_change(starts: Iterable[datetime], now_ms: float) -> float | None:
    """How long until the next waiting clock turns to its next whole second.

    The display wakes exactly then (plus a hair), so it is never a second behind the
    server's truth and does no work between changes. None: nothing is ticking.
    """
    soonest: float | None = None
    for start in starts:
        elapsed = now_ms - _aware(start).timestamp() * 1000.0
        wait = 1000.0 - (elapsed % 1000.0) if elapsed >= 0 else -elapsed
        soonest = wait if soonest is None else min(soonest, wait)
    return soonest


def longest_waiting_first(items: Sequence[tuple[str, datetime | None]]) -> list[str]:
    """Ids ordered by how long their client has waited (longest first); chats where
    nobody waits keep their relative order after them."""
    waiting = sorted(((since, i, key) for i, (key, since) in enumerate(items)
                      if since is not None), key=lambda t: (_aware(t[0]), t[1]))
    rest = [key for key, since in items if since is None]
    return [key for _, _, key in waiting] + rest
