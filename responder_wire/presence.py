"""Wire models for presence and capacity: a responder's own cap on concurrent chats."""

from __future__ import annotations

from pydantic import ConfigDict, Field, field_validator

from responder_wire.strict import StrictRequest

__all__ = ["MAX_CLIENT_NAME_LENGTH", "MAX_CONCURRENT_LIMIT", "CapacityUpdate", "ClientNameUpdate"]

# The most chats one responder may take at once (their own cap is 1..this).
MAX_CONCURRENT_LIMIT = 10
MAX_CLIENT_NAME_LENGTH = 20


class CapacityUpdate(StrictRequest):
    """`PUT /me/capacity`: how many chats this responder takes at the same time."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    max_concurrent: int = Field(ge=1, le=MAX_CONCURRENT_LIMIT)


class ClientNameUpdate(StrictRequest):
    """`PUT /me/client-name`: the name clients see (trimmed; 1-20 characters)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    client_name: str = Field(min_length=1, max_length=MAX_CLIENT_NAME_LENGTH)

    @field_validator("client_name")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("client_name must not be empty")
        return value
