"""The payment providers' interface and the registry a server instance keeps of them.

A provider is anything with the `PaymentProvider` shape: an outside service the platform
reaches, like the database. The providers that ship, and what a payment means, are the
payments feature's (`payments/providers.py` the sandbox, `payments/wechat.py`,
`payments/alipay.py`, `payments/service.py`); refunds go through the same interface
(`refunds/service.py`).

Every call names OUR numbers (`out_trade_no`, `out_refund_no`), never the provider's ids:
a retry after a timeout carries the same number, so the provider answers it with the same
order or refund instead of a second one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

# What a provider says about a charge, and about a refund.
CHARGE_PENDING, CHARGE_PAID, CHARGE_CLOSED = "pending", "paid", "closed"
REFUND_PROCESSING, REFUND_DONE, REFUND_ABNORMAL, REFUND_CLOSED = (
    "processing", "done", "abnormal", "closed")


@dataclass(frozen=True)
class ChargeRequest:
    out_trade_no: str
    amount_fen: int
    description: str
    method: str  # responder_wire.payments.PayMethod's value
    expires_at: datetime
    client_ip: str | None = None  # WeChat H5 wants the payer's address
    openid: str | None = None  # WeChat JSAPI: the payer inside the official account
    return_url: str | None = None  # where the provider sends the client back


@dataclass(frozen=True)
class ProviderCharge:
    """What a provider says about a charge."""

    reference: str  # the provider's own id (transaction id, trade no, prepay id)
    state: str = CHARGE_PENDING
    amount_fen: int | None = None  # what the provider says was paid (None: not told)
    pay_url: str | None = None  # the page sends the client there (H5, Alipay)
    qr_code: str | None = None  # the page shows it as a QR code (a PC)
    jsapi: Mapping[str, str] | None = None  # WeChat's in-app cashier's parameters
    mismatch: str | None = None  # merchant/app/seller not ours: held for review

    @property
    def paid(self) -> bool:
        return self.state == CHARGE_PAID


@dataclass(frozen=True)
class RefundRequest:
    out_trade_no: str
    out_refund_no: str
    amount_fen: int
    total_fen: int  # the whole payment (WeChat Pay wants both)
    reason: str


@dataclass(frozen=True)
class ProviderRefund:
    reference: str  # the provider's id for the refund
    state: str  # processing | done | abnormal | closed

    @property
    def done(self) -> bool:
        return self.state == REFUND_DONE


@dataclass(frozen=True)
class WebhookNotice:
    """A verified notice. `kind` payment: `state` is a CHARGE_*; refund: a REFUND_*."""

    notice_id: str  # unique per provider: stored once (payments/notices.py)
    kind: str  # payment | refund
    out_trade_no: str
    reference: str
    state: str
    amount_fen: int | None
    out_refund_no: str = ""
    mismatch: str | None = None  # merchant/app/seller not ours: held for review


@dataclass(frozen=True)
class BillLine:
    """One line of a provider's daily bill (reconciliation)."""

    kind: str  # payment | refund
    out_trade_no: str
    reference: str
    amount_fen: int
    state: str  # paid | a REFUND_*
    out_refund_no: str = ""


@dataclass(frozen=True)
class WebhookAnswer:
    """What the provider wants to hear back: WeChat Pay a 200/204 (or a 4xx/5xx JSON to
    retry), Alipay the text `success`."""

    status_code: int
    media_type: str
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)


class BadWebhook(ValueError):
    """A webhook whose signature, age or shape does not check out; never acted on."""


class ProviderError(RuntimeError):
    """The provider refused a call or answered something we cannot trust (a bad signature
    on its answer). Never carries a secret."""


class PaymentProvider(Protocol):
    name: str
    sandbox: bool  # True: no real money moves; the page says so
    methods: tuple[str, ...]  # the PayMethod values it takes

    async def create_charge(self, request: ChargeRequest) -> ProviderCharge: ...

    async def query_charge(self, out_trade_no: str) -> ProviderCharge: ...

    async def close_charge(self, out_trade_no: str) -> ProviderCharge:
        """Close an unpaid order; answers what the order is now (paid if it beat us)."""
        ...

    async def refund(self, request: RefundRequest) -> ProviderRefund: ...

    async def query_refund(self, out_trade_no: str, out_refund_no: str) -> ProviderRefund: ...

    async def bill(self, day: date) -> list[BillLine] | None:
        """The day's bill; None: this provider's bill is not read (reconciliation then
        asks about each of the day's unpaid orders instead)."""
        ...

    def verify_webhook(self, body: bytes, headers: Mapping[str, str], now: datetime
                       ) -> WebhookNotice:
        """`headers` look up case-insensitively (Starlette's `Headers`)."""
        ...

    def answer(self, accepted: bool) -> WebhookAnswer | None:
        """The provider's own answer; None: the route's JSON `WebhookReceived`."""
        ...


class Providers:
    """The providers one server instance knows, by name (built from its config)."""

    def __init__(self, *providers: PaymentProvider) -> None:
        self._by_name: dict[str, PaymentProvider] = {p.name: p for p in providers}

    def get(self, name: str) -> PaymentProvider | None:
        return self._by_name.get(name)

    def __getitem__(self, name: str) -> PaymentProvider:
        return self._by_name[name]

    def all(self) -> list[PaymentProvider]:
        return list(self._by_name.values())

    def for_method(self, method: str) -> PaymentProvider | None:
        return next((p for p in self._by_name.values() if method in p.methods), None)

    def register(self, provider: PaymentProvider) -> None:
        self._by_name[provider.name] = provider
