"""The client's web page and the API it needs beyond the client API: quote, checkout,
stream tickets and the ticket-authenticated event stream, typing, ratings."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import FileResponse, RedirectResponse, StreamingResponse

from responder_server import checkout as checkout_flow
from responder_server import web_client
from responder_server.api.deps import AnyPrincipal, ResponderPrincipal, State
from responder_server.api.event_routes import _parse_last_event_id, _stream
from responder_server.api.limit_deps import (
    LIMIT_CHECKOUT,
    LIMIT_CONFIRM,
    LIMIT_TICKETS,
    LIMIT_TYPING,
)
from responder_server.events import latest_seq
from responder_server.problems import not_found
from responder_wire.client_feedback import RatingCreate, RatingOut, RatingsStats
from responder_wire.payments import Checkout, CheckoutStarted, Quote, WebSessionStarted
from responder_wire.streams import StreamTicket

router = APIRouter(tags=["web client"])
page_router = APIRouter(include_in_schema=False)

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
_CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
}
# No inline script or style anywhere: client text can never run as code even if it did
# reach the DOM as markup (it does not: the page only ever sets textContent).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
PAGE_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-cache",
}


@router.get("/client/quote")
async def get_quote(
    state: State,
    length_minutes: Annotated[int, Query(description="session length in minutes")],
) -> Quote:
    """The current price (day or night) of a session of this length, if started now."""
    return await web_client.quote(state, length_minutes)


IdempotencyKey = Annotated[str | None, Header(max_length=200)]


@router.post("/client/checkout", status_code=201, dependencies=[LIMIT_CHECKOUT],
             responses={
    200: {"model": CheckoutStarted, "description": "a retry: the same payment"}})
async def checkout(body: Checkout, state: State, response: Response,
                   idempotency_key: IdempotencyKey = None) -> CheckoutStarted:
    """Step one: the client's choice is priced by the current rate card and a pending
    payment is created with the provider (sandbox). A retry with the same
    `Idempotency-Key` answers 200 with the same payment."""
    started, created = await checkout_flow.start_checkout(state, body, idempotency_key)
    if not created:
        response.status_code = 200
    return started


@router.post("/client/checkout/{payment_id}/confirm", status_code=201,
             dependencies=[LIMIT_CONFIRM], responses={
    200: {"model": WebSessionStarted, "description": "a retry: the same chat"}})
async def confirm(payment_id: str, state: State, response: Response,
                  idempotency_key: IdempotencyKey = None) -> WebSessionStarted:
    """Step two: once the provider says paid, the chat starts, once per payment (a second
    start is 409 `payment-used`; a retry with the same `Idempotency-Key` answers 200 with
    the same chat and a fresh client token)."""
    started, created = await checkout_flow.confirm(state, payment_id, idempotency_key)
    if not created:
        response.status_code = 200
    return started


@router.post("/client/stream-ticket", dependencies=[LIMIT_TICKETS])
async def stream_ticket(principal: AnyPrincipal, state: State) -> StreamTicket:
    """A client token buys a short-lived read-only ticket for `GET /client/events`."""
    return await web_client.issue_stream_ticket(state, principal)


@router.get("/client/events", response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {}}}})
async def client_events(
    request: Request,
    state: State,
    ticket: Annotated[str, Query(min_length=10, max_length=200)],
    last_event_id: Annotated[str | None, Header()] = None,
    after: Annotated[str | None, Query(alias="last_event_id")] = None,
) -> StreamingResponse:
    """The client's event stream for EventSource: the ticket is in the URL. The browser's
    own reconnects send `Last-Event-ID`; a fresh EventSource passes `?last_event_id=`."""
    principal = await web_client.resolve_stream_ticket(state, ticket)
    position = _parse_last_event_id(last_event_id if last_event_id else after)
    if position is None:
        async with state.db.read() as session:
            position = await latest_seq(session)
    return StreamingResponse(
        _stream(state, principal, position, request), media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@router.post("/conversations/{conversation_id}/typing", status_code=202,
             dependencies=[LIMIT_TYPING])
async def typing(conversation_id: str, principal: AnyPrincipal, state: State
                 ) -> dict[str, bool]:
    """Either side is typing. Rate-limited: a notice too soon after the last is dropped."""
    return {"sent": await web_client.typing(state, principal, conversation_id)}


@router.post("/conversations/{conversation_id}/rating", status_code=201)
async def rate(conversation_id: str, body: RatingCreate, principal: AnyPrincipal,
               state: State) -> RatingOut:
    """The client rates an ended chat: 1 to 5 stars and an optional comment, once."""
    return await web_client.rate(state, principal, conversation_id, body)


@router.get("/conversations/{conversation_id}/rating")
async def get_rating(conversation_id: str, principal: AnyPrincipal, state: State
                     ) -> RatingOut:
    return await web_client.get_rating(state, principal, conversation_id)


@router.get("/stats/ratings")
async def ratings(principal: ResponderPrincipal, state: State) -> RatingsStats:
    """How clients rated this responder: count, average, per-star counts, recent ones."""
    assert principal.responder_id is not None
    return await web_client.ratings_stats(state, principal.responder_id)


def _page_file(name: str) -> Response:
    try:
        path = (WEB_DIR / name).resolve()
        found = (WEB_DIR in path.parents and path.is_file()
                 and path.suffix in _CONTENT_TYPES)
    except (OSError, ValueError):  # a name no file system can hold (too long, ...)
        found = False
    if not found:
        raise not_found("page")
    return FileResponse(path, media_type=_CONTENT_TYPES[path.suffix], headers=PAGE_HEADERS)


@page_router.get("/")
async def root() -> Response:
    return RedirectResponse("/chat/")


@page_router.get("/chat/")
async def page() -> Response:
    return _page_file("index.html")


@page_router.get("/chat/{name:path}")
async def page_asset(name: str) -> Response:
    return _page_file(name)
