"""Crisis handoff latency: from a client's message to the handoff card on screen, and what
the check itself costs per message.

1. End to end. Starts the real backend (its own process, SQLite) and signs the real app in
   (offscreen Qt, qasync loop). For each of N sessions one after another: a client starts a
   session, the chat is brought on screen, then the client writes a crisis phrase (Chinese,
   Vietnamese, English in turn; every fourth one a 4,000-character Chinese message with the
   phrase at its end). Measured from just before that message's PUT to the moment the card
   is visible in the chat (HTTP, commit, event log, SSE, parsing, the inbox showing the
   message, the check, the card). The chat is wrapped up before the next one.

2. The check's own cost. Client messages of each kind (short and 4,000-character, with and
   without a match, in each language) are emitted on an event router's
   `sig_message_created`: once with a bare no-op slot connected (the floor), once with a
   slot that runs the app's check (`Catalog.check`, the operator's default lists). The
   difference per message is the check's cost.

    scripts/desktop_session.sh .venv/bin/python -m bench.safety_latency [--sessions 60]
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
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# isort: off
import PySide6  # noqa: F401
from PySide6.QtWidgets import QApplication
import qasync

# isort: on
import httpx
from keyring.backends import fail

from bench.delivery_latency import percentile
from responder_app.app_controller import AppController
from responder_app.features.safety.catalog import Catalog
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.shell.events import EventRouter
from responder_wire.models import MessageOut, SenderRole
from tests.support.backend import Backend, bearer, start_backend
from tests.support.qt_async import wait_until

LONG_ZH = ("今天加班到很晚，回家的路上一直在想工作上的事情，心里很乱。" * 200)[:3990]
CRISIS = ["说真的，我不想活了", "em muốn chết quá", "sometimes I want to die",
          LONG_ZH[: 4000 - len("我不想活了")] + "我不想活了"]
PLAIN = ["今天被老板批评了，好难受。", "hôm nay mệt quá", "I'm so tired of this job",
         LONG_ZH, LONG_ZH[:1000]]


async def _say(http: httpx.AsyncClient, backend: Backend, chat: dict[str, object],
               body: str) -> None:
    conversation = chat["conversation"]
    assert isinstance(conversation, dict)
    token = chat["client_token"]
    assert isinstance(token, str)
    response = await http.put(
        f"{backend.api}/conversations/{conversation['id']}/messages/{uuid.uuid4()}",
        json={"body": body}, headers=bearer(token))
    response.raise_for_status()


async def end_to_end(backend: Backend, work: Path, sessions: int) -> list[float]:
    email, password = backend.create_responder(display_name="Bench")
    shown_at: dict[str, float] = {}
    latencies: list[float] = []
    async with httpx.AsyncClient() as http, httpx.AsyncClient() as client_http:
        app = AppController(http=http, settings=AppSettings.in_file(str(work / "s.ini")),
                            credentials=CredentialStore(fail.Keyring()))

        def on_card(cid: str) -> None:
            card = app.safety.card(cid)
            if card is not None and card.isVisible():
                shown_at.setdefault(cid, time.perf_counter())

        app.safety.sig_card_shown.connect(on_card)
        await app.sign_in(backend.base_url, email, password)
        await wait_until(lambda: app.stream is not None
                         and app.stream.status.state.value == "connected", 20)
        for i in range(sessions):
            chat = await asyncio.to_thread(backend.start_session, f"Client {i}")
            conversation = chat["conversation"]
            assert isinstance(conversation, dict)
            cid = str(conversation["id"])
            await wait_until(lambda c=cid: app.chat_tab(c), 10)
            app.window.show_conversation(cid)
            started = time.perf_counter()
            await _say(client_http, backend, chat, CRISIS[i % len(CRISIS)])
            await wait_until(lambda c=cid: c in shown_at, 10)
            latencies.append((shown_at[cid] - started) * 1000)
            await app.wrap_up(cid)
        await app.shutdown()
    return latencies


def check_cost(rounds: int) -> dict[str, tuple[float, float]]:
    """Per kind of message: (floor µs per message, with the check µs per message)."""
    catalog = Catalog()
    now = datetime.now(UTC)
    kinds = {"short, no match": PLAIN[:3], "short, crisis": CRISIS[:3],
             "4,000-char zh, no match": [LONG_ZH], "4,000-char zh, crisis": [CRISIS[3]]}
    results: dict[str, tuple[float, float]] = {}
    for kind, bodies in kinds.items():
        messages = [MessageOut(id=str(uuid.uuid4()), conversation_id="c", position=i,
                               sender=SenderRole.CLIENT, body=body, created_at=now)
                    for i, body in enumerate(bodies)]
        timings = []
        for with_check in (False, True):
            router = EventRouter()
            if with_check:
                router.sig_message_created.connect(lambda m: catalog.check(m.body))
            else:
                router.sig_message_created.connect(lambda m: None)
            best = float("inf")
            for _ in range(5):  # best of five: the least disturbed by the other cores
                start = time.perf_counter()
                for _ in range(rounds):
                    for message in messages:
                        router.sig_message_created.emit(message)
                best = min(best, time.perf_counter() - start)
            timings.append(best / (rounds * len(messages)) * 1e6)
        results[kind] = (timings[0], timings[1])
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=2000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    print("The check's own cost per message (emit on sig_message_created, best of 5):")
    for kind, (floor, with_check) in check_cost(args.rounds).items():
        print(f"  {kind:26s} no-op slot {floor:7.2f} µs   with the check {with_check:7.2f} µs"
              f"   check adds {with_check - floor:7.2f} µs")
    work = Path(tempfile.mkdtemp(prefix="responder-bench-safety-"))
    backend = start_backend(work, "--heartbeat", "5")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            latencies = loop.run_until_complete(end_to_end(backend, work, args.sessions))
    finally:
        backend.stop()
    print(f"Client message → handoff card visible, {len(latencies)} sessions "
          f"(every 4th a 4,000-character Chinese message):")
    print(f"  p50 {percentile(latencies, 50):7.1f} ms   p99 {percentile(latencies, 99):7.1f} ms"
          f"   max {max(latencies):7.1f} ms   mean {statistics.fmean(latencies):7.1f} ms"
          "   (target p99 ≤ 1000 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
