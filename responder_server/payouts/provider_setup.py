"""The payout providers this instance pays through, from the operator's environment (the
systemd EnvironmentFile, README "Payout providers"), like payments/setup.py. Only names and
file paths are read here; keys are read from their files by the providers and never logged
or stored. Nothing set: no real payout provider (the payouts feature offers its sandbox).

    WeChat Pay 商家转账 (the same merchant as WeChat Pay: every RESPONDER_WECHAT_* of
      payments/setup.py), switched on by RESPONDER_WECHAT_TRANSFER_NOTIFY_URL
      (https://<host>/api/v1/payouts/notify/wechat); optional
      RESPONDER_WECHAT_TRANSFER_JOB_TYPE (岗位类型 reported with scene 1005, default 在线咨询),
      RESPONDER_WECHAT_TRANSFER_SCENE_ID (default 1005, 佣金报酬)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import datetime

from responder_server.core.payout_providers import PayoutProvider, PayoutProviders
from responder_server.payments import setup as payment_setup
from responder_server.payouts import wechat_transfer


class PayoutSetupError(ValueError):
    """A payout setting is missing or unreadable: the server does not start."""


def wechat_transfer_settings(env: Mapping[str, str]
                             ) -> wechat_transfer.WeChatTransferSettings | None:
    notify_url = env.get("RESPONDER_WECHAT_TRANSFER_NOTIFY_URL", "").strip()
    if not notify_url:
        return None
    pay = payment_setup.wechat_settings(env)
    if pay is None:
        raise PayoutSetupError("RESPONDER_WECHAT_TRANSFER_NOTIFY_URL is set but the WeChat Pay "
                               "merchant is not (RESPONDER_WECHAT_MCHID and the rest)")
    return wechat_transfer.WeChatTransferSettings(
        pay=pay, notify_url=notify_url,
        job_type=env.get("RESPONDER_WECHAT_TRANSFER_JOB_TYPE", "").strip() or "在线咨询",
        scene_id=env.get("RESPONDER_WECHAT_TRANSFER_SCENE_ID", "").strip()
        or wechat_transfer.SCENE_COMMISSION)


def real_providers(clock: Callable[[], datetime], env: Mapping[str, str] | None = None
                   ) -> list[PayoutProvider]:
    """The real payout providers the environment sets up (none: an empty list)."""
    env = os.environ if env is None else env
    providers: list[PayoutProvider] = []
    try:
        if (wechat := wechat_transfer_settings(env)) is not None:
            providers.append(wechat_transfer.WeChatTransfer(wechat, clock))
    except PayoutSetupError:
        raise
    except (OSError, ValueError) as exc:  # a key file that cannot be read, a missing name
        raise PayoutSetupError(str(exc)) from None
    return providers


def add_real_providers(registry: PayoutProviders, clock: Callable[[], datetime],
                       env: Mapping[str, str] | None = None) -> list[PayoutProvider]:
    """Registers the real providers (app.py, at start); returns them."""
    providers = real_providers(clock, env)
    for provider in providers:
        registry.register(provider)
    return providers
