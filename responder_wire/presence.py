"""Wire models for presence and capacity: a responder's own cap on concurrent chats."""

from __future__ import annotations

from pydantic import ConfigDict, Field

from responder_wire.strict import StrictRequest

__all__ = ["MAX_CONCURRENT_LIMIT", "CapacityUpdate"]

# The most chats one responder may take at once (their own cap is 1..this).
MAX_CONCURRENT_LIMIT = 10


class CapacityUpdate(StrictRequest):
    """`PUT /me/capacity`: how many chats this responder takes at the same time."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_concurrent: int = Field(ge=1, le=MAX_CONCURRENT_LIMIT)
