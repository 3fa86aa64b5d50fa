"""Strict input at the edge, before any route runs (plain ASGI, so streams pass through):

- A path or query string with control characters (a NUL in `/chat/…`) is a 400 problem,
  not an error deep inside a file lookup or the database (PostgreSQL refuses NUL).
- Request bodies are capped at `max_body_bytes`: a declared Content-Length past the cap
  is refused at once, and a body sent without one (chunked) is counted as it arrives and
  refused as soon as it passes the cap, so no request can make the server buffer more.
"""

from __future__ import annotations

from urllib.parse import unquote

import orjson
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from responder_server.core.problems import PROBLEM_MEDIA_TYPE, PROBLEM_PREFIX
from responder_wire.strict import has_control_characters


def too_large_detail(limit: int) -> str:
    return f"The request is too large: at most {limit // 1024} KiB may be sent at once."


async def send_problem(send: Send, status: int, slug: str, title: str, detail: str) -> None:
    body = orjson.dumps({"type": PROBLEM_PREFIX + slug, "title": title, "status": status,
                         "detail": detail})
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", PROBLEM_MEDIA_TYPE.encode()),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class EdgeMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = unquote(scope.get("query_string", b"").decode("latin-1"), errors="replace")
        if has_control_characters(scope.get("path", "")) or has_control_characters(query):
            await send_problem(send, 400, "bad-request", "Bad request",
                               "The address contains characters that are not allowed.")
            return
        limit = self.max_body_bytes
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                too_big = False  # the HTTP server has refused a bad length already
            if too_big:
                await send_problem(send, 413, "request-too-large", "Request too large",
                                   too_large_detail(limit))
                return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # FastAPI passes an HTTPException raised while reading the body on to
                    # the problem handler (problems.handle_http), which answers 413.
                    raise HTTPException(413, too_large_detail(limit))
            return message

        await self.app(scope, counted, send)
