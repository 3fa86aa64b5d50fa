"""Where a chat stands in its paid time, by the server's clock: Qt-free arithmetic the
feature turns into words.

The times come from the chat's summary (`paid_minutes`, `ends_at`, `grace_ends_at`) and
from the `conversation.time_*` events (a `SessionTime`), whichever is newer: an event
arrives before the summary is fetched again, and an extension only ever adds minutes.

The server's word wins over this PC's estimate of its clock: once the server said "two
minutes left" or "time is up" for the block paid now (`reached`), the chat is at least in
that phase, its countdown no longer than that phase lasts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from responder_wire.models import ConversationState, ConversationSummary, EndedBy
from responder_wire.session_time import TIME_WARNING_S, SessionTime

__all__ = ["Phase", "TimeLeft", "paid_time", "time_left"]


class Phase(StrEnum):
    BEFORE_REPLY = "before_reply"  # the paid time starts with the first reply
    RUNNING = "running"  # plenty of time left
    WARNING = "warning"  # the last TIME_WARNING_S seconds
    GRACE = "grace"  # the paid time is over; the chat ends at grace_ends_at unless extended
    ENDED_BY_TIME = "ended_by_time"  # the time and the grace ran out
    ENDED = "ended"  # ended otherwise (the client left, a wrap-up, the service)


@dataclass(frozen=True)
class TimeLeft:
    phase: Phase
    seconds: int  # RUNNING/WARNING: until ends_at; GRACE: until grace_ends_at (rounded up)
    paid_minutes: int  # the first block plus every extension
    countdown_to: datetime | None  # the moment `seconds` counts down to


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def paid_time(summary: ConversationSummary, latest: SessionTime | None) -> SessionTime:
    """The chat's paid time: the summary's, or the latest event's when that is newer (more
    minutes paid, or the first to know the end)."""
    own = SessionTime(conversation_id=summary.id,
                      paid_minutes=summary.paid_minutes or summary.length_minutes,
                      ends_at=_aware(summary.ends_at),
                      grace_ends_at=_aware(summary.grace_ends_at))
    if latest is None or latest.conversation_id != summary.id:
        return own
    event = latest.model_copy(update={"ends_at": _aware(latest.ends_at),
                                      "grace_ends_at": _aware(latest.grace_ends_at)})
    if event.paid_minutes > own.paid_minutes:
        return event
    if event.paid_minutes == own.paid_minutes and own.ends_at is None:
        return event
    return own


def _ceil_seconds(until: datetime, now: datetime) -> int:
    return max(0, math.ceil((until - now).total_seconds() - 1e-6))


def time_left(summary: ConversationSummary, latest: SessionTime | None,
              now: datetime, reached: tuple[Phase, int] | None = None) -> TimeLeft:
    """The phase and the seconds shown at `now` (the server's time, as this PC knows it);
    `reached`: the phase the server's last time event announced, for how many paid
    minutes."""
    paid = paid_time(summary, latest)
    now = _aware(now) or now
    if summary.state in (ConversationState.ENDED, ConversationState.CLOSED):
        phase = Phase.ENDED_BY_TIME if summary.ended_by == EndedBy.TIME else Phase.ENDED
        return TimeLeft(phase, 0, paid.paid_minutes, None)
    if paid.ends_at is None:
        return TimeLeft(Phase.BEFORE_REPLY, paid.paid_minutes * 60, paid.paid_minutes, None)
    announced = reached[0] if reached is not None and reached[1] == paid.paid_minutes \
        else None
    grace = paid.grace_ends_at
    if now < paid.ends_at and announced != Phase.GRACE:
        seconds = _ceil_seconds(paid.ends_at, now)
        if announced == Phase.WARNING:
            seconds = min(seconds, TIME_WARNING_S)
        phase = Phase.WARNING if seconds <= TIME_WARNING_S else Phase.RUNNING
        return TimeLeft(phase, seconds, paid.paid_minutes, paid.ends_at)
    seconds = _ceil_seconds(grace, now) if grace is not None else 0
    if grace is not None and grace > paid.ends_at:
        seconds = min(seconds, _ceil_seconds(grace, paid.ends_at))  # never more than the grace
    return TimeLeft(Phase.GRACE, seconds, paid.paid_minutes, grace)
