"""Keys for what a responder does many times a day: Ctrl+T takes the offered chat on
screen (accept mode), Ctrl+Shift+R / Ctrl+Shift+B report / block the client on screen (each
asks first), Ctrl+Shift+O / Ctrl+Shift+A go online / away. All are chosen in one place
(shell/keyboard.py), listed in the shortcuts sheet, and no key does two things.

The real app and window, offscreen; keys pressed with qtbot as a responder types."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_wire.models import ConversationState, ConversationSummary
from tests.support.qt_async import run_in_qt_loop, wait_until

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
Ctrl = Qt.KeyboardModifier.ControlModifier
CtrlShift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _summary(cid: str, alias: str, *, needs_take: bool = False) -> ConversationSummary:
    return ConversationSummary(
        id=cid, alias=alias, topic="", length_minutes=15, state=ConversationState.ACTIVE,
        created_at=NOW - timedelta(minutes=2), offered_at=NOW - timedelta(minutes=1),
        ended_at=None, closed_at=None, responder_id=1, price_fen=990, needs_take=needs_take)


@pytest.fixture
def app(qloop: asyncio.AbstractEventLoop, tmp_path: Path, qtbot: QtBot
        ) -> Iterator[AppController]:
    clock = ServerClock()
    clock.observe(NOW.timestamp() * 1000)
    http = httpx.AsyncClient()
    controller = AppController(http=http, clock=clock,
                               settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                               credentials=CredentialStore(fail.Keyring()))
    w = controller.window
    w.open_conversation(_summary("t", "Tam", needs_take=True))  # offered: Take
    w.open_conversation(_summary("u", "Uyen"))
    w.resize(1100, 720)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    yield controller
    w.close_handler = None
    w.close()
    qloop.run_until_complete(http.aclose())


def _press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def _window_actions(app: AppController) -> list[QAction]:
    actions = {id(a): a for a in app.window.findChildren(QAction)}
    for menu in app.window.findChildren(QMenu):
        actions.update({id(a): a for a in menu.actions()})
    return list(actions.values())


def _named(app: AppController) -> dict[str, QAction]:
    own = app.window.keyboard_actions()
    return {"take": app.reply_speed.action_take, "report": app.safety.action_report,
            "block": app.safety.action_block, "online": own["go_online"],
            "away": own["go_away"]}


def test_take_report_block_and_availability_have_keys_in_the_sheet(
        app: AppController) -> None:
    listed = [a for _title, actions in app.host.shortcut_groups() for a in actions]
    keys = {name: action.shortcut().toString() for name, action in _named(app).items()}
    assert keys == {"take": "Ctrl+T", "report": "Ctrl+Shift+R", "block": "Ctrl+Shift+B",
                    "online": "Ctrl+Shift+O", "away": "Ctrl+Shift+A"}
    for name, action in _named(app).items():
        assert any(a is action for a in listed), f"{name} is not in the shortcuts sheet"


def test_no_key_does_two_things(app: AppController) -> None:
    keys = Counter(key.toString() for action in _window_actions(app)
                   for key in action.shortcuts() if not key.isEmpty())
    assert {key: n for key, n in keys.items() if n > 1} == {}
    assert len(keys) >= 15


def test_ctrl_t_takes_the_offered_chat_on_screen(
        app: AppController, qtbot: QtBot, qloop: asyncio.AbstractEventLoop,
        monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[str] = []

    async def take(conversation_id: str) -> None:
        taken.append(conversation_id)

    monkeypatch.setattr(app.reply_speed, "take", take)

    async def scenario() -> None:
        app.window.show_conversation("t")
        _press(qtbot, Qt.Key.Key_T, Ctrl)
        await wait_until(lambda: taken, what="the offered chat taken")
        assert taken == ["t"]
        app.window.show_conversation("u")  # already ours: nothing to take
        _press(qtbot, Qt.Key.Key_T, Ctrl)
        await asyncio.sleep(0)
        assert taken == ["t"]

    run_in_qt_loop(qloop, scenario())


def test_availability_by_key(app: AppController, qtbot: QtBot) -> None:
    app.window.ui.actionGoAway.setEnabled(True)  # (as while online)
    with qtbot.waitSignal(app.window.sig_availability_requested) as asked:
        _press(qtbot, Qt.Key.Key_A, CtrlShift)
    assert asked.args == ["away"]
    app.window.ui.actionGoOnline.setEnabled(True)
    with qtbot.waitSignal(app.window.sig_availability_requested) as asked:
        _press(qtbot, Qt.Key.Key_O, CtrlShift)
    assert asked.args == ["online"]


def test_block_and_report_by_key_ask_first(app: AppController, qtbot: QtBot,
                                          qloop: asyncio.AbstractEventLoop) -> None:
    async def scenario() -> None:
        app.window.show_conversation("u")
        for key in (Qt.Key.Key_B, Qt.Key.Key_R):
            _press(qtbot, key, CtrlShift)
            dialog = await wait_until(lambda: app.safety.dialog, what=f"{key} asks first")
            assert dialog.isVisible()
            dialog.reject()
            await wait_until(lambda: app.safety.dialog is None, what="the question closed")
            app.window.activateWindow()  # back to the window, as after any dialog
            await wait_until(app.window.isActiveWindow, what="the window active again")

    run_in_qt_loop(qloop, scenario())
