"""Quitting with replies the server hasn't confirmed says so and offers to wait: "Wait and
quit" lets them go out first; "Quit now" keeps them on disk for the next start.

Real backend, real app (offscreen), a loopback proxy cut like a dropped network.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QMessageBox

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_sim import start_session
from responder_wire.models import SenderRole
from tests.support.backend import Backend
from tests.support.qt_async import run_in_qt_loop, wait_until
from tests.support.tcp_proxy import CuttableProxy

pytestmark = pytest.mark.e2e


def _unsent_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "unsentRepliesBox" \
                and widget.isVisible():
            return widget
    return None


def _button(box: QMessageBox, text: str) -> object:
    return next(b for b in box.buttons() if b.text() == text)


@pytest.mark.parametrize("choice", ["Wait and quit", "Quit now"])
def test_quitting_with_an_unsent_reply_says_so(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path, choice: str
) -> None:
    email, password = backend.create_responder(display_name="Amy")

    async def scenario() -> None:
        proxy = CuttableProxy(int(backend.base_url.rsplit(":", 1)[1]))
        await proxy.start()
        async with httpx.AsyncClient() as http:
            app = AppController(http=http,
                                settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                                credentials=CredentialStore(fail.Keyring()))
            # Someone online and full: nothing is sold while nobody at all is online.
            await asyncio.to_thread(backend.busy_listener)
            client = await start_session(backend.base_url, "Mei", "work")
            try:
                await app.sign_in(proxy.url, email, password)
                cid = client.conversation_id
                await wait_until(lambda: app.chat_tab(cid), 15, what="the chat")
                proxy.cut()
                await app.send(cid, "Still here — 我还在。")
                assert app.outbox is not None and app.outbox.unsent_count == 1
                asking = asyncio.ensure_future(app.confirm_unsent_replies())
                box = await wait_until(_unsent_box, what="the question before quitting")
                assert box is not None
                assert "1 repl" in box.text() and "reached the server yet" in box.text()
                assert "kept on this PC" in box.informativeText()
                if choice == "Wait and quit":
                    proxy.restore()
                _button(box, choice).click()  # type: ignore[attr-defined]
                await asyncio.wait_for(asking, 40)
                sent = [m.body for m in await client.messages()
                        if m.sender == SenderRole.RESPONDER]
                if choice == "Wait and quit":
                    assert sent == ["Still here — 我还在。"]
                    assert app.outbox.unsent_count == 0
                else:
                    assert sent == []  # not sent, but kept for the next start
                    assert app.outbox.unsent_count == 1
            finally:
                await client.close()
                await app.shutdown()
                await proxy.close()

    run_in_qt_loop(qloop, scenario(), timeout=90)
