"""Preferences → Account: the name clients see. It shows the server's `client_name` (the
sign-in profile, then `GET /me`), is written with `PUT /me/client-name` only when the
responder changes it (never on sign-in, never for the same name), is checked before it
goes (1-20 characters, trimmed) and says in plain words when the server refuses it.

The real app with an HTTP transport that answers as the server would and records every
request: nothing leaves the process."""

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
from responder_app.services.api_client import ApiClient
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.account_page import AccountPage
from responder_wire.models import Availability, ResponderProfile, TokenPair
from tests.support.backend import Backend
from tests.support.qt_async import run_in_qt_loop, wait_until

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


class FakeServer:
    """`GET /me` and `PUT /me/client-name`, as the server answers them."""

    def __init__(self) -> None:
        self.client_name = "小林"
        self.refuse = False
        self.requests: list[tuple[str, str, object]] = []

    def profile(self) -> ResponderProfile:
        return ResponderProfile(id=1, email="lin@example.com", display_name="林 晓",
                                availability=Availability.ONLINE, max_concurrent=3,
                                client_name=self.client_name)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.requests.append((request.method, request.url.path, body))
        if request.method == "GET" and request.url.path == "/api/v1/me":
            return httpx.Response(200, json=self.profile().model_dump(mode="json"))
        if request.method == "PUT" and request.url.path == "/api/v1/me/client-name":
            if self.refuse:
                return httpx.Response(422, headers={"content-type": "application/problem+json"},
                                      json={"type": "urn:responder:problem:validation-failed",
                                            "title": "Unprocessable", "status": 422})
            assert isinstance(body, dict)
            self.client_name = str(body["client_name"])
            return httpx.Response(200, json=self.profile().model_dump(mode="json"))
        return httpx.Response(404, json={"type": "urn:responder:problem:not-found",
                                         "title": "Not found", "status": 404})

    @property
    def puts(self) -> list[object]:
        return [body for method, _path, body in self.requests if method == "PUT"]


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def app(qloop: asyncio.AbstractEventLoop, tmp_path: Path, server: FakeServer
        ) -> Iterator[AppController]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    controller = AppController(http=http, settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                               credentials=CredentialStore(fail.Keyring()))
    # signed in: the tokens and the profile the sign-in answered with (an older name)
    api = ApiClient(http, "http://127.0.0.1:9", clock=controller.clock)
    signed_in_with = server.profile().model_copy(update={"client_name": "晓"})
    api.tokens = TokenPair(access_token="a" * 20, refresh_token="r" * 20,
                           access_expires_at=NOW + timedelta(days=3650),
                           refresh_expires_at=NOW + timedelta(days=3650),
                           responder=signed_in_with)
    controller.session.api = api
    yield controller
    controller.window.close_handler = None
    controller.window.close()
    qloop.run_until_complete(http.aclose())


async def _settle(app: AppController) -> None:
    for _ in range(50):
        await asyncio.sleep(0)


def _page(app: AppController) -> AccountPage:
    dialog = app.host.open_preferences("account")
    assert dialog.current_key == "account" and dialog.page_keys()[0] == "account"
    page = app.account_page
    assert page is not None
    return page


def test_it_shows_the_servers_name_and_saves_nothing_unchanged(
        app: AppController, server: FakeServer, qloop: asyncio.AbstractEventLoop) -> None:
    async def scenario() -> None:
        page = _page(app)
        assert page.ui.clientNameLabel.text() == "The name clients &see"
        await _settle(app)
        assert page.ui.clientNameEdit.text() == "小林"  # GET /me: the server's name now
        assert page.ui.clientNameEdit.placeholderText() == "林"  # the display name's first word
        page.ui.clientNameEdit.setText("  小林 ")  # the same name, spaces around it
        page.submit()
        await _settle(app)
        assert server.puts == []
        assert page.status == ""

    qloop.run_until_complete(scenario())
    assert [m for m, _p, _b in server.requests] == ["GET"]  # nothing written on sign-in


def test_a_changed_name_is_saved_once(
        app: AppController, server: FakeServer, qloop: asyncio.AbstractEventLoop) -> None:
    async def scenario() -> None:
        page = _page(app)
        await _settle(app)
        page.ui.clientNameEdit.setText("  阿林  ")
        page.submit()
        page.submit()  # Enter, then leaving the field: still one request
        await _settle(app)
        assert server.puts == [{"client_name": "阿林"}]
        assert page.ui.clientNameEdit.text() == "阿林"
        assert "阿林" in page.status and not page.ui.clientNameStatus.property("error")

    qloop.run_until_complete(scenario())


def test_a_name_out_of_bounds_or_refused_says_why(
        app: AppController, server: FakeServer, qloop: asyncio.AbstractEventLoop) -> None:
    async def scenario() -> None:
        page = _page(app)
        await _settle(app)
        page.ui.clientNameEdit.setText("   ")
        page.submit()
        assert page.status == "Enter a name for clients to see."
        page.ui.clientNameEdit.setText("x" * 21)
        page.submit()
        assert page.status == "That name is too long: at most 20 characters."
        assert page.ui.clientNameStatus.property("error") is True
        await _settle(app)
        assert server.puts == []  # checked before anything goes
        server.refuse = True
        page.ui.clientNameEdit.setText("林老师")
        page.submit()
        await _settle(app)
        assert server.puts == [{"client_name": "林老师"}]
        assert page.status == ("Your name for clients was not changed. The server did not "
                               "accept that name. Use 1 to 20 characters.")
        assert server.client_name == "小林"

    qloop.run_until_complete(scenario())


def test_against_the_real_server(backend: Backend, qloop: asyncio.AbstractEventLoop,
                                 tmp_path: Path) -> None:
    """The route and its answer as the server has them: the default is the display name's
    first word, and a change is kept."""
    email, password = backend.create_responder(display_name="Lan Nguyen")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = AppController(http=http,
                                settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                                credentials=CredentialStore(fail.Keyring()))
            try:
                await app.sign_in(backend.base_url, email, password)
                page = _page(app)
                await wait_until(lambda: page.ui.clientNameEdit.text() == "Lan",
                                 what="the server's default")
                page.ui.clientNameEdit.setText("Chị Lan")
                page.submit()
                await wait_until(lambda: not page.busy, what="saved")
                assert page.status.replace("\u2068", "").replace("\u2069", "") == (
                    "Saved: clients now see you as Chị Lan.")
                assert app.api is not None
                assert (await app.api.me()).client_name == "Chị Lan"
            finally:
                await app.shutdown()
                app.window.close_handler = None
                app.window.close()

    run_in_qt_loop(qloop, scenario())
