"""The page's calls on the signed-in `ApiClient` (`/me/page`, `/me/page/stats`, `/rates`)."""

from __future__ import annotations

from responder_app.services.api_client import ApiClient, ApiError
from responder_wire.earnings import RatesOut
from responder_wire.responder_page import ResponderPageIn, ResponderPageOut, ResponderPageStats

__all__ = ["PageApi"]


class PageApi:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    @property
    def server_url(self) -> str:
        return self.api.server_url

    async def mine(self) -> ResponderPageOut | None:
        """The page, or None before the responder has made one."""
        try:
            return await self.api.fetch("GET", "/me/page", ResponderPageOut)
        except ApiError as exc:
            if exc.status == 404:
                return None
            raise

    async def save(self, page: ResponderPageIn) -> ResponderPageOut:
        return await self.api.fetch("PUT", "/me/page", ResponderPageOut,
                                    json=page.model_dump(mode="json"))

    async def stats(self, weeks: int = 8) -> ResponderPageStats:
        return await self.api.fetch("GET", "/me/page/stats", ResponderPageStats,
                                    params={"weeks": weeks})

    async def rates(self) -> RatesOut:
        return await self.api.fetch("GET", "/rates", RatesOut)
