"""The send (`PUT /conversations/{id}/messages/{message_id}`) as plain ASGI, ahead of
FastAPI's routing and dependency solving.

A send is the request a platform serves most, and most of its CPU went to the framework:
matching the path against every route, solving the dependency graph, validating through
generic field machinery. This middleware serves the well-formed send itself, with the same
parts the route uses (`auth.resolve_principal`, the `MESSAGE_LIMIT` limiter,
`MessageCreate`, `conversations.put_message`, the problem renderer), so both answer alike:

- Anything it does not recognise goes on to the FastAPI route untouched (`_pass_on`):
  another method or path, no bearer token or JSON body, a message id that is not a UUID,
  a body that does not parse or validate. The route then answers with its usual problem
  (a 422 naming the field, a 401, ...), and the OpenAPI document stays the route's.
- A refusal after that point (401, 404, 409, 429) is the same `ProblemError`, rendered by
  `problems.handle_problem`. Nothing is written before a refusal, and a send is idempotent
  by its id, so either path gives the same answer to the same request.

It runs inside `EdgeMiddleware` (bodies capped, control characters refused) and
`ServerTimeMiddleware` (the clock header), like every route.
"""

from __future__ import annotations

import re
import uuid

import orjson
from pydantic import ValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from responder_server.auth import service as auth
from responder_server.auth.limit_deps import MESSAGE_LIMIT
from responder_server.conversations import service as conversations
from responder_server.core import problems
from responder_server.core.edges import send_problem
from responder_server.core.state import ServerState
from responder_wire import API_PREFIX, MessageCreate

_SEND_PATH = re.compile(rf"^{re.escape(API_PREFIX)}/conversations/([^/]+)/messages/([^/]+)$")


class FastSendMiddleware:
    def __init__(self, app: ASGIApp, state: ServerState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        match = (_SEND_PATH.match(scope["path"])
                 if scope["type"] == "http" and scope["method"] == "PUT" else None)
        if match is None:
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        authorization = headers.get(b"authorization")
        content_type = headers.get(b"content-type", b"")
        try:
            message_id = uuid.UUID(match.group(2))
        except ValueError:
            message_id = None
        if (authorization is None or message_id is None
                or not content_type.startswith(b"application/json")):
            await self.app(scope, receive, send)
            return
        try:
            raw = await _read_body(receive)
        except HTTPException as too_large:  # EdgeMiddleware counted past the cap
            await send_problem(send, too_large.status_code, "request-too-large",
                               "Request too large", str(too_large.detail))
            return
        try:
            body = MessageCreate.model_validate(orjson.loads(raw))
        except (orjson.JSONDecodeError, ValidationError, TypeError):
            await self.app(scope, _pass_on(raw, receive), send)
            return
        state = self.state
        try:
            principal = await auth.resolve_principal(
                state, auth.bearer_token(authorization.decode("latin-1")))
            await MESSAGE_LIMIT(Request(scope), state, principal)
            message, created = await conversations.put_message(
                state, principal, match.group(1), message_id, body.body)
        except problems.ProblemError as refused:
            response = await problems.handle_problem(Request(scope), refused)
            await response(scope, receive, send)
            return
        payload = message.model_dump_json().encode()
        await send({"type": "http.response.start", "status": 201 if created else 200,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(payload)).encode())]})
        await send({"type": "http.response.body", "body": payload})


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _pass_on(raw: bytes, then: Receive) -> Receive:
    """A `receive` that hands the route the body this middleware already read, then
    whatever the connection says next (a disconnect)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": raw, "more_body": False}
        return await then()

    return receive
