"""Keyboard-first: every key the shortcuts sheet lists does what it says, in the real app
(widget level: chats opened as the inbox opens them, the one ticker computing waits).

Keys are pressed with qtbot on the widget that has the focus, as a responder types."""

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
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_wire.models import ConversationState, ConversationSummary, MessageOut, SenderRole
from tests.support.qt_async import run_in_qt_loop, wait_until

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
_seq = itertools.count(1)
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


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
            first_reply_at=NOW - timedelta(minutes=4), client_language="en"))
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


def test_next_waiting_client_goes_to_the_longest_waiting_unanswered_chat(
        app: AppController, qtbot: QtBot) -> None:
    assert _current(app) == "a"
    _press(qtbot, Qt.Key.Key_J, Ctrl)
    assert _current(app) == "b", "Bo has waited 90 s, Ann 20 s, Cy was answered"
    assert QApplication.focusWidget() is app.window.current_tab.composer  # type: ignore[union-attr]
    app.window.show_message(MessageOut(id="m-bo", conversation_id="b", position=999,
                                       sender=SenderRole.RESPONDER, body="here", created_at=NOW))
    app.ticker.tick()
    _press(qtbot, Qt.Key.Key_J, Ctrl)
    assert _current(app) == "a", "Bo answered: Ann is next"


def test_next_and_previous_chat_follow_the_inbox_order(
        app: AppController, qtbot: QtBot) -> None:
    order = app.window.tab_order()
    assert order == ["a", "b", "c"] and _current(app) == "a"
    _press(qtbot, Qt.Key.Key_PageDown, Ctrl)
    assert _current(app) == "b"
    _press(qtbot, Qt.Key.Key_PageDown, Ctrl)
    _press(qtbot, Qt.Key.Key_PageDown, Ctrl)
    assert _current(app) == "a", "round the end"
    _press(qtbot, Qt.Key.Key_PageUp, Ctrl)
    assert _current(app) == "c"
    app.window.keyboard_actions()["next_chat"].trigger()  # Ctrl+Tab (the window's own)
    assert _current(app) == "a"


def test_focus_the_reply_box_notes_and_search(app: AppController, qtbot: QtBot) -> None:
    tab = app.window.current_tab
    assert tab is not None
    panel = app.notes.panel(tab.conversation_id)
    assert panel is not None
    panel.set_enabled_for_editing(True)  # as once the client's notes have loaded
    _press(qtbot, Qt.Key.Key_N, Ctrl | Shift)
    assert QApplication.focusWidget() is panel.ui.notesEdit
    _press(qtbot, Qt.Key.Key_F, Ctrl)
    assert QApplication.focusWidget() is panel.ui.searchEdit
    _press(qtbot, Qt.Key.Key_R, Ctrl)
    assert QApplication.focusWidget() is tab.composer


def test_wrap_up_by_key_asks_for_the_wrap_up_note(
        app: AppController, qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> None:
    async def scenario() -> None:
        asked: list[str] = []
        app.window.sig_wrap_up_requested.connect(asked.append)
        _press(qtbot, Qt.Key.Key_W, Ctrl | Shift)
        assert asked == ["a"]
        dialog = await wait_until(lambda: app.notes.wrap_up_dialog, what="the wrap-up dialog")
        assert dialog is not None and dialog.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # back to the chat: nothing wrapped up
        await wait_until(lambda: app.notes.wrap_up_dialog is None, what="dialog closed")
        assert app.window.chat_tab("a") is not None

    run_in_qt_loop(qloop, scenario())


def test_quick_reply_picker_by_key(app: AppController, qtbot: QtBot) -> None:
    tab = app.window.current_tab
    assert tab is not None
    tab.composer.setFocus()
    _press(qtbot, Qt.Key.Key_Slash, Ctrl)
    popup = app.quick_replies.popup("a")
    assert popup is not None and popup.isVisible()
    _press(qtbot, Qt.Key.Key_Return)
    assert tab.composer.toPlainText().startswith("Hi Ann, I'm here.")


def test_the_sheet_lists_every_key_and_any_action_added_later(
        app: AppController, qtbot: QtBot) -> None:
    # Another feature adds its own action later, through the host's slot.
    later = QAction("&Pin this chat", app.window)
    later.setShortcut(QKeySequence("Ctrl+Shift+P"))
    app.window.addAction(later)
    app.host.add_shortcut(later, "client")
    tab = app.window.current_tab
    assert tab is not None
    tab.composer.setFocus()
    # (Qt matches "?" whatever modifier the layout needs for it; QTest sends no layout.)
    _press(qtbot, Qt.Key.Key_Question)
    assert tab.composer.toPlainText() == "?", "while typing, ? is just a question mark"
    assert app.host.shortcuts_dialog is None
    app.window.ui.tabs.setFocus()  # not typing now
    _press(qtbot, Qt.Key.Key_Question)
    sheet = app.host.shortcuts_dialog
    assert sheet is not None and sheet.isVisible()
    rows = dict(sheet.rows())
    native = QKeySequence.SequenceFormat.NativeText
    for text, keys in {
        "Next waiting client": "Ctrl+J", "Next chat": "Ctrl+PgDown",
        "Previous chat": "Ctrl+PgUp", "Go to the reply box": "Ctrl+R",
        "Insert a quick reply": "Ctrl+/", "Wrap up this chat": "Ctrl+Shift+W",
        "The client's notes": "Ctrl+Shift+N", "Search notes and past chats": "Ctrl+F",
        "Block this client": "Ctrl+Shift+B", "Report this client": "Ctrl+Shift+R",
        "Take this client": "Ctrl+T", "Go online": "Ctrl+Shift+O", "Go away": "Ctrl+Shift+A",
        "Pin this chat": "Ctrl+Shift+P", "Preferences": "Ctrl+,",
    }.items():
        assert QKeySequence(keys).toString(native) in rows.get(text, ""), text
    assert "F1" in rows["Keyboard shortcuts"]
    assert rows["Chats"] == "" and rows["The client"] == "", "sections by category"
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    assert not sheet.isVisible(), "Esc closes the sheet"
    qtbot.waitUntil(app.window.isActiveWindow)
    _press(qtbot, Qt.Key.Key_F1)
    assert sheet.isVisible(), "F1 too"
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)


def test_preferences_by_key_and_esc_closes_them(app: AppController, qtbot: QtBot) -> None:
    _press(qtbot, Qt.Key.Key_Comma, Ctrl)
    dialog = app.host.preferences_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
