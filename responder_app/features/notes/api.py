"""Client notes, briefs and search calls on the signed-in `ApiClient`."""

from __future__ import annotations

from responder_app.services.api_client import ApiClient, ApiError
from responder_wire.earnings import RatesOut
from responder_wire.notes import ClientBrief, ClientNotes, ClientNotesUpdate
from responder_wire.search import SearchResults

__all__ = ["NotesApi", "NotesConflict"]


class NotesConflict(ApiError):
    """The notes were saved from another device since this edit started."""


class NotesApi:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    async def brief(self, conversation_id: str) -> ClientBrief:
        response = await self.api.request("GET", f"/conversations/{conversation_id}/client")
        return self.api.parse(response, ClientBrief)

    async def get_notes(self, client_id: str) -> ClientNotes:
        response = await self.api.request("GET", f"/clients/{client_id}/notes")
        return self.api.parse(response, ClientNotes)

    async def save_notes(self, client_id: str, update: ClientNotesUpdate) -> ClientNotes:
        try:
            response = await self.api.request("PUT", f"/clients/{client_id}/notes",
                                            json=update.model_dump(mode="json"))
        except ApiError as exc:
            if exc.slug == "notes-conflict":
                raise NotesConflict(exc.message, status=exc.status, slug=exc.slug) from exc
            raise
        return self.api.parse(response, ClientNotes)

    async def delete_notes(self, client_id: str) -> None:
        await self.api.request("DELETE", f"/clients/{client_id}/notes")

    async def platform_time_zone(self) -> str:
        """The platform's time zone from the rate card ("Asia/Shanghai"): the day a
        session or a note belongs to, as earnings counts it."""
        response = await self.api.shared_get("/rates")
        return self.api.parse(response, RatesOut).card.time_zone

    async def search(self, query: str, limit: int = 20) -> SearchResults:
        response = await self.api.request("GET", "/search", params={"q": query, "limit": limit})
        return self.api.parse(response, SearchResults)
