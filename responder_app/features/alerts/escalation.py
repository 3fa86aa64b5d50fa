"""When to alert: do-not-disturb schedule and escalation of clients left waiting.

Pure logic over times handed in, so tests drive it with a controllable clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time

__all__ = ["AMBER_SECONDS", "REPEAT_SECONDS", "DoNotDisturb", "EscalationSchedule", "parse_hhmm"]

# A client waiting this long for an answer is "amber" and is alerted again; while still
# unanswered, again every REPEAT_SECONDS. (The app uses the reply-speed setting instead.)
AMBER_SECONDS = 30.0
REPEAT_SECONDS = 60.0


def parse_hhmm(text: str, default: time) -> time:
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError):
        return default


@dataclass(frozen=True)
class DoNotDisturb:
    """Quiet hours in the computer's local time; `start == end` means all day."""

    enabled: bool = False
    start: time = time(22, 0)
    end: time = time(8, 0)

    def active(self, local_now: datetime) -> bool:
        if not self.enabled:
            return False
        now = local_now.time().replace(second=0, microsecond=0)
        if self.start == self.end:
            return True
        if self.start < self.end:
            return self.start <= now < self.end
        return now >= self.start or now < self.end  # over midnight


@dataclass
class EscalationSchedule:
    """Which waiting chats are due an alert again. A chat's wait is identified by when it
    started, so a new client message after an answer starts a fresh wait."""

    amber_s: float = AMBER_SECONDS
    repeat_s: float = REPEAT_SECONDS
    _last_alert: dict[str, tuple[datetime, datetime]] = field(default_factory=dict)

    def due(self, waiting_since: dict[str, datetime], now: datetime) -> list[str]:
        """`waiting_since`: conversation id -> when the client's unanswered wait began.
        Returns the ids to alert now (and remembers that they were)."""
        for conversation_id in list(self._last_alert):
            since = waiting_since.get(conversation_id)
            if since is None or since != self._last_alert[conversation_id][0]:
                del self._last_alert[conversation_id]  # answered, closed, or a new wait
        due: list[str] = []
        for conversation_id, since in waiting_since.items():
            if (now - since).total_seconds() < self.amber_s:
                continue
            previous = self._last_alert.get(conversation_id)
            if previous is not None and (now - previous[1]).total_seconds() < self.repeat_s:
                continue
            self._last_alert[conversation_id] = (since, now)
            due.append(conversation_id)
        return due
