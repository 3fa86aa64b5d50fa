"""Reply-speed statistics for one responder, computed in SQL (SQLite and PostgreSQL alike).

First-reply time is `first_reply_at - offered_at` of conversations offered to the
responder (a reassigned conversation counts for whoever it was offered to last; the one
who missed it sees it under `reassigned`). Percentiles use the nearest-rank method:
the p-th percentile of n sorted values is the one at rank ceil(p * n), picked with
window functions (`row_number()` / `count()` over a partition per period or day), so no
rows are downloaded. Days are calendar days in the time zone of the operator's current rate
card (the platform's time zone).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Integer, case, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import Conversation, Reassignment
from responder_server.core.state import ServerState
from responder_server.earnings import rate_card
from responder_wire.reply_speed import (
    HISTOGRAM_EDGES_S,
    DailyReplySpeed,
    HistogramBucket,
    PeriodReplySpeed,
    ReplySpeedStats,
)

# Timestamps come back as floating-point day fractions on SQLite; a reply recorded at
# exactly 10 s must still count as "within 10 s".
_EPSILON_S = 0.001
_UNIX_EPOCH_JULIAN_DAY = 2440587.5


@dataclass(frozen=True)
class _Group:
    clients: int = 0
    answered: int = 0
    within_10: int = 0
    within_30: int = 0
    median_s: float | None = None
    p90_s: float | None = None


def _first_reply_seconds(is_sqlite: bool) -> ColumnElement[Any]:
    if is_sqlite:
        return (func.julianday(Conversation.first_reply_at)
                - func.julianday(Conversation.offered_at)) * 86400.0
    return func.extract("epoch", Conversation.first_reply_at - Conversation.offered_at)


def _local_day_number(is_sqlite: bool, utc_offset_s: float) -> ColumnElement[Any]:
    """Days since 1970-01-01 in the platform's time zone (offset as of today)."""
    if is_sqlite:
        return func.cast(
            func.julianday(Conversation.offered_at) - _UNIX_EPOCH_JULIAN_DAY
            + utc_offset_s / 86400.0, Integer())
    return func.cast(
        func.floor((func.extract("epoch", Conversation.offered_at) + utc_offset_s) / 86400.0),
        Integer())


async def _grouped(session: AsyncSession, is_sqlite: bool, responder_id: int, start: datetime,
                   key: ColumnElement[Any]) -> dict[int, _Group]:
    secs = _first_reply_seconds(is_sqlite)
    base = (
        select(key.label("k"), secs.label("secs"))
        .where(Conversation.responder_id == responder_id, Conversation.offered_at >= start)
        .subquery()
    )
    counts = select(
        base.c.k,
        func.count(),
        func.count(base.c.secs),
        func.sum(case((base.c.secs <= 10 + _EPSILON_S, 1), else_=0)),
        func.sum(case((base.c.secs <= 30 + _EPSILON_S, 1), else_=0)),
    ).group_by(base.c.k)
    ranked = (
        select(
            base.c.k,
            base.c.secs,
            func.row_number().over(partition_by=base.c.k, order_by=base.c.secs).label("rn"),
            func.count().over(partition_by=base.c.k).label("n"),
        )
        .where(base.c.secs.is_not(None))
        .subquery()
    )
    percentiles = select(
        ranked.c.k,
        func.max(case((ranked.c.rn == (ranked.c.n + 1) // 2, ranked.c.secs))),
        func.max(case((ranked.c.rn == (9 * ranked.c.n + 9) // 10, ranked.c.secs))),
    ).group_by(ranked.c.k)
    result: dict[int, _Group] = {}
    for k, clients, answered, within_10, within_30 in (await session.execute(counts)).all():
        result[int(k)] = _Group(int(clients), int(answered), int(within_10 or 0),
                                int(within_30 or 0))
    for k, median, p90 in (await session.execute(percentiles)).all():
        group = result.get(int(k), _Group())
        result[int(k)] = _Group(group.clients, group.answered, group.within_10,
                                group.within_30, _seconds(median), _seconds(p90))
    return result


def _seconds(value: Any) -> float | None:
    return None if value is None else round(float(value), 3)


async def _reassigned_since(session: AsyncSession, responder_id: int, start: datetime) -> int:
    count = await session.scalar(
        select(func.count(Reassignment.id)).where(
            Reassignment.from_responder_id == responder_id, Reassignment.created_at >= start)
    )
    return int(count or 0)


async def _period(session: AsyncSession, is_sqlite: bool, responder_id: int,
                  start: datetime) -> PeriodReplySpeed:
    group = (await _grouped(session, is_sqlite, responder_id, start, literal(0))).get(0,
                                                                                     _Group())
    return PeriodReplySpeed(
        clients=group.clients,
        answered=group.answered,
        median_s=group.median_s,
        p90_s=group.p90_s,
        within_10s_share=group.within_10 / group.clients if group.clients else None,
        within_30s_share=group.within_30 / group.clients if group.clients else None,
        reassigned=await _reassigned_since(session, responder_id, start),
    )


async def _histogram(session: AsyncSession, is_sqlite: bool, responder_id: int,
                     start: datetime) -> list[HistogramBucket]:
    secs = _first_reply_seconds(is_sqlite)
    edges = HISTOGRAM_EDGES_S
    bucket = case(*[(secs < edges[i + 1], i) for i in range(len(edges) - 1)],
                  else_=len(edges) - 1)
    rows = (
        await session.execute(
            select(bucket.label("b"), func.count())
            .where(Conversation.responder_id == responder_id,
                   Conversation.offered_at >= start,
                   Conversation.first_reply_at.is_not(None))
            .group_by("b")
        )
    ).all()
    counts = {int(b): int(n) for b, n in rows}
    return [
        HistogramBucket(from_s=edges[i], to_s=edges[i + 1] if i + 1 < len(edges) else None,
                        count=counts.get(i, 0))
        for i in range(len(edges))
    ]


async def reply_speed(state: ServerState, responder_id: int, days: int = 30) -> ReplySpeedStats:
    now = state.clock.now()
    async with state.db.read() as session:
        time_zone = (await rate_card.current_card(session)).time_zone  # the operator's card
    zone = ZoneInfo(time_zone)
    local_now = now.astimezone(zone)
    today = local_now.date()

    def midnight(day: date) -> datetime:
        return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)

    first_day = today - timedelta(days=days - 1)
    offset_s = (local_now.utcoffset() or timedelta()).total_seconds()
    is_sqlite = state.db.is_sqlite
    async with state.db.read() as session:
        today_stats = await _period(session, is_sqlite, responder_id, midnight(today))
        week_stats = await _period(session, is_sqlite, responder_id,
                                   midnight(today - timedelta(days=today.weekday())))
        histogram = await _histogram(session, is_sqlite, responder_id, midnight(first_day))
        by_day = await _grouped(session, is_sqlite, responder_id, midnight(first_day),
                                _local_day_number(is_sqlite, offset_s))
    epoch = date(1970, 1, 1)
    daily = []
    for i in range(days):
        day = first_day + timedelta(days=i)
        group = by_day.get((day - epoch).days, _Group())
        daily.append(DailyReplySpeed(day=day, clients=group.clients, answered=group.answered,
                                     median_s=group.median_s, p90_s=group.p90_s))
    return ReplySpeedStats(time_zone=time_zone, generated_at=now,
                           today=today_stats, week=week_stats, histogram=histogram,
                           daily=daily, days=days)
