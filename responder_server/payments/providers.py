"""Payment providers: how a client pays for a session, and how they get it back.

A provider is anything with the `PaymentProvider` shape (`core/payment_providers.py`). Every
call is async (a real provider is a network call) and carries an idempotency key, so a retry
after a timeout never charges or refunds twice: the key is our payment id, which the
provider also keeps as its order number (WeChat Pay's and Alipay's `out_trade_no`, Stripe's
metadata).

A payment becomes *paid* in one of two ways, both through `payments.service.record_paid`:
- the provider calls `POST /api/v1/payments/{provider}/webhook` with a signed body, which
  `verify_webhook` checks and turns into a `WebhookNotice`;
- the client's page confirms (`POST /client/checkout/{id}/confirm`), and the backend asks
  the provider itself (`charge_status`), for when a webhook is late or lost.

Only the SANDBOX provider ships: it moves no money; a charge is paid once the client
confirms it, and refunds always succeed. Its webhooks are signed with the operator's secret
(`RESPONDER_SANDBOX_WEBHOOK_SECRET`; unset: every sandbox webhook is refused), the way a
real provider signs its own, so the whole path can be run and tested.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import date, datetime

from responder_server.core.payment_providers import (
    CHARGE_PAID,
    CHARGE_PENDING,
    REFUND_DONE,
    BadWebhook,
    BillLine,
    ChargeRequest,
    ProviderCharge,
    ProviderRefund,
    RefundRequest,
    WebhookAnswer,
    WebhookNotice,
)

SIGNATURE_HEADER = "Responder-Signature"
# A signed webhook older (or newer) than this by the server clock is refused: a replay.
WEBHOOK_TOLERANCE_S = 300


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The sandbox's signature header value: `t=<unix seconds>,v1=<hex HMAC-SHA256>` over
    `<t>.<body>` (the scheme Stripe uses; WeChat Pay and Alipay sign differently, each in
    their own provider class)."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def order_number(payment_id: str) -> str:
    """Our order number for a payment id: its 32 hex digits (WeChat Pay and Alipay take at
    most 32 of [0-9A-Za-z_-|*]; a UUID with its dashes is 36)."""
    return payment_id.replace("-", "")


class SandboxProvider:
    """SANDBOX: no money moves. Every charge is paid once confirmed; refunds always work."""

    name = "sandbox"
    sandbox = True
    methods: tuple[str, ...] = ("sandbox",)

    def __init__(self, webhook_secret: str = "") -> None:
        self.webhook_secret = webhook_secret

    async def create_charge(self, request: ChargeRequest) -> ProviderCharge:
        # Derived from our number, as a real provider answers a repeat with the same order.
        return ProviderCharge(reference=f"sandbox-{request.out_trade_no}")

    async def query_charge(self, out_trade_no: str) -> ProviderCharge:
        return ProviderCharge(reference=f"sandbox-{out_trade_no}", state=CHARGE_PAID)

    async def close_charge(self, out_trade_no: str) -> ProviderCharge:
        return ProviderCharge(reference=f"sandbox-{out_trade_no}", state="closed")

    async def refund(self, request: RefundRequest) -> ProviderRefund:
        return ProviderRefund(reference=f"sandbox-refund-{request.out_refund_no}",
                              state=REFUND_DONE)

    async def query_refund(self, out_trade_no: str, out_refund_no: str) -> ProviderRefund:
        return ProviderRefund(reference=f"sandbox-refund-{out_refund_no}", state=REFUND_DONE)

    async def bill(self, day: date) -> list[BillLine] | None:
        return []

    def verify_webhook(self, body: bytes, headers: Mapping[str, str], now: datetime
                       ) -> WebhookNotice:
        if not self.webhook_secret:
            raise BadWebhook("no webhook secret is set for the sandbox provider")
        parts = dict(part.split("=", 1) for part in headers.get(SIGNATURE_HEADER, "").split(",")
                     if "=" in part)
        try:
            timestamp = int(parts.get("t", ""))
        except ValueError:
            raise BadWebhook("the signature has no time") from None
        if abs(now.timestamp() - timestamp) > WEBHOOK_TOLERANCE_S:
            raise BadWebhook("the signature is too old")
        expected = sign(self.webhook_secret, body, timestamp)
        if not hmac.compare_digest(expected, f"t={timestamp},v1={parts.get('v1', '')}"):
            raise BadWebhook("the signature does not match")
        try:
            data = json.loads(body)
            out_trade_no = str(data.get("out_trade_no") or order_number(str(data["payment_id"])))
            return WebhookNotice(
                # The sandbox's notices have no id of their own: the body is the notice.
                notice_id=str(data.get("id") or hashlib.sha256(body).hexdigest()),
                kind="payment", out_trade_no=out_trade_no, reference=str(data["reference"]),
                state=CHARGE_PAID if data["status"] == "paid" else CHARGE_PENDING,
                amount_fen=int(data["amount_fen"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise BadWebhook("the body is not a payment notice") from None

    def answer(self, accepted: bool) -> WebhookAnswer | None:
        return None  # the route's JSON and problem answers


DEFAULT_PROVIDER = "sandbox"
