"""End-to-end: the real app against the real backend, on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import pytest

# isort: off
import PySide6  # noqa: F401  (before qasync, so qasync binds to PySide6)
from PySide6.QtWidgets import QApplication
import qasync

# isort: on

from responder_app.shell.collector import MainThreadCollector
from tests.support.backend import Backend


@pytest.fixture
def backend(backend_on_each_database: Backend) -> Backend:
    """The real backend, once on SQLite and once on PostgreSQL (tests/conftest.py)."""
    return backend_on_each_database


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """An asyncio loop that is Qt's loop, as in the real app."""
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    # As main.py: while the loop runs, collections happen on the Qt thread only
    # (responder_app/shell/collector.py); the tests' own asyncio.to_thread calls would
    # otherwise start one on a worker thread and delete Qt objects there.
    collector = MainThreadCollector(qapp)
    collector.start()
    yield loop
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()  # joins qasync's worker threads (keyring calls run there)
    asyncio.set_event_loop(None)
    # Collect this test's Qt objects now, on the main thread: left for later, a collection
    # that happens to start on a worker thread (a later test's asyncio.to_thread) would
    # delete them there while the main thread's timer list still points at them.
    collector.stop()
    collector.deleteLater()
    gc.collect()
