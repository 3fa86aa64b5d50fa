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
from datetime import datetime

from responder_server.core.payment_providers import (
    BadWebhook,
    ProviderCharge,
    ProviderRefund,
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


class SandboxProvider:
    """SANDBOX: no money moves. Every charge is paid once confirmed; refunds always work."""

    name = "sandbox"
    sandbox = True

    def __init__(self, webhook_secret: str = "") -> None:
        self.webhook_secret = webhook_secret

    async def create_charge(self, *, payment_id: str, amount_fen: int, description: str,
                            idempotency_key: str) -> ProviderCharge:
        # Derived from the key, as a real provider answers a repeated key with the same charge.
        return ProviderCharge(reference=f"sandbox-{idempotency_key}", paid=False)

    async def charge_status(self, *, payment_id: str, reference: str) -> ProviderCharge:
        return ProviderCharge(reference=reference, paid=True)

    async def refund(self, *, payment_id: str, reference: str, amount_fen: int,
                     idempotency_key: str) -> ProviderRefund:
        return ProviderRefund(reference=f"sandbox-refund-{idempotency_key}", done=True)

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
            return WebhookNotice(payment_id=str(data["payment_id"]),
                                 reference=str(data["reference"]),
                                 paid=data["status"] == "paid",
                                 amount_fen=int(data["amount_fen"]))
        except (ValueError, KeyError, TypeError):
            raise BadWebhook("the body is not a payment notice") from None


DEFAULT_PROVIDER = "sandbox"
