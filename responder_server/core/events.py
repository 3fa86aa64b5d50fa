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

Reading positions in order: the tail keeps `seq > position`, so it must never read past a
position that could still appear.

- On SQLite one writer at a time inserts and commits (BEGIN IMMEDIATE, see core/db.py), and
  every transaction's events are written last, just before it commits (`queue_event`
  queues them on the session; a `before_commit` hook inserts them): positions become
  visible in the order they are numbered.
- On PostgreSQL the database numbers and orders, whoever the writer is (migration
  0012_event_order). A trigger gives every inserted row the position
  `base + xid * 16384 + index`, from its own transaction's id, and readers read only below
  `responder_event_horizon()`: the position of the oldest transaction still running when
  the reading statement's snapshot was taken (`pg_snapshot_xmin`, the rule PostgreSQL
  outboxes and event stores use against the same gap). Below it every transaction has
  committed or rolled back for good, so one that numbered first and commits last (held
  open, or a raw INSERT by a maintenance script) holds the readers back until it ends
  and is then read, in place, by every instance alike; nobody serialises appends, and
  nothing is held across a COMMIT. Positions still only grow (`base` put them above the
  old sequence's).
- Another trigger sends `NOTIFY responder_events` (delivered at commit) for every INSERT
  into the log, except from a transaction that announces its events itself after its
  commit (the send, migration 0018_pg_scale): a NOTIFY takes one lock for the whole
  cluster at COMMIT and holds it through the WAL flush, so sends that notified committed
  one at a time. A send calls `EventHub.announce()` instead: its own tail reads at once,
  and one NOTIFY per `ANNOUNCE_GAP_S` at most tells the other instances about every send
  committed before it. That NOTIFY rides in one of the tail's own reads (a statement
  that writes nothing, so its commit waits for no WAL flush): announcing costs no
  statement of its own.
  Each process keeps one asyncpg connection LISTENing (`EventHub._listen`)
  whose callback wakes the tail, which reads the log on that same connection; while it
  listens, a local commit's `notify()` leaves the waking to the commit's own NOTIFY. While
  committed events wait above the horizon for an older transaction (which may write no
  event, so no NOTIFY says when it ends) the tail looks again every `BLOCKED_POLL_S`.
  The tail also re-reads the log every `FALLBACK_POLL_S` (one query per process, not per
  stream): what carries events from the operator's CLI on SQLite, and a slow safety net
  while the LISTEN connection is being re-established on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

import orjson
from pydantic import BaseModel
from sqlalchemy import Table, bindparam, event, func, insert, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from responder_server.core.heartbeats import HeartbeatWheel
from responder_server.core.models import Event
from responder_server.core.pg_direct import Direct, asyncpg_dsn
from responder_server.core.prepared import Prepared
from responder_wire import EventEnvelope, EventType

if TYPE_CHECKING:
    from responder_server.core.db import Database

log = logging.getLogger(__name__)

FALLBACK_POLL_S = 1.0
# PostgreSQL with LISTEN working: polling is only a safety net (an instance that died
# between a send's commit and its announcement: the others read that event by then).
LISTENING_POLL_S = 1.0
LISTEN_RETRY_S = 1.0
# Committed events wait above the horizon for an older transaction: look again this soon.
BLOCKED_POLL_S = 0.005
READ_GAP_S = 0.005  # PostgreSQL: the tail's reads at least this far apart (see `_tail`)
ANNOUNCE_GAP_S = 0.010  # PostgreSQL: this process's NOTIFYs at least this far apart
# (Both gaps only bite under load, when they merge many commits into one read or NOTIFY:
# two instances read and announced 2.2 times per message at 2 ms, 1.5 at these.)
HELD_WARNING_S = 10.0  # a transaction holding delivery back this long is logged, by pid
NOTIFY_CHANNEL = "responder_events"
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


