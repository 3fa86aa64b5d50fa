"""Notification latency: from a client's first message to the `Notify` call on the bus.

Starts the real backend (its own process, SQLite), a real notification service on a real
D-Bus session bus (python-dbusmock's notification-daemon template; the bench starts a
private `dbus-daemon` when there is no session bus), and signs the real app in (offscreen
Qt, qasync loop; its window is not the focused one, as when the responder is elsewhere).

For each of N sessions one after another: a client starts a session (the app raises the
new-client notification), then writes its first message. Measured from just before that
message's PUT to the moment the notification service received the `Notify` call carrying
it (its own clock, millisecond resolution): HTTP, database commit, event log, SSE, the
app's parsing, plyer on the worker thread and the D-Bus round trip. The new-client
notification (from just before the session request) is reported as well. The responder
wraps each chat up before the next one.

    scripts/desktop_session.sh .venv/bin/python -m bench.notify_latency [--sessions 200]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# isort: off
import PySide6  # noqa: F401
from PySide6.QtWidgets import QApplication, QWidget
import qasync

# isort: on
import httpx
from keyring.backends import fail

from bench.delivery_latency import percentile
from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_sim import start_session
from tests.support.backend import start_backend
from tests.support.notification_daemon import NotificationDaemon, NotifyCall
from tests.support.qt_async import wait_until


async def measure(base_url: str, email: str, password: str, work: Path, sessions: int,
                  daemon: NotificationDaemon) -> tuple[list[float], list[float]]:
    first_message: list[float] = []
    new_client: list[float] = []
    async with httpx.AsyncClient() as http:
        app = AppController(http=http, settings=AppSettings.in_file(str(work / "s.ini")),
                            credentials=CredentialStore(fail.Keyring()))
        await app.sign_in(base_url, email, password)
        await wait_until(lambda: app.stream is not None
                         and app.stream.status.state.value == "connected", 20)
        # no escalations or idle checks during the run
        app.ticker.sig_ticked.disconnect(app.alerts.check_now)
        other = QWidget()  # the responder is busy in another window
        other.show()
        other.activateWindow()
        await wait_until(lambda: not app.window.isActiveWindow(), 10)

        def call_for(alias: str, marker: str) -> NotifyCall | None:
            for call in daemon.calls():
                if call.summary == alias and marker in call.body:
                    return call
            return None

        for i in range(sessions):
            alias = f"Client {i}"
            daemon.clear()
            started = time.time()
            client = await start_session(base_url, alias, f"topic {i}")
            call = await wait_until(lambda a=alias, t=f"topic {i}": call_for(a, t), 10)
            new_client.append((call.at - started) * 1000)
            marker = f"first words {i}"
            said = time.time()
            await client.say(f"{marker}: 你好 hello xin chào")
            call = await wait_until(lambda a=alias, m=marker: call_for(a, m), 10)
            first_message.append((call.at - said) * 1000)
            await app.wrap_up(client.conversation_id)
            await client.close()
        await app.shutdown()
    return first_message, new_client


def _report(title: str, values: list[float]) -> None:
    print(title)
    print(f"  p50 {statistics.median(values):7.1f} ms")
    print(f"  p90 {percentile(values, 90):7.1f} ms")
    print(f"  p99 {percentile(values, 99):7.1f} ms")
    print(f"  max {max(values):7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=200)
    args = parser.parse_args()
    qt_app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        daemon = NotificationDaemon(work / "notify.log")
        backend = start_backend(work)
        try:
            email, password = backend.create_responder()
            first, new = loop.run_until_complete(
                measure(backend.base_url, email, password, work, args.sessions, daemon))
        finally:
            backend.stop()
            daemon.stop()
            loop.close()
    _report(f"client's first message -> Notify on the session bus ({len(first)} sessions, "
            "loopback, SQLite, plyer -> dbus-python):", first)
    _report("new client (session request) -> Notify:", new)


if __name__ == "__main__":
    main()
