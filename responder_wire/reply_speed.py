"""Wire models for reply speed: the queue, assignment mode, reassignment and statistics.

Shared by the backend (`/api/v1/queue`, `/api/v1/stats/reply-speed`, ...) and the app.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from responder_wire.strict import StrictRequest

__all__ = [
    "HISTOGRAM_EDGES_S",
    "AssignmentMode",
    "AssignmentModeOut",
    "AssignmentModeUpdate",
    "DailyReplySpeed",
    "HistogramBucket",
    "PeriodReplySpeed",
    "QueueStatus",
    "ReassignedNotice",
    "ReplySpeedStats",
]

# First-reply histogram bucket edges in seconds; the last bucket is open-ended.
HISTOGRAM_EDGES_S = (0, 5, 10, 20, 30, 60, 90)


class _Model(StrictRequest):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class AssignmentMode(StrEnum):
    AUTO = "auto"  # offered clients are simply this responder's
    ACCEPT = "accept"  # offered clients wait for the responder to "Take" them


class AssignmentModeUpdate(_Model):
    mode: AssignmentMode


class AssignmentModeOut(_Response):
    mode: AssignmentMode


class QueueStatus(_Response):
    """Clients waiting because no responder has capacity (the `queue.changed` event too)."""

    waiting: int
    oldest_queued_at: datetime | None = None


class ReassignedNotice(_Response):
    """`conversation.reassigned`, sent to the responder who did not reply in time."""

    conversation_id: str
    alias: str
    reassigned_at: datetime
    after_seconds: float


class PeriodReplySpeed(_Response):
    """First-reply figures for one period. Percentiles use the nearest-rank method."""

    clients: int  # conversations offered to this responder in the period
    answered: int  # of which got a first reply
    median_s: float | None = None
    p90_s: float | None = None
    within_10s_share: float | None = None  # of all clients (None when there were none)
    within_30s_share: float | None = None
    reassigned: int = 0  # taken away from this responder for not replying in time


class HistogramBucket(_Response):
    from_s: int
    to_s: int | None  # None: open-ended
    count: int


class DailyReplySpeed(_Response):
    day: date  # in the platform's time zone
    clients: int
    answered: int
    median_s: float | None = None
    p90_s: float | None = None


class ReplySpeedStats(_Response):
    time_zone: str
    generated_at: datetime
    today: PeriodReplySpeed
    week: PeriodReplySpeed  # since Monday 00:00 in the platform's time zone
    histogram: list[HistogramBucket]  # first replies of the last `days` days
    daily: list[DailyReplySpeed]  # oldest first, one entry per day, `days` entries
    days: int
