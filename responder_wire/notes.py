"""Client notes, returning-client briefs, and the client identity (issue 4).

Notes belong to one responder and one client (not to a conversation) and are private to
that responder. A client is recognised across sessions by an optional `client_key` the
client side keeps and presents in `SessionStart`; the server stores only its hash and
hands responders an opaque server-side `client_id`.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from responder_wire.strict import MAX_VERSION, StrictRequest

__all__ = [
    "MAX_NOTE_LENGTH",
    "MAX_TAGS",
    "MAX_TAG_LENGTH",
    "ClientBrief",
    "ClientNotes",
    "ClientNotesUpdate",
    "PastSession",
]

MAX_NOTE_LENGTH = 20_000
MAX_TAGS = 30
MAX_TAG_LENGTH = 40
MAX_CALL_ME_LENGTH = 100
MAX_AVOID_LENGTH = 1000


class _Model(StrictRequest):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


def clean_tags(tags: list[str]) -> list[str]:
    """Trimmed, blank ones dropped, duplicates (ignoring case) dropped, order kept."""
    seen: set[str] = set()
    out: list[str] = []
    for tag in tags:
        tag = " ".join(tag.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return out


class ClientNotesUpdate(_Model):
    """`PUT /clients/{client_id}/notes`: `base_version` is the version this edit started
    from (0 for none); the server refuses the save with 409 `notes-conflict` when another
    device saved in between, so nothing is overwritten silently."""

    base_version: int = Field(ge=0, le=MAX_VERSION)
    text: str = Field(default="", max_length=MAX_NOTE_LENGTH)
    tags: list[str] = Field(default_factory=list, max_length=MAX_TAGS)
    call_me: str = Field(default="", max_length=MAX_CALL_ME_LENGTH)  # how they like to be called
    avoid: str = Field(default="", max_length=MAX_AVOID_LENGTH)  # topics to avoid

    @field_validator("tags")
    @classmethod
    def _tags(cls, value: list[str]) -> list[str]:
        for tag in value:
            if len(tag.strip()) > MAX_TAG_LENGTH:
                raise ValueError(f"a tag can be at most {MAX_TAG_LENGTH} characters")
        return clean_tags(value)


class ClientNotes(_Response):
    client_id: str
    text: str = ""
    tags: list[str] = Field(default_factory=list)
    call_me: str = ""
    avoid: str = ""
    version: int = 0  # 0: nothing saved yet
    updated_at: datetime | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.text.strip() or self.tags or self.call_me.strip() or self.avoid.strip())


class PastSession(_Response):
    conversation_id: str
    started_at: datetime
    topic: str
    length_minutes: int
    earned_fen: int  # what the session earned (integer fen): 0 when refunded
    wrap_up_note: str = ""
    refunded: bool = False  # the client got no reply, so their payment went back


class ClientBrief(_Response):
    """`GET /conversations/{id}/client`: who this client is to this responder."""

    conversation_id: str
    client_id: str
    returning: bool  # this responder has notes on them or has talked to them before
    notes: ClientNotes
    history: list[PastSession]  # this responder's earlier sessions with them, newest first
