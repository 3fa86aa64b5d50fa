"""Reading conversations for the console: find by id, client or responder; one chat's
timings, payments and rating; and the rows of the per-conversation CSV export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import Conversation, Payment, Rating, Responder
from responder_wire.payments import PaymentStatus

FIND_LIMIT = 100
REFUNDED = (PaymentStatus.REFUNDING.value, PaymentStatus.REFUNDED.value)


@dataclass(frozen=True)
class Timings:
    conversation: Conversation
    responder: str
    rating: int | None
    refunded_fen: int
    paid_fen: int

    def _between(self, start: datetime | None, end: datetime | None) -> float | None:
        return (end - start).total_seconds() if start and end else None

    @property
    def queue_wait_s(self) -> float | None:
        c = self.conversation
        return self._between(c.created_at, c.offered_at)

    @property
    def first_reply_s(self) -> float | None:
        c = self.conversation
        return self._between(c.created_at, c.first_reply_at)

    @property
    def length_s(self) -> float | None:
        c = self.conversation
        return self._between(c.first_reply_at or c.offered_at, c.ended_at)


async def _timings(session: AsyncSession, conversations: list[Conversation]) -> list[Timings]:
    ids = [c.id for c in conversations]
    if not ids:
        return []
    names = dict((await session.execute(select(Responder.id, Responder.email))).all())
    ratings = dict((await session.execute(select(Rating.conversation_id, Rating.stars)
                                           .where(Rating.conversation_id.in_(ids)))).all())
    chat_of = func.coalesce(Payment.conversation_id, Payment.extends_conversation_id)
    paid: dict[str, int] = {}
    refunded: dict[str, int] = {}
    for chat, status, amount in (await session.execute(
            select(chat_of, Payment.status, Payment.amount_fen).where(
                or_(Payment.conversation_id.in_(ids),
                    Payment.extends_conversation_id.in_(ids))))).all():
        if status in (PaymentStatus.USED.value, *REFUNDED):
            paid[chat] = paid.get(chat, 0) + amount
        if status in REFUNDED:
            refunded[chat] = refunded.get(chat, 0) + amount
    return [Timings(c, names.get(c.responder_id, "") if c.responder_id else "",
                    ratings.get(c.id), refunded.get(c.id, 0), paid.get(c.id, 0))
            for c in conversations]


async def find(session: AsyncSession, text: str) -> list[Timings]:
    """By conversation id, client id, or responder (email or id); newest first."""
    text = text.strip()
    if not text:
        return []
    conditions = [Conversation.id == text, Conversation.client_id == text]
    responder_id = await session.scalar(select(Responder.id).where(
        or_(Responder.email == text.lower(),
            Responder.id == (int(text) if text.isdigit() else -1))))
    if responder_id is not None:
        conditions.append(Conversation.responder_id == responder_id)
    rows = list(await session.scalars(select(Conversation).where(or_(*conditions))
                                      .order_by(Conversation.created_at.desc())
                                      .limit(FIND_LIMIT)))
    return await _timings(session, rows)


async def one(session: AsyncSession, conversation_id: str) -> Timings | None:
    conversation = await session.get(Conversation, conversation_id)
    return None if conversation is None else (await _timings(session, [conversation]))[0]


async def payments_of(session: AsyncSession, conversation_id: str) -> list[Payment]:
    return list(await session.scalars(select(Payment).where(or_(
        Payment.conversation_id == conversation_id,
        Payment.extends_conversation_id == conversation_id)).order_by(Payment.created_at)))


async def between(session: AsyncSession, start: datetime, end: datetime) -> list[Timings]:
    rows = list(await session.scalars(select(Conversation).where(
        Conversation.created_at >= start, Conversation.created_at < end)
        .order_by(Conversation.created_at)))
    return await _timings(session, rows)
