"""Reading conversations for the console: find by id, client or responder; one chat's
timings, payments and rating; and the rows of the per-conversation CSV export. Plain
functions of a Session, run through `Database.run_read` (off the event loop on SQLite: an
export reads tens of thousands of rows)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from responder_server.core.models import Conversation, Payment, Rating, Refund, Responder
from responder_wire.payments import PaymentStatus

FIND_LIMIT = 100
PAID = (PaymentStatus.PAID.value, PaymentStatus.USED.value, PaymentStatus.REFUNDING.value,
        PaymentStatus.REFUNDED.value)


@dataclass(frozen=True)
class Timings:
    conversation: Any  # a Conversation, or a row of EXPORT_COLUMNS (same names)
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


def _timings(session: Session, conversations: Sequence[Any],
                   *where: ColumnElement[bool]) -> list[Timings]:
    """`where`: the conditions on Conversation that chose them (joined, not an IN list of
    every id: an export is tens of thousands)."""
    if not conversations:
        return []
    names = dict((session.execute(select(Responder.id, Responder.email))).all())
    ratings = dict((session.execute(
        select(Rating.conversation_id, Rating.stars)
        .join(Conversation, Conversation.id == Rating.conversation_id).where(*where))).all())
    chat_of = func.coalesce(Payment.conversation_id, Payment.extends_conversation_id)
    paid: dict[str, int] = {}
    refunded: dict[str, int] = {}
    for chat, status, amount in (session.execute(
            select(chat_of, Payment.status, Payment.amount_fen)
            .join(Conversation, Conversation.id == chat_of).where(*where))).all():
        if status in PAID:
            paid[chat] = paid.get(chat, 0) + amount
    # Refunds in full (no reply) or in part (the operator), on their way or done: each a
    # row of its own, so a partial refund counts only its amount.
    for chat, amount in (session.execute(
            select(chat_of, func.sum(Refund.amount_fen))
            .join(Payment, Payment.id == Refund.payment_id)
            .join(Conversation, Conversation.id == chat_of).where(*where)
            .group_by(chat_of))).all():
        refunded[chat] = int(amount or 0)
    return [Timings(c, names.get(c.responder_id, "") if c.responder_id else "",
                    ratings.get(c.id), refunded.get(c.id, 0), paid.get(c.id, 0))
            for c in conversations]


def find(session: Session, text: str) -> list[Timings]:
    """By conversation id, client id, or responder (email or id); newest first."""
    text = text.strip()
    if not text:
        return []
    conditions = [Conversation.id == text, Conversation.client_id == text]
    responder_id = session.scalar(select(Responder.id).where(
        or_(Responder.email == text.lower(),
            Responder.id == (int(text) if text.isdigit() else -1))))
    if responder_id is not None:
        conditions.append(Conversation.responder_id == responder_id)
    rows = list(session.scalars(select(Conversation).where(or_(*conditions))
                                      .order_by(Conversation.created_at.desc())
                                      .limit(FIND_LIMIT)))
    return _timings(session, rows, Conversation.id.in_([c.id for c in rows]))


def one(session: Session, conversation_id: str) -> Timings | None:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        return None
    return (_timings(session, [conversation], Conversation.id == conversation_id))[0]


def payments_of(session: Session, conversation_id: str) -> list[Payment]:
    return list(session.scalars(select(Payment).where(or_(
        Payment.conversation_id == conversation_id,
        Payment.extends_conversation_id == conversation_id)).order_by(Payment.created_at)))


# Only what the export shows: plain rows, not ORM objects (a day of a busy platform is
# tens of thousands of them).
EXPORT_COLUMNS = (Conversation.id, Conversation.created_at, Conversation.offered_at,
                  Conversation.first_reply_at, Conversation.ended_at, Conversation.closed_at,
                  Conversation.length_minutes, Conversation.paid_minutes, Conversation.state,
                  Conversation.ended_by, Conversation.responder_id, Conversation.price_fen,
                  Conversation.refund_reason)


def between(session: Session, start: datetime, end: datetime) -> list[Timings]:
    in_range = (Conversation.created_at >= start, Conversation.created_at < end)
    rows = (session.execute(select(*EXPORT_COLUMNS).where(*in_range)
                                  .order_by(Conversation.created_at))).all()
    return _timings(session, rows, *in_range)


LOW_STARS = 2
LOW_RATINGS_SHOWN = 50


def low_ratings(session: Session) -> list[Any]:
    """The newest ratings of LOW_STARS or fewer: where a client is unhappy with a chat (the
    place to look before a refund is asked for)."""
    return list(session.execute(
        select(Rating.conversation_id, Rating.stars, Rating.comment, Rating.created_at,
               Conversation.alias, Responder.email)
        .join(Conversation, Conversation.id == Rating.conversation_id)
        .outerjoin(Responder, Responder.id == Rating.responder_id)
        .where(Rating.stars <= LOW_STARS)
        .order_by(Rating.created_at.desc()).limit(LOW_RATINGS_SHOWN)).all())
