"""The event log: appending in the writer's transaction, one tail per process that hands
each committed event to exactly the streams allowed to see it, and replay after a resume.

How an event reaches a stream:

- A writer appends its event rows in its own transaction (`append_event`) and, after the
  commit, calls `EventHub.notify()`.
- One task per process (`EventHub._tail`) wakes, reads every event after the last position
  it dispatched (one query for any number of new events and streams), renders each event's
  SSE frame once and pushes it into the buffers of the streams that may see it: the
  responder's devices (`responder_id`), the conversation's client streams
  (`conversation_id` with `client_visible`). A stream that is not a recipient is not
  touched, so an idle stream costs nothing but its heartbeat write (one wheel of timers
  for every stream's heartbeat, core/heartbeats.py).
- A stream subscribes *before* it replays what it missed (`Last-Event-ID`) from the
  database; frames that arrive meanwhile wait in its buffer and those at or below the
  last replayed position are dropped, so the hand-over from replay to live has neither
  gaps nor duplicates. Streams touch the database only for that replay.

Reading positions in order: the tail keeps `seq > position`, so positions must become
visible in the order they are numbered. Every transaction's events are therefore written
last, just before it commits (`append_event` queues them on the session; a `before_commit`
hook inserts them):

- On SQLite one writer at a time inserts and commits (BEGIN IMMEDIATE, see core/db.py).
- On PostgreSQL a sequence hands out numbers before commit, so a transaction that took N
  could commit after the one that took N+1 and a reader would skip N forever. The hook
  first takes a transaction-scoped advisory lock (`pg_advisory_xact_lock(EVENTS_LOCK)`),
  then inserts: appends are serialised from numbering to commit, and PostgreSQL makes a
  commit visible before it releases the transaction's locks, so once N+1 is visible N is
  too. The lock is held only for the INSERT and the COMMIT (no row lock is taken after
  it, so it cannot be part of a deadlock).
- The same statement sends `NOTIFY responder_events` (delivered at commit). Each process
  keeps one asyncpg connection LISTENing (`EventHub._listen`) whose callback calls
  `notify()`, which feeds the same dispatch as a local commit. The tail also re-reads the
  log every `FALLBACK_POLL_S` (one query per process, not per stream): what carries events
  from the operator's CLI on SQLite, and a slow safety net while the LISTEN connection is
  being re-established on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import orjson
from pydantic import BaseModel
from sqlalchemy import Table, bindparam, event, func, insert, or_, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from responder_server.core.heartbeats import HeartbeatWheel
from responder_server.core.models import Event
from responder_server.core.prepared import Prepared
from responder_wire import EventEnvelope, EventType

if TYPE_CHECKING:
    from responder_server.core.db import Database

log = logging.getLogger(__name__)

FALLBACK_POLL_S = 1.0
LISTENING_POLL_S = 5.0  # PostgreSQL with LISTEN working: polling is only a safety net
LISTEN_RETRY_S = 1.0
NOTIFY_CHANNEL = "responder_events"
# pg_advisory_xact_lock key that orders appends ("resp" "evnt" in ASCII).
EVENTS_LOCK = 0x7265737065766E74
_PENDING = "responder_pending_events"
TAIL_BATCH = 500
# A stream whose reader is this far behind stops buffering and replays from the database
# once it catches up (a stalled client never holds unbounded memory).
MAX_BUFFERED = 2000

_EVENTS: Table = Event.__table__  # type: ignore[assignment]
_EVENT_COLUMNS = (Event.seq, Event.type, Event.created_at, Event.conversation_id,
                  Event.responder_id, Event.client_visible, Event.payload)


def _json(data: BaseModel | dict[str, Any]) -> str:
    if isinstance(data, BaseModel):
        return data.model_dump_json()
    return orjson.dumps(data).decode()


def queue_event(
    session: Session,
    event_type: EventType,
    data: BaseModel | dict[str, Any],
    *,
    now: Any,
    conversation_id: str | None = None,
    responder_id: int | None = None,
    client_visible: bool = False,
) -> None:
    """Appends one event in the caller's transaction: written when it commits (see the
    module's docstring), in the order appended; nothing is read back."""
    session.info.setdefault(_PENDING, []).append({
        "type": event_type.value, "created_at": now, "conversation_id": conversation_id,
        "responder_id": responder_id, "client_visible": client_visible,
        "payload": _json(data)})


