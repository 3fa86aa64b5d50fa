"""Wire models for paying for a chat: quote, checkout, the payment's status, the
provider's webhook and the chat a paid checkout starts. Shared by the backend and the
client's web page."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from responder_wire.models import SessionStart, SessionStarted
from responder_wire.strict import StrictRequest

__all__ = [
    "Checkout",
    "CheckoutStarted",
    "PaymentStatus",
    "PriceWindow",
    "Quote",
    "SessionFromPayment",
    "WebSessionStarted",
    "WebhookReceived",
]

class _Model(StrictRequest):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


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
    # An extension (session_time): the chat this payment adds a block to; None: a new chat.
    extends_conversation_id: str | None = None


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
