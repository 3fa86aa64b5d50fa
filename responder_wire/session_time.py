"""Wire models for a session's paid time: the time left both sides see, the notice two
minutes before the end, an extension the client pays for, and the end after the operator's
grace. Events `conversation.time_warning`, `conversation.time_up` and
`conversation.extended` carry a `SessionTime`; the conversation's summary carries the same
fields (`paid_minutes`, `ends_at`, `grace_ends_at`)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, field_validator

from responder_wire.models import SESSION_LENGTHS_MINUTES
from responder_wire.strict import StrictRequest

__all__ = [
    "TIME_WARNING_S",
    "ExtensionCheckout",
    "SessionTime",
]

# Both sides are told this long before the paid time ends.
TIME_WARNING_S = 120


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class SessionTime(_Response):
    conversation_id: str
    paid_minutes: int  # the first block plus every extension
    # The paid time counts from the listener's first reply; these are None before it.
    ends_at: datetime | None
    grace_ends_at: datetime | None  # the chat ends for both then, unless extended
    added_minutes: int = 0  # conversation.extended: the block just paid for


class ExtensionCheckout(StrictRequest):
    """`POST /conversations/{id}/extension` (client token): another block of the same chat
    with the same listener, priced now, paid through the same checkout
    (`POST /client/checkout/{payment_id}/confirm`)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    length_minutes: int

    @field_validator("length_minutes")
    @classmethod
    def _known_length(cls, value: int) -> int:
        if value not in SESSION_LENGTHS_MINUTES:
            allowed = ", ".join(str(m) for m in SESSION_LENGTHS_MINUTES)
            raise ValueError(f"length_minutes must be one of {allowed}")
        return value
