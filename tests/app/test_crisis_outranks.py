"""Crisis outranks everything (issue 28): a crisis phrase in a chat the responder is not
looking at marks its row (a badge a screen reader reads), raises a critical notification
with its own sound, moves the chat to the top of the list, and Ctrl+J goes there first."""

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
from responder_app.services.notifier import Notice, NoticeKind, Route
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_app.ui.conversation_list import ListRole
from responder_wire.models import ConversationState, ConversationSummary, MessageOut, SenderRole
from tests.support.qt_async import run_in_qt_loop, wait_until

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
_seq = itertools.count(1)
Ctrl = Qt.KeyboardModifier.ControlModifier


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
    for cid, alias, waited in (("a", "Ann", 20), ("b", "Bo", 90), ("c", "Cy", None)):
        w.open_conversation(ConversationSummary(
            id=cid, alias=alias, topic="", length_minutes=15, state=ConversationState.ACTIVE,
            created_at=NOW - timedelta(minutes=5), offered_at=NOW - timedelta(minutes=5),
            ended_at=None, closed_at=None, responder_id=1, price_fen=990,
            first_reply_at=NOW - timedelta(minutes=4)))
        own = waited is None  # Cy has been answered
        w.show_message(MessageOut(
            id=f"m-{next(_seq)}", conversation_id=cid, position=next(_seq),
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


def _press(qtbot: QtBot, key: Qt.Key,
           modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def _current(app: AppController) -> str:
    tab = app.window.current_tab
    return tab.conversation_id if tab is not None else ""


def _say(app: AppController, cid: str, body: str) -> None:
    app.window.show_message(MessageOut(
        id=f"m-{next(_seq)}", conversation_id=cid, position=next(_seq),
        sender=SenderRole.CLIENT, body=body, created_at=NOW))


@pytest.fixture
def notices(app: AppController, monkeypatch: pytest.MonkeyPatch) -> list[Notice]:
    shown: list[Notice] = []

    async def show(notice: Notice) -> Route:
        shown.append(notice)
        return Route.DESKTOP

    monkeypatch.setattr(app.alerts.notifier, "show", show)
    return shown


def test_a_crisis_in_a_background_chat_marks_its_row_and_goes_first(
        app: AppController, qtbot: QtBot, notices: list[Notice],
        qloop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch) -> None:
    w = app.window
    assert _current(app) == "a" and w.tab_order() == ["a", "b", "c"]
    played: list[str] = []
    monkeypatch.setattr(app.alerts.crisis_sound, "play", lambda: played.append("crisis"))
    monkeypatch.setattr(app.alerts.sound, "play", lambda: played.append("new client"))

    async def crisis_said() -> None:  # on the running loop, as the inbox shows it live
        _say(app, "c", "我想自杀")  # Cy, answered and last in the list
        await wait_until(lambda: notices or None, what="the crisis notice")

    run_in_qt_loop(qloop, crisis_said())
    row = w.conversations.index_of("c")
    assert row.data(ListRole.CRISIS) is True
    assert row.data(ListRole.BADGE_TEXT) == "Crisis"
    assert row.data(ListRole.BADGE_LEVEL) == "crisis"
    spoken = row.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Crisis · ") and "Cy" in spoken
    assert w.tab_order()[0] == "c", "above the longest-waiting (Bo)"
    app.ticker.tick()  # the next tick's longest-waiting-first order keeps it on top
    app.reply_speed.tick()
    assert w.tab_order()[0] == "c"
    (notice,) = notices
    assert (notice.kind, notice.conversation_id, notice.title) == (NoticeKind.CRISIS, "c", "Cy")
    assert "我想自杀" not in notice.body  # never the client's words
    assert played == ["crisis"]  # its own sound, not the new-client chime
    assert app.alerts.crisis_sound.name == "crisis"
    _say(app, "c", "我想自杀")  # the same chat again: no second alarm
    assert len(notices) == 1


def test_ctrl_j_goes_to_the_crisis_first_then_to_the_longest_waiting(
        app: AppController, qtbot: QtBot, notices: list[Notice]) -> None:
    _say(app, "c", "I want to die")
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_J, Ctrl)
    assert _current(app) == "c", "the crisis outranks Bo's 90 s wait"
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_J, Ctrl)
    assert _current(app) in ("b", "c")
    assert app.window.unseen_crisis() == []


def test_the_crisis_sound_is_bundled_and_not_the_new_client_chime(qapp: QApplication) -> None:
    from PySide6.QtCore import QFile, QIODevice

    import responder_app.ui.rc_resources  # noqa: F401  (the bundled resources)

    def read(path: str) -> bytes:
        f = QFile(path)
        assert f.open(QIODevice.OpenModeFlag.ReadOnly), path
        data = bytes(f.readAll().data())
        f.close()
        return data

    crisis, chime = read(":/sounds/crisis.wav"), read(":/sounds/new_client.wav")
    assert crisis[:4] == b"RIFF" and crisis != chime
    assert len(crisis) < 40_000
