"""The typed event router: each envelope is parsed once and reaches the typed signal for
its type; a malformed one is dropped (logged), and the ones after it still arrive."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication

from responder_app.shell.events import EventRouter
from responder_wire.models import EventEnvelope, EventType, MessageOut

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def _envelope(seq: int, kind: EventType, data: dict[str, object]) -> EventEnvelope:
    return EventEnvelope(seq=seq, type=kind, created_at=NOW, data=data)


def test_each_event_reaches_its_typed_signal_and_a_malformed_one_is_dropped(
        qapp: QApplication) -> None:
    router = EventRouter()
    messages: list[MessageOut] = []
    delivered: list[int] = []
    earnings: list[bool] = []
    router.sig_message_created.connect(messages.append)
    router.sig_event_delivered.connect(lambda envelope: delivered.append(envelope.seq))
    router.sig_earnings_changed.connect(lambda: earnings.append(True))
    good = {"id": "m-1", "conversation_id": "c-1", "position": 1, "sender": "client",
            "body": "你好 <b>not bold</b>", "created_at": NOW.isoformat()}
    router.route(_envelope(1, EventType.MESSAGE_CREATED, {"id": "m-0"}))  # malformed
    router.route(_envelope(2, EventType.MESSAGE_CREATED, good))
    router.route(_envelope(3, EventType.EARNINGS_CHANGED, {"payout_id": 7}))
    assert [m.body for m in messages] == ["你好 <b>not bold</b>"]  # parsed once, typed
    assert isinstance(messages[0], MessageOut)
    assert earnings == [True]
    assert delivered == [2, 3]  # the malformed one never reached anyone
