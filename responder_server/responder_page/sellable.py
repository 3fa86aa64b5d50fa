"""Whether a chat with one responder can be sold now, said before paying: `free` (online
with room: routed to them at once), `busy` (online but full: the client may choose to wait
for them; the estimate is the availability model for their seats only), `away` (not
online, or they blocked this client: nothing with them is sold; the page shows their
usual hours and "anyone free now")."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.availability import service as availability
from responder_server.core.config import ServerConfig
from responder_server.core.models import (
    Client,
    ClientBlock,
    Conversation,
    PresenceHour,
    Responder,
)
from responder_server.core.problems import ProblemError
from responder_server.earnings import rate_card
from responder_wire import Availability, ConversationState
from responder_wire.availability import AvailabilityState, UsualHours
from responder_wire.responder_page import PageAvailability, PageState

USUAL_HOURS_DAYS = 28
USUAL_HOURS_MIN_DAYS = 4  # one person: an hour they were online in on 4 of the last 28 days


async def has_room(session: AsyncSession, responder: Responder) -> bool:
    if responder.availability != Availability.ONLINE.value:
        return False
    active = await session.scalar(select(func.count(Conversation.id)).where(
        Conversation.responder_id == responder.id,
        Conversation.state == ConversationState.ACTIVE.value))
    return int(active or 0) < responder.max_concurrent


async def blocked(session: AsyncSession, responder_id: int, key_digest: str | None) -> bool:
    if not key_digest:
        return False
    return bool(await session.scalar(select(exists().where(
        ClientBlock.responder_id == responder_id,
        ClientBlock.client_id == select(Client.id).where(Client.key_hash == key_digest)
        .scalar_subquery()))))


async def _state(session: AsyncSession, responder: Responder, key_digest: str | None
                 ) -> PageState:
    if responder.suspended_at is not None or await blocked(session, responder.id, key_digest):
        return PageState.AWAY
    if await has_room(session, responder):
        return PageState.FREE
    if responder.availability == Availability.ONLINE.value:
        return PageState.BUSY
    return PageState.AWAY


async def _wait_estimate(session: AsyncSession, responder: Responder, now: datetime) -> int:
    """(their page clients already waiting + 1) × the median chat / their seats."""
    waiting = await session.scalar(select(func.count(Conversation.id)).where(
        Conversation.page_responder_id == responder.id,
        Conversation.state == ConversationState.QUEUED.value))
    chat_s = await availability.chat_length_s(session, now)
    return round((int(waiting or 0) + 1) * chat_s / max(1, responder.max_concurrent))


async def usual_hours(session: AsyncSession, responder_id: int, now: datetime
                      ) -> tuple[list[UsualHours], str]:
    """Their usual hours (platform time zone), the next one to come first."""
    card = await rate_card.current_card(session)
    starts = (await session.scalars(select(PresenceHour.hour_start).where(
        PresenceHour.responder_id == responder_id,
        PresenceHour.hour_start >= now - timedelta(days=USUAL_HOURS_DAYS)))).all()
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
    current = now.astimezone(card.zone).hour
    spans.sort(key=lambda span: (span.start_hour - current) % 24)  # the next span first
    return spans, card.time_zone


async def page_availability(session: AsyncSession, config: ServerConfig, responder: Responder,
                            key_digest: str | None, now: datetime) -> PageAvailability:
    state = await _state(session, responder, key_digest)
    estimate = await _wait_estimate(session, responder, now) if state is PageState.BUSY else None
    hours: list[UsualHours] = []
    zone = (await rate_card.current_card(session)).time_zone
    if state is PageState.AWAY and not await blocked(session, responder.id, key_digest):
        hours, zone = await usual_hours(session, responder.id, now)
    cap = await availability.capacity(session)
    anyone = availability.state_of(cap, config) is AvailabilityState.FREE
    return PageAvailability(state=state, wait_estimate_s=estimate, usual_hours=hours,
                            time_zone=zone, anyone_free=anyone,
                            refund_after_s=int(config.queue_timeout_s))


async def refuse_unsellable(session: AsyncSession, config: ServerConfig, responder: Responder,
                            key_digest: str | None, wait: bool, now: datetime) -> None:
    """Checkout from a page sells only what the page offered: a chat with them now, or,
    when the client chose to wait, a place in their line while they are online."""
    state = await _state(session, responder, key_digest)
    if state is PageState.FREE:
        return
    if state is PageState.BUSY:
        if wait:
            return
        raise ProblemError(409, "listener-busy", "They are busy",
                           "This listener is busy with other chats right now, so nothing "
                           "was charged. You can choose to wait for them, or talk to "
                           "anyone free now.")
    raise ProblemError(409, "listener-away", "They are not online",
                       "This listener is not online right now, so nothing was charged. "
                       "Please come back in their usual hours, or talk to anyone free now.")
