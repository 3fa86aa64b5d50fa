"""Statement calls on the signed-in `ApiClient`: the monthly list, a month, any days."""

from __future__ import annotations

from datetime import date

from responder_app.services.api_client import ApiClient
from responder_wire.statements import Statement, StatementList

__all__ = ["StatementsApi"]


class StatementsApi:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    async def monthly(self) -> StatementList:
        return self.api.parse(await self.api.request("GET", "/statements"), StatementList)

    async def month(self, period: str) -> Statement:
        return self.api.parse(await self.api.request("GET", f"/statements/{period}"),
                              Statement)

    async def days(self, start: date, end: date) -> Statement:
        response = await self.api.request("GET", "/statements/range", params={
            "start": start.isoformat(), "end": end.isoformat()})
        return self.api.parse(response, Statement)
