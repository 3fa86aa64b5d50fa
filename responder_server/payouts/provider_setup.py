"""The payout providers this instance pays through, from the operator's environment (the
systemd EnvironmentFile, README "Payout providers"), like payments/setup.py. Only names and
file paths are read here; keys are read from their files by the providers, never logged
or stored. Nothing set: no real payout provider (the payouts feature offers its sandbox).

    WeChat Pay 商家转账 (the same merchant as WeChat Pay: every RESPONDER_WECHAT_* of
      payments/setup.py), switched on by RESPONDER_WECHAT_TRANSFER_NOTIFY_URL
      (https://<host>/api/v1/payouts/notify/wechat); optional
      RESPONDER_WECHAT_TRANSFER_JOB_TYPE (岗位类型 reported with scene 1005, default 在线咨询),
      RESPONDER_WECHAT_TRANSFER_SCENE_ID (default 1005, 佣金报酬)
    Alipay 单笔转账 (an app in public-key-certificate mode, which Alipay requires for
      transfers), switched on by RESPONDER_ALIPAY_TRANSFER_APP_CERT_FILE
      (appCertPublicKey_<app id>.crt) with RESPONDER_ALIPAY_TRANSFER_ALIPAY_CERT_FILE
      (alipayCertPublicKey_RSA2.crt) and RESPONDER_ALIPAY_TRANSFER_ROOT_CERT_FILE
      (alipayRootCert.crt); the app is RESPONDER_ALIPAY_APP_ID with
      RESPONDER_ALIPAY_PRIVATE_KEY_FILE unless RESPONDER_ALIPAY_TRANSFER_APP_ID and
      RESPONDER_ALIPAY_TRANSFER_PRIVATE_KEY_FILE name another; the gateway
      RESPONDER_ALIPAY_TRANSFER_GATEWAY, else RESPONDER_ALIPAY_GATEWAY, else Alipay's
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from responder_server.core.payout_providers import PayoutProvider, PayoutProviders
from responder_server.payments import alipay
from responder_server.payments import setup as payment_setup
from responder_server.payouts import alipay_transfer, wechat_transfer


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


def _first(env: Mapping[str, str], *names: str) -> str:
    for name in names:
        if value := env.get(name, "").strip():
            return value
    raise PayoutSetupError(f"{names[0]} is not set (needed with the other Alipay transfer "
                           "settings)")


def alipay_transfer_settings(env: Mapping[str, str]
                             ) -> alipay_transfer.AlipayTransferSettings | None:
    app_cert = env.get("RESPONDER_ALIPAY_TRANSFER_APP_CERT_FILE", "").strip()
    if not app_cert:
        return None
    pay = alipay.AlipaySettings(
        app_id=_first(env, "RESPONDER_ALIPAY_TRANSFER_APP_ID", "RESPONDER_ALIPAY_APP_ID"),
        seller_id="",  # transfers name no seller
        private_key_file=Path(_first(env, "RESPONDER_ALIPAY_TRANSFER_PRIVATE_KEY_FILE",
                                     "RESPONDER_ALIPAY_PRIVATE_KEY_FILE")),
        alipay_public_key_file=Path(_first(env, "RESPONDER_ALIPAY_TRANSFER_ALIPAY_CERT_FILE")),
        notify_url="",  # the message goes to the app's gateway address (Alipay's console)
        gateway=env.get("RESPONDER_ALIPAY_TRANSFER_GATEWAY", "").strip()
        or env.get("RESPONDER_ALIPAY_GATEWAY", "").strip() or alipay.GATEWAY)
    return alipay_transfer.AlipayTransferSettings(
        pay=pay, app_cert_file=Path(app_cert),
        root_cert_file=Path(_first(env, "RESPONDER_ALIPAY_TRANSFER_ROOT_CERT_FILE")))


def real_providers(clock: Callable[[], datetime], env: Mapping[str, str] | None = None
                   ) -> list[PayoutProvider]:
    """The real payout providers the environment sets up (none: an empty list)."""
    env = os.environ if env is None else env
    providers: list[PayoutProvider] = []
    try:
        if (wechat := wechat_transfer_settings(env)) is not None:
            providers.append(wechat_transfer.WeChatTransfer(wechat, clock))
        if (ali := alipay_transfer_settings(env)) is not None:
            providers.append(alipay_transfer.AlipayTransfer(ali, clock))
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
