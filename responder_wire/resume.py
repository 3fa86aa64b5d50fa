"""Wire models for resuming a paid chat from another tab, browser or device: a short code
(and a link carrying it in its fragment) that trades for a fresh client token of that one
chat while it is open (`POST /client/resume`)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from responder_wire.strict import StrictRequest

__all__ = [
    "ResumeLink",
    "ResumeRequest",
]


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class ResumeLink(_Response):
    """`POST /conversations/{id}/resume-link` (client token): a new code for this chat (the
    previous one stops working). Only its hash is kept, so it is shown once."""

    code: str  # ten letters and digits, shown as "K7P3Q-X9MZA"; dashes and case ignored
    path: str  # "/chat/#resume=K7P3QX9MZA": the fragment never reaches a server log
    conversation_id: str


class ResumeRequest(StrictRequest):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    code: str = Field(min_length=4, max_length=40)
