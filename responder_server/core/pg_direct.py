"""PostgreSQL's hot statements on asyncpg directly, without SQLAlchemy's async layer.

A send and the event tail run thousands of times a second. Through SQLAlchemy's session
each statement was a round trip of its own (BEGIN, each statement, COMMIT, and a pre-ping
on every checkout). Here each is one statement, prepared once per connection (asyncpg's
statement cache) and run in its own implicit transaction: one round trip.

- No pre-ping and no reset query on release (asyncpg's default `RESET ALL; UNLISTEN *;...`
  is a round trip of its own, and these connections never change session state).
- A connection the database or the network dropped fails the statement with a connection
  error; `run` then tries once more on a fresh connection (every pooled connection is
  replaced: what dropped one dropped the others). Only idempotent work may run
  here (a send is, by its message id; reads are).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    import asyncpg

T = TypeVar("T")

POOL_SIZE = 10


def asyncpg_dsn(url: str) -> str:
    """SQLAlchemy's URL (postgresql+asyncpg://...) as asyncpg takes it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _no_reset(_connection: asyncpg.Connection) -> None:
    """Nothing to undo: these connections never LISTEN, SET or lock (an open transaction,
    if a statement was cancelled mid-way, is still rolled back by asyncpg itself)."""


def _lost(error: BaseException) -> bool:
    import asyncpg

    # InternalClientError: a connection the server ended in the middle of its protocol
    # ("cannot switch to state 12; another operation is in progress", seen in CI).
    return isinstance(error, (asyncpg.ConnectionDoesNotExistError, asyncpg.InterfaceError,
                              asyncpg.InternalClientError,
                              asyncpg.PostgresConnectionError, asyncpg.AdminShutdownError,
                              asyncpg.CannotConnectNowError, ConnectionError, OSError))


class Direct:
    """A small asyncpg pool for the hot statements, opened on first use."""

    def __init__(self, url: str, size: int = POOL_SIZE) -> None:
        self._dsn = asyncpg_dsn(url)
        self._size = size
        self._pool: asyncpg.Pool | None = None
        self._opening: asyncio.Lock | None = None

    async def _get_pool(self) -> asyncpg.Pool:
        if self._pool is not None:
            return self._pool
        import asyncpg

        if self._opening is None:
            self._opening = asyncio.Lock()
        async with self._opening:
            if self._pool is None:
                self._pool = await asyncpg.create_pool(
                    self._dsn, min_size=1, max_size=self._size, reset=_no_reset)
        return self._pool

    async def run(self, fn: Callable[[asyncpg.Connection], Awaitable[T]]) -> T:
        """`fn(connection)`; once more on a fresh connection if this one was lost."""
        pool = await self._get_pool()
        for attempt in (1, 2):
            connection = await pool.acquire()
            try:
                return await fn(connection)
            except Exception as error:
                if attempt == 2 or not _lost(error):
                    raise
                # asyncpg may already have handed a lost connection back to the pool, and
                # then refuses to terminate it (CI once answered a send with a 500 so).
                with contextlib.suppress(Exception):
                    connection.terminate()
                # A failover or restart drops every connection, the idle ones too: the
                # retry must not be handed another dead one.
                await pool.expire_connections()
            finally:
                await pool.release(connection)
        raise AssertionError("unreachable")

    async def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await pool.close()
