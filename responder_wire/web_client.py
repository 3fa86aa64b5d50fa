"""Wire models for the client's web page: quote, checkout (payment), stream tickets,
typing indicators and ratings. Shared by the backend and the app."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from responder_wire.models import SenderRole, SessionStart, SessionStarted
from responder_wire.strict import StrictRequest

__all__ = [
    "MAX_RATING_COMMENT_LENGTH",
    "TYPING_STALE_S",
    "Checkout",
    "CheckoutStarted",
    "PaymentStatus",
    "PriceWindow",
    "Quote",
    "RatingCreate",
    "RatingOut",
    "RatingsStats",
    "SessionFromPayment",
    "StreamTicket",
    "TypingNotice",
    "WebSessionStarted",
    "WebhookReceived",
]

MAX_RATING_COMMENT_LENGTH = 1000
# A typing notice older than this (server clock) is stale: a replayed one is ignored.
TYPING_STALE_S = 6.0


class _Model(StrictRequest):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class PriceWindow(StrEnum):
    DAY = "day"
    NIGHT = "night"


class PaymentStatus(StrEnum):
    PENDING = "pending"
    PAID = "paid"
    USED = "used"  # paid, and the session has started
    REFUNDING = "refunding"  # the client got no reply: the refund is on its way
    REFUNDED = "refunded"  # the provider gave the money back in full


class Quote(_Response):
    """What a session of `length_minutes` costs if it starts now."""

    length_minutes: int
    price_fen: int
    window: PriceWindow
    quoted_at: datetime
    lengths_minutes: list[int]  # every length a client may choose


class Checkout(SessionStart):
    """A client's choice, before paying: alias, topic and length."""


class CheckoutStarted(_Response):
    payment_id: str
    provider: str  # e.g. "sandbox"
    sandbox: bool  # True: no real money moves
    amount_fen: int
    window: PriceWindow
    length_minutes: int
    status: PaymentStatus


class WebSessionStarted(SessionStarted):
    payment_id: str


class SessionFromPayment(_Model):
    """`POST /client/sessions`: start the chat a paid checkout bought (alias, topic, length
    and client key come from the checkout)."""

    payment_id: str = Field(min_length=1, max_length=36)


class WebhookReceived(_Response):
    """What the backend made of a provider's webhook (the provider only needs the 200)."""

    payment_id: str | None  # None: not a payment of this server (ignored)
    status: PaymentStatus | None


class StreamTicket(_Response):
    """A short-lived, read-only credential for `GET /client/events?ticket=` (EventSource
    cannot send an Authorization header)."""

    ticket: str
    expires_at: datetime


class TypingNotice(_Response):
    """`typing.changed`: someone in a conversation is typing (ephemeral, rate-limited)."""

    conversation_id: str
    sender: SenderRole
    alias: str  # the client's alias, or the responder's display name
    at: datetime


class RatingCreate(_Model):
    stars: int = Field(ge=1, le=5)
    comment: str = Field(default="", max_length=MAX_RATING_COMMENT_LENGTH)

    @field_validator("comment")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()


class RatingOut(_Response):
    conversation_id: str
    alias: str
    stars: int
    comment: str
    created_at: datetime


class RatingsStats(_Response):
    count: int
    average: float | None  # None when no ratings yet
    by_stars: list[int]  # how many 1..5 star ratings, index 0 is one star
    recent: list[RatingOut]  # newest first
