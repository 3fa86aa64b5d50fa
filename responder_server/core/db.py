"""Engine, sessions and schema migrations."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session

from responder_server.core.pg_direct import Direct
from responder_server.core.wal_checkpoints import WRITER_AUTOCHECKPOINT_PAGES, Checkpointer

T = TypeVar("T")

MIGRATIONS_DIR = Path(__file__).parent.parent / "migrations"
# pg_advisory_xact_lock key held while migrating ("resp" "migr" in ASCII).
MIGRATIONS_LOCK = 0x726573706D696772


# FTS5 virtual tables (search/service.py) and their shadow tables live outside the models.
FTS_TABLE_PREFIXES = ("message_fts", "note_fts", "wrap_up_fts")


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """For Alembic's compare: leave the full-text tables out (created by migration 0004)."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE_PREFIXES))


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _upgrade(connection: Connection) -> None:
    # "heads": features developed side by side may each add a migration off the same parent
    # until a merge revision joins them; every head is applied either way.
    command.upgrade(alembic_config(connection), "heads")


def _upgrade_checked(connection: Connection) -> None:
    """SQLite, foreign keys off: upgrade, then refuse to commit a broken reference."""
    _upgrade(connection)
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"the upgrade would leave {len(broken)} broken references, first: "
                           f"{tuple(broken[0])}")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy, not the driver, begins transactions (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets readers (the event tail, replays, searches) run beside the single writer;
    # busy_timeout makes a writer wait for another process's transaction (the operator's
    # CLI) instead of failing with "database is locked".
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _late_autocheckpoint(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA wal_autocheckpoint={WRITER_AUTOCHECKPOINT_PAGES}")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """Write transactions take SQLite's write lock when they begin (BEGIN IMMEDIATE), so
    writers are ordered by the database: no read-then-upgrade deadlock, and the event
    positions a writer inserts commit in the order they are numbered. Reads run without
    an explicit transaction (each statement sees the latest commit), as before."""
    if conn.get_execution_options().get("responder_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")


IDLE_PING_S = 10.0
_USED = "responder_used"  # the pool record's info: when it was last checked in


def _note_used(_dbapi_connection: Any, record: Any) -> None:
    record.info[_USED] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """A pooled PostgreSQL connection unused for IDLE_PING_S is checked before it is
    handed out; one the database closed is replaced (DisconnectionError: the pool opens
    another). Connections in steady use are not pinged."""
    used = record.info.get(_USED)
    if used is None or time.monotonic() - used < IDLE_PING_S:
        return
    try:
        dbapi_connection.ping()
    except Exception as error:
        raise DisconnectionError("a pooled connection was closed while idle") from error


# At most this many `run_write` calls share one SQLite transaction.
WRITE_BATCH = 64


def _settle(future: asyncio.Future[Any], outcome: tuple[bool, Any]) -> None:
    if future.cancelled():
        return
    ok, value = outcome
    if ok:
        future.set_result(value)
    else:
        future.set_exception(value)


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        if self.is_sqlite:
            path = url.split(":///", 1)[1]
            if path and path != ":memory:":
                Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        if self.is_sqlite:
            self.engine = create_async_engine(url)
        else:
            # PostgreSQL: a pool per process. No pre-ping on every checkout (on asyncpg it
            # is BEGIN, a query and ROLLBACK: three round trips before each transaction);
            # only a connection idle for IDLE_PING_S is checked, which is when a database
            # restart or failover has most likely closed it (`_ping_if_idle`).
            self.engine = create_async_engine(url, pool_size=10, max_overflow=20)
            pool = self.engine.sync_engine.pool
            event.listen(pool, "checkout", _ping_if_idle)
            event.listen(pool, "checkin", _note_used)
        if self.is_sqlite:
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
            event.listen(self.engine.sync_engine, "begin", _sqlite_begin)
            # SQLite admits one writer at a time whatever we do; with one write connection
            # per process, this process's writers wait their turn for that connection in
            # the event loop rather than sleeping in SQLite's busy handler, and BEGIN
            # IMMEDIATE with busy_timeout orders them against other processes. PostgreSQL
            # orders concurrent writers itself (row locks), with a pool of connections.
            write_engine = create_async_engine(url, pool_size=1, max_overflow=0,
                                               pool_timeout=60)
            event.listen(write_engine.sync_engine, "connect", _sqlite_pragmas)
            event.listen(write_engine.sync_engine, "begin", _sqlite_begin)
            self.write_engine = write_engine.execution_options(responder_write=True)
        else:
            self.write_engine = self.engine
        # Reads on PostgreSQL run in autocommit: no BEGIN and ROLLBACK around a SELECT (in
        # READ COMMITTED each statement has its own snapshot either way).
        read_engine = (self.engine if self.is_sqlite
                       else self.engine.execution_options(isolation_level="AUTOCOMMIT"))
        self.sessions = async_sessionmaker(read_engine, expire_on_commit=False)
        self.write_sessions = async_sessionmaker(self.write_engine, expire_on_commit=False)
        # The hot paths (a send, a token check, the event tail) run as one plain function
        # over a synchronous session (`run_write`, `run_read`). On SQLite that function
        # runs whole in a database thread: one hand-over per request instead of two or
        # three per statement through aiosqlite (each a GIL and thread switch). On
        # PostgreSQL (asyncpg, no threads) the same function runs with `run_sync`.
        self._sync_write: Engine | None = None
        self._sync_read: Engine | None = None
        self._checkpointer: Checkpointer | None = None
        # PostgreSQL: the send and the event tail on asyncpg directly (core/pg_direct.py).
        self.direct: Direct | None = None if self.is_sqlite else Direct(url)
        if self.is_sqlite:
            sync_url = "sqlite://" + url.split("://", 1)[1]
            self._sync_write = create_engine(sync_url, pool_size=1, max_overflow=0,
                                             pool_timeout=60)
            self._sync_read = create_engine(sync_url, pool_size=4, max_overflow=4)
            for engine in (self._sync_write, self._sync_read):
                event.listen(engine, "connect", _sqlite_pragmas)
                event.listen(engine, "begin", _sqlite_begin)
            # The sends' writer checkpoints inside a commit only as a backstop
            # (core/wal_checkpoints.py).
            event.listen(self._sync_write, "connect", _late_autocheckpoint)
            self._sync_write = self._sync_write.execution_options(responder_write=True)
            self._writer = ThreadPoolExecutor(1, thread_name_prefix="sqlite-write")
            self._pending_lock = threading.Lock()
            self._pending_writes: deque[tuple[Callable[[Session], Any], asyncio.Future[Any],
                                              asyncio.AbstractEventLoop]] = deque()
            self._draining = False
            self._readers = ThreadPoolExecutor(4, thread_name_prefix="sqlite-read")

    async def run_write(self, fn: Callable[[Session], T]) -> T:
        """`fn(session)` in a write transaction that commits if it returns.

        On SQLite the writer thread commits calls that arrive together as one transaction
        (group commit): a call that raises gets its exception and none of its writes are
        kept, and the others commit (`_commit_batch`).
        One commit for many sends: SQLite's commit and FTS5's flush of a new index segment
        are paid once per batch instead of once per message."""
        if self._sync_write is None:
            async with self.write() as session:
                return await session.run_sync(fn)
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        with self._pending_lock:
            self._pending_writes.append((fn, future, loop))
            start = not self._draining
            self._draining = True
        if start:
            self._writer.submit(self._write_batches)
        return await future

    def writes_waiting(self) -> bool:
        """Whether calls are queued for the writer (SQLite), as seen from inside a call:
        a long background write can be cut short when someone is waiting behind it."""
        return bool(self._sync_write is not None and self._pending_writes)

    def _write_batches(self) -> None:
        """In the writer thread: commit what is queued, batch after batch, until empty."""
        assert self._sync_write is not None
        while True:
            with self._pending_lock:
                if not self._pending_writes:
                    self._draining = False
                    return
                batch = [self._pending_writes.popleft()
                         for _ in range(min(len(self._pending_writes), WRITE_BATCH))]
            outcomes = self._commit_batch([fn for fn, _future, _loop in batch])
            for (_fn, future, loop), outcome in zip(batch, outcomes, strict=True):
                with contextlib.suppress(RuntimeError):  # that loop has closed (shutdown)
                    loop.call_soon_threadsafe(_settle, future, outcome)

    def _commit_batch(self, calls: list[Callable[[Session], Any]]) -> list[tuple[bool, Any]]:
        """One transaction for every call. First without savepoints (each SAVEPOINT and
        RELEASE costs as much as a statement of the send); if a call raises, that whole
        transaction is rolled back and the batch runs again with each call in its own
        SAVEPOINT, so only the failing call fails. A call is a function of what the
        database holds, so running it again after the rollback gives the same answer."""
        assert self._sync_write is not None
        try:
            with Session(self._sync_write, expire_on_commit=False) as session, \
                    session.begin():
                results = [call(session) for call in calls]
            return [(True, result) for result in results]
        except Exception as error:
            if len(calls) == 1:
                return [(False, error)]
        outcomes: list[tuple[bool, Any]] = []
        try:
            with Session(self._sync_write, expire_on_commit=False) as session, \
                    session.begin():
                for call in calls:
                    try:
                        with session.begin_nested():
                            outcomes.append((True, call(session)))
                    except Exception as error:  # that call's own failure
                        outcomes.append((False, error))
        except Exception as error:  # the commit failed: no call's writes happened
            outcomes = [(False, error)] * len(calls)
        return outcomes

    async def run_read(self, fn: Callable[[Session], T]) -> T:
        """`fn(session)` reading (each statement sees the latest commit)."""
        if self._sync_read is None:
            # PostgreSQL: a connection the database closed (a restart, a failover) fails
            # the read and invalidates the pool; a read is safe to run again on a new one.
            try:
                async with self.read() as session:
                    return await session.run_sync(fn)
            except DBAPIError as error:
                if not error.connection_invalidated:
                    raise
            async with self.read() as session:
                return await session.run_sync(fn)
        engine = self._sync_read

        def reading() -> T:
            with Session(engine) as session:
                return fn(session)

        return await asyncio.get_running_loop().run_in_executor(self._readers, reading)

    async def migrate(self) -> None:
        # One transaction (BEGIN IMMEDIATE on SQLite; PostgreSQL's DDL is transactional
        # too), so a failed upgrade leaves nothing half-applied. Instances starting together
        # take turns: on SQLite through the write lock, on PostgreSQL through an advisory
        # lock taken before Alembic reads the version, so the second one finds the schema
        # current and changes nothing.
        if not self.is_sqlite:
            async with self.write_engine.begin() as conn:
                await conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATIONS_LOCK})")
                await conn.run_sync(_upgrade)
            return
        # SQLite changes a table's constraints by copying it and dropping the old one; with
        # foreign keys on, that DROP fails once other tables' rows point at it (any database
        # with chats in it). So they are off while migrating (the pragma only takes effect
        # outside a transaction), and the result is checked before it commits.
        async with self.write_engine.connect() as conn:
            raw = (await conn.get_raw_connection()).driver_connection
            assert raw is not None
            await raw.execute("PRAGMA foreign_keys=OFF")
            try:
                async with conn.begin():
                    await conn.run_sync(_upgrade_checked)
            finally:
                await raw.execute("PRAGMA foreign_keys=ON")

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        async with self.sessions() as session:
            yield session

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """One transaction that commits on success (BEGIN IMMEDIATE on SQLite)."""
        async with self.write_sessions() as session, session.begin():
            yield session

    def start_checkpoints(self) -> None:
        """The server's WAL checkpoints on a thread of their own (SQLite file databases)."""
        path = self.url.split(":///", 1)[1] if self.is_sqlite else ""
        if path and path != ":memory:" and self._checkpointer is None:
            self._checkpointer = Checkpointer(str(Path(path).expanduser()))
            self._checkpointer.start()

    async def dispose(self) -> None:
        if self.direct is not None:
            await self.direct.close()
        if self._checkpointer is not None:
            self._checkpointer.stop()
        for engine in (self._sync_write, self._sync_read):
            if engine is not None:
                engine.dispose()
        if self._sync_write is not None:
            self._writer.shutdown(wait=False)
            self._readers.shutdown(wait=False)
        if self.write_engine is not self.engine:
            await self.write_engine.dispose()
        await self.engine.dispose()
