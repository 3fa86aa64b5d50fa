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
    "PayMethod",
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
    CLOSED = "closed"  # never paid in time: closed at the provider
    REFUNDING = "refunding"  # the client got no reply: the refund is on its way
    REFUNDED = "refunded"  # the provider gave the money back in full
    IN_REVIEW = "in_review"  # the provider's notice did not match: the operator looks


class PayMethod(StrEnum):
    """How the client pays: the page picks what the client's browser can use."""

    SANDBOX = "sandbox"  # no money moves (demos and tests)
    WECHAT_JSAPI = "wechat-jsapi"  # inside WeChat
    WECHAT_H5 = "wechat-h5"  # WeChat Pay from another phone browser
    WECHAT_NATIVE = "wechat-native"  # a QR code on a PC
    ALIPAY_WAP = "alipay-wap"  # Alipay from a phone browser
    ALIPAY_PAGE = "alipay-page"  # Alipay on a PC


class Quote(_Response):
    """What a session of `length_minutes` costs if it starts now."""

    length_minutes: int
    price_fen: int
    window: PriceWindow
    quoted_at: datetime
    lengths_minutes: list[int]  # every length a client may choose
    # The ways to pay this server offers (the page keeps those the browser can use).
    methods: list[PayMethod] = [PayMethod.SANDBOX]
    # Inside WeChat: the official account whose sign-in (OAuth, snsapi_base) gives the
    # page the `wechat_code` that JSAPI checkout needs; None: JSAPI not offered.
    wechat_app_id: str | None = None


class Checkout(SessionStart):
    """A client's choice, before paying: alias, topic and length, and how they pay."""

    method: PayMethod | None = None  # None: the server's default (the sandbox)
    # WeChat JSAPI: the code the official account's OAuth redirect gave the page (the
    # server trades it for the payer's openid).
    wechat_code: str | None = Field(default=None, max_length=128)
    # Bought from a responder's page (responder_page): the chat goes to them only. While
    # they have no room, checkout sells nothing unless `wait_for_them` says the client chose
    # to wait for them.
    page: str | None = Field(default=None, min_length=3, max_length=32)
    wait_for_them: bool = False


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
    method: PayMethod = PayMethod.SANDBOX
    out_trade_no: str | None = None  # our order number at the provider
    expires_at: datetime | None = None  # unpaid by then: closed
    pay_url: str | None = None  # H5 / Alipay: the page goes there
    qr_code: str | None = None  # a PC: the page shows this as a QR code
    qr_image: str | None = None  # that QR code drawn by the server (a data: SVG URL)
    jsapi: dict[str, str] | None = None  # inside WeChat: WeixinJSBridge's parameters


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
