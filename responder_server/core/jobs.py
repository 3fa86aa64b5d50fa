"""The one shape of a background job: a function of the server state that returns an async
context manager, entered when the app starts and left when it stops (app.py's `JOBS`, in
order; left in the reverse order). A job that is one loop runs it with `in_background`."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import AbstractAsyncContextManager
from typing import Any

from responder_server.core.state import ServerState

Job = Callable[[ServerState], AbstractAsyncContextManager[object]]


@contextlib.asynccontextmanager
async def in_background(work: Coroutine[Any, Any, None], name: str | None = None
                        ) -> AsyncIterator[None]:
    """Runs `work` as a task for as long as the block lasts, then cancels it and waits."""
    task = asyncio.create_task(work, name=name)
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
