"""The typed event router: each server event is parsed once into its wire model and
emitted on the signal for its type. Features connect to the signals they need; nobody
parses an envelope again.

Order: Qt delivers a signal to its slots in connection order, and the shell connects its
own handlers (the inbox opens a tab, shows a message) when it is built, before any feature
exists. So a feature's handler always sees the inbox already updated.

A malformed event is logged once with its type and dropped: it must not stop the stream
nor reach a handler half-parsed.
"""

from __future__ import annotations

import logging

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QObject, Signal, SignalInstance

from responder_wire.client_feedback import RatingOut, TypingNotice
from responder_wire.models import (
    ConversationSummary,
    EventEnvelope,
    EventType,
    MessageOut,
    ResponderProfile,
)
from responder_wire.quick_replies import QuickReplies
from responder_wire.reply_speed import QueueStatus, ReassignedNotice
from responder_wire.safety import ResourcesShared
from responder_wire.session_time import SessionTime

__all__ = ["EventRouter"]

log = logging.getLogger(__name__)


class EventRouter(QObject):
    sig_conversation_offered = Signal(ConversationSummary)
    sig_conversation_ended = Signal(ConversationSummary)
    sig_conversation_closed = Signal(ConversationSummary)
    sig_conversation_reassigned = Signal(ReassignedNotice)
    sig_message_created = Signal(MessageOut)
    sig_presence_changed = Signal(ResponderProfile)
    sig_queue_changed = Signal(QueueStatus)
    sig_typing_changed = Signal(TypingNotice)
    sig_conversation_rated = Signal(RatingOut)
    sig_quick_replies_changed = Signal(QuickReplies)  # saved from one of our devices
    sig_resources_shared = Signal(ResourcesShared)  # hotlines shown to a client
    sig_time_warning = Signal(SessionTime)  # two minutes of the paid time left
    sig_time_up = Signal(SessionTime)  # the paid time is over: the grace runs
    sig_time_extended = Signal(SessionTime)  # the client paid for another block
    sig_earnings_changed = Signal()  # a session closed with earnings, a tip, a payout
    sig_event_delivered = Signal(EventEnvelope)  # after the typed signal (diagnostics, tests)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._routes: dict[EventType, tuple[type[BaseModel] | None, SignalInstance]] = {
            EventType.CONVERSATION_OFFERED: (ConversationSummary, self.sig_conversation_offered),
            EventType.CONVERSATION_ENDED: (ConversationSummary, self.sig_conversation_ended),
            EventType.CONVERSATION_CLOSED: (ConversationSummary, self.sig_conversation_closed),
            EventType.CONVERSATION_REASSIGNED: (ReassignedNotice,
                                                self.sig_conversation_reassigned),
            EventType.MESSAGE_CREATED: (MessageOut, self.sig_message_created),
            EventType.PRESENCE_CHANGED: (ResponderProfile, self.sig_presence_changed),
            EventType.QUEUE_CHANGED: (QueueStatus, self.sig_queue_changed),
            EventType.TYPING_CHANGED: (TypingNotice, self.sig_typing_changed),
            EventType.CONVERSATION_RATED: (RatingOut, self.sig_conversation_rated),
            EventType.QUICK_REPLIES_CHANGED: (QuickReplies, self.sig_quick_replies_changed),
            EventType.EARNINGS_CHANGED: (None, self.sig_earnings_changed),
            EventType.CONVERSATION_RESOURCES_SHARED: (ResourcesShared,
                                                      self.sig_resources_shared),
            EventType.CONVERSATION_TIME_WARNING: (SessionTime, self.sig_time_warning),
            EventType.CONVERSATION_TIME_UP: (SessionTime, self.sig_time_up),
            EventType.CONVERSATION_EXTENDED: (SessionTime, self.sig_time_extended),
        }

    def route(self, envelope: EventEnvelope) -> None:
        """Parse once, emit on the typed signal (unknown types are ignored)."""
        entry = self._routes.get(envelope.type)
        if entry is not None:
            model, signal = entry
            if model is None:
                signal.emit()
            else:
                try:
                    parsed = model.model_validate(envelope.data)
                except ValidationError:
                    log.warning("ignored a malformed %s event (seq %s)", envelope.type.value,
                                envelope.seq)
                    return
                signal.emit(parsed)
        self.sig_event_delivered.emit(envelope)