async def append_event(
    session: AsyncSession,
    event_type: EventType,
    data: BaseModel | dict[str, Any],
    *,
    now: Any,
    conversation_id: str | None = None,
    responder_id: int | None = None,
    client_visible: bool = False,
) -> None:
    """`queue_event` for an async session."""
    queue_event(session.sync_session, event_type, data, now=now,
                conversation_id=conversation_id, responder_id=responder_id,
                client_visible=client_visible)


REVOKED_TYPE = "auth.revoked"  # internal: never visible to anyone (no recipient columns)


def queue_revocation(session: Session, token_ids: list[int], now: Any) -> None:
    """Tells every instance's tail that these tokens were revoked: their open streams end
    (`EventHub._dispatch`). Written in the revoking transaction, like any event."""
    if token_ids:
        session.info.setdefault(_PENDING, []).append({
            "type": REVOKED_TYPE, "created_at": now, "conversation_id": None,
            "responder_id": None, "client_visible": False,
            "payload": orjson.dumps({"tokens": token_ids}).decode()})


_LOCK_AND_NOTIFY = text("SELECT pg_advisory_xact_lock(:k), pg_notify(:c, '')")
_INSERT_EVENTS = Prepared(insert(_EVENTS).values(
    {name: bindparam(name, type_=_EVENTS.c[name].type)
     for name in ("type", "created_at", "conversation_id", "responder_id", "client_visible",
                  "payload")}))


@event.listens_for(Session, "before_commit")
def _write_events(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    # Everything else first (row locks are taken here, not while holding the lock below):
    # the commit's own flush comes after this hook.
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_LOCK_AND_NOTIFY, {"k": EVENTS_LOCK, "c": NOTIFY_CHANNEL})
    _INSERT_EVENTS.run_many(session, pending)  # on SQLite straight to the driver


@event.listens_for(Session, "after_soft_rollback")
def _drop_events(session: Session, _previous: Any) -> None:
    session.info.pop(_PENDING, None)


def visible_to(responder_id: int | None, conversation_id: str | None) -> Any:
    if responder_id is not None:
        return Event.responder_id == responder_id
    return (Event.conversation_id == conversation_id) & Event.client_visible.is_(True)


def events_after(
    session: Session,
    after_seq: int,
    *,
    responder_id: int | None,
    conversation_id: str | None,
    limit: int = 200,
) -> list[Any]:
    """Rows (seq, type, created_at, conversation_id, responder_id, client_visible, payload)
    this principal may see after `after_seq`, oldest first (`Database.run_read`)."""
    query = (
        select(*_EVENT_COLUMNS)
        .where(Event.seq > after_seq, or_(visible_to(responder_id, conversation_id)))
        .order_by(Event.seq)
        .limit(limit)
    )
    return list(session.execute(query).all())


async def latest_seq(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.coalesce(func.max(Event.seq), 0))) or 0)


def envelope_json(seq: int, event_type: str, created_at: datetime,
                  conversation_id: str | None, payload: str) -> bytes:
    """The `EventEnvelope` JSON of one event; the stored payload is spliced in as is."""
    return orjson.dumps(
        {"seq": seq, "type": event_type, "created_at": created_at,
         "conversation_id": conversation_id, "data": orjson.Fragment(payload)},
        option=orjson.OPT_UTC_Z)


