"""The inbox window: tabs per chat, unread counts, focus is never stolen, empty state."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from responder_app.services.event_stream import ConnectionState, StreamStatus
from responder_app.services.server_clock import ServerClock
from responder_app.ui.conversation_list import RowState
from responder_app.ui.main_window import MainWindow
from responder_app.ui.tab_label import namesake_tags
from responder_wire.models import Availability, ConversationState, MessagePage, SenderRole

from .conftest import message, summary


def _window(qtbot: QtBot, clock: ServerClock) -> MainWindow:
    window = MainWindow(clock)
    qtbot.addWidget(window)
    window.set_availability(Availability.ONLINE)
    window.resize(1000, 700)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_empty_inbox_says_new_clients_will_appear(qtbot: QtBot, clock: ServerClock) -> None:
    window = _window(qtbot, clock)
    assert window.ui.stack.currentWidget() is window.ui.emptyPage
    assert window.ui.emptyTitle.text() == "You're online. New clients will appear here."
    window.set_availability(Availability.AWAY)
    assert "away" in window.ui.emptyTitle.text()
    window.open_conversation(summary())
    assert window.ui.stack.currentWidget() is window.ui.inboxPage
    window.close_conversation("c-1")
    assert window.ui.stack.currentWidget() is window.ui.emptyPage


def test_new_chat_does_not_take_the_tab_or_focus_from_the_one_being_typed_in(
    qtbot: QtBot, clock: ServerClock
) -> None:
    window = _window(qtbot, clock)
    mei = window.open_conversation(summary("c-mei", "Mei"))
    mei.composer.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is mei.composer, timeout=2000)
    QTest.keyClicks(mei.composer, "I understand, that sou")

    opened: list[str] = []
    window.sig_conversation_opened.connect(opened.append)
    tom = window.open_conversation(summary("c-tom", "Tom"))
    window.show_message(message("hello?", conversation_id="c-tom"))
    qtbot.wait(50)  # let any focus/activation events be delivered

    assert opened == ["c-tom"]
    assert window.current_tab is mei
    assert QApplication.focusWidget() is mei.composer
    QTest.keyClicks(mei.composer, "nds hard")
    assert mei.composer.toPlainText() == "I understand, that sounds hard"
    assert tom.composer.toPlainText() == ""
    assert window.ui.tabs.count() == 2


def test_tab_shows_alias_and_unread_count_until_opened(qtbot: QtBot, clock: ServerClock) -> None:
    window = _window(qtbot, clock)
    window.open_conversation(summary("c-mei", "Mei"))
    window.open_conversation(summary("c-tom", "Tom"))
    for text in ("hi", "are you there?", "hello??"):
        window.show_message(message(text, conversation_id="c-tom"))
    window.show_message(message("thanks", conversation_id="c-mei"))  # the open chat
    window.show_message(message("sure", conversation_id="c-tom", sender=SenderRole.RESPONDER))

    assert window.tab_text("c-tom") == "Tom · 3"
    assert window.tab_text("c-mei") == "Mei"

    window.ui.tabs.setCurrentWidget(window.chat_tab("c-tom"))
    assert window.tab_text("c-tom") == "Tom"


def test_first_history_page_of_a_background_chat_counts_waiting_messages(
    qtbot: QtBot, clock: ServerClock
) -> None:
    window = _window(qtbot, clock)
    window.open_conversation(summary("c-mei", "Mei"))
    window.open_conversation(summary("c-linh", "Linh"))
    page = MessagePage(messages=[
        message("chào bạn", conversation_id="c-linh"),
        message("Chào Linh!", conversation_id="c-linh", sender=SenderRole.RESPONDER),
        message("Mình buồn quá", conversation_id="c-linh"),
        message("Cảm ơn bạn đã lắng nghe mình.", conversation_id="c-linh"),
    ], has_more=False)
    window.show_history("c-linh", page)
    assert window.tab_text("c-linh") == "Linh · 2"


def test_ended_chat_shows_a_banner_and_closing_removes_the_tab(
    qtbot: QtBot, clock: ServerClock
) -> None:
    window = _window(qtbot, clock)
    window.open_conversation(summary("c-mei", "Mei"))
    tab = window.open_conversation(summary("c-mei", "Mei", state=ConversationState.ENDED))
    assert window.ui.tabs.count() == 1
    assert tab.ui.endedBanner.isVisible()
    assert tab.ui.endedLabel.text() == "\u2068Mei\u2069 left the chat"  # isolated name
    with qtbot.waitSignal(window.sig_conversation_closed) as closed:
        window.close_conversation("c-mei")
    assert closed.args == ["c-mei"]
    assert window.chat_tab("c-mei") is None
    assert window.ui.tabs.count() == 0


def test_status_bar_shows_connection_state_in_words(qtbot: QtBot, clock: ServerClock) -> None:
    window = _window(qtbot, clock)
    panel = window.status_panel
    window.set_connection_status(StreamStatus(ConnectionState.CONNECTED))
    assert window.connection_text() == "Connected"
    window.set_connection_status(StreamStatus(ConnectionState.RECONNECTING, retry_at=100.0))
    assert panel.connection_text(now=96.0) == "Reconnecting in 4 s"
    assert panel.ui.retryButton.isVisibleTo(window)
    window.set_connection_status(StreamStatus(ConnectionState.OFFLINE))
    assert window.connection_text() == "Offline"


def test_availability_switch_asks_the_server_and_shows_what_it_says(
    qtbot: QtBot, clock: ServerClock
) -> None:
    window = _window(qtbot, clock)
    panel = window.status_panel
    with qtbot.waitSignal(window.sig_availability_requested) as asked:
        panel.ui.awayButton.click()
    assert asked.args == ["away"]
    # not confirmed yet: the switch still shows what the server last said
    assert panel.ui.onlineButton.isChecked() and not panel.ui.awayButton.isChecked()
    window.set_availability(Availability.AWAY)  # presence.changed arrived
    assert panel.ui.awayButton.isChecked() and not panel.ui.onlineButton.isChecked()


def test_two_clients_with_one_alias_are_told_apart_by_tag_and_topic(
    qtbot: QtBot, clock: ServerClock
) -> None:
    window = _window(qtbot, clock)
    window.open_conversation(summary("c-1", "Jess", topic="family"))
    assert window.tab_text("c-1") == "Jess"
    window.open_conversation(summary("c-2", "Jess", topic="a very long topic about work"))
    tags = namesake_tags(["c-1", "c-2"])  # and a short tag each: the topics may be alike
    assert window.tab_text("c-1") == f"Jess · {tags['c-1']} (family)"
    assert window.tab_text("c-2") == f"Jess · {tags['c-2']} (a very long t…)"
    window.close_conversation("c-2")
    assert window.tab_text("c-1") == "Jess"


def test_a_chat_whose_client_left_says_so_on_its_tab(qtbot: QtBot, clock: ServerClock) -> None:
    window = _window(qtbot, clock)
    window.open_conversation(summary("c-1", "Minh"))
    window.open_conversation(summary("c-1", "Minh", state=ConversationState.ENDED))
    assert window.tab_text("c-1") == "Minh · left"
    # and its row moves to the ended section, greyed under a heading of its own
    assert window.row_state("c-1") is RowState.ENDED
