"""Payment providers: how a client pays for a session before it starts.

A provider is anything with the `PaymentProvider` shape. Only the SANDBOX provider ships:
it moves no money and marks every payment paid at once, so the whole flow can be run and
tested. Real providers (WeChat Pay, Alipay, cards) come later behind the same interface;
their confirm step checks with the provider (redirect or webhook) before marking it paid.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class ProviderCharge:
    """What a provider says about a charge."""

    reference: str  # the provider's own id for the charge
    paid: bool


class PaymentProvider(Protocol):
    name: str
    sandbox: bool  # True: no real money moves; the page says so

    def create_charge(self, payment_id: str, amount_fen: int, description: str
                      ) -> ProviderCharge: ...

    def confirm_charge(self, payment_id: str, reference: str) -> ProviderCharge: ...


class SandboxProvider:
    """SANDBOX: no money moves. Every charge is confirmed as paid. For trials and tests."""

    name = "sandbox"
    sandbox = True

    def create_charge(self, payment_id: str, amount_fen: int, description: str
                      ) -> ProviderCharge:
        return ProviderCharge(reference=f"sandbox-{uuid.uuid4()}", paid=False)

    def confirm_charge(self, payment_id: str, reference: str) -> ProviderCharge:
        return ProviderCharge(reference=reference, paid=True)


_PROVIDERS: dict[str, PaymentProvider] = {"sandbox": SandboxProvider()}


def provider(name: str = "sandbox") -> PaymentProvider:
    return _PROVIDERS[name]


def register(new: PaymentProvider) -> None:
    """For a real provider, once it exists."""
    _PROVIDERS[new.name] = new
