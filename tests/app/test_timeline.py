"""The timeline model/view: inserts (never resets), narrow updates, lazy history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from responder_app.services.outbox import OutgoingMessage, SendState
from responder_app.services.server_clock import ServerClock
from responder_app.ui import bubble_delegate
from responder_app.ui.chat_tab import ChatTab
from responder_app.ui.timeline_model import Role, TimelineModel
from responder_wire.models import MessagePage, SenderRole

from .conftest import message, summary


class Recorder:
    """Collects a model's change signals."""

    def __init__(self, model: TimelineModel) -> None:
        self.inserted: list[tuple[int, int]] = []
        self.changed: list[tuple[int, int, list[int]]] = []
        self.resets = 0
        model.rowsInserted.connect(lambda _p, first, last: self.inserted.append((first, last)))
        model.dataChanged.connect(
            lambda tl, br, roles: self.changed.append((tl.row(), br.row(), list(roles))))
        model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.resets += 1


def bodies(model: TimelineModel) -> list[str]:
    return [model.index(r, 0).data(Role.BODY) for r in range(model.rowCount())]


def test_older_page_is_inserted_at_the_top_and_keeps_existing_rows(qapp: Any) -> None:
    model = TimelineModel()
    rec = Recorder(model)
    model.prepend_history([message("c", position=30), message("d", position=31)], has_more=True)
    model.prepend_history([message("a", position=10), message("b", position=11)], has_more=False)
    assert bodies(model) == ["a", "b", "c", "d"]
    assert rec.inserted == [(0, 1), (0, 1)]  # one block at the top each time
    assert rec.resets == 0
    assert model.has_more is False
    assert model.oldest_position == 10


def test_a_new_message_is_an_insert_not_a_reset(qapp: Any) -> None:
    model = TimelineModel()
    model.prepend_history([message("hi", position=1)], has_more=False)
    rec = Recorder(model)
    assert model.add_message(message("how are you?", position=2)) is True
    assert rec.inserted == [(1, 1)]
    assert rec.resets == 0
    # the same message again (e.g. an SSE replay) adds nothing
    assert model.add_message(message("how are you?", position=2)) is False
    assert model.rowCount() == 2


def test_state_change_updates_exactly_one_row(qapp: Any) -> None:
    model = TimelineModel()
    model.prepend_history([message(f"m{i}", position=i) for i in range(1, 6)], has_more=False)
    out = OutgoingMessage(id="own-1", conversation_id="c-1", body="I'm here")
    model.add_pending(out)
    assert model.index(5, 0).data(Role.STATE) == "sending"
    rec = Recorder(model)

    out.state, out.error = SendState.FAILED, "Cannot reach the server"
    model.update_outgoing(out)
    assert rec.changed == [(5, 5, [Role.STATE, Role.ERROR])]
    assert model.index(5, 0).data(Role.STATE) == "failed"

    rec.changed.clear()
    model.add_message(message("I'm here", sender=SenderRole.RESPONDER, message_id="own-1",
                              position=7))
    assert all(first == last == 5 for first, last, _ in rec.changed)
    assert Role.STATE in rec.changed[0][2]
    assert model.index(5, 0).data(Role.STATE) == "sent"
    assert model.rowCount() == 6  # confirmed in place, not added twice
    assert rec.inserted == [] and rec.resets == 0


def _tab_with_history(qtbot: QtBot, clock: ServerClock, count: int) -> ChatTab:
    tab = ChatTab(summary(), clock)
    qtbot.addWidget(tab)
    tab.resize(600, 400)
    tab.show()
    qtbot.waitExposed(tab)
    first = [message(f"message {i}", position=1000 + i) for i in range(count)]
    tab.prepend_history(MessagePage(messages=first, has_more=True))
    return tab


def test_scrolling_to_the_top_asks_for_older_history(qtbot: QtBot, clock: ServerClock) -> None:
    tab = _tab_with_history(qtbot, clock, 40)
    bar = tab.ui.timeline.verticalScrollBar()
    assert bar.maximum() > 0
    assert bar.value() == bar.maximum()  # a chat opens at its newest message
    with qtbot.waitSignal(tab.sig_load_older_requested, timeout=1000) as asked:
        bar.setValue(0)
    assert asked.args == ["c-1"]


def test_loading_older_history_keeps_the_visible_message_in_place(
    qtbot: QtBot, clock: ServerClock
) -> None:
    tab = _tab_with_history(qtbot, clock, 40)
    view = tab.ui.timeline
    bar = view.verticalScrollBar()
    bar.setValue(0)  # the user scrolled to the oldest loaded message
    top_before = view.indexAt(view.viewport().rect().topLeft() + view.rect().topLeft())
    body_before = top_before.data(Role.BODY)
    y_before = view.visualRect(top_before).top()

    older = [message(f"older {i}", position=100 + i) for i in range(30)]
    tab.prepend_history(MessagePage(messages=older, has_more=False))

    assert tab.model.rowCount() == 70
    row = next(r for r in range(70) if tab.model.index(r, 0).data(Role.BODY) == body_before)
    assert row == 30
    assert abs(view.visualRect(tab.model.index(row, 0)).top() - y_before) <= 2
    assert bar.value() > 0


