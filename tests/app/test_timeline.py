"""The timeline model/view: inserts (never resets), narrow updates, lazy history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from responder_app.services.outbox import OutgoingMessage, SendState
from responder_app.services.server_clock import ServerClock
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
