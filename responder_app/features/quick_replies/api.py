"""Quick-reply calls on the signed-in `ApiClient`: `GET/PUT /me/quick-replies`."""

from __future__ import annotations

from responder_app.services.api_client import ApiClient, ApiError
from responder_wire.quick_replies import QuickReplies, QuickRepliesUpdate, QuickReply

__all__ = ["QuickRepliesApi", "QuickRepliesConflict"]


class QuickRepliesConflict(ApiError):
    """The phrases were saved from another device since this edit started."""


class QuickRepliesApi:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    async def get(self) -> QuickReplies:
        return await self.api.fetch("GET", "/me/quick-replies", QuickReplies)

    async def save(self, base_version: int, phrases: list[QuickReply]) -> QuickReplies:
        body = QuickRepliesUpdate(base_version=base_version, phrases=phrases)
        try:
            return await self.api.fetch("PUT", "/me/quick-replies", QuickReplies,
                                        json=body.model_dump(mode="json"))
        except ApiError as exc:
            if exc.slug == "quick-replies-conflict":
                raise QuickRepliesConflict(exc.message, status=exc.status,
                                           slug=exc.slug) from exc
            raise
