"""The event streams: what `GET /events` (the app) and `GET /client/events` (the page) send,
resumable with Last-Event-ID, and the stream tickets the page opens its stream with.

Stream tickets: EventSource cannot send an Authorization header, so the page trades its
client token (sent as a header) for a *stream ticket*: random, stored only as a hash, valid
for STREAM_TICKET_TTL_S, scoped to one conversation and good for nothing but reading that
conversation's event stream (`GET /client/events?ticket=`). A ticket may end up in an access
log or a proxy log (it is in the URL); by then it is short-lived and read-only, while the
client token, which can write, never appears in a URL.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from responder_server.auth import service as auth
from responder_server.core import security
from responder_server.core.clock import epoch_ms
from responder_server.core.events import events_after, frame
from responder_server.core.models import StreamTicket as StreamTicketRow
from responder_server.core.principal import Principal
from responder_server.core.problems import ProblemError, unauthorized
from responder_server.core.state import ServerState
from responder_wire.streams import StreamTicket
from responder_wire.strict import MAX_INT64

STREAM_TICKET_TTL_S = 300
BATCH = 200  # replay reads this many events per query


def parse_last_event_id(raw: str | None) -> int | None:
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


async def stream(state: ServerState, principal: Principal, after: int,
                  request: Request) -> AsyncIterator[bytes]:
    """Live events come from the hub's in-memory dispatch (core/events.py); the database is
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
            if sub.beat_due:  # the hub's heartbeat wheel woke us (core/heartbeats.py)
                sub.beat_due = False
                yield f": heartbeat {epoch_ms(now)}\n\n".encode()
            # No timer of our own, but near the token's expiry (the wheel's next beat could
            # come up to a period after it).
            await sub.wait(left if left < state.config.heartbeat_s else None)
    finally:
        hub.unsubscribe(sub)


async def issue_stream_ticket(state: ServerState, principal: Principal) -> StreamTicket:
    conversation_id = auth.require_client(principal)
    now = state.clock.now()
    ticket = security.new_token()
    expires = min(now + timedelta(seconds=STREAM_TICKET_TTL_S), principal.expires_at)
    async with state.db.write() as session:
        # Expired tickets of this conversation are of no use to anyone.
        old = await session.scalars(select(StreamTicketRow).where(
            StreamTicketRow.conversation_id == conversation_id,
            StreamTicketRow.expires_at <= now))
        for row in old:
            await session.delete(row)
        session.add(StreamTicketRow(ticket_hash=security.token_digest(ticket),
                                    conversation_id=conversation_id, created_at=now,
                                    expires_at=expires))
    return StreamTicket(ticket=ticket, expires_at=expires)


async def resolve_stream_ticket(state: ServerState, ticket: str) -> Principal:
    async with state.db.read() as session:
        row = await session.get(StreamTicketRow, security.token_digest(ticket))
    if row is None or row.expires_at <= state.clock.now():
        raise unauthorized("This stream ticket is unknown or has expired; get a new one.")
    return Principal(family=f"ticket:{row.conversation_id}", expires_at=row.expires_at,
                     conversation_id=row.conversation_id)
