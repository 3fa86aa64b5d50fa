"""Test data made in the test's own process, through the server's own service functions
(as Dispatch's factories do), instead of a `responder-server` subprocess per row: the
subprocess cost about a second each (imports and a migration check); this costs the
argon2 hash and one transaction. `tests/server/auth/test_cli.py` keeps one test of the real
`create-responder` command."""

from __future__ import annotations

import asyncio
import concurrent.futures
import gc
from collections.abc import Awaitable, Callable
from typing import TypeVar

from responder_server.auth.service import create_responder as create_responder_row
from responder_server.core.clock import Clock
from responder_server.core.config import normalise_database_url
from responder_server.core.db import Database

T = TypeVar("T")


def run_blocking(make: Callable[[], Awaitable[T]]) -> T:
    """Runs a coroutine to completion from test code, also while the test's own loop runs
    (the app's qasync loop in end-to-end tests): then on a plain loop on a thread of its
    own, which blocks the caller for that one short transaction."""

    def run_on_plain_loop() -> T:
        # A plain asyncio loop, whatever loop policy the test installed (qasync's would
        # make a Qt loop, which must not run outside the main thread).
        with asyncio.Runner(loop_factory=asyncio.SelectorEventLoop) as runner:
            return runner.run(make())  # type: ignore[arg-type]

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return run_on_plain_loop()
    # No garbage collection meanwhile: one started on that thread would delete the test's
    # Qt objects there, while the Qt loop still holds them (a segfault later, in Qt). The
    # caller waits anyway; what the thread left behind is collected on this thread.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            return pool.submit(run_on_plain_loop).result()
    finally:
        if collecting:
            gc.enable()


def create_responder(database_url: str, email: str, password: str, display_name: str,
                     max_concurrent: int = 3) -> int:
    """A responder account, as `responder-server create-responder` makes it (the same
    service function, on a database that is already migrated); returns its id."""

    async def create() -> int:
        database = Database(normalise_database_url(database_url))
        try:
            async with database.write() as session:
                responder = await create_responder_row(
                    session, email, password, display_name, Clock().now(),
                    max_concurrent=max_concurrent)
                return int(responder.id)
        finally:
            await database.dispose()

    return run_blocking(create)
