"""`GET /events`: the event log as Server-Sent Events, resumable with Last-Event-ID."""

import time
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import StreamingResponse

from responder_server import presence
from responder_server.api.deps import AnyPrincipal, State
from responder_server.auth import Principal
from responder_server.clock import epoch_ms
from responder_server.events import envelope, events_after, latest_seq
from responder_server.problems import ProblemError
from responder_server.state import ServerState

router = APIRouter(tags=["events"])

# Streams re-read the log at least this often even without a local wake-up, which is how
# an event written by another instance (several instances on PostgreSQL) gets through.
POLL_S = 2.0
BATCH = 200


def _parse_last_event_id(raw: str | None) -> int | None:
    if raw is None or not raw.strip():
        return None
    try:
        value = int(raw.strip())
    except ValueError:
        raise ProblemError(400, "validation-failed", "Bad Last-Event-ID",
                           "Last-Event-ID must be the number of the last event received.") from None
    if value < 0:
        raise ProblemError(400, "validation-failed", "Bad Last-Event-ID",
                           "Last-Event-ID cannot be negative.")
    return value


async def _stream(state: ServerState, principal: Principal, after: int,
                  request: Request) -> AsyncIterator[str]:
    # The opening block carries no event, only `id:`: the position this stream starts
    # from. A client that drops before any event arrives still resumes from here.
    yield f"retry: 2000\nid: {after}\n: connected {epoch_ms(state.clock.now())}\n\n"
    heartbeat_due = time.monotonic() + state.config.heartbeat_s
    while True:
        waiter = state.notifier.waiter()
        async with state.db.read() as session:
            rows = await events_after(session, after, responder_id=principal.responder_id,
                                      conversation_id=principal.conversation_id, limit=BATCH)
        for row in rows:
            after = row.seq
            data = envelope(row).model_dump_json()
            yield f"id: {row.seq}\nevent: {row.type}\ndata: {data}\n\n"
        if len(rows) == BATCH:
            continue  # more to replay
        now = state.clock.now()
        if now >= principal.expires_at or await request.is_disconnected():
            return  # the app refreshes its token and resumes with Last-Event-ID
        if time.monotonic() >= heartbeat_due:
            yield f": heartbeat {epoch_ms(now)}\n\n"
            heartbeat_due = time.monotonic() + state.config.heartbeat_s
        timeout = min(POLL_S, max(0.05, heartbeat_due - time.monotonic()))
        if not waiter.is_set():
            await state.notifier.wait_on(waiter, timeout)


@router.get("/events", response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {}}}})
async def events(
    request: Request,
    principal: AnyPrincipal,
    state: State,
    last_event_id: Annotated[str | None, Header()] = None,
) -> StreamingResponse:
    after = _parse_last_event_id(last_event_id)
    if after is None:
        async with state.db.read() as session:
            after = await latest_seq(session)  # a fresh stream starts live
    return StreamingResponse(
        presence.tracked(state, principal.responder_id,
                         _stream(state, principal, after, request)),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
