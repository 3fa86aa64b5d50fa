"""The inbox list with ten chats, as a responder sees it on a busy evening: every alias
and clock readable in full at 1280×720 (measured with the font the list paints with, and
checked against what it painted), usable at 640×480, the order steady under the responder,
ended chats set apart and gone once wrapped up.

The real app controller and window (reply speed's clocks included); events go through the
app's event router as the stream delivers them; the PC clock is moved by hand.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from responder_app.app_controller import AppController
from responder_app.services.credentials import CredentialStore
from responder_app.services.server_clock import ServerClock
from responder_app.settings import AppSettings
from responder_app.ui.conversation_list import ListRole, RowState
from responder_wire.models import (
    ConversationState,
    ConversationSummary,
    EventEnvelope,
    EventType,
    MessageOut,
    SenderRole,
)

NOW = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)

# Ten clients of a busy evening: the aliases the tab bar cut to "Li…", "Sa…", "阿杰…".
CLIENTS = [
    ("c0", "Lisa Nguyen", "work stress", 300), ("c1", "Sam", "exam stress", 250),
    ("c2", "阿杰", "失恋了，想找人聊聊", 200), ("c3", "Sam", "family", 190),
    ("c4", "小美", "工作压力", 150), ("c5", "Trần Minh Anh", "chuyện gia đình", 120),
    ("c6", "Jess", "can't sleep", 90), ("c7", "MoonlightWalker", "just want to vent", 60),
    ("c8", "王小明同学", "考研焦虑", 30), ("c9", "Oliver", "breakup", 10),
]


class PcClock:
    def __init__(self) -> None:
        self.ms = NOW.timestamp() * 1000

    def __call__(self) -> float:
        return self.ms


@pytest.fixture
def app(qloop: asyncio.AbstractEventLoop, themed_app: QApplication, tmp_path: Path
        ) -> Iterator[AppController]:
    pc = PcClock()
    clock = ServerClock(local_ms=pc)
    clock.observe(NOW.timestamp() * 1000)
    http = httpx.AsyncClient()
    controller = AppController(http=http, clock=clock,
                               settings=AppSettings.in_file(str(tmp_path / "s.ini")),
                               credentials=CredentialStore(fail.Keyring()))
    controller.ticker.start()
    controller.pc = pc  # type: ignore[attr-defined]
    yield controller
    controller.window.close_handler = None
    controller.window.close()
    qloop.run_until_complete(http.aclose())


_seq = iter(range(1, 100_000))


def _summary(cid: str, alias: str, topic: str, ago_s: float, **changes: object
             ) -> ConversationSummary:
    base: dict[str, object] = dict(
        id=cid, alias=alias, topic=topic, length_minutes=30, state=ConversationState.ACTIVE,
        created_at=NOW - timedelta(seconds=ago_s + 1), offered_at=NOW - timedelta(seconds=ago_s),
        ended_at=None, closed_at=None, responder_id=1, price_fen=2500)
    base.update(changes)
    return ConversationSummary.model_validate(base)


def _message(cid: str, ago_s: float, *, own: bool = False) -> MessageOut:
    n = next(_seq)
    return MessageOut(id=f"m-{n}", conversation_id=cid, position=n,
                      sender=SenderRole.RESPONDER if own else SenderRole.CLIENT,
                      body="hello", created_at=NOW - timedelta(seconds=ago_s))


def _event(kind: EventType, data: ConversationSummary | MessageOut) -> EventEnvelope:
    return EventEnvelope(seq=next(_seq), type=kind, created_at=NOW,
                         conversation_id=data.id if isinstance(data, ConversationSummary)
                         else data.conversation_id, data=data.model_dump(mode="json"))


def _open_ten(app: AppController, width: int, height: int) -> None:
    window = app.window
    window.resize(width, height)
    window.show()
    for cid, alias, topic, ago in CLIENTS:
        app.events.route(_event(EventType.CONVERSATION_OFFERED,
                                _summary(cid, alias, topic, ago)))
        app.events.route(_event(EventType.MESSAGE_CREATED, _message(cid, ago)))
    app.ticker.tick()
    QApplication.processEvents()


def _option(app: AppController, index: QModelIndex) -> QStyleOptionViewItem:
    view = app.window.ui.conversationList
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())  # type: ignore[attr-defined]
    option.font = view.font()  # type: ignore[attr-defined]
    option.rect = view.visualRect(index)  # type: ignore[attr-defined]
    return option


def _paint(app: AppController) -> None:
    # grab() paints every visible row through the delegate, as the screen would
    app.window.ui.conversationList.viewport().grab()


def test_ten_chats_at_1280x720_show_every_alias_and_clock_in_full(app: AppController) -> None:
    _open_ten(app, 1280, 720)
    window, view = app.window, app.window.ui.conversationList
    delegate = window.conversation_delegate
    _paint(app)
    title_font = delegate.fonts(view.font())[0]
    badge_font = delegate.fonts(view.font())[2]
    viewport = view.viewport().rect()
    for cid, alias, _topic, _ago in CLIENTS:
        index = window.conversations.index_of(cid)
        rect = view.visualRect(index)
        assert viewport.contains(rect), f"{alias}'s row is not all on screen"
        layout = delegate.row_layout(_option(app, index), index)
        # the full alias (the two Sams with a tag each) fits the room the row gives it, and
        # that is what was painted
        shown = str(index.data(ListRole.ALIAS))
        assert shown == alias or (alias == "Sam" and shown.startswith("Sam · ")), shown
        assert QFontMetrics(title_font).horizontalAdvance(shown) <= layout.alias.width(), alias
        painted = delegate.painted[cid]
        assert painted["alias"] == shown
        # the clock: reply speed's pill text, painted whole inside the row
        clock = app.reply_speed.pill(cid)
        assert clock is not None and not clock.isHidden()
        assert painted["badge"] == clock.text()
        assert QFontMetrics(badge_font).horizontalAdvance(clock.text()) < layout.badge.width()
        assert rect.contains(layout.badge) and layout.badge.left() > layout.alias.right()
        assert painted["state"] == "Waiting"
        assert painted.get("unread", "0") == str(index.data(ListRole.UNREAD))
    # two clients both called Sam: a tag each on the first line, their topics on the second
    assert delegate.painted["c1"]["alias"] != delegate.painted["c3"]["alias"]
    assert delegate.painted["c1"]["topic"] == "exam stress"
    assert delegate.painted["c3"]["topic"] == "family"


def test_at_640x480_the_list_is_a_rail_of_avatars_and_clocks(app: AppController) -> None:
    _open_ten(app, 640, 480)
    window, view = app.window, app.window.ui.conversationList
    QApplication.processEvents()
    assert window.width() == 640  # the window really fits a 640-pixel screen
    delegate = window.conversation_delegate
    chat = window.current_tab
    assert chat is not None
    assert view.width() < 120  # the list gave its room to the chat
    assert chat.ui.composer.width() >= 200  # the chat keeps room to type
    _paint(app)
    shown = 0
    for cid, _alias, topic, _ago in CLIENTS:
        index = window.conversations.index_of(cid)
        if not view.viewport().rect().contains(view.visualRect(index)):
            continue
        shown += 1
        layout = delegate.row_layout(_option(app, index), index)
        painted = delegate.painted[cid]
        clock = app.reply_speed.pill(cid)
        assert clock is not None and painted["badge"] == clock.text()  # never cut
        badge_font = delegate.fonts(view.font())[2]
        assert QFontMetrics(badge_font).horizontalAdvance(clock.text()) < layout.badge.width()
        assert view.visualRect(index).contains(layout.badge)
        shown_alias = str(index.data(ListRole.ALIAS))  # the two Sams: a tag each
        assert index.data(Qt.ItemDataRole.ToolTipRole) == f"{shown_alias} · {topic}"
    assert shown >= 5


def test_answering_the_current_chat_does_not_move_it(app: AppController) -> None:
    _open_ten(app, 1280, 720)
    window = app.window
    app.reply_speed.action_longest_first.setChecked(True)
    app.ticker.tick()
    order = window.tab_order()
    assert order == [cid for cid, *_ in CLIENTS]  # longest waiting first
    window.show_conversation("c4")
    app.events.route(_event(EventType.MESSAGE_CREATED, _message("c4", -1, own=True)))
    app.ticker.tick()
    QApplication.processEvents()
    assert window.row_state("c4") is RowState.ANSWERED
    assert window.tab_order() == order  # the chat just answered stays under the cursor
    assert window.current_tab is window.chat_tab("c4")
    # a newer message in another chat re-sorts only the waiting ones, around it
    app.events.route(_event(EventType.MESSAGE_CREATED, _message("c0", -2, own=True)))
    app.ticker.tick()
    new_order = window.tab_order()
    assert new_order.index("c4") == order.index("c4")
    assert new_order[-1] == "c0"  # answered, not on screen: after the waiting ones


def test_ended_chats_sit_apart_and_leave_once_wrapped_up(app: AppController,
                                                         qloop: asyncio.AbstractEventLoop
                                                         ) -> None:
    _open_ten(app, 1280, 720)
    window, view = app.window, app.window.ui.conversationList
    cid, alias, topic, ago = CLIENTS[1]
    app.events.route(_event(EventType.CONVERSATION_ENDED, _summary(
        cid, alias, topic, ago, state=ConversationState.ENDED, ended_at=NOW)))
    app.ticker.tick()
    QApplication.processEvents()
    assert window.tab_order()[-1] == cid
    assert window.row_state(cid) is RowState.ENDED
    index = window.conversations.index_of(cid)
    assert index.data(ListRole.FIRST_ENDED)
    _paint(app)
    assert window.conversation_delegate.painted[cid]["heading"] == "Ended · wrap up to close"
    assert window.conversation_delegate.painted[cid]["state"] == "Ended"
    # its row is below every live row, under the heading
    last_live = window.conversations.index_of(window.tab_order()[-2])
    assert view.visualRect(index).top() > view.visualRect(last_live).bottom()
    # the client of the same alias still live is not greyed
    assert window.row_state("c3") is RowState.WAITING
    # wrapped up (the server closed it): gone from the list
    app.events.route(_event(EventType.CONVERSATION_CLOSED, _summary(
        cid, alias, topic, ago, state=ConversationState.CLOSED, ended_at=NOW, closed_at=NOW)))
    QApplication.processEvents()
    assert cid not in window.tab_order()
    assert len(window.tab_order()) == 9


def test_a_new_second_repaints_only_the_rows_whose_clock_changed(app: AppController) -> None:
    _open_ten(app, 1280, 720)
    model = app.window.conversations
    app.events.route(_event(EventType.MESSAGE_CREATED, _message("c9", 0, own=True)))
    app.ticker.tick()
    QApplication.processEvents()
    changed: list[tuple[int, list[int]]] = []
    model.dataChanged.connect(lambda tl, br, roles: changed.append((tl.row(), list(roles))))
    app.pc.ms += 1000  # type: ignore[attr-defined]
    app.ticker.tick()
    model.flush()
    rows = {row for row, _roles in changed}
    assert len(rows) == 9  # nine clocks turned; the answered chat's row was left alone
    assert all(set(roles) <= {ListRole.BADGE_TEXT, ListRole.BADGE_LEVEL}
               for _row, roles in changed)


def test_clicking_a_row_opens_that_chat(app: AppController, qtbot: object) -> None:
    from PySide6.QtTest import QTest

    _open_ten(app, 1280, 720)
    window, view = app.window, app.window.ui.conversationList
    window.activateWindow()
    QApplication.processEvents()
    rect = view.visualRect(window.conversations.index_of("c7"))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_tab is window.chat_tab("c7")
    assert window.chat_tab("c7") is window.ui.tabs.currentWidget()
    chat = window.chat_tab("c7")
    assert chat is not None and chat.composer.hasFocus()  # ready to type
    QTest.keyClick(view, Qt.Key.Key_Up)  # the arrow keys walk the list
    assert window.current_tab is window.chat_tab("c6")