def frame(row: Any) -> bytes:
    """One event as an SSE block (rendered once, shared by every recipient stream)."""
    seq, event_type, created_at, conversation_id, _rid, _cv, payload = row
    data = envelope_json(seq, event_type, created_at, conversation_id, payload)
    return b"id: %d\nevent: %s\ndata: %s\n\n" % (seq, event_type.encode(), data)


def envelope(row: Any) -> EventEnvelope:
    return EventEnvelope.model_validate_json(envelope_json(
        row.seq, row.type, row.created_at, row.conversation_id, row.payload))


@dataclass(eq=False)
class Subscription:
    """One open stream's inbox: frames pushed by the tail, in position order."""

    responder_id: int | None
    conversation_id: str | None
    frames: deque[tuple[int, bytes]] = field(default_factory=deque)
    overflowed: bool = False
    ready: asyncio.Event = field(default_factory=asyncio.Event)
    # The hub's position when this subscribed: events up to it were dispatched before.
    joined_at: int = 0
    token_id: int | None = None
    revoked: bool = False  # its token was revoked: the stream ends at once
    beat_due: bool = False  # the heartbeat wheel says a heartbeat is due (core/heartbeats.py)

    def push(self, seq: int, data: bytes) -> None:
        if self.overflowed:
            return
        if len(self.frames) >= MAX_BUFFERED:
            self.overflowed = True  # the stream replays from the database instead
            self.frames.clear()
        else:
            self.frames.append((seq, data))
        self.ready.set()

    def take(self, after: int) -> tuple[int, bytes]:
        """Everything buffered past `after`, as one chunk, and the new position."""
        parts = []
        while self.frames:
            seq, data = self.frames.popleft()
            if seq > after:
                parts.append(data)
                after = seq
        return after, b"".join(parts)

    def revoke(self) -> None:
        self.revoked = True
        self.ready.set()

    def beat(self) -> None:
        self.beat_due = True
        self.ready.set()

    async def wait(self, timeout: float | None = None) -> None:
        """Until something is pushed, the token is revoked or a heartbeat is due; a
        timeout only when asked for (each one is a timer of this stream's own)."""
        if self.frames or self.overflowed or self.revoked or self.beat_due:
            return
        self.ready.clear()
        if timeout is None:
            await self.ready.wait()
            return
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(max(0.0, timeout)):
                await self.ready.wait()


