"""What the page shows before it takes money (`GET /client/availability`) and a queued
client's place (`GET /conversations/{id}/queue-place`).

The wait estimate is a plain model, said as it is: the chats now open hold the online
responders' capacity, and a chat lasts about `h` from its first reply to its end (the
median over chats that ended in the last 7 days; 15 minutes when none did). One seat frees
about every `h / capacity`, so the client who would be n-th in the queue waits about
`n × h / capacity`, capacity being the online responders' `max_concurrent` summed (at least
1). It is an estimate for the page to round, never a promise.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.config import ServerConfig
from responder_server.core.models import Conversation, PresenceHour, Responder
from responder_server.core.principal import Principal
from responder_server.core.problems import ProblemError, not_found
from responder_server.core.state import ServerState
from responder_server.earnings import rate_card
from responder_wire import Availability, ConversationState
from responder_wire.availability import (
    AvailabilityState,
    QueuePlace,
    ServiceAvailability,
    UsualHours,
)

DEFAULT_CHAT_S = 15 * 60.0  # `h` when no chat ended in the last week
TYPICAL_REPLY_WINDOW = timedelta(hours=1)
CHAT_LENGTH_WINDOW = timedelta(days=7)
CHAT_LENGTH_SAMPLE = 2000  # the latest chats are plenty for a median
USUAL_HOURS_DAYS = 28
USUAL_HOURS_MIN_DAYS = 7  # an hour is "usual" when someone was online on this many days


@dataclass(frozen=True)
class Capacity:
    online: int  # responders online
    free: int  # online responders with room for another chat
    seats: int  # their max_concurrent summed
    queue_waiting: int


async def capacity(session: AsyncSession) -> Capacity:
    """Who is online, who has room, and the queue: two queries."""
    active = (select(func.count(Conversation.id))
              .where(Conversation.responder_id == Responder.id,
                     Conversation.state == ConversationState.ACTIVE.value)
              .correlate(Responder).scalar_subquery())
    rows = (await session.execute(
        select(Responder.max_concurrent, active)
        .where(Responder.availability == Availability.ONLINE.value))).all()
    waiting = await session.scalar(select(func.count(Conversation.id)).where(
        Conversation.state == ConversationState.QUEUED.value))
    return Capacity(online=len(rows), free=sum(1 for cap, busy in rows if busy < cap),
                    seats=sum(cap for cap, _busy in rows), queue_waiting=int(waiting or 0))


def state_of(cap: Capacity, config: ServerConfig) -> AvailabilityState:
    if cap.free > 0:
        return AvailabilityState.FREE
    if cap.online == 0:
        return AvailabilityState.NOBODY
    if cap.queue_waiting >= config.max_queue:
        return AvailabilityState.QUEUE_FULL
    return AvailabilityState.BUSY


async def refuse_unsellable(session: AsyncSession, config: ServerConfig) -> None:
    """Checkout asks this before it makes any payment: nothing is sold that nobody can
    answer (409 `nobody-online`) or that would wait past the queue's end (`queue-full`)."""
    state = state_of(await capacity(session), config)
    if state is AvailabilityState.NOBODY:
        raise ProblemError(409, "nobody-online", "Nobody online",
                           "Nobody is online to answer right now, so nothing was charged. "
                           "Please look at the usual hours and come back then.")
    if state is AvailabilityState.QUEUE_FULL:
        raise ProblemError(409, "queue-full", "Queue full",
                           "Every listener is busy and the queue is full, so nothing was "
                           "charged. Please try again in a little while.")


def _seconds(later: datetime | None, earlier: datetime | None) -> float | None:
    if later is None or earlier is None:
        return None
    return max(0.0, (later - earlier).total_seconds())


async def _typical_first_reply_s(session: AsyncSession, now: datetime) -> float | None:
    rows = (await session.execute(
        select(Conversation.first_reply_at, Conversation.offered_at)
        .where(Conversation.first_reply_at >= now - TYPICAL_REPLY_WINDOW))).all()
    waits = [w for w in (_seconds(r, o) for r, o in rows) if w is not None]
    return round(statistics.median(waits), 3) if waits else None


async def chat_length_s(session: AsyncSession, now: datetime) -> float:
    rows = (await session.execute(
        select(Conversation.ended_at, Conversation.first_reply_at)
        .where(Conversation.ended_at >= now - CHAT_LENGTH_WINDOW,
               Conversation.first_reply_at.is_not(None))
        .order_by(Conversation.ended_at.desc()).limit(CHAT_LENGTH_SAMPLE))).all()
    lengths = [s for s in (_seconds(e, f) for e, f in rows) if s is not None]
    return statistics.median(lengths) if lengths else DEFAULT_CHAT_S


def _estimate(position: int, cap: Capacity, chat_s: float) -> int:
    return round(position * chat_s / max(1, cap.seats))


async def _usual_hours(session: AsyncSession, now: datetime) -> tuple[list[UsualHours], str]:
    card = await rate_card.current_card(session)
    starts = (await session.scalars(
        select(PresenceHour.hour_start).distinct()
        .where(PresenceHour.hour_start >= now - timedelta(days=USUAL_HOURS_DAYS)))).all()
    days_by_hour: dict[int, set[object]] = {}
    for start in starts:
        local = start.astimezone(card.zone)
        days_by_hour.setdefault(local.hour, set()).add(local.date())
    usual = [h for h in range(24) if len(days_by_hour.get(h, ())) >= USUAL_HOURS_MIN_DAYS]
    spans: list[UsualHours] = []
    for hour in usual:
        if spans and spans[-1].end_hour == hour:
            spans[-1] = UsualHours(start_hour=spans[-1].start_hour, end_hour=hour + 1)
        else:
            spans.append(UsualHours(start_hour=hour, end_hour=hour + 1))
    return spans, card.time_zone


async def availability(state: ServerState) -> ServiceAvailability:
    now = state.clock.now()
    async with state.db.read() as session:
        cap = await capacity(session)
        current = state_of(cap, state.config)
        estimate = None
        if current is AvailabilityState.BUSY:
            estimate = _estimate(cap.queue_waiting + 1, cap, await chat_length_s(session, now))
        hours, zone = await _usual_hours(session, now)
        return ServiceAvailability(
            state=current, online=cap.online, free=cap.free,
            typical_first_reply_s=await _typical_first_reply_s(session, now),
            queue_waiting=cap.queue_waiting, wait_estimate_s=estimate, usual_hours=hours,
            time_zone=zone, refund_after_s=int(state.config.queue_timeout_s), checked_at=now)


async def queue_place(state: ServerState, principal: Principal, conversation_id: str
                      ) -> QueuePlace:
    """A client's place in the queue by when they paid (1: next); None once a responder
    has them."""
    if principal.is_responder or principal.conversation_id != conversation_id:
        raise not_found()
    now = state.clock.now()
    async with state.db.read() as session:
        conversation = await session.get(Conversation, conversation_id)
        if conversation is None:
            raise not_found()
        cap = await capacity(session)
        if conversation.state != ConversationState.QUEUED.value:
            return QueuePlace(position=None, waiting=cap.queue_waiting, wait_estimate_s=None)
        ahead = await session.scalar(select(func.count(Conversation.id)).where(
            Conversation.state == ConversationState.QUEUED.value,
            Conversation.created_at < conversation.created_at))
        position = int(ahead or 0) + 1
        estimate = _estimate(position, cap, await chat_length_s(session, now))
        return QueuePlace(position=position, waiting=cap.queue_waiting,
                          wait_estimate_s=estimate)
