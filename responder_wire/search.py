"""Wire models for search over a responder's notes, messages and wrap-up notes."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

__all__ = ["SearchHit", "SearchHitKind", "SearchResults"]


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class SearchHitKind(StrEnum):
    NOTE = "note"
    MESSAGE = "message"
    WRAP_UP = "wrap_up"


class SearchHit(_Response):
    kind: SearchHitKind
    client_id: str | None = None
    conversation_id: str | None = None
    alias: str = ""
    snippet: str
    at: datetime | None = None


class SearchResults(_Response):
    query: str
    hits: list[SearchHit]
