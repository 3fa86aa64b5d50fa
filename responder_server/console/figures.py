"""A responder's figures for the console: online hours and first replies per day, and
their exposure per shift (crisis and abuse matches their app saw, clients they blocked).
A shift is a run of consecutive online hours (presence/hours.py records them)."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import ClientBlock, Conversation, PresenceHour, SafetyLogEntry

DAYS = 14


def reply_wait_s(first: datetime | None, offered: datetime | None, created: datetime
                 ) -> float:
    """From the offer (the responder's own speed; the arrival when never offered)."""
    return ((first or created) - (offered or created)).total_seconds()


@dataclass
class Day:
    day: date
    online_hours: int = 0
    first_replies: int = 0
    waits: list[float] = field(default_factory=list)

    @property
    def median_wait_s(self) -> float | None:
        return statistics.median(self.waits) if self.waits else None


@dataclass
class Shift:
    start: datetime
    end: datetime
    crisis: int = 0
    abuse: int = 0
    blocks: int = 0


async def per_day(session: AsyncSession, responder_id: int, now: datetime, zone: ZoneInfo
                  ) -> list[Day]:
    """The last DAYS days of the platform's time zone (the rate card's), newest first."""
    today = now.astimezone(zone).date()
    oldest = today - timedelta(days=DAYS - 1)
    since = datetime(oldest.year, oldest.month, oldest.day, tzinfo=zone)
    days = {oldest + timedelta(days=i): Day(oldest + timedelta(days=i)) for i in range(DAYS)}
    for hour in await session.scalars(select(PresenceHour.hour_start).where(
            PresenceHour.responder_id == responder_id, PresenceHour.hour_start >= since)):
        local = hour.astimezone(zone).date()
        if local in days:
            days[local].online_hours += 1
    rows = await session.execute(select(Conversation.first_reply_at, Conversation.offered_at,
                                        Conversation.created_at).where(
        Conversation.responder_id == responder_id, Conversation.first_reply_at >= since))
    for first, offered, created in rows.all():
        day = days.get(first.astimezone(zone).date()) if first is not None else None
        if day is not None:
            day.first_replies += 1
            day.waits.append(reply_wait_s(first, offered, created))
    return sorted(days.values(), key=lambda d: d.day, reverse=True)


async def shifts(session: AsyncSession, responder_id: int, now: datetime) -> list[Shift]:
    since = now - timedelta(days=DAYS)
    hours = sorted(await session.scalars(select(PresenceHour.hour_start).where(
        PresenceHour.responder_id == responder_id, PresenceHour.hour_start >= since)))
    runs: list[Shift] = []
    for hour in hours:
        if runs and runs[-1].end == hour:
            runs[-1].end = hour + timedelta(hours=1)
        else:
            runs.append(Shift(hour, hour + timedelta(hours=1)))

    def shift_of(moment: datetime) -> Shift | None:
        return next((s for s in runs if s.start <= moment < s.end), None)

    counts: dict[int, int] = defaultdict(int)
    for kind, at in (await session.execute(select(SafetyLogEntry.match_kind,
                                                  SafetyLogEntry.created_at).where(
            SafetyLogEntry.responder_id == responder_id, SafetyLogEntry.kind == "match",
            SafetyLogEntry.created_at >= since))).all():
        found = shift_of(at)
        if found is not None:
            if kind == "crisis":
                found.crisis += 1
            else:
                found.abuse += 1
            counts[id(found)] += 1
    for at in await session.scalars(select(ClientBlock.created_at).where(
            ClientBlock.responder_id == responder_id, ClientBlock.created_at >= since)):
        found = shift_of(at)
        if found is not None:
            found.blocks += 1
    return list(reversed(runs))
