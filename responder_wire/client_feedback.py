"""Wire models for the client's feedback: typing indicators and ratings. Shared by the
backend and the app."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from responder_wire.models import SenderRole
from responder_wire.strict import StrictRequest

__all__ = [
    "MAX_RATING_COMMENT_LENGTH",
    "TYPING_STALE_S",
    "RatingCreate",
    "RatingOut",
    "RatingsStats",
    "TypingNotice",
]

MAX_RATING_COMMENT_LENGTH = 1000
# A typing notice older than this (server clock) is stale: a replayed one is ignored.
TYPING_STALE_S = 6.0

class _Model(StrictRequest):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class TypingNotice(_Response):
    """`typing.changed`: someone in a conversation is typing (ephemeral, rate-limited)."""

    conversation_id: str
    sender: SenderRole
    alias: str  # the client's alias, or the responder's display name
    at: datetime


class RatingCreate(_Model):
    stars: int = Field(ge=1, le=5)
    comment: str = Field(default="", max_length=MAX_RATING_COMMENT_LENGTH)

    @field_validator("comment")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()


class RatingOut(_Response):
    conversation_id: str
    alias: str
    stars: int
    comment: str
    created_at: datetime


class RatingsStats(_Response):
    count: int
    average: float | None  # None when no ratings yet
    by_stars: list[int]  # how many 1..5 star ratings, index 0 is one star
    recent: list[RatingOut]  # newest first
