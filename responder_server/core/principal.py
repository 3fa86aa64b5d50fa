"""Who is calling (the checked bearer token or stream ticket), as every layer sees it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Principal:
    """Who is calling: a signed-in responder device, or one conversation's client."""

    family: str
    expires_at: datetime
    responder_id: int | None = None
    conversation_id: str | None = None
    token_id: int | None = None  # the bearer token's row: its revocation ends its streams

    @property
    def is_responder(self) -> bool:
        return self.responder_id is not None
