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
