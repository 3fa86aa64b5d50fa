"""Payout-account calls on the signed-in `ApiClient` (responder_wire/payouts.py)."""

from __future__ import annotations

from responder_app.services.api_client import ApiClient
from responder_wire.payouts import (
    AlipayAccountIn,
    IdentityIn,
    PayoutAccountOut,
    WechatBindStarted,
)

__all__ = ["PayoutAccountsApi"]


class PayoutAccountsApi:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    async def account(self) -> PayoutAccountOut:
        return await self.api.fetch("GET", "/payouts/account", PayoutAccountOut)

    async def set_identity(self, identity: IdentityIn) -> PayoutAccountOut:
        return await self.api.fetch("PUT", "/payouts/identity", PayoutAccountOut,
                                    json=identity.model_dump(mode="json"))

    async def bind_alipay(self, account: AlipayAccountIn) -> PayoutAccountOut:
        return await self.api.fetch("PUT", "/payouts/account/alipay", PayoutAccountOut,
                                    json=account.model_dump(mode="json"))

    async def start_wechat(self) -> WechatBindStarted:
        return await self.api.fetch("POST", "/payouts/account/wechat", WechatBindStarted)

    async def unbind(self) -> PayoutAccountOut:
        return await self.api.fetch("DELETE", "/payouts/account", PayoutAccountOut)
