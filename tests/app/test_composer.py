"""The composer: Enter sends, Shift+Enter makes a new line, blank text isn't sent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from responder_app.services.server_clock import ServerClock
from responder_app.ui.chat_tab import ChatTab
from responder_wire.models import ConversationState

from .conftest import summary


def _tab(qtbot: QtBot, clock: ServerClock, **kwargs: Any) -> ChatTab:
    tab = ChatTab(summary(**kwargs), clock)
    qtbot.addWidget(tab)
    tab.resize(700, 500)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_enter_sends_and_clears_the_composer(qtbot: QtBot, clock: ServerClock) -> None:
    tab = _tab(qtbot, clock)
    QTest.keyClicks(tab.composer, "Hello Mei")
    with qtbot.waitSignal(tab.sig_send_requested, timeout=1000) as sent:
        QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    assert sent.args == ["c-1", "Hello Mei"]
    assert tab.composer.toPlainText() == ""


def test_shift_enter_inserts_a_newline_without_sending(qtbot: QtBot, clock: ServerClock) -> None:
    tab = _tab(qtbot, clock)
    sent: list[tuple[str, str]] = []
    tab.sig_send_requested.connect(lambda cid, body: sent.append((cid, body)))
    QTest.keyClicks(tab.composer, "line one")
    QTest.keyClick(tab.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(tab.composer, "line two")
    assert sent == []
    assert tab.composer.toPlainText() == "line one\nline two"
    QTest.keyClick(tab.composer, Qt.Key.Key_Enter)  # keypad Enter sends too
    assert sent == [("c-1", "line one\nline two")]


def test_blank_message_is_not_sent(qtbot: QtBot, clock: ServerClock) -> None:
    tab = _tab(qtbot, clock)
    sent: list[str] = []
    tab.sig_send_requested.connect(lambda _cid, body: sent.append(body))
    QTest.keyClicks(tab.composer, "   ")
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    assert sent == []


def test_too_long_message_stays_in_the_composer_with_an_explanation(
    qtbot: QtBot, clock: ServerClock
) -> None:
    tab = _tab(qtbot, clock)
    sent: list[str] = []
    tab.sig_send_requested.connect(lambda _cid, body: sent.append(body))
    tab.composer.setPlainText("x" * 4001)
    QTest.keyClick(tab.composer, Qt.Key.Key_Return)
    assert sent == []
    assert len(tab.composer.toPlainText()) == 4001
    assert tab.ui.errorLabel.isVisible()
    assert "too long" in tab.ui.errorLabel.text()


def test_client_left_banner_disables_the_composer_and_offers_wrap_up(
    qtbot: QtBot, clock: ServerClock
) -> None:
    tab = _tab(qtbot, clock)
    assert not tab.ui.endedBanner.isVisible()
    tab.update_summary(summary(state=ConversationState.ENDED))
    assert tab.ui.endedBanner.isVisible()
    assert tab.ui.endedLabel.text() == "\u2068Mei\u2069 left the chat"  # isolated name
    assert not tab.composer.isEnabled()
    with qtbot.waitSignal(tab.sig_wrap_up_requested, timeout=1000) as wrap:
        tab.ui.bannerWrapUpButton.click()
    assert wrap.args == ["c-1"]


def test_wrap_up_of_an_active_chat_needs_a_second_click(qtbot: QtBot, clock: ServerClock) -> None:
    tab = _tab(qtbot, clock)
    requested: list[str] = []
    tab.sig_wrap_up_requested.connect(requested.append)
    tab.ui.wrapUpButton.click()
    assert requested == []
    assert "again" in tab.ui.wrapUpButton.text()
    tab.ui.wrapUpButton.click()
    assert requested == ["c-1"]
