"""Crisis outranks everything (issue 28): a crisis phrase in a chat the responder is not
looking at marks its row (a badge a screen reader reads), raises a critical notification
with its own sound, moves the chat to the top of the list, and Ctrl+J goes there first."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from responder_app.app_controller import AppController
from responder_app.services.notifier import Notice, NoticeKind, Route
from responder_app.ui.conversation_list import ListRole
from responder_wire.models import MessageOut, SenderRole
from tests.app.three_chats import NOW, current_chat, message_id
from tests.support.qt_async import run_in_qt_loop, wait_until


@pytest.fixture
def app(three_chats: AppController) -> AppController:
    return three_chats


Ctrl = Qt.KeyboardModifier.ControlModifier


def _say(app: AppController, cid: str, body: str) -> None:
    mid, position = message_id()
    app.window.show_message(MessageOut(
        id=mid, conversation_id=cid, position=position,
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
    assert current_chat(app) == "a" and w.tab_order() == ["a", "b", "c"]
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
    assert current_chat(app) == "c", "the crisis outranks Bo's 90 s wait"
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, Qt.Key.Key_J, Ctrl)
    assert current_chat(app) in ("b", "c")
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
