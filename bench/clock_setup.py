"""Shared set-up for the reply-clock benchmarks: the real backend (its own process), the
real app signed in (its own Qt/qasync loop), and N simulated clients who each wrote one
message that nobody answers, so N tabs show ticking waiting clocks."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# isort: off
import PySide6  # noqa: F401
from PySide6.QtWidgets import QApplication
import qasync

# isort: on
import httpx
from keyring.backends import fail

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_sim import start_session
from tests.support.backend import Backend
from tests.support.qt_async import wait_until


def qt_loop() -> asyncio.AbstractEventLoop:
    qt_app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    return loop


@asynccontextmanager
async def ticking_tabs(backend: Backend, work: Path, tabs: int,
                       pc_skew_s: float = 0.0) -> AsyncIterator[AppController]:
    """The app with `tabs` chats whose clients wait. `pc_skew_s` sets this PC's clock off
    from the server's (the app must learn the server's time from its responses)."""
    email, password = backend.create_responder(max_concurrent=tabs)
    local_ms: Callable[[], float] = lambda: time.time() * 1000.0 + pc_skew_s * 1000.0  # noqa: E731
    async with httpx.AsyncClient() as http:
        app = AppController(http=http, settings=AppSettings.in_file(str(work / "s.ini")),
                            credentials=CredentialStore(fail.Keyring()),
                            clock=ServerClock(local_ms=local_ms))
        await app.sign_in(backend.base_url, email, password)
        await wait_until(lambda: app.stream is not None
                         and app.stream.status.state.value == "connected", 20)
        clients = []
        for i in range(tabs):
            clients.append(await start_session(backend.base_url, f"Client {i + 1}", "bench"))
        # The clients write spread over one second, so the clocks turn at 30 different
        # moments of each second (the hardest case for waking up on time).
        for i, client in enumerate(clients):
            await client.say(f"hello from client {i + 1}")
            await asyncio.sleep(1.0 / max(1, tabs))
        for client in clients:
            await wait_until(partial(app.chat_tab, client.conversation_id), 20)

        def ticking(conversation_id: str) -> bool:
            pill = app.reply_speed.pill(conversation_id)
            return pill is not None and not pill.isHidden()

        for client in clients:
            await wait_until(partial(ticking, client.conversation_id), 20)
        try:
            yield app
        finally:
            for client in clients:
                await client.close()
            await app.shutdown()
            app.window.close_handler = None
            app.window.close()
