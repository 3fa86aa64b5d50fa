import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Response

from responder_server.auth.deps import AnyPrincipal, ResponderPrincipal, State
from responder_server.auth.limit_deps import LIMIT_MESSAGES, LIMIT_SESSIONS
from responder_server.conversations import service as conversations
from responder_server.core.problems import ProblemError
from responder_server.payments import service as checkout
from responder_wire import (
    ConversationSummary,
    MessageCreate,
    MessageOut,
    MessagePage,
    SessionStart,
    WrapUpRequest,
)
from responder_wire.payments import SessionFromPayment, WebSessionStarted
from responder_wire.strict import MAX_INT64

router = APIRouter(tags=["conversations"])


@router.post("/client/sessions", status_code=201, dependencies=[LIMIT_SESSIONS], responses={
    200: {"model": WebSessionStarted, "description": "a retry: the same chat"}})
async def start_session(
    body: SessionFromPayment | SessionStart, state: State, response: Response,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> WebSessionStarted:
    """Start the chat a paid checkout bought (`POST /client/checkout`, paid through its
    provider, e.g. confirmed by its webhook); the answer carries a token for that one chat.
    A chat never starts without a payment: the old body (alias, topic, length) is answered
    402 `payment-required`. A retry with the same `Idempotency-Key` answers 200 with the
    same chat."""
    if not isinstance(body, SessionFromPayment):
        raise ProblemError(402, "payment-required", "Payment required",
                           "A chat starts from a paid checkout: POST /client/checkout, pay, "
                           "then start the chat with its payment_id.")
    started, created = await checkout.start_session(state, body.payment_id, idempotency_key)
    if not created:
        response.status_code = 200
    return started


@router.get("/conversations")
async def open_conversations(
    principal: ResponderPrincipal, state: State
) -> list[ConversationSummary]:
    return await conversations.open_conversations(state, principal)


@router.get("/conversations/{conversation_id}")
async def get_conversation(
    conversation_id: str, principal: AnyPrincipal, state: State
) -> ConversationSummary:
    return await conversations.get_conversation(state, principal, conversation_id)


@router.get("/conversations/{conversation_id}/messages")
async def list_messages(
    conversation_id: str,
    principal: AnyPrincipal,
    state: State,
    before: Annotated[int | None, Query(ge=1, le=MAX_INT64)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> MessagePage:
    return await conversations.message_page(state, principal, conversation_id, before, limit)


@router.put("/conversations/{conversation_id}/messages/{message_id}", status_code=201,
            dependencies=[LIMIT_MESSAGES],
            responses={200: {"model": MessageOut,
                             "description": "A retry: this message id was stored before; "
                                            "the original message, unchanged."}})
async def put_message(
    conversation_id: str,
    message_id: uuid.UUID,
    body: MessageCreate,
    principal: AnyPrincipal,
    state: State,
    response: Response,
) -> MessageOut:
    """Idempotent send: the sender picks the id; a retry answers 200 with the original."""
    message, created = await conversations.put_message(
        state, principal, conversation_id, message_id, body.body
    )
    if not created:
        response.status_code = 200
    return message


@router.post("/conversations/{conversation_id}/leave")
async def leave(
    conversation_id: str, principal: AnyPrincipal, state: State
) -> ConversationSummary:
    if principal.is_responder:
        raise ProblemError(403, "forbidden", "Not allowed",
                           "Responders wrap a chat up instead of leaving it.")
    return await conversations.leave(state, principal, conversation_id)


@router.post("/conversations/{conversation_id}/wrap-up")
async def wrap_up(
    conversation_id: str, principal: ResponderPrincipal, state: State,
    body: WrapUpRequest | None = None,
) -> ConversationSummary:
    return await conversations.wrap_up(state, principal, conversation_id,
                                       body.note if body else "")
