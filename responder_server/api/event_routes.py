"""`GET /events`: the event log as Server-Sent Events, resumable with Last-Event-ID."""

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session

from responder_server import presence
from responder_server.api.deps import AnyPrincipal, State
from responder_server.auth import Principal
from responder_server.clock import epoch_ms
from responder_server.events import events_after, frame, latest_seq
from responder_server.problems import ProblemError
from responder_server.state import ServerState
from responder_wire.strict import MAX_INT64

router = APIRouter(tags=["events"])

BATCH = 200  # replay reads this many events per query


def _parse_last_event_id(raw: str | None) -> int | None:
    """Checked before the stream opens: a bad id is a 400, never a stream that aborts
    after its first block (EventSource would retry that same id forever)."""
    if raw is None or not raw.strip():
        return None
    text = raw.strip()
    if not text.isascii() or not text.isdigit():
        raise ProblemError(400, "validation-failed", "Bad Last-Event-ID",
                           "Last-Event-ID must be the number of the last event received.")
    value = int(text[:30])
    if len(text) > 19 or value > MAX_INT64:
        raise ProblemError(400, "validation-failed", "Bad Last-Event-ID",
                           "Last-Event-ID is larger than any event number.")
    return value


async def _replay(state: ServerState, principal: Principal, after: int
                  ) -> AsyncIterator[tuple[int, bytes]]:
    """What this principal may see after `after`, from the database, in batches."""
    while True:
        def read(session: Session, after: int = after) -> list[Any]:
            return events_after(session, after, responder_id=principal.responder_id,
                                conversation_id=principal.conversation_id, limit=BATCH)

        rows = await state.db.run_read(read)
        if rows:
            after = rows[-1][0]
            yield after, b"".join(frame(row) for row in rows)
        if len(rows) < BATCH:
            return


async def _stream(state: ServerState, principal: Principal, after: int,
                  request: Request) -> AsyncIterator[bytes]:
    """Live events come from the hub's in-memory dispatch (events.py); the database is
    read only to replay what was missed before the stream joined (or fell behind)."""
    hub = state.notifier
    sub = hub.subscribe(principal.responder_id, principal.conversation_id, principal.token_id)
    try:
        # The opening block carries no event, only `id:`: the position this stream starts
        # from. A client that drops before any event arrives still resumes from here.
        yield f"retry: 2000\nid: {after}\n: connected {epoch_ms(state.clock.now())}\n\n".encode()
        replay = sub.joined_at > after  # else every later event is dispatched to us
        while True:
            if replay or sub.overflowed:
                replay, sub.overflowed = False, False
                async for position, chunk in _replay(state, principal, after):
                    yield chunk
                    after = position
            after, chunk = sub.take(after)  # drops what the replay already sent
            if chunk:
                yield chunk
            if sub.revoked:
                return  # signed out (or the token was rotated): nothing more for it
            now = state.clock.now()
            left = (principal.expires_at - now).total_seconds()
            if left <= 0:
                return  # the app refreshes its token and resumes with Last-Event-ID
            if sub.beat_due:  # the hub's heartbeat wheel woke us (heartbeats.py)
                sub.beat_due = False
                yield f": heartbeat {epoch_ms(now)}\n\n".encode()
            # No timer of our own, but near the token's expiry (the wheel's next beat could
            # come up to a period after it).
            await sub.wait(left if left < state.config.heartbeat_s else None)
    finally:
        hub.unsubscribe(sub)


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
