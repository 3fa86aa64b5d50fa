"""The page's figures for its responder, per week (Monday, platform time): visits, chats
bought from the page, and of those the clients who had talked to them before."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from responder_server.core.models import Conversation, ResponderPageVisit
from responder_server.core.state import ServerState
from responder_server.earnings import rate_card
from responder_wire.responder_page import PageWeek, ResponderPageStats


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


async def _week_of(session: AsyncSession, moment: datetime) -> date:
    card = await rate_card.current_card(session)
    return _monday(moment.astimezone(card.zone).date())


async def count_visit(session: AsyncSession, responder_id: int, now: datetime) -> None:
    """One visit, one upsert (every instance counts in the same row)."""
    week = (await _week_of(session, now)).isoformat()
    make: Any = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = make(ResponderPageVisit).values(responder_id=responder_id, week_start=week,
                                                visits=1)
    await session.execute(statement.on_conflict_do_update(
        index_elements=["responder_id", "week_start"],
        set_={"visits": ResponderPageVisit.visits + 1}))


async def page_stats(state: ServerState, responder_id: int, weeks: int) -> ResponderPageStats:
    now = state.clock.now()
    async with state.db.read() as session:
        card = await rate_card.current_card(session)
        this_week = _monday(now.astimezone(card.zone).date())
        first = this_week - timedelta(weeks=weeks - 1)
        by_week = {first + timedelta(weeks=i): [0, 0, 0] for i in range(weeks)}
        for week_start, visits in (await session.execute(
                select(ResponderPageVisit.week_start, ResponderPageVisit.visits).where(
                    ResponderPageVisit.responder_id == responder_id,
                    ResponderPageVisit.week_start >= first.isoformat()))).all():
            day = date.fromisoformat(week_start)
            if day in by_week:
                by_week[day][0] = visits
        earlier = aliased(Conversation)
        since = datetime.combine(first, datetime.min.time(), card.zone)
        rows = (await session.execute(
            select(Conversation.created_at,
                   select(earlier.id).where(earlier.client_id == Conversation.client_id,
                                            earlier.responder_id == responder_id,
                                            earlier.created_at < Conversation.created_at)
                   .exists())
            .where(Conversation.page_responder_id == responder_id,
                   Conversation.created_at >= since))).all()
        for created_at, returning in rows:
            week = _monday(created_at.astimezone(card.zone).date())
            if week in by_week:
                by_week[week][1] += 1
                by_week[week][2] += 1 if returning else 0
        return ResponderPageStats(weeks=[
            PageWeek(week_start=day, visits=v, chats=c, returning_clients=r)
            for day, (v, c, r) in sorted(by_week.items())])
