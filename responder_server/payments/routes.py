"""Paying for a chat: the page's quote and checkout (`service.py`), an extension of an open
chat (session_time/), and where a payment provider tells the backend a payment went
through."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import Response as RawResponse

from responder_server.auth.deps import AnyPrincipal, State
from responder_server.auth.limit_deps import LIMIT_CHECKOUT, LIMIT_CONFIRM
from responder_server.core.limits import client_address
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


@router.post("/payments/{provider}/webhook", tags=["payments"],
             response_model=WebhookReceived, openapi_extra={
    "requestBody": {"required": True, "content": {"application/json": {}}},
    "parameters": [{"name": SIGNATURE_HEADER, "in": "header", "required": True,
                    "schema": {"type": "string"},
                    "description": "the provider's signature over the raw body"}],
})
async def payment_webhook(provider: str, request: Request, state: State
                          ) -> WebhookReceived | RawResponse:
    """A provider's signed notice about a payment or a refund, matched on our order number.
    The signature is checked over the raw body (refused otherwise, and nothing changes:
    the sandbox answers 401 `bad-signature`); every notice is stored once and acted on once,
    so a repeat is harmless; a notice about a payment this server does not know, or whose
    amount, merchant, app or seller does not match (held for the operator's review), is
    acknowledged so the provider stops retrying it. WeChat Pay (`wechat`) is answered 204;
    Alipay (`alipay`) the text `success`; the sandbox this JSON."""
    body = await request.body()
    answer = await payments.webhook(state, provider, body, request.headers)
    if isinstance(answer, WebhookReceived):
        return answer
    return RawResponse(answer.body, status_code=answer.status_code,
                       media_type=answer.media_type, headers=dict(answer.headers))


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
async def checkout(body: Checkout, request: Request, state: State, response: Response,
                   idempotency_key: IdempotencyKey = None) -> CheckoutStarted:
    """Step one: the client's choice is priced by the current rate card and a pending
    payment is created with the provider of its `method` (the sandbox by default; 422
    `payment-method-unavailable` if this server does not offer it; 503
    `payment-provider-unavailable`, nothing charged, if the provider does not answer). The
    answer says how to pay: `pay_url`, `qr_code` or `jsapi`. A retry with the same
    `Idempotency-Key` answers 200 with the same payment (and the same order)."""
    started, created = await payments.start_checkout(
        state, body, idempotency_key, client_address(request, state.config))
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