_INSERT_EVENTS = Prepared(insert(_EVENTS).values(
    {name: bindparam(name, type_=_EVENTS.c[name].type)
     for name in ("type", "created_at", "conversation_id", "responder_id", "client_visible",
                  "payload")}))


@event.listens_for(Session, "before_commit")
def _write_events(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    # Everything else first (the commit's own flush comes after this hook); on PostgreSQL
    # the log's triggers number the rows and send the NOTIFY.
    session.flush()
    _INSERT_EVENTS.run_many(session, pending)  # on SQLite straight to the driver


@event.listens_for(Session, "after_soft_rollback")
def _drop_events(session: Session, _previous: Any) -> None:
    session.info.pop(_PENDING, None)


# The tail's read on PostgreSQL: the horizon, then the next events after a position (one
# row with NULL columns when there are none), in one statement, so one snapshot.
_TAIL_READ = """
SELECT h.horizon, e.seq, e.type, e.created_at, e.conversation_id, e.responder_id,
       e.client_visible, e.payload
FROM (SELECT responder_event_horizon() AS horizon{announce}) AS h
LEFT JOIN LATERAL (SELECT * FROM events WHERE seq > $1 ORDER BY seq LIMIT $2) AS e ON true
"""
_TAIL_SQL = _TAIL_READ.format(announce="")
# The same read carrying an announcement (`EventHub.announce`), delivered when it commits;
# the payload ($3) names the process that sent it. The subquery's volatile calls run once
# (PostgreSQL never drops them). Its commit need not wait for a WAL flush (the statement
# writes nothing durable): said outright.
_TAIL_ANNOUNCING_SQL = _TAIL_READ.format(
    announce=f", set_config('synchronous_commit', 'off', true) AS unflushed, "
             f"pg_notify('{NOTIFY_CHANNEL}', $3) AS announced")


async def _fetch(connection: Any, *, sql: str, args: list[Any]) -> list[Any]:
    return list(await connection.fetch(sql, *args))


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
    if session.get_bind().dialect.name == "postgresql":
        query = query.where(Event.seq < _HORIZON)  # never past a position still open
    return list(session.execute(query).all())


_HORIZON = func.responder_event_horizon()


async def latest_seq(session: AsyncSession) -> int:
    """Where a fresh stream starts: past every event already final (on PostgreSQL just
    below the horizon, so an event a running transaction commits later still comes)."""
    if session.get_bind().dialect.name == "postgresql":
        return int(await session.scalar(select(_HORIZON - 1)) or 0)
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
        # PostgreSQL: since when committed events wait for an older transaction to end.
        self._held_since: float | None = None
        self._warned_at = 0.0
        self._reader: Any = None  # the LISTEN connection while it is up (asyncpg)
        self._announce_due = False  # a send committed here is not announced yet
        self._announced_at = 0.0  # monotonic time of the last announcement sent
        self._announcer_id = uuid.uuid4().hex  # this process's NOTIFY payload
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
        """Something was committed here: read the log (cheap to call often; wake-ups
        merge). On PostgreSQL while LISTEN is up the commit's own NOTIFY (sent by the
        log's trigger) wakes the tail anyway: waking it now too would read the log twice
        for one commit."""
        if not self.listening:
            self._wake.set()

    def announce(self) -> None:
        """PostgreSQL: a send committed here whose event the log's trigger left to us to
        announce (conversations/pg_send.py, migration 0018_pg_scale). This tail reads it
        now; every other instance hears of it by the next of this process's NOTIFYs,
        sent at most every `ANNOUNCE_GAP_S` inside one of this tail's reads: one NOTIFY
        for all the sends committed meanwhile, and no statement of its own. A NOTIFY in
        the sends' own commits took a lock for the whole cluster through each commit's
        WAL flush."""
        self._wake.set()
        self._announce_due = True

    def _notified(self, _connection: Any, _pid: int, _channel: str, payload: str) -> None:
        if payload != self._announcer_id:  # not our own announcement: we read at once
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
        dsn = asyncpg_dsn(self._db.url)
        while True:
            conn = None
            try:
                conn = await asyncpg.connect(dsn)
                lost = asyncio.Event()
                conn.add_termination_listener(lambda _c, lost=lost: lost.set())
                await conn.add_listener(NOTIFY_CHANNEL, self._notified)
                self._reader = conn  # the tail reads on it too: no pool hand-over per read
                self.listening = True
                self._wake.set()  # whatever was committed while nobody listened
                await lost.wait()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("LISTEN %s failed; retrying", NOTIFY_CHANNEL, exc_info=True)
            finally:
                self.listening = False
                self._reader = None
                if conn is not None and not conn.is_closed():
                    with contextlib.suppress(Exception):
                        await conn.close(timeout=1)
            await asyncio.sleep(LISTEN_RETRY_S)

    # -- the tail --

    async def _tail(self) -> None:
        assert self._db is not None
        # PostgreSQL: reads at most every READ_GAP_S under load, so that one read carries
        # many commits' events (each instance reads every event; without the gap every
        # NOTIFY was a read of its own). An idle log is read at once when woken.
        gap = 0.0 if self._db.is_sqlite else READ_GAP_S
        last_read = 0.0
        while True:
            wait = (BLOCKED_POLL_S if self._held_since is not None
                    else LISTENING_POLL_S if self.listening else FALLBACK_POLL_S)
            if self._announce_due:  # an announcement waits for its gap: read then
                wait = min(wait, max(0.0, self._announced_at + ANNOUNCE_GAP_S
                                     - time.monotonic()))
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(wait):
                    await self._wake.wait()
            if gap:
                early = last_read + gap - time.monotonic()
                if early > 0:
                    await asyncio.sleep(early)
                last_read = time.monotonic()
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
        if self._db.direct is not None:
            await self._catch_up_postgres(self._db.direct)
            return
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

    async def _catch_up_postgres(self, direct: Direct) -> None:
        """Every event below the horizon, in position order; the position then moves up
        to just below the horizon (no event can appear there any more). Rows past the
        horizon are committed but wait for an older transaction still running. The first
        read carries this process's announcement when one is due (`announce`)."""
        announcing = (self._announce_due
                      and time.monotonic() - self._announced_at >= ANNOUNCE_GAP_S)
        while True:
            sql = _TAIL_SQL
            args: list[Any] = [self.position, TAIL_BATCH]
            if announcing:  # cleared first: a send committed from now on asks again
                sql = _TAIL_ANNOUNCING_SQL
                args.append(self._announcer_id)
                self._announce_due, self._announced_at = False, time.monotonic()
            try:
                reader = self._reader
                if reader is not None and not reader.is_closed():
                    rows = await reader.fetch(sql, *args)
                else:
                    rows = await direct.run(partial(_fetch, sql=sql, args=args))
            except BaseException:
                if announcing:  # not sent (or not known to be): sent with the next read
                    self._announce_due = True
                raise
            announcing = False
            horizon = rows[0][0]
            held = False
            for row in rows:
                seq = row[1]
                if seq is None:
                    break
                if seq >= horizon:
                    held = True
                    break
                self._dispatch(row[1:])
                self.position = seq
            if held or len(rows) < TAIL_BATCH or rows[-1][1] is None:
                self.position = max(self.position, horizon - 1)
                self._note_held(held)
                return

    def _note_held(self, held: bool) -> None:
        if not held:
            self._held_since = None
            return
        now = time.monotonic()
        if self._held_since is None:
            self._held_since = self._warned_at = now
        elif now - self._warned_at >= HELD_WARNING_S:
            self._warned_at = now
            log.warning("event delivery has waited %.0f s for an older transaction to end "
                        "(see pg_stat_activity: the oldest backend_xid)",
                        now - self._held_since)

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

