"""Keyboard-first: every key the shortcuts sheet lists does what it says, in the real app
(widget level: chats opened as the inbox opens them, the one ticker computing waits).

Keys are pressed with qtbot on the widget that has the focus, as a responder types."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from responder_app.app_controller import AppController
from responder_wire.models import MessageOut, SenderRole
from tests.app.three_chats import NOW, current_chat, press
from tests.support.qt_async import run_in_qt_loop, wait_until


@pytest.fixture
def app(three_chats: AppController) -> AppController:
    return three_chats


Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


def test_next_waiting_client_goes_to_the_longest_waiting_unanswered_chat(
        app: AppController, qtbot: QtBot) -> None:
    assert current_chat(app) == "a"
    press(qtbot, Qt.Key.Key_J, Ctrl)
    assert current_chat(app) == "b", "Bo has waited 90 s, Ann 20 s, Cy was answered"
    assert QApplication.focusWidget() is app.window.current_tab.composer  # type: ignore[union-attr]
    app.window.show_message(MessageOut(id="m-bo", conversation_id="b", position=999,
                                       sender=SenderRole.RESPONDER, body="here", created_at=NOW))
    app.ticker.tick()
    press(qtbot, Qt.Key.Key_J, Ctrl)
    assert current_chat(app) == "a", "Bo answered: Ann is next"


def test_next_and_previous_chat_follow_the_inbox_order(
        app: AppController, qtbot: QtBot) -> None:
    order = app.window.tab_order()
    assert order == ["a", "b", "c"] and current_chat(app) == "a"
    press(qtbot, Qt.Key.Key_PageDown, Ctrl)
    assert current_chat(app) == "b"
    press(qtbot, Qt.Key.Key_PageDown, Ctrl)
    press(qtbot, Qt.Key.Key_PageDown, Ctrl)
    assert current_chat(app) == "a", "round the end"
    press(qtbot, Qt.Key.Key_PageUp, Ctrl)
    assert current_chat(app) == "c"
    app.window.keyboard_actions()["next_chat"].trigger()  # Ctrl+Tab (the window's own)
    assert current_chat(app) == "a"


def test_focus_the_reply_box_notes_and_search(app: AppController, qtbot: QtBot) -> None:
    tab = app.window.current_tab
    assert tab is not None
    panel = app.notes.panel(tab.conversation_id)
    assert panel is not None
    panel.set_enabled_for_editing(True)  # as once the client's notes have loaded
    press(qtbot, Qt.Key.Key_N, Ctrl | Shift)
    assert QApplication.focusWidget() is panel.ui.notesEdit
    press(qtbot, Qt.Key.Key_F, Ctrl)
    assert QApplication.focusWidget() is panel.ui.searchEdit
    press(qtbot, Qt.Key.Key_R, Ctrl)
    assert QApplication.focusWidget() is tab.composer


def test_wrap_up_by_key_asks_for_the_wrap_up_note(
        app: AppController, qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> None:
    async def scenario() -> None:
        asked: list[str] = []
        app.window.sig_wrap_up_requested.connect(asked.append)
        press(qtbot, Qt.Key.Key_W, Ctrl | Shift)
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
    press(qtbot, Qt.Key.Key_Slash, Ctrl)
    popup = app.quick_replies.popup("a")
    assert popup is not None and popup.isVisible()
    press(qtbot, Qt.Key.Key_Return)
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
    press(qtbot, Qt.Key.Key_Question)
    assert tab.composer.toPlainText() == "?", "while typing, ? is just a question mark"
    assert app.host.shortcuts_dialog is None
    app.window.ui.tabs.setFocus()  # not typing now
    press(qtbot, Qt.Key.Key_Question)
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
    press(qtbot, Qt.Key.Key_F1)
    assert sheet.isVisible(), "F1 too"
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)


def test_preferences_by_key_and_esc_closes_them(app: AppController, qtbot: QtBot) -> None:
    press(qtbot, Qt.Key.Key_Comma, Ctrl)
    dialog = app.host.preferences_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
