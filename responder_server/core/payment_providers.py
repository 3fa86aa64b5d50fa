"""The payment providers' interface and the registry a server instance keeps of them.

A provider is anything with the `PaymentProvider` shape: an outside service the platform
reaches, like the database. The providers that ship, and what a payment means, are the
payments feature's (`payments/providers.py`, `payments/service.py`); refunds go through
the same interface (`refunds/service.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class ProviderCharge:
    """What a provider says about a charge."""

    reference: str  # the provider's own id for the charge
    paid: bool
    amount_fen: int | None = None  # what the provider says was paid (None: not told)


@dataclass(frozen=True)
class ProviderRefund:
    reference: str  # the provider's id for the refund
    done: bool


@dataclass(frozen=True)
class WebhookNotice:
    """A verified webhook: the provider says this payment of ours is paid."""

    payment_id: str
    reference: str
    paid: bool
    amount_fen: int


class BadWebhook(ValueError):
    """A webhook whose signature, age or shape does not check out; never acted on."""


class PaymentProvider(Protocol):
    name: str
    sandbox: bool  # True: no real money moves; the page says so

    async def create_charge(self, *, payment_id: str, amount_fen: int, description: str,
                            idempotency_key: str) -> ProviderCharge: ...

    async def charge_status(self, *, payment_id: str, reference: str) -> ProviderCharge: ...

    async def refund(self, *, payment_id: str, reference: str, amount_fen: int,
                     idempotency_key: str) -> ProviderRefund: ...

    def verify_webhook(self, body: bytes, headers: Mapping[str, str], now: datetime
                       ) -> WebhookNotice:
        """`headers` look up case-insensitively (Starlette's `Headers`)."""
        ...


class Providers:
    """The providers one server instance knows, by name (built from its config)."""

    def __init__(self, *providers: PaymentProvider) -> None:
        self._by_name: dict[str, PaymentProvider] = {p.name: p for p in providers}

    def get(self, name: str) -> PaymentProvider | None:
        return self._by_name.get(name)

    def __getitem__(self, name: str) -> PaymentProvider:
        return self._by_name[name]

    def register(self, provider: PaymentProvider) -> None:
        """For a real provider, once it exists."""
        self._by_name[provider.name] = provider
