"""Settings the server keeps are shown from the server and written only when the responder
changes them. The chat cap: Preferences → Presence shows the server's `max_concurrent` (the
sign-in profile, then `GET /me` when the page is shown, then any `presence.changed`), never
this PC's old value; signing in writes nothing; a change the responder makes is sent once
with `PUT /me/capacity`. The assignment mode likewise: read at sign-in (`GET
/me/assignment-mode`), written only when changed on the reply-speed page. Quick replies:
signing in reads them and writes nothing.

The real app with an HTTP transport that answers as the server would and records every
request: nothing leaves the process, nothing waits on the clock."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail

from responder_app.app_controller import AppController
from responder_app.features.alerts.preferences_pages import PresencePage
from responder_app.features.reply_speed.settings import ReplySpeedSettings
from responder_app.services.api_client import ApiClient
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_wire.models import (
    Availability,
    EventEnvelope,
    EventType,
    ResponderProfile,
    TokenPair,
)

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


class FakeServer:
    def __init__(self) -> None:
        self.cap = 4  # chosen on another PC
        self.mode = "accept"  # so was accept mode
        self.requests: list[tuple[str, str, object]] = []

    def profile(self) -> ResponderProfile:
        return ResponderProfile(id=1, email="lin@example.com", display_name="Lin",
                                availability=Availability.ONLINE, max_concurrent=self.cap)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.requests.append((request.method, request.url.path, body))
        path = request.url.path
        if request.method == "GET" and path == "/api/v1/me":
            return httpx.Response(200, json=self.profile().model_dump(mode="json"))
        if request.method == "PUT" and path == "/api/v1/me/capacity":
            assert isinstance(body, dict)
            self.cap = int(body["max_concurrent"])
            return httpx.Response(200, json=self.profile().model_dump(mode="json"))
        if path == "/api/v1/me/assignment-mode":
            if request.method == "PUT":
                assert isinstance(body, dict)
                self.mode = str(body["mode"])
            return httpx.Response(200, json={"mode": self.mode})
        if request.method == "GET" and path == "/api/v1/me/quick-replies":
            return httpx.Response(200, json={"version": 0, "phrases": []})
        return httpx.Response(404, json={"type": "urn:responder:problem:not-found",
                                         "title": "Not found", "status": 404})

    def writes(self, path: str) -> list[object]:
        return [b for m, p, b in self.requests if m == "PUT" and p == "/api/v1" + path]


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def app(qloop: asyncio.AbstractEventLoop, tmp_path: Path, server: FakeServer
        ) -> Iterator[AppController]:
    settings = AppSettings.in_file(str(tmp_path / "s.ini"))
    settings.set_value("presence/max_concurrent", 3)  # what this PC kept from long ago
    ReplySpeedSettings(settings).accept_mode = False  # and "assign automatically"
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    controller = AppController(http=http, settings=settings,
                               credentials=CredentialStore(fail.Keyring()))
    api = ApiClient(http, "http://127.0.0.1:9", clock=controller.clock)
    api.tokens = TokenPair(access_token="a" * 20, refresh_token="r" * 20,
                           access_expires_at=NOW + timedelta(days=3650),
                           refresh_expires_at=NOW + timedelta(days=3650),
                           responder=server.profile())
    controller.session.api = api
    yield controller
    controller.window.close_handler = None
    controller.window.close()
    qloop.run_until_complete(http.aclose())


async def _settle() -> None:
    for _ in range(50):
        await asyncio.sleep(0)


def _presence(app: AppController) -> PresencePage:
    dialog = app.host.open_preferences("presence")
    page = dialog.page("presence")
    assert isinstance(page, PresencePage)
    return page


def test_signing_in_writes_no_setting_the_server_keeps(
        app: AppController, server: FakeServer, qloop: asyncio.AbstractEventLoop) -> None:
    async def scenario() -> None:
        app.alerts._on_signed_in()
        app.quick_replies._on_signed_in()
        await app.reply_speed._on_signed_in()
        await _settle()
        assert server.writes("/me/capacity") == []
        assert server.writes("/me/quick-replies") == []
        assert server.writes("/me/assignment-mode") == []
        assert (server.cap, server.mode) == (4, "accept")
        assert app.reply_speed.accept_mode  # the server's choice, shown here

        page = app.reply_speed.open_settings()
        assert page is not None and page.accept_mode
        page.ui.modeCombo.setCurrentIndex(0)  # the responder's own change
        await _settle()
        assert server.writes("/me/assignment-mode") == [{"mode": "auto"}]

    qloop.run_until_complete(scenario())


def test_preferences_show_the_servers_cap_and_send_only_a_change(
        app: AppController, server: FakeServer, qloop: asyncio.AbstractEventLoop) -> None:
    async def scenario() -> None:
        page = _presence(app)
        assert page.ui.capSpin.value() == 4  # the sign-in profile's, not this PC's 3
        server.cap = 5  # another PC changed it meanwhile
        page.hide()
        page.show()  # shown again: read again
        await _settle()
        assert page.ui.capSpin.value() == 5
        assert server.writes("/me/capacity") == []  # showing it wrote nothing

        page.ui.capSpin.setValue(2)  # the responder's own change
        app.alerts._cap_timer.stop()  # the pause it waits for, now
        await app.alerts.push_capacity()
        assert server.writes("/me/capacity") == [{"max_concurrent": 2}]
        assert "2" in page.ui.capStatus.text()

        # Another PC sets 6: its presence.changed shows here, and nothing is sent back.
        server.cap = 6
        app.events.route(EventEnvelope(seq=1, type=EventType.PRESENCE_CHANGED, created_at=NOW,
                                       data=server.profile().model_dump(mode="json")))
        assert page.ui.capSpin.value() == 6
        await app.alerts.push_capacity()
        await _settle()
        assert server.writes("/me/capacity") == [{"max_concurrent": 2}]

    qloop.run_until_complete(scenario())
