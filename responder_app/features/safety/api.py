"""Safety calls on the signed-in `ApiClient`: block, report, supervisor flag, the lists,
recording matches and sharing hotlines with the client."""

from __future__ import annotations

from responder_app.services.api_client import ApiClient
from responder_wire.models import ConversationSummary
from responder_wire.safety import (
    BlockRequest,
    MatchKind,
    PhrasesOut,
    ReportCreate,
    ReportReason,
    ResourcesOut,
    ResourcesShared,
    ResourcesShareRequest,
    SafetyMatchCreate,
    SafetyRecordOut,
    SupervisorFlagCreate,
)

__all__ = ["SafetyApi"]


class SafetyApi:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def _path(self, conversation_id: str, what: str) -> str:
        return f"/conversations/{conversation_id}/{what}"

    async def block(self, conversation_id: str, note: str = "") -> ConversationSummary:
        body = BlockRequest(note=note).model_dump(mode="json")
        response = await self.api.request("POST", self._path(conversation_id, "block"),
                                          json=body)
        return self.api.parse(response, ConversationSummary)

    async def report(self, conversation_id: str, reason: ReportReason,
                     note: str = "") -> SafetyRecordOut:
        body = ReportCreate(reason=reason, note=note).model_dump(mode="json")
        response = await self.api.request("POST", self._path(conversation_id, "reports"),
                                          json=body)
        return self.api.parse(response, SafetyRecordOut)

    async def flag_supervisor(self, conversation_id: str, note: str = "") -> SafetyRecordOut:
        body = SupervisorFlagCreate(note=note).model_dump(mode="json")
        response = await self.api.request(
            "POST", self._path(conversation_id, "supervisor-flag"), json=body)
        return self.api.parse(response, SafetyRecordOut)

    async def record_match(self, conversation_id: str, kind: MatchKind, category: str,
                           message_id: str, matched: str) -> SafetyRecordOut:
        body = SafetyMatchCreate(kind=kind, category=category, message_id=message_id,
                                 matched=matched[:200]).model_dump(mode="json")
        response = await self.api.request(
            "POST", self._path(conversation_id, "safety-matches"), json=body)
        return self.api.parse(response, SafetyRecordOut)

    async def share_resources(self, conversation_id: str, region: str) -> ResourcesShared:
        body = ResourcesShareRequest(region=region).model_dump(mode="json")
        response = await self.api.request(
            "POST", self._path(conversation_id, "resources-shared"), json=body)
        return self.api.parse(response, ResourcesShared)

    async def phrases(self) -> PhrasesOut:
        return self.api.parse(await self.api.request("GET", "/safety/phrases"), PhrasesOut)

    async def resources(self) -> ResourcesOut:
        return self.api.parse(await self.api.request("GET", "/safety/resources"),
                              ResourcesOut)
