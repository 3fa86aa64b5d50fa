"""The status bar's queue line is the server's truth: it comes from `queue.changed` events,
and after any gap in them (the stream reconnects, the availability changes — the server
sends the queue only to responders not offline) the app reads `GET /queue` again instead of
keeping the count it had. A count nobody keeps true is not shown while disconnected.

The real app with an HTTP transport that answers as the server would: nothing leaves the
process, nothing waits on the clock."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail

from responder_app.app_controller import AppController
from responder_app.services.api_client import ApiClient
from responder_app.services.credentials import CredentialStore
from responder_app.services.event_stream import ConnectionState, StreamStatus
from responder_app.settings import AppSettings
from responder_wire.models import (
    Availability,
    EventEnvelope,
    EventType,
    ResponderProfile,
    TokenPair,
)
from responder_wire.reply_speed import QueueStatus

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


class FakeServer:
    """`GET /queue` and `GET /me` as the server answers them; a read can be held."""

    def __init__(self) -> None:
        self.queue = QueueStatus(waiting=0)
        self.queue_reads = 0
        self.hold: asyncio.Event | None = None  # set: the read answers

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/queue":
            self.queue_reads += 1
            if self.hold is not None:
                await self.hold.wait()
            return httpx.Response(200, json=self.queue.model_dump(mode="json"))
        if request.url.path == "/api/v1/me":
            profile = ResponderProfile(id=1, email="a@example.com", display_name="Amy",
                                       availability=Availability.AWAY, max_concurrent=3)
            return httpx.Response(200, json=profile.model_dump(mode="json"))
        return httpx.Response(404, json={"type": "urn:responder:problem:not-found",
                                         "title": "Not found", "status": 404})


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def app(qloop: asyncio.AbstractEventLoop, tmp_path: Path, server: FakeServer
        ) -> Iterator[AppController]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    controller = AppController(http=http, settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                               credentials=CredentialStore(fail.Keyring()))
    controller.clock.observe(NOW.timestamp() * 1000)
    api = ApiClient(http, "http://127.0.0.1:9", clock=controller.clock)
    api.tokens = TokenPair(access_token="a" * 20, refresh_token="r" * 20,
                           access_expires_at=NOW + timedelta(days=3650),
                           refresh_expires_at=NOW + timedelta(days=3650),
                           responder=ResponderProfile(id=1, email="a@example.com",
                                                      display_name="Amy",
                                                      availability=Availability.AWAY,
                                                      max_concurrent=3))
    controller.session.api = api
    controller.ticker.start()  # as after a sign-in: the one ticker runs
    yield controller
    controller.window.close_handler = None
    controller.window.close()
    qloop.run_until_complete(http.aclose())


_seq = iter(range(1, 10_000))


def _queue_event(app: AppController, status: QueueStatus) -> None:
    app.events.route(EventEnvelope(seq=next(_seq), type=EventType.QUEUE_CHANGED,
                                   created_at=NOW, data=status.model_dump(mode="json")))


async def _settle() -> None:
    for _ in range(50):
        await asyncio.sleep(0)


def _line(app: AppController) -> str:
    panel = app.reply_speed.queue_panel
    return "" if panel.isHidden() else panel.ui.queueLabel.text()


ONE = QueueStatus(waiting=1, oldest_queued_at=NOW - timedelta(seconds=502))


def test_an_availability_change_reads_the_queue_again(
        app: AppController, server: FakeServer, qloop: asyncio.AbstractEventLoop) -> None:
    async def scenario() -> None:
        _queue_event(app, ONE)
        app.ticker.tick()
        assert _line(app).startswith("1 client in the queue")
        # The client left while this responder was offline: no event reached this app.
        server.queue = QueueStatus(waiting=0)
        app.session._show_availability(Availability.AWAY)
        await _settle()
        app.ticker.tick()
        assert server.queue_reads == 1
        assert _line(app) == ""

    qloop.run_until_complete(scenario())


def test_a_reconnect_reads_the_queue_again_and_a_gap_shows_nothing_stale(
        app: AppController, server: FakeServer, qloop: asyncio.AbstractEventLoop) -> None:
    async def scenario() -> None:
        _queue_event(app, ONE)
        app.ticker.tick()
        assert _line(app).startswith("1 client in the queue")
        app.session._on_status(StreamStatus(ConnectionState.RECONNECTING))
        app.ticker.tick()
        assert _line(app) == ""  # nobody keeps it true while the events are cut
        server.queue = QueueStatus(waiting=2, oldest_queued_at=NOW - timedelta(seconds=30))
        app.session._on_status(StreamStatus(ConnectionState.CONNECTED))
        await _settle()
        app.ticker.tick()
        assert server.queue_reads >= 1
        assert _line(app).startswith("2 clients in the queue")

    qloop.run_until_complete(scenario())


def test_an_event_during_a_read_wins_over_the_read(
        app: AppController, server: FakeServer, qloop: asyncio.AbstractEventLoop) -> None:
    async def scenario() -> None:
        server.queue = ONE  # what the read will answer: older than the event below
        server.hold = asyncio.Event()
        app.reply_speed.reread_queue()
        await _settle()
        assert server.queue_reads == 1  # under way
        _queue_event(app, QueueStatus(waiting=0))
        server.hold.set()
        await _settle()
        app.ticker.tick()
        assert server.queue_reads == 1
        assert _line(app) == ""

    qloop.run_until_complete(scenario())
