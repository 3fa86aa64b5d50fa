"""The payout providers' interface: money out to a responder's WeChat balance or Alipay.

Like the payment providers (`core/payment_providers.py`), a provider is an outside service
the platform reaches. The payouts feature (`payouts/`) keeps the lines, their states and
the retries; a provider only turns our request into the provider's call and its answers
(and notices) back into one of the states below.

Every call names OUR transfer number (`transfer_no`: WeChat's `out_bill_no`, Alipay's
`out_biz_no`). A retry after a timeout or an answer we could not read carries the SAME
number, so the provider answers it with the same transfer instead of paying twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from responder_server.core.payment_providers import BadWebhook, ProviderError, WebhookAnswer

__all__ = [
    "BadWebhook",
    "PayoutProvider",
    "PayoutProviders",
    "ProviderError",
    "ProviderTransfer",
    "TransferNotice",
    "TransferRequest",
    "TransferUnknown",
    "WebhookAnswer",
]


@dataclass(frozen=True)
class TransferRequest:
    transfer_no: str  # ours: 5-32 of [0-9A-Za-z], the same on every retry of the line
    amount_fen: int
    account: str  # the WeChat openid or the Alipay login
    real_name: str  # checked by the provider against the account ("" when not needed)
    remark: str  # what the responder sees in WeChat or Alipay (e.g. "劳务报酬 2026年11月")


@dataclass(frozen=True)
class ProviderTransfer:
    """What a provider says about a transfer. `state` is a responder_wire.payouts.PayoutState
    value: sent, waiting_confirm, processing, paid, failed or returned."""

    state: str
    reference: str = ""  # the provider's id for the transfer, once it has one
    reason: str = ""  # why it failed or came back, in plain words (no secrets)
    # WeChat: what the responder's WeChat needs to confirm the transfer (package_info).
    confirm_package: str | None = None


@dataclass(frozen=True)
class TransferNotice:
    """A verified notice about a transfer; stored once by (provider, notice_id) before it
    is acted on, like payment notices."""

    notice_id: str
    transfer_no: str
    transfer: ProviderTransfer
    amount_fen: int | None = None  # what the provider says moved (checked against ours)


class TransferUnknown(RuntimeError):
    """The call timed out or the answer could not be read: the transfer may or may not
    exist. The line stays `sent` and is asked about (or sent again, same number) later."""


class PayoutProvider(Protocol):
    channel: str  # responder_wire.payouts.PayoutChannel value
    sandbox: bool  # True: no real money moves

    async def transfer(self, request: TransferRequest) -> ProviderTransfer:
        """Raises TransferUnknown (retry later, same number) or ProviderError (refused)."""
        ...

    async def query(self, transfer_no: str) -> ProviderTransfer | None:
        """What the provider knows of our transfer; None: it has never heard of it."""
        ...

    def verify_notice(self, body: bytes, headers: Mapping[str, str], now: datetime
                      ) -> TransferNotice:
        """Raises BadWebhook for a forged, stale or malformed notice."""
        ...

    def answer(self, accepted: bool) -> WebhookAnswer:
        ...


class PayoutProviders:
    """The payout providers one server instance knows, by channel (built from its config)."""

    def __init__(self, *providers: PayoutProvider) -> None:
        self._by_channel: dict[str, PayoutProvider] = {p.channel: p for p in providers}

    def get(self, channel: str) -> PayoutProvider | None:
        return self._by_channel.get(channel)

    def all(self) -> list[PayoutProvider]:
        return list(self._by_channel.values())

    def register(self, provider: PayoutProvider) -> None:
        self._by_channel[provider.channel] = provider
