"""A session's paid time end to end: the real backend (its clock moved, never slept
through), the real app and a simulated client. The responder's first reply starts the
time; two minutes before the end the app warns, at the end it counts the grace down, the
client pays for another block and the app says so with the new time left, and once that
block and its grace have passed the chat ends, the app saying the time ran out (not that
the client left)."""

from __future__ import annotations

import asyncio
import re
import uuid
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_sim import start_session
from responder_wire.payments import CheckoutStarted
from tests.support.backend import Backend
from tests.support.qt_async import run_in_qt_loop, wait_until

pytestmark = pytest.mark.e2e

TIME_LEFT = re.compile(r"^(\d+):(\d\d) left$")


async def _advance(app: AppController, backend: Backend, seconds: float) -> None:
    """Move the server's clock; the app learns it as from any response's X-Server-Time."""
    moved = await asyncio.to_thread(
        httpx.post, f"{backend.api}/test/clock", json={"seconds": seconds})
    moved.raise_for_status()
    app.clock.observe(float(moved.json()["server_time_ms"]))


def _plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def _minutes_left(app: AppController, cid: str) -> int | None:
    app.session_time.refresh(cid)
    match = TIME_LEFT.match(app.session_time.header_text(cid))
    return int(match.group(1)) if match else None


def test_the_app_shows_the_warning_an_extension_and_the_end(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    email, password = backend.create_responder(display_name="Amy")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = AppController(http=http,
                                settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                                credentials=CredentialStore(fail.Keyring()))
            st = app.session_time
            await app.sign_in(backend.base_url, email, password)
            await wait_until(lambda: app.stream is not None
                             and app.stream.status.state.value == "connected",
                             what="stream connected")
            client = await start_session(backend.base_url, "小雨", "失眠", length_minutes=15)
            try:
                cid = client.conversation_id
                tab = await wait_until(lambda: app.chat_tab(cid), what="tab")
                assert st.header_text(cid) == "15-min session"  # no time before a reply

                reply = await app.send(cid, "你好，我在。")
                await wait_until(lambda: reply.state.value == "sent", 20, what="reply stored")
                # the summary fetched after the first reply carries ends_at
                await wait_until(lambda: _minutes_left(app, cid) in (14, 15), 20,
                                 what="the time left")

                # two minutes before the end: the warning, in the header and above the chat
                await _advance(app, backend, 13 * 60 + 10)
                await wait_until(lambda: st.notice(cid)[1] == "warning", 20, what="warning")
                assert _plain(st.notice(cid)[0]) == (
                    "Less than 2 minutes left. 小雨 has been told too.")
                assert tab.ui.sessionLabel.property("level") == "warning"
                assert _minutes_left(app, cid) in (0, 1)

                # the paid time is over: the grace counts down
                await _advance(app, backend, 2 * 60)
                await wait_until(lambda: st.header_text(cid) == "Time is up", 20,
                                 what="time up")
                # counting down from what is left of the five minutes' grace (the ticker
                # redraws the chat in view each second)
                await wait_until(lambda: re.fullmatch(
                    r"Time is up · the chat ends in 4:[45]\d unless the client extends",
                    st.notice(cid)[0]), 5, what="the grace counting down")
                assert st.notice(cid)[1] == "warning"

                # the client pays for 30 more minutes: same chat, same responder
                started = await client.http.post(
                    f"{client.url}/extension", json={"length_minutes": 30},
                    headers={"Idempotency-Key": str(uuid.uuid4())})
                assert started.status_code == 201, started.text
                payment = CheckoutStarted.model_validate_json(started.content)
                confirmed = await client.http.post(
                    f"{backend.api}/client/checkout/{payment.payment_id}/confirm",
                    headers={"Idempotency-Key": str(uuid.uuid4())})
                assert confirmed.status_code == 201, confirmed.text
                await wait_until(lambda: st.notice(cid)[1] == "extended", 20,
                                 what="the extension")
                assert _plain(st.notice(cid)[0]) == "小雨 added 30 minutes"
                left = _minutes_left(app, cid)
                assert left is not None and 28 <= left <= 30, st.header_text(cid)
                assert tab.ui.sessionLabel.property("level") == ""
                assert not tab.ended

                # the new block and its grace pass: the chat ends, the time ran out
                await _advance(app, backend, 30 * 60 + 5 * 60 + 5)
                await wait_until(lambda: tab.ended, 20, what="the end")
                assert tab.ended_by_time
                assert _plain(tab.ui.endedLabel.text()) == (
                    "The time ran out: the chat with 小雨 has ended")
                assert "left the chat" not in tab.composer.placeholderText()
                assert st.header_text(cid) == "Time is up"
                assert st.notice(cid) == ("", "")
            finally:
                await client.close()
                await app.shutdown()

    run_in_qt_loop(qloop, scenario(), timeout=120)
