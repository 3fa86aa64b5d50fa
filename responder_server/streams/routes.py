"""The event streams: `GET /events` (the app, resumable with Last-Event-ID) and, for the
client's web page, `POST /client/stream-ticket` and `GET /client/events?ticket=`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import StreamingResponse

from responder_server.auth.deps import AnyPrincipal, State
from responder_server.auth.limit_deps import LIMIT_TICKETS
from responder_server.core.events import latest_seq
from responder_server.presence import service as presence
from responder_server.streams import service as streams
from responder_wire.streams import StreamTicket

router = APIRouter()


@router.get("/events", tags=["events"], response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {}}}})
async def events(
    request: Request,
    principal: AnyPrincipal,
    state: State,
    last_event_id: Annotated[str | None, Header()] = None,
) -> StreamingResponse:
    after = streams.parse_last_event_id(last_event_id)
    if after is None:
        async with state.db.read() as session:
            after = await latest_seq(session)  # a fresh stream starts live
    return StreamingResponse(
        presence.tracked(state, principal.responder_id,
                         streams.stream(state, principal, after, request)),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@router.post("/client/stream-ticket", tags=["web client"], dependencies=[LIMIT_TICKETS])
async def stream_ticket(principal: AnyPrincipal, state: State) -> StreamTicket:
    """A client token buys a short-lived read-only ticket for `GET /client/events`."""
    return await streams.issue_stream_ticket(state, principal)


@router.get("/client/events", tags=["web client"], response_class=StreamingResponse,
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
    principal = await streams.resolve_stream_ticket(state, ticket)
    position = streams.parse_last_event_id(last_event_id if last_event_id else after)
    if position is None:
        async with state.db.read() as session:
            position = await latest_seq(session)
    return StreamingResponse(
        streams.stream(state, principal, position, request), media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
