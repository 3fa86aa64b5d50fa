"""The sandbox payout provider: no money moves; every transfer is paid at once.

Registered when no real payout provider is configured (app.py); it then pays every line,
whatever channel the responder bound (the console says so). Its notices are signed like the
payment sandbox's (`RESPONDER_SANDBOX_WEBHOOK_SECRET`, payments/providers.py's scheme), so
the notice route can be run end to end.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from datetime import datetime

from responder_server.core.payout_providers import (
    BadWebhook,
    ProviderTransfer,
    TransferNotice,
    TransferRequest,
    WebhookAnswer,
)
from responder_server.payments.providers import SIGNATURE_HEADER, WEBHOOK_TOLERANCE_S, sign
from responder_wire.payouts import PayoutChannel, PayoutState


class SandboxPayouts:
    channel = PayoutChannel.SANDBOX.value
    sandbox = True

    def __init__(self, webhook_secret: str = "") -> None:
        self.webhook_secret = webhook_secret

    async def transfer(self, request: TransferRequest) -> ProviderTransfer:
        return self._paid(request.transfer_no)

    async def query(self, transfer_no: str) -> ProviderTransfer | None:
        # Derived from our number, as a real provider answers a repeat with the same one.
        return self._paid(transfer_no)

    @staticmethod
    def _paid(transfer_no: str) -> ProviderTransfer:
        return ProviderTransfer(state=PayoutState.PAID.value,
                                reference=f"sandbox-{transfer_no}")

    def verify_notice(self, body: bytes, headers: Mapping[str, str], now: datetime
                      ) -> TransferNotice:
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
        if not hmac.compare_digest(sign(self.webhook_secret, body, timestamp),
                                   f"t={timestamp},v1={parts.get('v1', '')}"):
            raise BadWebhook("the signature does not match")
        try:
            data = json.loads(body)
            state = PayoutState(str(data["state"])).value
            return TransferNotice(
                notice_id=str(data.get("id") or hashlib.sha256(body).hexdigest()),
                transfer_no=str(data["transfer_no"]),
                transfer=ProviderTransfer(state=state, reference=str(data.get("reference", "")),
                                          reason=str(data.get("reason", ""))[:300]),
                amount_fen=int(data["amount_fen"]) if "amount_fen" in data else None)
        except (ValueError, KeyError, TypeError, AttributeError):
            raise BadWebhook("the body is not a transfer notice") from None

    def answer(self, accepted: bool) -> WebhookAnswer:
        body = json.dumps({"accepted": accepted}).encode()
        return WebhookAnswer(200 if accepted else 401, "application/json", body)
