"""The responder's side of the web page, end to end: real backend, real app. The client
is driven through the same API calls the page makes (tests/web drives the page itself in
Chromium): the app shows "… is typing…" as plain text, the responder's typing reaches the
client's stream, stale typing notices are ignored, and ratings (with markup in them)
appear as text in the statistics panel."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.settings import AppSettings
from responder_app.ui.language import install_language
from responder_wire.models import EventEnvelope, EventType
from tests.support.backend import Backend, bearer
from tests.support.qt_async import run_in_qt_loop, wait_until

pytestmark = pytest.mark.e2e

XSS_ALIAS = "<img src=x onerror=alert(1)>"
XSS_COMMENT = "<script>alert('x')</script> <b>thanks</b>"


def _controller(http: httpx.AsyncClient, tmp_path: Path) -> AppController:
    app_instance = QApplication.instance()
    assert app_instance is not None
    install_language(app_instance, "en")  # as main.py does: English's plural forms
    settings = AppSettings.in_file(str(tmp_path / "settings.ini"))
    return AppController(http=http, settings=settings,
                         credentials=CredentialStore(fail.Keyring()))


def _paid_session(backend: Backend, alias: str) -> dict:
    payment = httpx.post(f"{backend.api}/client/checkout",
                         json={"alias": alias, "topic": "", "length_minutes": 15})
    payment.raise_for_status()
    started = httpx.post(
        f"{backend.api}/client/checkout/{payment.json()['payment_id']}/confirm")
    started.raise_for_status()
    result: dict = started.json()
    return result


def _client_stream_typing(backend: Backend, client_token: str) -> dict:
    """Reads the client's stream (as the page's EventSource does) until a typing notice."""
    ticket = httpx.post(f"{backend.api}/client/stream-ticket",
                        headers=bearer(client_token)).json()["ticket"]
    with httpx.stream("GET", f"{backend.api}/client/events", timeout=httpx.Timeout(15),
                      params={"ticket": ticket, "last_event_id": "0"}) as response:
        kind = ""
        for line in response.iter_lines():
            if line.startswith("event: "):
                kind = line.removeprefix("event: ")
            elif line.startswith("data: ") and kind == "typing.changed":
                data: dict = json.loads(line.removeprefix("data: "))["data"]
                return data
    raise AssertionError("no typing notice on the client's stream")


def test_typing_both_ways_and_ratings_in_the_stats_panel(
    backend: Backend, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    email, password = backend.create_responder(display_name="Amy")

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            app = _controller(http, tmp_path)
            center = app.client_feedback
            await app.sign_in(backend.base_url, email, password)
            await wait_until(lambda: app.stream is not None
                             and app.stream.status.state.value == "connected",
                             what="stream connected")
            try:
                started = _paid_session(backend, XSS_ALIAS)
                chat_id = started["conversation"]["id"]
                client = bearer(started["client_token"])
                tab = await wait_until(lambda: app.chat_tab(chat_id), what="the chat's tab")

                # The client types on the page: the header says so, as plain text.
                httpx.post(f"{backend.api}/conversations/{chat_id}/typing",
                           headers=client).raise_for_status()
                text = await wait_until(lambda: center.typing_text(chat_id),
                                        what="typing in the header")
                assert text == f"\u2068{XSS_ALIAS}\u2069 is typing…"
                label = tab.findChild(QLabel, "typingLabel")
                assert label is not None
                assert label.textFormat() == Qt.TextFormat.PlainText
                # Their message arrives: the typing line goes.
                httpx.put(f"{backend.api}/conversations/{chat_id}/messages/{uuid.uuid4()}",
                          json={"body": "hello"}, headers=client).raise_for_status()
                await wait_until(lambda: center.typing_text(chat_id) == "",
                                 what="typing cleared by the message")

                # A replayed, stale notice (older than 6 s on the server's clock) is ignored.
                stale = EventEnvelope(
                    seq=10**9, type=EventType.TYPING_CHANGED,
                    created_at=app.clock.now() - timedelta(seconds=30),
                    conversation_id=chat_id,
                    data={"conversation_id": chat_id, "sender": "client",
                          "alias": XSS_ALIAS,
                          "at": (app.clock.now() - timedelta(seconds=30)).isoformat()})
                app.events.route(stale)
                assert center.typing_text(chat_id) == ""

                # The responder types a reply: the client's stream hears about it.
                tab.composer.setFocus()
                QTest.keyClicks(tab.composer, "I'm here")
                notice = await asyncio.to_thread(_client_stream_typing, backend,
                                                started["client_token"])
                assert notice["sender"] == "responder" and notice["alias"] == "Amy"

                panel = app.reply_speed.show_stats()
                # Client feedback's section of the statistics window (through the host).
                ratings = app.client_feedback.ratings
                assert ratings is not None and panel.isAncestorOf(ratings)
                await wait_until(lambda: ratings.stats is not None, what="ratings")
                assert ratings.ui.averageLabel.text() == "No ratings yet."

                # The client leaves and rates: the open panel updates with their words.
                httpx.post(f"{backend.api}/conversations/{chat_id}/leave",
                           headers=client).raise_for_status()
                httpx.post(f"{backend.api}/conversations/{chat_id}/rating",
                           json={"stars": 5, "comment": XSS_COMMENT},
                           headers=client).raise_for_status()
                await wait_until(lambda: ratings.stats is not None
                                 and ratings.stats.count == 1, what="the rating")
                assert ratings.ui.averageLabel.text() == "5.0 ★ average from 1 rating"
                assert ratings.recent_texts() == [
                    f"★★★★★  {XSS_ALIAS}\n{XSS_COMMENT}"]
            finally:
                await app.shutdown()

    run_in_qt_loop(qloop, scenario())
