"""Reply-speed calls on the signed-in `ApiClient`: stats, queue, assignment mode, Take."""

from __future__ import annotations

from responder_app.services.api_client import ApiClient
from responder_wire.models import ConversationSummary
from responder_wire.reply_speed import (
    AssignmentMode,
    AssignmentModeOut,
    AssignmentModeUpdate,
    QueueStatus,
    ReplySpeedStats,
)

__all__ = ["ReplySpeedApi"]


class ReplySpeedApi:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    async def stats(self, days: int = 30) -> ReplySpeedStats:
        response = await self.api.request("GET", "/stats/reply-speed", params={"days": days})
        return self.api.parse(response, ReplySpeedStats)

    async def queue(self) -> QueueStatus:
        return self.api.parse(await self.api.request("GET", "/queue"), QueueStatus)

    async def assignment_mode(self) -> AssignmentMode:
        response = await self.api.request("GET", "/me/assignment-mode")
        return self.api.parse(response, AssignmentModeOut).mode

    async def set_assignment_mode(self, mode: AssignmentMode) -> AssignmentMode:
        body = AssignmentModeUpdate(mode=mode).model_dump(mode="json")
        response = await self.api.request("PUT", "/me/assignment-mode", json=body)
        return self.api.parse(response, AssignmentModeOut).mode

    async def take(self, conversation_id: str) -> ConversationSummary:
        response = await self.api.request("POST", f"/conversations/{conversation_id}/take")
        return self.api.parse(response, ConversationSummary)
