from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

# isort: off
import PySide6  # noqa: F401  (before qasync, so qasync binds to PySide6)
from PySide6.QtWidgets import QApplication
import qasync

# isort: on


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """An asyncio loop that is Qt's loop, as in the real app."""
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()  # joins qasync's worker threads (keyring calls run there)
    asyncio.set_event_loop(None)
