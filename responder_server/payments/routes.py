"""Paying for a chat: the page's quote and checkout (`service.py`), an extension of an open
chat (session_time/), and where a payment provider tells the backend a payment went
through."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response

from responder_server.auth.deps import AnyPrincipal, State
from responder_server.auth.limit_deps import LIMIT_CHECKOUT, LIMIT_CONFIRM
from responder_server.payments import quote as quotes
from responder_server.payments import service as payments
from responder_server.payments.providers import SIGNATURE_HEADER
from responder_wire.payments import (
    Checkout,
    CheckoutStarted,
    Quote,
    WebhookReceived,
    WebSessionStarted,
)
from responder_wire.session_time import ExtensionCheckout

router = APIRouter()


@router.post("/payments/{provider}/webhook", tags=["payments"], openapi_extra={
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
    return await payments.webhook(state, provider, body, request.headers)


@router.get("/client/quote", tags=["web client"])
async def get_quote(
    state: State,
    length_minutes: Annotated[int, Query(description="session length in minutes")],
) -> Quote:
    """The current price (day or night) of a session of this length, if started now."""
    return await quotes.quote(state, length_minutes)


IdempotencyKey = Annotated[str | None, Header(max_length=200)]


@router.post("/client/checkout", tags=["web client"], status_code=201,
             dependencies=[LIMIT_CHECKOUT], responses={
    200: {"model": CheckoutStarted, "description": "a retry: the same payment"}})
async def checkout(body: Checkout, state: State, response: Response,
                   idempotency_key: IdempotencyKey = None) -> CheckoutStarted:
    """Step one: the client's choice is priced by the current rate card and a pending
    payment is created with the provider (sandbox). A retry with the same
    `Idempotency-Key` answers 200 with the same payment."""
    started, created = await payments.start_checkout(state, body, idempotency_key)
    if not created:
        response.status_code = 200
    return started


@router.post("/client/checkout/{payment_id}/confirm", tags=["web client"],
             status_code=201,
             dependencies=[LIMIT_CONFIRM], responses={
    200: {"model": WebSessionStarted, "description": "a retry: the same chat"}})
async def confirm(payment_id: str, state: State, response: Response,
                  idempotency_key: IdempotencyKey = None) -> WebSessionStarted:
    """Step two: once the provider says paid, the chat starts, once per payment (a second
    start is 409 `payment-used`; a retry with the same `Idempotency-Key` answers 200 with
    the same chat and a fresh client token)."""
    started, created = await payments.confirm(state, payment_id, idempotency_key)
    if not created:
        response.status_code = 200
    return started


@router.post("/conversations/{conversation_id}/extension", tags=["web client"],
             status_code=201, dependencies=[LIMIT_CHECKOUT], responses={
    200: {"model": CheckoutStarted, "description": "a retry: the same payment"}})
async def extension(conversation_id: str, body: ExtensionCheckout, principal: AnyPrincipal,
                    state: State, response: Response,
                    idempotency_key: IdempotencyKey = None) -> CheckoutStarted:
    """More time in the same chat with the same listener (the client token of that chat): a
    pending payment priced by the current rate card, through the same checkout, with
    `extends_conversation_id` set; the client confirms it with
    `POST /client/checkout/{payment_id}/confirm`, which adds its minutes to the chat (and
    answers the same chat with a fresh token). Only while the chat is open, after the first
    reply and before its grace ends (409 `extension-closed` otherwise)."""
    started, created = await payments.start_extension(state, principal, conversation_id, body,
                                                      idempotency_key)
    if not created:
        response.status_code = 200
    return started
