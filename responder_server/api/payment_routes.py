"""Where a payment provider tells the backend a payment went through (checkout.py)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from responder_server import checkout
from responder_server.api.deps import State
from responder_server.payments import SIGNATURE_HEADER
from responder_wire.payments import WebhookReceived

router = APIRouter(tags=["payments"])


@router.post("/payments/{provider}/webhook", openapi_extra={
    "requestBody": {"required": True, "content": {"application/json": {}}},
    "parameters": [{"name": SIGNATURE_HEADER, "in": "header", "required": True,
                    "schema": {"type": "string"},
                    "description": "the provider's signature over the raw body"}],
})
async def payment_webhook(provider: str, request: Request, state: State) -> WebhookReceived:
    """A provider's signed notice that a payment is paid. The signature is checked over the
    raw body (401 `bad-signature` otherwise, and nothing changes); a repeated notice is
    harmless; a notice about a payment this server does not know is acknowledged (200,
    `payment_id: null`) so the provider stops retrying it."""
    body = await request.body()
    return await checkout.webhook(state, provider, body, request.headers)
