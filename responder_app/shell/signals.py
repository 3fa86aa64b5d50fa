"""Awaiting Qt signals from coroutines (instead of a nested `exec()`)."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from PySide6.QtCore import SignalInstance

__all__ = ["wait_for_signal"]


async def wait_for_signal(signal: SignalInstance) -> tuple[Any, ...]:
    """Await the next emission of a Qt signal (e.g. a dialog's `finished` after `open()`)."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def _fire(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(_fire)
    try:
        return await future
    finally:
        with contextlib.suppress(RuntimeError, TypeError):
            signal.disconnect(_fire)
