"""Payout calls on the signed-in `ApiClient`: the next payout, the payout lines, and the
link that confirms a WeChat payout in WeChat."""

from __future__ import annotations

from responder_app.services.api_client import ApiClient
from responder_wire.payouts import NextPayout, PayoutConfirmLink, PayoutList

__all__ = ["PayoutsApi"]


class PayoutsApi:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    async def next_payout(self) -> NextPayout:
        return self.api.parse(await self.api.request("GET", "/payouts/next"), NextPayout)

    async def lines(self) -> PayoutList:
        return self.api.parse(await self.api.request("GET", "/payouts"), PayoutList)

    async def confirm_link(self, line_id: int) -> PayoutConfirmLink:
        return self.api.parse(await self.api.request(
            "POST", f"/payouts/{line_id}/confirm-link"), PayoutConfirmLink)
