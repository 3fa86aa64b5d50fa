"""Wire models for the truth before paying: who can answer now, how long a reply takes, and
the client's place in the queue (`GET /client/availability`,
`GET /conversations/{id}/queue-place`). The page shows these before it takes any money."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

__all__ = [
    "AvailabilityState",
    "QueuePlace",
    "ServiceAvailability",
    "UsualHours",
]


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class AvailabilityState(StrEnum):
    FREE = "free"  # a listener is online with room: the chat starts at once
    BUSY = "busy"  # listeners are online but full: the client would wait in the queue
    NOBODY = "nobody"  # nobody is online: nothing is sold
    QUEUE_FULL = "queue_full"  # the queue holds as many as the operator allows: nothing is sold


class UsualHours(_Response):
    """A span of the day (platform time zone, hours 0-24, `end_hour` > `start_hour`) in which
    a listener was online on most days of the last four weeks."""

    start_hour: int
    end_hour: int


class ServiceAvailability(_Response):
    state: AvailabilityState
    online: int  # listeners online now
    free: int  # online listeners with room for another chat now
    # Median first reply (seconds) of chats answered in the last hour; None: none answered.
    typical_first_reply_s: float | None
    queue_waiting: int  # clients waiting now
    # For a client who pays now and joins the queue (state busy); None otherwise.
    wait_estimate_s: int | None
    usual_hours: list[UsualHours]  # when listeners are usually around (for state nobody)
    time_zone: str  # the platform's time zone the hours are in, e.g. "Asia/Shanghai"
    # The automatic refund rule: nobody answered within this many seconds of paying
    # (or the client left before any answer) -> the whole payment goes back.
    refund_after_s: int
    checked_at: datetime


class QueuePlace(_Response):
    """A queued client's place: `position` 1 is next; None once a listener has them."""

    position: int | None
    waiting: int
    wait_estimate_s: int | None
