"""Pydantic models for every JSON body on the `/api/v1` surface, plus the event envelope."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from responder_wire.strict import StrictRequest

__all__ = [
    "API_PREFIX",
    "MAX_ALIAS_LENGTH",
    "MAX_MESSAGE_LENGTH",
    "MAX_TOPIC_LENGTH",
    "SERVER_TIME_HEADER",
    "SESSION_LENGTHS_MINUTES",
    "Availability",
    "AvailabilityUpdate",
    "ConversationState",
    "ConversationSummary",
    "EndedBy",
    "EventEnvelope",
    "EventType",
    "MessageCreate",
    "MessageOut",
    "MessagePage",
    "Problem",
    "RefreshRequest",
    "ResponderProfile",
    "SenderRole",
    "SessionStart",
    "SessionStarted",
    "SignInRequest",
    "TokenPair",
    "WrapUpRequest",
]

API_PREFIX = "/api/v1"
# Every response carries the server's clock as Unix epoch milliseconds in this header.
SERVER_TIME_HEADER = "X-Server-Time"
MAX_MESSAGE_LENGTH = 4000
MAX_ALIAS_LENGTH = 40
MAX_TOPIC_LENGTH = 200
SESSION_LENGTHS_MINUTES = (15, 30, 60)


class _Model(StrictRequest):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Response(BaseModel):
    # Responses ignore unknown fields so that a newer server never breaks an older app.
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class Availability(StrEnum):
    ONLINE = "online"
    AWAY = "away"
    OFFLINE = "offline"


class ConversationState(StrEnum):
    QUEUED = "queued"  # no responder had capacity yet
    ACTIVE = "active"  # offered to a responder; both sides can write
    ENDED = "ended"  # the client left; the responder still has to wrap up
    CLOSED = "closed"  # wrapped up by the responder


class EndedBy(StrEnum):
    """Why a chat ended, for the words both sides see."""

    CLIENT = "client"  # the client left
    RESPONDER = "responder"  # the listener wrapped up or blocked
    TIME = "time"  # the paid time and the grace after it ran out (session_time)
    SERVICE = "service"  # nobody answered in time (refunds): the payment went back


class SenderRole(StrEnum):
    CLIENT = "client"
    RESPONDER = "responder"


class EventType(StrEnum):
    CONVERSATION_OFFERED = "conversation.offered"
    CONVERSATION_QUEUED = "conversation.queued"
    CONVERSATION_ENDED = "conversation.ended"
    CONVERSATION_CLOSED = "conversation.closed"
    MESSAGE_CREATED = "message.created"
    PRESENCE_CHANGED = "presence.changed"
    CONVERSATION_REASSIGNED = "conversation.reassigned"  # data: stats.ReassignedNotice
    QUEUE_CHANGED = "queue.changed"  # data: stats.QueueStatus
    EARNINGS_CHANGED = "earnings.changed"  # data: earnings.LedgerEntryOut | {"payout_id"}
    TYPING_CHANGED = "typing.changed"  # data: client_feedback.TypingNotice (ephemeral)
    CONVERSATION_RATED = "conversation.rated"  # data: client_feedback.RatingOut
    QUICK_REPLIES_CHANGED = "quick_replies.changed"  # data: quick_replies.QuickReplies
    # data: safety.ResourcesShared (the client's page and the responder both see it)
    CONVERSATION_RESOURCES_SHARED = "conversation.resources_shared"
    # data: session_time.SessionTime (both sides): two minutes left, time up, a block added
    CONVERSATION_TIME_WARNING = "conversation.time_warning"
    CONVERSATION_TIME_UP = "conversation.time_up"
    CONVERSATION_EXTENDED = "conversation.extended"
    PAYOUT_CHANGED = "payout.changed"  # data: payouts.PayoutLineOut (sent, paid, returned)


def _strip_required(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError(f"{what} must not be empty")
    return value


# ---- auth -------------------------------------------------------------------------------


class SignInRequest(_Model):
    email: str = Field(min_length=3, max_length=254)
    password: str = Field(min_length=1, max_length=1024)
    device_name: str = Field(default="", max_length=100)


class RefreshRequest(_Model):
    refresh_token: str = Field(min_length=10, max_length=200)


class ResponderProfile(_Response):
    id: int
    email: str
    display_name: str
    availability: Availability
    max_concurrent: int
    # The name clients see (shown to a client only once this responder has accepted them).
    client_name: str = ""


class TokenPair(_Response):
    access_token: str
    refresh_token: str
    access_expires_at: datetime
    refresh_expires_at: datetime
    responder: ResponderProfile


class AvailabilityUpdate(_Model):
    availability: Availability


# ---- conversations and messages ------------------------------------------------------------


class SessionStart(_Model):
    alias: str = Field(min_length=1, max_length=MAX_ALIAS_LENGTH)
    topic: str = Field(default="", max_length=MAX_TOPIC_LENGTH)
    length_minutes: int
    # Optional stable identity of the client across sessions (a random secret the client
    # side keeps, 16-128 characters); the server stores only its hash. See docs/API.md.
    client_key: str | None = Field(default=None, min_length=16, max_length=128)
    # Where the client is ("CN", "VN", ...; None: the operator's default region) and the
    # language they read ("zh_CN" | "vi" | "en"), so crisis resources fit them.
    region: str | None = Field(default=None, min_length=2, max_length=16,
                               pattern=r"^[A-Za-z]{2}$|^other$")
    language: str | None = Field(default=None, pattern=r"^(zh_CN|vi|en)$")

    @field_validator("alias")
    @classmethod
    def _alias_not_blank(cls, value: str) -> str:
        return _strip_required(value, "alias")

    @field_validator("length_minutes")
    @classmethod
    def _known_length(cls, value: int) -> int:
        if value not in SESSION_LENGTHS_MINUTES:
            allowed = ", ".join(str(m) for m in SESSION_LENGTHS_MINUTES)
            raise ValueError(f"length_minutes must be one of {allowed}")
        return value


class ConversationSummary(_Response):
    id: str
    alias: str
    topic: str
    length_minutes: int
    state: ConversationState
    created_at: datetime
    offered_at: datetime | None
    ended_at: datetime | None
    closed_at: datetime | None
    responder_id: int | None
    # The name clients see of the listener (their own choice, not their display name);
    # None until the listener has accepted this client.
    responder_name: str | None = None
    price_fen: int
    first_reply_at: datetime | None = None
    last_message_at: datetime | None = None
    last_message_sender: SenderRole | None = None
    needs_take: bool = False  # accept mode: offered, waiting for the responder to take it
    # The client never got a reply: the payment goes back in full, nobody earns (payments).
    refunded: bool = False
    client_region: str = "CN"  # "CN", "VN", ... or "other": which hotlines fit this client
    client_language: str = "zh_CN"  # "zh_CN" | "vi" | "en": the language the client reads
    # Paid time (session_time): the first block plus extensions; counted from the first
    # reply, so `ends_at` and `grace_ends_at` are None before it.
    paid_minutes: int = 0
    ends_at: datetime | None = None
    grace_ends_at: datetime | None = None
    ended_by: EndedBy | None = None
    # Paid from the responder's own page (responder_page): a chat they brought.
    via_page: bool = False


class SessionStarted(_Response):
    conversation: ConversationSummary
    client_token: str
    client_token_expires_at: datetime


class MessageCreate(_Model):
    body: str = Field(max_length=MAX_MESSAGE_LENGTH)

    @field_validator("body")
    @classmethod
    def _body_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("message must not be empty")
        return value


class MessageOut(_Response):
    id: str  # the UUID the sender chose
    conversation_id: str
    position: int  # server order within the whole system; pages are cut by it
    sender: SenderRole
    body: str
    created_at: datetime


class MessagePage(_Response):
    messages: list[MessageOut]  # oldest first
    has_more: bool  # older messages exist before the first one here


class WrapUpRequest(_Model):
    note: str = Field(default="", max_length=MAX_MESSAGE_LENGTH)


# ---- events and errors ------------------------------------------------------------------------


class EventEnvelope(_Response):
    """The JSON `data:` of one SSE event; `seq` is also the SSE `id:`."""

    seq: int
    type: EventType
    created_at: datetime
    conversation_id: str | None = None
    data: dict[str, Any]


class Problem(_Response):
    """RFC 9457 problem details; `type` is stable and `detail` is meant for people."""

    type: str
    title: str
    status: int
    detail: str = ""
    errors: list[dict[str, Any]] | None = None
