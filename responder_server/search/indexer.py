"""SQLite: messages reach the search index just after their send, not inside it.

Splitting a message and writing its index entry cost as much as everything else a send
does for a long message (about 0.4 ms of the 1.1 ms of a 4,000-character one), all on
the one core the sends share. So on SQLite a send stores the message and its event only,
and this indexer adds what was sent since it last looked, in the writer's queue like any
write (`Database.run_write`), a few milliseconds' worth per transaction:

- after the sends have paused for `QUIET_S`, or once the oldest unindexed send is
  `MAX_LAG_S` old (a steady stream of sends never starves it for longer);
- before every search (`catch_up`), so a search always finds every message sent before
  it: the responder never sees the lag;
- when the server starts (what a killed server had not indexed yet).

How far it has read is `search_progress.position` ('messages'), moved in the transaction
that writes the entries. Positions commit in order on SQLite (one writer at a time), so
every message at or below it that still exists is indexed and none after it is: erasure
(search.forget, in another transaction, perhaps another process) removes entries only up
to there, and a message erased before the indexer reached it is simply never indexed.
PostgreSQL indexes in the send's transaction and has no indexer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from responder_server.core.db import Database
from responder_server.core.models import Message, SearchProgress
from responder_server.core.state import ServerState
from responder_server.search import service as search

log = logging.getLogger(__name__)

INDEX_BATCH = 64  # messages per transaction, at most
INDEX_CHARACTERS = 40_000  # of text per pass while sends wait: about 5 ms of the writer
# With nobody waiting, passes four times as long: a pass costs about 2 ms whatever its size
# (its commit writes a new FTS5 segment), so this halves the cost of a long message; a
# send that arrives meanwhile waits for it, about 12 ms at most.
IDLE_INDEX_CHARACTERS = 160_000
QUIET_S = 0.2
MAX_LAG_S = 3.0
PROGRESS = search.MESSAGE_PROGRESS
_INSERT = search.fts_insert(search.MESSAGE_FTS)
# Core statements built once, run on the session's connection: a pass is a few
# milliseconds, and the ORM's per-statement work was a fifth of it.
_MARK = select(SearchProgress.position).where(SearchProgress.name == PROGRESS)
_MOVE_MARK = (update(SearchProgress).where(SearchProgress.name == PROGRESS)
              .values(position=bindparam("mark")))
_FIRST_MARK = insert(SearchProgress).values(name=PROGRESS, position=bindparam("mark"))
_UNINDEXED = (select(Message.position, Message.body)
              .where(Message.position > bindparam("done"))
              .order_by(Message.position).limit(INDEX_BATCH))


def indexed_up_to(session: Session) -> int:
    """The position every message at or below which is in the index (if it still exists)."""
    return session.connection().scalar(_MARK) or 0


def index_batch(session: Session, characters: int = INDEX_CHARACTERS) -> tuple[int, bool]:
    """Indexes the messages after the progress mark, in this transaction: up to
    `INDEX_BATCH` of them or `characters` of text, so the sends queued behind it wait a
    few milliseconds at most. Returns the new mark, and whether more may be left."""
    done = indexed_up_to(session)
    # Rows are read one at a time as the loop asks (a Core result steps SQLite lazily; an
    # ORM one fetches all), so the texts past the budget are never read: a long text is
    # several overflow pages to load.
    connection = session.connection()
    result = connection.execute(_UNINDEXED, {"done": done})
    documents: list[dict[str, object]] = []
    last, budget, read, more = done, characters, 0, False
    for position, body in result:
        if budget <= 0:
            more = True
            break
        last, budget, read = position, budget - len(body or ""), read + 1
        terms = search.document_text(body)
        if terms:
            documents.append({"r": position, "t": terms})
    result.close()
    if read == 0:
        return done, False
    done = last
    if documents:
        connection.execute(_INSERT, documents)
    if connection.execute(_MOVE_MARK, {"mark": done}).rowcount == 0:
        connection.execute(_FIRST_MARK, {"mark": done})
    return done, more or read == INDEX_BATCH


class MessageIndexer:
    """The background indexer of one SQLite server process."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._sent = asyncio.Event()
        self._last_sent = 0.0
        self._mark = 0  # the progress mark as this process last wrote or read it
        self._task: asyncio.Task[None] | None = None

    def sent(self) -> None:
        """A send committed: there is something to index."""
        self._last_sent = time.monotonic()
        self._sent.set()

    async def catch_up(self) -> None:
        """Returns once every message committed before the call is indexed."""
        target = await self._db.run_read(
            lambda session: session.scalar(select(func.max(Message.position))) or 0)
        # Nothing new since the last pass: no write transaction for this search. (Only
        # this process moves the mark, and positions only grow.)
        while self._mark < target:
            self._mark, more = await self._db.run_write(self._pass)
            if not more:  # the rest was erased meanwhile
                return

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        while True:
            try:
                await self._drain()
            except asyncio.CancelledError:
                raise
            except Exception:  # the database busy or full: tried again on the next send
                log.exception("search indexing failed")
            await self._sent.wait()
            self._sent.clear()
            waiting_since = time.monotonic()
            # Let a burst of sends finish first, but never lag more than MAX_LAG_S.
            while (time.monotonic() - self._last_sent < QUIET_S
                   and time.monotonic() - waiting_since < MAX_LAG_S):
                await asyncio.sleep(QUIET_S)

    async def _drain(self) -> None:
        more = True
        while more:
            self._mark, more = await self._db.run_write(self._pass)

    def _pass(self, session: Session) -> tuple[int, bool]:
        """One pass, in the writer: the longer one when no send is queued behind it."""
        waiting = self._db.writes_waiting()
        return index_batch(session, INDEX_CHARACTERS if waiting else IDLE_INDEX_CHARACTERS)


@contextlib.asynccontextmanager
async def indexing(state: ServerState) -> AsyncIterator[None]:
    """The job (app.py's JOBS): the state's indexer runs for the lifetime of the app (SQLite;
    PostgreSQL indexes in the send's transaction and has none)."""
    indexer = state.indexer
    if not isinstance(indexer, MessageIndexer):
        yield
        return
    indexer.start()
    try:
        yield
    finally:
        await indexer.stop()
