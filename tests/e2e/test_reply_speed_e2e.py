"""Reply speed end to end: real backend (controllable clock), real app, simulated clients.

Accept mode chosen earlier is read from the backend at sign-in; an offered client shows
"Take"; taking and answering shows the first-reply time the server recorded, and the
statistics panel updates as the chat is answered. A client left without a first reply
past the timeout is reassigned to another responder, and the app's tab says so. The
server's clock is moved forward instead of sleeping.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from responder_app.app_controller import AppController
from responder_app.features.reply_speed.clocks import format_first_reply
from responder_app.features.reply_speed.widgets import WaitingPill
from responder_app.services.credentials import CredentialStore
from responder_app.services.waiting import first_reply
from responder_app.settings import AppSettings
from responder_sim import start_session
from responder_wire import Availability
from tests.support.backend import Backend, bearer
from tests.support.qt_async import run_in_qt_loop, wait_until

pytestmark = pytest.mark.e2e


def _controller(http: httpx.AsyncClient, tmp_path: Path) -> AppController:
    settings = AppSettings.in_file(str(tmp_path / "settings.ini"))
    return AppController(http=http, settings=settings,
                         credentials=CredentialStore(fail.Keyring()))


async def _connected(app: AppController) -> None:
    await wait_until(lambda: app.stream is not None
                     and app.stream.status.state.value == "connected", what="stream connected")


def test_take_reply_first_reply_time_and_live_stats(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    email, password = backend.create_responder(display_name="Amy")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            # Accept mode, chosen earlier (the server keeps it; signing in reads it).
            await asyncio.to_thread(backend.set_assignment_mode, email, password, "accept")
            app = _controller(http, tmp_path)
            center = app.reply_speed
            await app.sign_in(backend.base_url, email, password)
            await _connected(app)
            assert app.api is not None
            mode = httpx.get(f"{backend.api}/me/assignment-mode",
                             headers=bearer(app.api.access_token or ""))
            assert mode.json()["mode"] == "accept"
            panel = center.show_stats()
            await wait_until(lambda: panel.stats is not None, what="first figures")

            client = await start_session(backend.base_url, "Mei", "work")
            try:
                conversation_id = client.conversation_id
                tab = await wait_until(lambda: app.chat_tab(conversation_id), what="tab")
                banner = await wait_until(lambda: center.banner(conversation_id),
                                          what="the Take banner")
                assert banner.mode == "offer" and not tab.composer.isEnabled()
                # Waiting for a first reply: the pill shows at the ticker's next pass.
                def shown_pill() -> WaitingPill | None:
                    pill = center.pill(conversation_id)
                    return pill if pill is not None and not pill.isHidden() else None

                pill = await wait_until(shown_pill, what="the waiting pill")

                await asyncio.to_thread(backend.advance_clock, 6)
                QTest.mouseClick(banner.ui.takeButton, Qt.MouseButton.LeftButton)
                await wait_until(lambda: center.banner(conversation_id) is None, what="taken")
                assert tab.composer.isEnabled()

                tab.composer.setFocus()
                QTest.keyClicks(tab.composer, "Hi Mei, I'm here.")
                QTest.keyClick(tab.composer, Qt.Key.Key_Return)
                text = await wait_until(lambda: center.first_reply_text(conversation_id),
                                        what="first-reply time in the header")
                figures = first_reply(tab.summary)  # the server's timestamps
                assert figures is not None and figures.credited_s >= 6
                recorded = figures.credited_s
                assert text.startswith(f"First reply in {format_first_reply(recorded)}")
                await wait_until(lambda: pill.isHidden(), what="the clock stops")
                # The panel updates live as the chat is answered.
                await wait_until(lambda: panel.stats is not None
                                 and panel.stats.today.answered == 1, what="live stats")
                assert panel.figure("todayMedian") == format_first_reply(recorded)
            finally:
                await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())


def test_an_unanswered_client_is_reassigned_and_the_tab_says_so(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    email, password = backend.create_responder(display_name="Amy")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path)
            center = app.reply_speed
            await app.sign_in(backend.base_url, email, password)
            await _connected(app)
            client = await start_session(backend.base_url, "Sam", "family")
            try:
                conversation_id = client.conversation_id
                await wait_until(lambda: app.chat_tab(conversation_id), what="tab")
                ben = await asyncio.to_thread(backend.new_responder, True, 3, "Ben")
                await asyncio.to_thread(backend.advance_clock, 91)
                banner = await wait_until(lambda: center.banner(conversation_id),
                                          what="the reassigned notice")
                assert banner.mode == "reassigned"
                assert "reassigned to another responder" in banner.ui.offerLabel.text()
                pill = center.pill(conversation_id)
                assert pill is not None and pill.text() == "Reassigned"
                listed = httpx.get(f"{backend.api}/conversations",
                                   headers=bearer(ben["access_token"])).json()
                assert [c["id"] for c in listed] == [conversation_id]
            finally:
                await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())


def test_the_queue_indicator_counts_waiting_clients(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    email, password = backend.create_responder(display_name="Amy", max_concurrent=1)

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path)
            center = app.reply_speed
            await app.sign_in(backend.base_url, email, password)
            await _connected(app)
            clients = [await start_session(backend.base_url, alias) for alias in "ABC"]
            try:
                await wait_until(lambda: "2" in center.queue_panel.ui.queueLabel.text()
                                 and not center.queue_panel.isHidden(), what="queue of two")
                await app.wrap_up(clients[0].conversation_id)
                await wait_until(lambda: "1 client" in center.queue_panel.ui.queueLabel.text(),
                                 what="queue of one")
            finally:
                for client in clients:
                    await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())


def test_the_queue_line_follows_a_client_who_leaves_while_away_and_is_read_again(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    """A queued client who leaves while the responder is away takes the status bar's queue
    line with them (the server says `queue.changed` when the queue shrinks this way too);
    what the app missed while offline it reads again (`GET /queue`) when the availability
    changes or the stream reconnects."""
    email, password = backend.create_responder(display_name="Amy")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path)
            label = app.reply_speed.queue_panel.ui.queueLabel

            def line() -> str:
                return "" if app.reply_speed.queue_panel.isHidden() else label.text()

            await app.sign_in(backend.base_url, email, password)
            await _connected(app)
            await app.session.set_availability(Availability.AWAY)
            await asyncio.to_thread(backend.busy_listener)  # online and full
            clients = []
            try:
                clients.append(await start_session(backend.base_url, "Lan", "exams"))
                await wait_until(lambda: line().startswith("1 client"), what="queue of one")
                await clients[0].leave()
                await wait_until(lambda: line() == "", what="the queue line gone")

                # Offline: no queue events reach this app; a client queues meanwhile.
                await app.session.set_availability(Availability.OFFLINE)
                clients.append(await start_session(backend.base_url, "Minh", "work"))
                await app.session.set_availability(Availability.AWAY)
                await wait_until(lambda: line().startswith("1 client"),
                                 what="the queue read again after the availability change")
                # Offline again; the client leaves unseen; while the stream is down another
                # client queues; it comes back (resuming from its last event: nothing about
                # the queue to replay) and the line shows the server's queue of one.
                await app.session.set_availability(Availability.OFFLINE)
                await clients[1].leave()
                stream = app.stream
                assert stream is not None
                await stream.stop()
                clients.append(await start_session(backend.base_url, "Sam", "family"))
                stream.start()
                await _connected(app)
                await wait_until(lambda: line().startswith("1 client"),
                                 what="the queue read again after a reconnect")
            finally:
                for client in clients:
                    await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())
