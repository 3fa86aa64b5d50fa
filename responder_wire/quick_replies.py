"""Quick replies: the responder's own canned phrases, kept by the server so they follow the
responder to another PC.

`GET /me/quick-replies` answers the stored set (version 0 and no phrases: never saved, the
app offers its warm defaults in the responder's language). `PUT /me/quick-replies` saves the
whole set when `base_version` is the stored version (compare-and-set); otherwise 409
`quick-replies-conflict`, and nothing is overwritten. Every save raises `version` and is
pushed to the responder's other devices as a `quick_replies.changed` event.

A phrase's text may hold `{name}`: the app fills in what the client likes to be called.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from responder_wire.strict import MAX_VERSION, StrictRequest

__all__ = [
    "MAX_PHRASES",
    "MAX_PHRASE_LENGTH",
    "MAX_SHORTCUT_LENGTH",
    "QuickReplies",
    "QuickRepliesUpdate",
    "QuickReply",
]

MAX_PHRASES = 100
MAX_PHRASE_LENGTH = 1000
MAX_SHORTCUT_LENGTH = 30


class QuickReply(StrictRequest):
    """One phrase: `shortcut` is the word typed after `/` in the composer."""

    shortcut: str = Field(min_length=1, max_length=MAX_SHORTCUT_LENGTH)
    text: str = Field(min_length=1, max_length=MAX_PHRASE_LENGTH)

    @field_validator("shortcut")
    @classmethod
    def _one_word(cls, value: str) -> str:
        value = value.strip().lstrip("/")
        if not value or any(ch.isspace() for ch in value):
            raise ValueError("a shortcut is one word without spaces")
        return value

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a quick reply must not be empty")
        return value


class QuickRepliesUpdate(StrictRequest):

    base_version: int = Field(ge=0, le=MAX_VERSION)
    phrases: list[QuickReply] = Field(default_factory=list, max_length=MAX_PHRASES)

    @field_validator("phrases")
    @classmethod
    def _unique_shortcuts(cls, value: list[QuickReply]) -> list[QuickReply]:
        seen: set[str] = set()
        for phrase in value:
            key = phrase.shortcut.casefold()
            if key in seen:
                raise ValueError(f"the shortcut /{phrase.shortcut} is used twice")
            seen.add(key)
        return value


class QuickReplies(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)

    version: int = 0
    phrases: list[QuickReply] = Field(default_factory=list)
