"""Wire models for the event streams: the stream ticket the client's web page trades its
token for (EventSource cannot send an Authorization header)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

__all__ = [
    "StreamTicket",
]

class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class StreamTicket(_Response):
    """A short-lived, read-only credential for `GET /client/events?ticket=` (EventSource
    cannot send an Authorization header)."""

    ticket: str
    expires_at: datetime
