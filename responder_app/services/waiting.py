"""The one waiting rule: since when has this client waited for an answer? No Qt here.

A client waits from their first unanswered message; before anyone has replied, from when
their paid session began (`created_at`), across reassignments — a client handed on after
90 s has waited those 90 s too. The tab clock, the chat header, the tab order, the tray
count and the escalating alert all read `waiting_since` (through the shell's ticker), so
they can never disagree again.

The first-reply time a responder is credited with runs from when the chat was *offered to
them* (`offered_at → first_reply_at`, recorded by the server); the client's real wait for
that first reply runs from the session's start. Both are kept (`FirstReply`), and shown
both where they differ (accept mode, a reassigned client).

Every time is a server timestamp; "now" is the server's clock as the app estimates it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from responder_wire.models import ConversationState, ConversationSummary, SenderRole

__all__ = [
    "FirstReply",
    "TimelineEntry",
    "first_reply",
    "format_clock",
    "longest_waiting_first",
    "ms_until_next_second",
    "waiting_since",
]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """What the rule needs of one message in a chat's timeline, oldest first."""

    own: bool  # written by this responder (sent or still being sent)
    created_at: datetime  # server time (a pending reply: when it was typed)


def aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def waiting_since(
    summary: ConversationSummary,
    newest_first: Iterable[TimelineEntry],
    *,
    reassigned_away: bool = False,
) -> datetime | None:
    """When the client's unanswered wait began, or None when nobody waits for us.

    `newest_first` walks what the app holds of the chat from the newest message back (it
    may be only the latest page, or nothing yet: then the summary's last-message fields
    decide); the walk stops at our newest reply, so a long history costs nothing.
    """
    if summary.state != ConversationState.ACTIVE or reassigned_away:
        return None
    first_unanswered: datetime | None = None
    answered_before = False
    for entry in newest_first:
        if entry.own:
            answered_before = True
            break
        first_unanswered = entry.created_at
    if answered_before and first_unanswered is None:
        return None  # our reply is the newest message
    if summary.first_reply_at is None and not answered_before:
        return aware(summary.created_at)  # nobody has answered yet: since the session began
    if first_unanswered is not None:
        return aware(first_unanswered)
    # Nothing held yet: the summary knows who wrote last.
    if summary.last_message_sender == SenderRole.CLIENT and summary.last_message_at:
        return aware(summary.last_message_at)
    return None


@dataclass(frozen=True, slots=True)
class FirstReply:
    credited_s: float  # offered to this responder → their first reply (their statistics)
    client_waited_s: float  # the paid session began → that first reply (what the client felt)

    @property
    def differs(self) -> bool:
        return math.floor(self.client_waited_s) != math.floor(self.credited_s)


def first_reply(summary: ConversationSummary) -> FirstReply | None:
    """Both first-reply figures, from the server's timestamps (None before the reply)."""
    if summary.first_reply_at is None or summary.offered_at is None:
        return None
    replied = aware(summary.first_reply_at)
    credited = max(0.0, (replied - aware(summary.offered_at)).total_seconds())
    waited = max(credited, (replied - aware(summary.created_at)).total_seconds())
    return FirstReply(credited, waited)


def format_clock(seconds: float) -> str:
    """m:ss (h:mm:ss from an hour), whole seconds elapsed, never negative."""
    whole = max(0, math.floor(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def ms_until_next_second(starts: Iterable[datetime], now_ms: float) -> float | None:
    """How long until the next of these clocks turns to its next whole second (None: no
    clock runs). The ticker wakes exactly then, so no clock lags the server's truth."""
    soonest: float | None = None
    for start in starts:
        elapsed = now_ms - aware(start).timestamp() * 1000.0
        wait = 1000.0 - (elapsed % 1000.0) if elapsed >= 0 else -elapsed
        soonest = wait if soonest is None else min(soonest, wait)
    return soonest


def longest_waiting_first(items: Sequence[tuple[str, datetime | None]]) -> list[str]:
    """Ids ordered by how long their client has waited (longest first); chats where
    nobody waits keep their relative order after them."""
    waiting = sorted(((aware(since), i, key) for i, (key, since) in enumerate(items)
                      if since is not None), key=lambda t: (t[0], t[1]))
    rest = [key for key, since in items if since is None]
    return [key for _, _, key in waiting] + rest