class EventHub:
    """The process's one tail of the event log and its in-memory dispatch to streams.
    `notify()` after a commit (or from a LISTEN callback) makes the tail read the log."""

    def __init__(self, heartbeat_s: float = 15.0) -> None:
        self.position = 0
        self.heartbeats = HeartbeatWheel(heartbeat_s)
        self._by_responder: dict[int, set[Subscription]] = {}
        self._by_conversation: dict[str, set[Subscription]] = {}
        self._by_token: dict[int, set[Subscription]] = {}
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._listener: asyncio.Task[None] | None = None
        self._db: Database | None = None
        self.listening = False  # PostgreSQL: the LISTEN connection is up
        # Called with the token ids of each revocation read from the log (ServerState
        # forgets them from its principal cache).
        self.on_revoked: Callable[[list[int]], None] | None = None

    # -- lifecycle --

    async def start(self, db: Database) -> None:
        self._db = db
        async with db.read() as session:
            self.position = await latest_seq(session)
        self._task = asyncio.create_task(self._tail(), name="event-log tail")
        self.heartbeats.start()
        if not db.is_sqlite:
            self._listener = asyncio.create_task(self._listen(), name="event-log LISTEN")

    async def stop(self) -> None:
        for task in (self._listener, self._task):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._task = self._listener = None
        await self.heartbeats.stop()

    def notify(self) -> None:
        """Something was committed: read the log (cheap to call often; wake-ups merge)."""
        self._wake.set()

    # -- subscriptions --

    def subscribe(self, responder_id: int | None, conversation_id: str | None,
                  token_id: int | None = None) -> Subscription:
        sub = Subscription(responder_id, conversation_id, joined_at=self.position,
                           token_id=token_id)
        self.heartbeats.add(sub)
        if token_id is not None:
            self._by_token.setdefault(token_id, set()).add(sub)
        if responder_id is not None:
            self._by_responder.setdefault(responder_id, set()).add(sub)
        elif conversation_id is not None:
            self._by_conversation.setdefault(conversation_id, set()).add(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        index: dict[Any, set[Subscription]]
        key: Any
        self.heartbeats.remove(sub)
        if sub.token_id is not None:
            by_token = self._by_token.get(sub.token_id)
            if by_token is not None:
                by_token.discard(sub)
                if not by_token:
                    del self._by_token[sub.token_id]
        if sub.responder_id is not None:
            index, key = self._by_responder, sub.responder_id
        else:
            index, key = self._by_conversation, sub.conversation_id
        subs = index.get(key)
        if subs is not None:
            subs.discard(sub)
            if not subs:
                del index[key]

    @property
    def stream_count(self) -> int:
        return (sum(len(s) for s in self._by_responder.values())
                + sum(len(s) for s in self._by_conversation.values()))

    # -- cross-instance wake-ups (PostgreSQL) --

    async def _listen(self) -> None:
        """One connection per process LISTENing on `NOTIFY_CHANNEL`; every notification
        (another instance's or this one's commit) wakes the tail. Reconnects when lost."""
        import asyncpg

        assert self._db is not None
        dsn = make_url(self._db.url).set(drivername="postgresql").render_as_string(
            hide_password=False)
        while True:
            conn = None
            try:
                conn = await asyncpg.connect(dsn)
                lost = asyncio.Event()
                conn.add_termination_listener(lambda _c, lost=lost: lost.set())
                await conn.add_listener(NOTIFY_CHANNEL, lambda *_args: self.notify())
                self.listening = True
                self.notify()  # whatever was committed while nobody listened
                await lost.wait()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("LISTEN %s failed; retrying", NOTIFY_CHANNEL, exc_info=True)
            finally:
                self.listening = False
                if conn is not None and not conn.is_closed():
                    with contextlib.suppress(Exception):
                        await conn.close(timeout=1)
            await asyncio.sleep(LISTEN_RETRY_S)

    # -- the tail --

    async def _tail(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(LISTENING_POLL_S if self.listening
                                           else FALLBACK_POLL_S):
                    await self._wake.wait()
            self._wake.clear()  # before reading: a commit from now on wakes us again
            try:
                await self.catch_up()
            except asyncio.CancelledError:
                raise
            except Exception:  # the database was busy: the next wake-up or poll retries
                log.exception("reading the event log failed")
                await asyncio.sleep(0.05)

    async def catch_up(self) -> None:
        assert self._db is not None
        while True:
            query = (select(*_EVENT_COLUMNS).where(Event.seq > self.position)
                     .order_by(Event.seq).limit(TAIL_BATCH))

            def read(session: Session, query: Any = query) -> list[Any]:
                return list(session.execute(query).all())

            rows = await self._db.run_read(read)
            for row in rows:
                self._dispatch(row)
                self.position = row[0]
            if len(rows) < TAIL_BATCH:
                return

    def _dispatch(self, row: Any) -> None:
        seq, event_type, _at, conversation_id, responder_id, client_visible, payload = row
        if event_type == REVOKED_TYPE:
            token_ids = orjson.loads(payload).get("tokens", [])
            if self.on_revoked is not None:
                self.on_revoked(token_ids)
            for token_id in token_ids:
                for sub in self._by_token.get(token_id, ()):
                    sub.revoke()
            return
        recipients: list[Subscription] = []
        if responder_id is not None:
            recipients.extend(self._by_responder.get(responder_id, ()))
        if client_visible and conversation_id is not None:
            recipients.extend(self._by_conversation.get(conversation_id, ()))
        if not recipients:
            return
        data = frame(row)
        for sub in recipients:
            sub.push(seq, data)

