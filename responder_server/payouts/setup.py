"""The payout providers this instance sends through.

The real ones (WeChat Pay 商家转账, Alipay transfers) are built from the operator's
environment by `provider_setup.py`; HOOK: once it exists, `build` adds what it builds in
`_real` below. With none of them configured the sandbox pays every line (demos, tests):
no money moves, and the console says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from responder_server.core.config import ServerConfig
from responder_server.core.payout_providers import PayoutProvider, PayoutProviders
from responder_server.payouts.sandbox import SandboxPayouts


def _real(config: ServerConfig, clock: Callable[[], datetime]) -> list[PayoutProvider]:
    """HOOK for payouts/provider_setup.py: return its providers here, e.g.
    `return provider_setup.build(config, clock)` (WeChat and Alipay from the environment)."""
    del config, clock
    return []


def build(config: ServerConfig, clock: Callable[[], datetime]) -> PayoutProviders:
    real = _real(config, clock)
    providers = PayoutProviders(*real)
    if not real:
        providers.register(SandboxPayouts(config.sandbox_webhook_secret))
    return providers
