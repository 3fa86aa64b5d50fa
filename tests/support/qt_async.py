"""Running the real app's coroutines in a test: qasync makes the Qt loop the asyncio loop."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


async def wait_until(predicate: Callable[[], T], timeout: float = 10.0,
                     what: str = "condition") -> T:
    """Poll `predicate` on the running loop (Qt keeps painting and reading meanwhile)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.01)


def run_in_qt_loop(loop: asyncio.AbstractEventLoop, scenario: Awaitable[T],
                   timeout: float = 60.0) -> T:
    return loop.run_until_complete(asyncio.wait_for(scenario, timeout))
