"""The rebuilt core against the real backend: the one waiting rule in the three cases that
used to disagree (two unanswered messages, a reassigned client, accept mode), and presence
that survives the server being down past its presence timeout.

Real backend (its own process, on SQLite and on PostgreSQL, test clock moved instead of
sleeping), real app (offscreen Qt on the qasync loop), simulated clients over the public
client API; the app reaches the backend through a loopback proxy the test can cut, as a
network would.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail

from responder_app.app_controller import AppController
from responder_app.features.reply_speed.clocks import format_first_reply
from responder_app.services.credentials import CredentialStore
from responder_app.services.waiting import first_reply, format_clock
from responder_app.settings import AppSettings
from responder_sim import start_session
from tests.support.backend import Backend, bearer
from tests.support.dbquery import query
from tests.support.qt_async import run_in_qt_loop, wait_until
from tests.support.tcp_proxy import CuttableProxy

pytestmark = pytest.mark.e2e


def _app(http: httpx.AsyncClient, tmp_path: Path) -> AppController:
    settings = AppSettings.in_file(str(tmp_path / "settings.ini"))
    return AppController(http=http, settings=settings,
                         credentials=CredentialStore(fail.Keyring()))


async def _connected(app: AppController, timeout: float = 10.0) -> None:
    await wait_until(lambda: app.stream is not None
                     and app.stream.status.state.value == "connected", timeout,
                     what="stream connected")


async def _advance(app: AppController, backend: Backend, seconds: float) -> None:
    """Move the server's clock; the app learns it as from any response's X-Server-Time."""
    moved = await asyncio.to_thread(
        httpx.post, f"{backend.api}/test/clock", json={"seconds": seconds})
    moved.raise_for_status()
    app.clock.observe(float(moved.json()["server_time_ms"]))


def _shown_clock(app: AppController, conversation_id: str) -> str:
    pill = app.reply_speed.pill(conversation_id)
    return pill.text() if pill is not None and not pill.isHidden() else ""


def test_two_unanswered_messages_wait_from_the_first_everywhere(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    email, password = backend.create_responder(display_name="Amy")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _app(http, tmp_path)
            await app.sign_in(backend.base_url, email, password)
            await _connected(app)
            client = await start_session(backend.base_url, "Mei", "work")
            try:
                cid = client.conversation_id
                await wait_until(lambda: app.chat_tab(cid), what="tab")
                await client.say("hi")
                reply = await app.send(cid, "Hello Mei, I'm here.")
                # Stored before the client writes again (else the server would order it
                # after their next message, and that message would count as answered).
                await wait_until(lambda: reply.state.value == "sent", 20, what="reply stored")
                first = await client.say("First unanswered (12:01:00)")
                await _advance(app, backend, 90)
                await client.say("Second one (12:02:30)")
                tab = app.chat_tab(cid)
                assert tab is not None
                await wait_until(lambda: tab.model.rowCount() >= 4, what="both messages")
                app.ticker.tick()
                since = app.ticker.waiting_since(cid)
                assert since == first.created_at  # from the FIRST unanswered message
                # The tab, the header, the tray and the escalation read the same wait.
                shown = format_clock(app.clock.seconds_since(since))
                assert shown.startswith("1:3")
                assert _shown_clock(app, cid) == shown
                assert shown in tab.ui.waitingLabel.text()
                assert app.alerts.waiting_since()[cid] == since
                assert app.alerts.tray.waiting == 1
            finally:
                await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())


def test_a_reassigned_client_keeps_the_wait_they_really_had(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    backend.new_responder(display_name="Amy")  # online, API only: takes the client first
    email, password = backend.create_responder(display_name="Ben")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            client = await start_session(backend.base_url, "Sam", "family")
            app = _app(http, tmp_path)
            try:
                await app.sign_in(backend.base_url, email, password)  # Ben, online
                await _connected(app)
                cid = client.conversation_id
                assert app.chat_tab(cid) is None  # Amy has it
                await _advance(app, backend, 91)  # Amy never answers
                tab = await wait_until(lambda: app.chat_tab(cid), what="reassigned to Ben")
                app.ticker.tick()
                since = app.ticker.waiting_since(cid)
                assert since == tab.summary.created_at  # since the session began
                assert tab.summary.offered_at is not None and tab.summary.offered_at > since
                clock = await wait_until(lambda: _shown_clock(app, cid), what="the clock")
                assert clock.startswith("1:3"), clock  # not "0:04" after a minute and a half
            finally:
                await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())


def test_accept_mode_shows_the_credited_time_and_the_clients_real_wait(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    email, password = backend.create_responder(display_name="Amy")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            # Accept mode chosen earlier (the server keeps it; signing in reads it).
            await asyncio.to_thread(backend.set_assignment_mode, email, password, "accept")
            app = _app(http, tmp_path)
            await app.sign_in(backend.base_url, email, password)
            await _connected(app)
            await wait_until(lambda: app.api is not None and httpx.get(
                f"{backend.api}/me/assignment-mode",
                headers=bearer(app.api.access_token or "")).json()["mode"] == "accept",
                what="accept mode on the server")
            client = await start_session(backend.base_url, "Mei", "work")
            try:
                cid = client.conversation_id
                await wait_until(lambda: app.reply_speed.banner(cid), what="Take banner")
                await _advance(app, backend, 32)
                await app.reply_speed.take(cid)
                await _advance(app, backend, 18)
                await app.send(cid, "Hi Mei")
                text = await wait_until(lambda: app.reply_speed.first_reply_text(cid),
                                        what="first-reply time")
                tab = app.chat_tab(cid)
                assert tab is not None
                figures = first_reply(tab.summary)
                assert figures is not None and figures.client_waited_s >= 50
                # The client's real wait (50 s, not the 18 s since the Take) is what the
                # header shows: as the credited time, and again when the two differ.
                assert format_first_reply(figures.client_waited_s) in text, text
                assert ("client waited" in text) == figures.differs
            finally:
                await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())


def _server_availability(backend: Backend, token: str) -> str:
    me = httpx.get(f"{backend.api}/me", headers=bearer(token))
    me.raise_for_status()
    availability: str = me.json()["availability"]
    return availability


def _last_seen(backend: Backend) -> object | None:
    rows = query(backend.database_url, "SELECT last_seen_at FROM responders")
    return rows[0][0] if rows else None


def test_presence_is_reasserted_after_the_server_was_down_past_its_timeout(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    email, password = backend.create_responder(display_name="Amy")

    async def scenario() -> None:
        proxy = CuttableProxy(int(backend.base_url.rsplit(":", 1)[1]))
        await proxy.start()
        async with httpx.AsyncClient() as http:
            app = _app(http, tmp_path)
            client = None
            try:
                await app.sign_in(proxy.url, email, password)
                await _connected(app)
                assert app.api is not None
                token = app.api.access_token or ""
                await wait_until(lambda: app.window.availability is not None
                                 and app.window.availability.value == "online", what="online")
                # As after any minute of work, the server has recorded that it saw the app's
                # stream (what its presence sweep goes by) before it goes down.
                await wait_until(lambda: _last_seen(backend) is not None, 10,
                                 what="the server saw the app's stream")
                # The server goes down; the app cannot reach it meanwhile.
                proxy.cut()
                await asyncio.to_thread(backend.kill)
                await asyncio.to_thread(backend.restart)
                # Longer than the presence timeout (45 s on the server's clock): the
                # restarted server's sweep sets Amy offline.
                await asyncio.to_thread(backend.advance_clock, 60)
                await wait_until(lambda: _server_availability(backend, token) == "offline",
                                 10, what="the sweep set the responder offline")
                # Someone else online and full, so Lan can pay and wait (nothing is sold
                # while nobody at all is online).
                await asyncio.to_thread(backend.busy_listener)
                client = await start_session(backend.base_url, "Lan", "exams")  # queued
                cid = client.conversation_id
                proxy.restore()
                # Within the reconnect: online again on the server, the status bar says
                # so, and the queued client is offered.
                await _connected(app, 40)
                await wait_until(lambda: _server_availability(backend, token) == "online",
                                 15, what="online again on the server")
                await wait_until(lambda: app.window.availability is not None
                                 and app.window.availability.value == "online",
                                 what="the status bar shows online")
                assert app.window.status_panel.ui.onlineButton.isChecked()  # what one sees
                await wait_until(lambda: app.chat_tab(cid), 15, what="the queued client")
            finally:
                if client is not None:
                    await client.close()
                await app.shutdown()
                await proxy.close()

    run_in_qt_loop(qloop, scenario(), timeout=120)

