"""The real app with three chats open as the inbox opens them (Ann waiting 20 s, Bo 90 s,
Cy answered), shown and active: the keyboard and crisis tests drive it with real keys.

Test modules take it as a fixture with `from tests.app.three_chats import three_chats`."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_wire.models import ConversationState, ConversationSummary, MessageOut, SenderRole

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
_seq = itertools.count(1)


def message_id() -> tuple[str, int]:
    """A fresh message id and position (unique across the modules that share this app)."""
    n = next(_seq)
    return f"m-{n}", n


@pytest.fixture
def three_chats(qloop: asyncio.AbstractEventLoop, tmp_path: Path, qtbot: QtBot
                ) -> Iterator[AppController]:
    clock = ServerClock()
    clock.observe(NOW.timestamp() * 1000)
    http = httpx.AsyncClient()
    controller = AppController(http=http, clock=clock,
                               settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                               credentials=CredentialStore(fail.Keyring()))
    w = controller.window
    for cid, alias, waited in (("a", "Ann", 20), ("b", "Bo", 90), ("c", "Cy", None)):
        w.open_conversation(ConversationSummary(
            id=cid, alias=alias, topic="", length_minutes=15, state=ConversationState.ACTIVE,
            created_at=NOW - timedelta(minutes=5), offered_at=NOW - timedelta(minutes=5),
            ended_at=None, closed_at=None, responder_id=1, price_fen=990,
            first_reply_at=NOW - timedelta(minutes=4), client_language="en"))
        own = waited is None  # Cy has been answered
        mid, position = message_id()
        w.show_message(MessageOut(
            id=mid, conversation_id=cid, position=position,
            sender=SenderRole.RESPONDER if own else SenderRole.CLIENT, body="hi",
            created_at=NOW - timedelta(seconds=waited or 10)))
    controller.ticker.start()  # as after a sign-in: the one ticker computes the waits
    controller.ticker.tick()
    w.resize(1100, 720)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield controller
    for dialog in (controller.host.preferences_dialog, controller.host.shortcuts_dialog):
        if dialog is not None:
            dialog.close()
    w.close_handler = None
    w.close()
    qloop.run_until_complete(http.aclose())


def press(qtbot: QtBot, key: Qt.Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as a responder types it: to the widget that has the focus."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def current_chat(app: AppController) -> str:
    tab = app.window.current_tab
    return tab.conversation_id if tab is not None else ""
