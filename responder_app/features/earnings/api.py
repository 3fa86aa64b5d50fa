"""Earnings calls on the signed-in `ApiClient`: the rate card, the summary, the ledger."""

from __future__ import annotations

from datetime import date

from responder_app.services.api_client import ApiClient
from responder_wire.earnings import EarningsSummary, LedgerPage, RatesOut

__all__ = ["EarningsApi"]


class EarningsApi:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    async def rates(self) -> RatesOut:
        return self.api.parse(await self.api.shared_get("/rates"), RatesOut)

    async def summary(self, days: int = 30) -> EarningsSummary:
        response = await self.api.request("GET", "/earnings/summary", params={"days": days})
        return self.api.parse(response, EarningsSummary)

    async def ledger(self, start: date, end: date) -> LedgerPage:
        response = await self.api.request("GET", "/earnings/ledger", params={
            "start": start.isoformat(), "end": end.isoformat()})
        return self.api.parse(response, LedgerPage)