def test_model_and_view_never_reset_while_messages_arrive(qtbot: QtBot, clock: ServerClock) -> None:
    tab = _tab_with_history(qtbot, clock, 5)
    rec = Recorder(tab.model)
    shown: list[str] = []
    tab.sig_message_shown.connect(lambda _cid, mid: shown.append(mid))
    for i in range(3):
        tab.add_message(message(f"live {i}", message_id=f"live-{i}", position=5000 + i))
    assert rec.resets == 0
    assert shown == ["live-0", "live-1", "live-2"]
    assert isinstance(tab.model.index(7, 0), QModelIndex)
    assert tab.model.index(7, 0).data(Role.BODY) == "live 2"


def test_clicking_a_failed_message_asks_to_retry_it(qtbot: QtBot, clock: ServerClock) -> None:
    tab = _tab_with_history(qtbot, clock, 2)
    out = OutgoingMessage(id="own-9", conversation_id="c-1", body="Are you still there?")
    tab.add_pending(out)
    out.state, out.error = SendState.FAILED, "Cannot reach the server"
    tab.update_outgoing(out)
    index = tab.model.index(tab.model.row_of("own-9") or 0, 0)
    assert tab.delegate.meta_text(index) == "Failed — click to retry"
    with qtbot.waitSignal(tab.sig_retry_requested, timeout=1000) as retry:
        tab.ui.timeline.clicked.emit(index)
    assert retry.args == ["c-1", "own-9"]


def test_2000_prepended_rows_keep_order_ids_and_states(qapp: Any) -> None:
    model = TimelineModel()
    rec = Recorder(model)
    for page in range(40):  # 40 pages of 50, newest page first, as scrolling loads them
        first = 10_000 - (page + 1) * 50
        model.prepend_history(
            [message(f"m{p}", message_id=f"id-{p}", position=p,
                     sender=SenderRole.RESPONDER if p % 3 == 2 else SenderRole.CLIENT)
             for p in range(first, first + 50)],
            has_more=page < 39)
    assert model.rowCount() == 2000 and rec.resets == 0
    assert rec.inserted == [(0, 49)] * 40  # one block at the top per page
    assert model.has_more is False and model.oldest_position == 8000
    items = model.items()
    assert [i.position for i in items] == list(range(8000, 10_000))
    assert [i.id for i in items] == [f"id-{p}" for p in range(8000, 10_000)]
    assert all(model.row_of(f"id-{p}") == p - 8000 for p in range(8000, 10_000, 97))
    assert [i.state for i in items[:3]] == ["sent", "received", "received"]  # 8000 % 3 == 2
    assert [i.own for i in items[:3]] == [True, False, False]
    # every row points at one shared str per state, not a copy of its own
    assert len({id(i.state) for i in items}) == 2
    assert model.item(1999).body == "m9999" and model.last_item() is items[-1]
    assert model.has_own_message()


def test_rows_are_slotted_and_hold_no_wire_models(qapp: Any) -> None:
    model = TimelineModel()
    model.prepend_history([message("hi", position=1)], has_more=False)
    item = model.item(0)
    assert not hasattr(item, "__dict__")  # no per-row dict
    assert {type(getattr(item, name)) for name in ("id", "body", "state")} == {str}


def test_a_reply_confirmed_below_a_newer_client_message_updates_its_own_row(
    qapp: Any,
) -> None:
    model = TimelineModel()
    model.prepend_history([message("hi", position=1)], has_more=False)
    out = OutgoingMessage(id="own-1", conversation_id="c-1", body="hello")
    model.add_pending(out)  # pending: sorts last
    model.add_message(message("are you there?", message_id="client-2", position=3))
    assert bodies(model) == ["hi", "are you there?", "hello"]
    rec = Recorder(model)
    model.add_message(message("hello", sender=SenderRole.RESPONDER, message_id="own-1",
                              position=2))  # confirmed in place, now out of key order
    assert rec.changed and all(first == last == 2 for first, last, _ in rec.changed)
    assert model.row_of("own-1") == 2 and model.item(2).state == "sent"
    out.state, out.error = SendState.FAILED, "x"
    model.update_outgoing(out)  # a late update for a sent message changes nothing
    assert model.item(2).state == "sent"


def test_each_row_is_measured_once_per_width(qtbot: QtBot, clock: ServerClock) -> None:
    tab = _tab_with_history(qtbot, clock, 60)
    delegate, view = tab.delegate, tab.ui.timeline
    measured: list[str] = []
    original = bubble_delegate.layout_plain_text

    def counting(text: str, *args: Any) -> Any:
        measured.append(text)
        return original(text, *args)

    bubble_delegate.layout_plain_text = counting  # type: ignore[assignment]
    try:
        view.doItemsLayout()
        view.doItemsLayout()
        assert measured == []  # every row already knows its size
        before = [tab.model.item(r).text_size for r in range(60)]
        tab.resize(700, 400)  # a new width: every row is measured again
        qtbot.wait(50)
        view.doItemsLayout()
        assert all(tab.model.item(r).text_size != before[r] for r in range(60))
        measured.clear()
        view.doItemsLayout()
        assert measured == []
        delegate.clear_cache()
        view.doItemsLayout()
        assert len(measured) == 60
    finally:
        bubble_delegate.layout_plain_text = original  # type: ignore[assignment]
