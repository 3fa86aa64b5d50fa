"""The payout providers this instance sends through.

The real ones (WeChat Pay 商家转账, Alipay transfers) are built from the operator's
environment by `provider_setup.py`. With none of them configured the sandbox pays every
line (demos, tests): no money moves, and the console says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from responder_server.core.config import ServerConfig
from responder_server.core.payout_providers import PayoutProvider, PayoutProviders
from responder_server.payouts import provider_setup
from responder_server.payouts.sandbox import SandboxPayouts


def _real(config: ServerConfig, clock: Callable[[], datetime]) -> list[PayoutProvider]:
    """WeChat and Alipay from the environment (a setting missing or unreadable stops the
    server with `PayoutSetupError`, naming it)."""
    del config
    return provider_setup.real_providers(clock)


def build(config: ServerConfig, clock: Callable[[], datetime]) -> PayoutProviders:
    real = _real(config, clock)
    providers = PayoutProviders(*real)
    if not real:
        providers.register(SandboxPayouts(config.sandbox_webhook_secret))
    return providers
