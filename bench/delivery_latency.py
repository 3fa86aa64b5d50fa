"""Delivery latency: from a client's send until the message is in the app's timeline.

Starts the real backend (its own process, SQLite), signs the real app in (offscreen Qt,
qasync loop), and has simulated clients send messages one after another. For each message
it measures from just before the client's PUT to the app's `sig_message_shown` for that
message id: HTTP, database commit, event log, SSE, the app's parsing and the model insert.

    .venv/bin/python -m bench.delivery_latency [--messages 300] [--clients 10]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
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
from responder_app.settings import AppSettings
from responder_sim import start_session
from tests.support.backend import start_backend
from tests.support.qt_async import wait_until


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


async def measure(base_url: str, email: str, password: str, work: Path, messages: int,
                  clients: int) -> list[float]:
    shown: dict[str, float] = {}
    async with httpx.AsyncClient() as http:
        app = AppController(http=http, settings=AppSettings.in_file(str(work / "s.ini")),
                            credentials=CredentialStore(fail.Keyring()))
        app.sig_message_shown.connect(lambda _c, m: shown.setdefault(m, time.perf_counter()))
        await app.sign_in(base_url, email, password)
        await wait_until(lambda: app.stream is not None
                         and app.stream.status.state.value == "connected", 20)
        sessions = [await start_session(base_url, f"Client {i}", "bench") for i in range(clients)]
        for session in sessions:
            await wait_until(lambda s=session: app.chat_tab(s.conversation_id), 20)
        latencies = []
        for i in range(messages):
            session = sessions[i % clients]
            message_id = str(uuid.uuid4())
            started = time.perf_counter()
            await session.say(f"message {i}: 你好 hello xin chào", message_id)
            await wait_until(lambda m=message_id: m in shown, 10)
            latencies.append((shown[message_id] - started) * 1000)
            await asyncio.sleep(0.02)
        for session in sessions:
            await session.close()
        await app.shutdown()
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--clients", type=int, default=10)
    args = parser.parse_args()
    qt_app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        backend = start_backend(work)
        try:
            email, password = backend.create_responder(max_concurrent=args.clients)
            latencies = loop.run_until_complete(
                measure(backend.base_url, email, password, work, args.messages, args.clients))
        finally:
            backend.stop()
            loop.close()
    print(f"delivery latency, client send -> visible in app ({len(latencies)} messages, "
          f"{args.clients} concurrent chats, loopback, SQLite):")
    print(f"  p50 {statistics.median(latencies):7.1f} ms")
    print(f"  p90 {percentile(latencies, 90):7.1f} ms")
    print(f"  p99 {percentile(latencies, 99):7.1f} ms")
    print(f"  max {max(latencies):7.1f} ms")


if __name__ == "__main__":
    main()
