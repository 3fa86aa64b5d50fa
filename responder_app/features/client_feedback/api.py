"""Calls for the client's web page features on the signed-in `ApiClient`: the responder's
typing notice and the ratings statistics."""

from __future__ import annotations

from responder_app.services.api_client import ApiClient
from responder_wire.client_feedback import RatingsStats

__all__ = ["WebClientApi"]


class WebClientApi:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    async def typing(self, conversation_id: str) -> None:
        await self.api.request("POST", f"/conversations/{conversation_id}/typing")

    async def ratings(self) -> RatingsStats:
        return self.api.parse(await self.api.request("GET", "/stats/ratings"), RatingsStats)
