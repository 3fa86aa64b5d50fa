"""Wire models for a responder's public page (`/r/<handle>`): what the responder writes
(`PUT /me/page`), what a client sees before paying (`GET /client/pages/{handle}`), the
"talk to them again" offer, and the page's weekly figures for its responder."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from responder_wire.availability import UsualHours
from responder_wire.strict import StrictRequest

__all__ = [
    "HANDLE_PATTERN",
    "AgainOffer",
    "AgainRequest",
    "PageAvailability",
    "PageState",
    "PageWeek",
    "PublicPage",
    "ResponderPageIn",
    "ResponderPageOut",
    "ResponderPageStats",
]

# Lower-case letters, digits and dashes, 3-32, starting with a letter: short enough to type
# from a poster, the same in every language, never a name clients could mistake for ours.
HANDLE_PATTERN = r"^[a-z][a-z0-9-]{2,31}$"
_HANDLE = re.compile(HANDLE_PATTERN)
PAGE_LANGUAGES = ("zh_CN", "en", "vi")
MAX_INTRO_LENGTH = 600
MAX_TOPIC_LENGTH = 20
MAX_TOPICS = 8


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


def _topics(values: list[str]) -> list[str]:
    kept: list[str] = []
    for value in values:
        topic = " ".join(value.split())
        if not topic:
            continue
        if len(topic) > MAX_TOPIC_LENGTH:
            raise ValueError(f"a topic is at most {MAX_TOPIC_LENGTH} characters")
        if topic not in kept:
            kept.append(topic)
    return kept


class ResponderPageIn(StrictRequest):
    """`PUT /me/page`: the page in the responder's own words."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    handle: str = Field(min_length=3, max_length=32)
    intro: str = Field(default="", max_length=MAX_INTRO_LENGTH)
    topics_like: list[str] = Field(default_factory=list, max_length=MAX_TOPICS)
    topics_avoid: list[str] = Field(default_factory=list, max_length=MAX_TOPICS)
    languages: list[str] = Field(default_factory=lambda: ["zh_CN"], min_length=1,
                                 max_length=len(PAGE_LANGUAGES))

    @field_validator("handle")
    @classmethod
    def _handle(cls, value: str) -> str:
        value = value.strip().lower()
        if not _HANDLE.match(value):
            raise ValueError("the address is 3-32 letters a-z, digits or dashes, starting "
                             "with a letter")
        return value

    @field_validator("intro")
    @classmethod
    def _intro(cls, value: str) -> str:
        return value.strip()

    @field_validator("topics_like", "topics_avoid")
    @classmethod
    def _clean_topics(cls, value: list[str]) -> list[str]:
        return _topics(value)

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: list[str]) -> list[str]:
        unknown = [v for v in value if v not in PAGE_LANGUAGES]
        if unknown:
            raise ValueError("languages are zh_CN, en or vi")
        return list(dict.fromkeys(value))


class ResponderPageOut(_Response):
    """The responder's own view of their page (`GET`/`PUT /me/page`)."""

    handle: str
    intro: str
    topics_like: list[str]
    topics_avoid: list[str]
    languages: list[str]
    path: str  # "/r/<handle>": the page's address on this server
    hidden: bool  # an operator hid it: clients get 404
    updated_at: datetime


class PageState(StrEnum):
    FREE = "free"  # online with room: paying now starts the chat with them at once
    BUSY = "busy"  # online but full: the client may choose to wait for them
    AWAY = "away"  # not online (or not for this client): nothing with them is sold now


class PageAvailability(_Response):
    state: PageState
    # BUSY: the wait for them if the client pays now (seconds, an estimate); else None.
    wait_estimate_s: int | None
    # AWAY: when they are usually online (platform time zone), the next span first.
    usual_hours: list[UsualHours]
    time_zone: str
    # Anyone else is free now: the page offers "anyone free now" as the other choice.
    anyone_free: bool
    refund_after_s: int  # the automatic refund rule, as for any chat


class PublicPage(_Response):
    """What a client sees at /r/<handle>: nothing a client wrote, no real name, no contact."""

    handle: str
    name: str  # the name clients see
    intro: str
    topics_like: list[str]
    topics_avoid: list[str]
    languages: list[str]
    # The median first reply of their last 30 days' chats (seconds); None: too few yet.
    typical_first_reply_s: int | None
    chats: int  # chats they have had (answered)
    price_fen: int  # the price now of the shortest chat
    price_minutes: int
    availability: PageAvailability


class AgainRequest(StrictRequest):
    """`POST /client/again`: the client's key (as at checkout), kept out of URLs and logs."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    client_key: str = Field(min_length=16, max_length=128)


class AgainOffer(_Response):
    """A responder this client talked to before who is online with room now."""

    handle: str
    name: str


class PageWeek(_Response):
    week_start: date  # Monday, platform time
    visits: int
    chats: int  # chats paid from the page
    returning_clients: int  # of those, clients who had talked to them before


class ResponderPageStats(_Response):
    weeks: list[PageWeek]  # oldest first
