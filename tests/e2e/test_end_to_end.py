"""The whole system: real backend process, real app signed in, a simulated client.

A client starts a session and writes; the app opens a tab showing the message. The
responder types a reply into the composer and presses Enter; the client receives it.
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
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_sim import start_session
from tests.support.backend import Backend
from tests.support.qt_async import run_in_qt_loop, wait_until

pytestmark = pytest.mark.e2e


def _controller(http: httpx.AsyncClient, tmp_path: Path,
                credentials: CredentialStore | None = None) -> AppController:
    return AppController(
        http=http,
        settings=AppSettings.in_file(str(tmp_path / "settings.ini")),
        credentials=credentials or CredentialStore(fail.Keyring()),
    )


def test_client_message_opens_a_tab_and_the_typed_reply_reaches_the_client(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    email, password = backend.create_responder(display_name="Amy")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path)
            await app.sign_in(backend.base_url, email, password)
            await wait_until(lambda: app.window.isVisible(), what="main window")
            await wait_until(lambda: app.stream is not None
                             and app.stream.status.state.value == "connected",
                             what="event stream connected")

            client = await start_session(backend.base_url, "小美", "工作压力")
            try:
                await client.listen()
                sent = await client.say("你好，在吗？今天好难受。")
                conversation_id = client.conversation_id
                tab = await wait_until(lambda: app.chat_tab(conversation_id),
                                       what="a tab for the new client")
                await wait_until(lambda: tab.model.row_of(sent.id) is not None,
                                 what="the client's message in the timeline")
                assert "小美" in app.window.tab_text(conversation_id)
                row = tab.model.row_of(sent.id)
                assert row is not None
                assert tab.model.items()[row].body == "你好，在吗？今天好难受。"

                tab.composer.setFocus()
                QTest.keyClicks(tab.composer, "I'm here. Tell me what happened?")
                QTest.keyClick(tab.composer, Qt.Key.Key_Return)
                assert tab.composer.toPlainText() == ""  # sent, composer cleared

                reply = await client.wait_for_reply(10)
                assert reply is not None
                assert reply.body == "I'm here. Tell me what happened?"
                await wait_until(
                    lambda: any(item.body == reply.body and item.state == "sent"
                                for item in tab.model.items()),
                    what="own message marked sent",
                )
            finally:
                await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())


def _real_keyring_available() -> bool:
    import keyring

    backend = keyring.get_keyring()
    return "SecretService" in type(backend).__module__ + type(backend).__name__


@pytest.mark.skipif(not _real_keyring_available(),
                    reason="needs the Secret Service keyring; scripts/desktop_session.sh "
                           "starts one (the README's test command always does)")
def test_remember_me_signs_in_silently_next_time_and_sign_out_forgets(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    """Uses the real OS keyring (GNOME keyring over D-Bus), as the installed app would."""
    import keyring

    email, password = backend.create_responder(display_name="Amy")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            first = _controller(http, tmp_path, CredentialStore())
            tokens = await first.sign_in(backend.base_url, email, password, remember=True)
            assert first.api is not None
            server_url = first.api.server_url
            account = first.credentials.account(server_url, email)
            assert keyring.get_password("Responder", account), "refresh token in the keyring"
            settings_text = (tmp_path / "settings.ini").read_text()
            assert tokens.refresh_token not in settings_text
            assert tokens.access_token not in settings_text
            await first.shutdown()
            first.window.close_handler = None
            first.window.close()

            second = _controller(http, tmp_path, CredentialStore())
            assert await second.try_silent_sign_in(), "remembered token signs in silently"
            assert second.window.isVisible()
            await second.sign_out()

            third = _controller(http, tmp_path, CredentialStore())
            assert not await third.try_silent_sign_in(), "sign-out forgot the token"
            assert keyring.get_password("Responder", account) is None
            await third.shutdown()

    run_in_qt_loop(qloop, scenario())


def test_after_a_dropped_connection_the_app_shows_every_missed_message_once(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    """The app reaches the backend through a proxy the test cuts, like a dropped Wi-Fi."""
    from tests.support.tcp_proxy import CuttableProxy

    email, password = backend.create_responder(display_name="Amy")
    backend_port = int(backend.base_url.rsplit(":", 1)[1])

    async def scenario() -> None:
        proxy = CuttableProxy(backend_port)
        await proxy.start()
        states: list[str] = []
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path)
            app.sig_connection_changed.connect(states.append)
            await app.sign_in(proxy.url, email, password)
            await wait_until(lambda: app.stream is not None
                             and app.stream.status.state.value == "connected")
            client = await start_session(backend.base_url, "Linh", "công việc")
            try:
                first = await client.say("Chào bạn, bạn có rảnh không?")
                tab = await wait_until(lambda: app.chat_tab(client.conversation_id))
                await wait_until(lambda: tab.model.row_of(first.id) is not None)

                proxy.cut()
                await wait_until(lambda: "reconnecting" in states, what="reconnecting shown")
                missed = [await client.say(f"Mình buồn quá ({i})") for i in range(4)]
                proxy.restore()

                await wait_until(lambda: all(tab.model.row_of(m.id) is not None for m in missed),
                                 timeout=40, what="missed messages after reconnect")
                await asyncio.sleep(0.5)  # a duplicate, if any, would land now
                bodies = [item.body for item in tab.model.items()]
                assert bodies == [first.body, *(m.body for m in missed)]
                assert app.stream is not None
                assert app.stream.status.state.value == "connected"
            finally:
                await client.close()
                await app.shutdown()
                await proxy.close()

    run_in_qt_loop(qloop, scenario(), timeout=90)


def test_a_client_arriving_while_a_quiet_stream_was_down_still_gets_a_tab(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    """The stream drops before it has carried a single event; the app must still resume
    from where it started, not from "now", or this client would never appear."""
    from tests.support.tcp_proxy import CuttableProxy

    email, password = backend.create_responder(display_name="Amy")
    # Online before the app signs in, so the app's stream carries no event at all.
    backend.set_availability(backend.sign_in(email, password)["access_token"], "online")
    backend_port = int(backend.base_url.rsplit(":", 1)[1])

    async def scenario() -> None:
        proxy = CuttableProxy(backend_port)
        await proxy.start()
        states: list[str] = []
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path)
            await app.sign_in(proxy.url, email, password)
            await wait_until(lambda: app.stream is not None
                             and app.stream.status.state.value == "connected")
            await asyncio.sleep(0.3)
            assert app.stream is not None and app.stream.last_seq is not None
            app.sig_connection_changed.connect(states.append)
            proxy.cut()
            await wait_until(lambda: "reconnecting" in states, what="reconnecting shown")
            client = await start_session(backend.base_url, "Jess", "family")
            try:
                await client.say("Hello. I just need to talk to someone for a bit.")
                proxy.restore()
                await wait_until(lambda: app.chat_tab(client.conversation_id), timeout=40,
                                 what="tab for the client who arrived during the outage")
            finally:
                await client.close()
                await app.shutdown()
                await proxy.close()

    run_in_qt_loop(qloop, scenario(), timeout=90)


def _last_state(tab: object) -> str | None:
    item = tab.model.last_item()  # type: ignore[attr-defined]
    return None if item is None else str(item.state)


def test_a_reply_typed_during_an_outage_is_sent_when_the_connection_returns(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    from tests.support.tcp_proxy import CuttableProxy

    email, password = backend.create_responder(display_name="Amy")
    backend_port = int(backend.base_url.rsplit(":", 1)[1])

    async def scenario() -> None:
        proxy = CuttableProxy(backend_port)
        await proxy.start()
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path)
            await app.sign_in(proxy.url, email, password)
            await wait_until(lambda: app.stream is not None
                             and app.stream.status.state.value == "connected")
            client = await start_session(backend.base_url, "Sam", "exam stress")
            try:
                await client.listen()
                await client.say("Hi, is anyone there?")
                tab = await wait_until(lambda: app.chat_tab(client.conversation_id))
                proxy.cut()
                tab.composer.setFocus()
                QTest.keyClicks(tab.composer, "Yes, I'm here. Take your time.")
                QTest.keyClick(tab.composer, Qt.Key.Key_Return)
                # Not refused, only not through yet: it stays "sending" (the outbox keeps
                # trying) and the chat says it is kept on this PC.
                await wait_until(lambda: tab.ui.errorLabel.isVisible()
                                 and "kept on this PC" in tab.ui.errorLabel.text(), timeout=30,
                                 what="the chat says the reply is not sent yet")
                assert _last_state(tab) == "sending"
                proxy.restore()
                reply = await client.wait_for_reply(40)
                assert reply is not None and reply.body == "Yes, I'm here. Take your time."
                await wait_until(lambda: _last_state(tab) == "sent")
                await wait_until(lambda: not tab.ui.errorLabel.isVisible(),
                                 what="the warning cleared once everything was sent")
                assert [m.body for m in await client.messages()].count(reply.body) == 1
            finally:
                await client.close()
                await app.shutdown()
                await proxy.close()

    run_in_qt_loop(qloop, scenario(), timeout=120)
