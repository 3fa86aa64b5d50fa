"""The client's feedback in a chat: typing indicators and ratings.

Typing indicators go through the event log as `typing.changed`, rate-limited here to one
per sender per conversation every TYPING_MIN_INTERVAL_S. The log is what carries events
between several instances and what a reconnecting stream replays; replayed typing
notices are stale and both the page and the app ignore those older than TYPING_STALE_S.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from responder_server.auth import service as auth
from responder_server.conversations.service import visible_conversation
from responder_server.core.events import append_event
from responder_server.core.models import Conversation, Rating, Responder
from responder_server.core.principal import Principal
from responder_server.core.problems import ProblemError, not_found
from responder_server.core.state import ServerState
from responder_wire import (
    ConversationState,
    EventType,
    SenderRole,
)
from responder_wire.client_feedback import RatingCreate, RatingOut, RatingsStats, TypingNotice

TYPING_MIN_INTERVAL_S = 2.5
RECENT_RATINGS = 20

# (conversation id, sender) -> when its last typing notice was logged (this instance).
_last_typing: dict[tuple[str, str], datetime] = {}


async def typing(state: ServerState, principal: Principal, conversation_id: str) -> bool:
    """Logs a typing notice unless one was logged very recently. True if it was logged."""
    now = state.clock.now()
    sender = SenderRole.RESPONDER if principal.is_responder else SenderRole.CLIENT
    key = (conversation_id, sender.value)
    last = _last_typing.get(key)
    async with state.db.write() as session:
        conversation = await visible_conversation(session, principal, conversation_id)
        if conversation.state not in (ConversationState.ACTIVE.value,
                                      ConversationState.QUEUED.value):
            raise ProblemError(409, "conversation-not-open", "Chat not open",
                               "This chat has ended.")
        if last is not None and timedelta() <= now - last < timedelta(
                seconds=TYPING_MIN_INTERVAL_S):
            return False
        if sender is SenderRole.CLIENT:
            if conversation.responder_id is None:
                return False  # nobody to tell yet
            name = conversation.alias
        else:
            # The name clients see (presence/), never the display name colleagues see.
            responder = await session.get(Responder, principal.responder_id)
            name = responder.client_name if responder else ""
        notice = TypingNotice(conversation_id=conversation_id, sender=sender, alias=name,
                              at=now)
        await append_event(
            session, EventType.TYPING_CHANGED, notice, now=now,
            conversation_id=conversation_id,
            responder_id=conversation.responder_id if sender is SenderRole.CLIENT else None,
            client_visible=sender is SenderRole.RESPONDER)
    _last_typing[key] = now
    if len(_last_typing) > 10_000:
        cutoff = now - timedelta(minutes=1)
        for stale in [k for k, at in _last_typing.items() if at < cutoff]:
            del _last_typing[stale]
    state.notifier.notify()
    return True


def _rating_out(rating: Rating, alias: str) -> RatingOut:
    return RatingOut(conversation_id=rating.conversation_id, alias=alias, stars=rating.stars,
                     comment=rating.comment, created_at=rating.created_at)


async def rate(state: ServerState, principal: Principal, conversation_id: str,
               body: RatingCreate) -> RatingOut:
    if auth.require_client(principal) != conversation_id:
        raise not_found()
    now = state.clock.now()
    async with state.db.write() as session:
        conversation = await visible_conversation(session, principal, conversation_id)
        if conversation.state not in (ConversationState.ENDED.value,
                                      ConversationState.CLOSED.value):
            raise ProblemError(409, "conversation-still-open", "Chat still open",
                               "A chat can be rated once it has ended.")
        if await session.get(Rating, conversation_id) is not None:
            raise ProblemError(409, "already-rated", "Already rated",
                               "This chat has already been rated. Thank you!")
        rating = Rating(conversation_id=conversation_id,
                        responder_id=conversation.responder_id, stars=body.stars,
                        comment=body.comment, created_at=now)
        session.add(rating)
        await session.flush()
        out = _rating_out(rating, conversation.alias)
        if conversation.responder_id is not None:
            await append_event(session, EventType.CONVERSATION_RATED, out, now=now,
                               conversation_id=conversation_id,
                               responder_id=conversation.responder_id)
    state.notifier.notify()
    return out


async def get_rating(state: ServerState, principal: Principal,
                     conversation_id: str) -> RatingOut:
    async with state.db.read() as session:
        conversation = await visible_conversation(session, principal, conversation_id)
        rating = await session.get(Rating, conversation_id)
        if rating is None:
            raise not_found("rating")
        return _rating_out(rating, conversation.alias)


async def ratings_stats(state: ServerState, responder_id: int) -> RatingsStats:
    async with state.db.read() as session:
        counts = dict((await session.execute(
            select(Rating.stars, func.count()).where(Rating.responder_id == responder_id)
            .group_by(Rating.stars))).tuples().all())
        rows = (await session.execute(
            select(Rating, Conversation.alias)
            .join(Conversation, Conversation.id == Rating.conversation_id)
            .where(Rating.responder_id == responder_id)
            .order_by(Rating.created_at.desc()).limit(RECENT_RATINGS))).tuples().all()
    by_stars = [int(counts.get(stars, 0)) for stars in range(1, 6)]
    total = sum(by_stars)
    average = (round(sum((i + 1) * n for i, n in enumerate(by_stars)) / total, 2)
               if total else None)
    return RatingsStats(count=total, average=average, by_stars=by_stars,
                        recent=[_rating_out(rating, alias) for rating, alias in rows])
