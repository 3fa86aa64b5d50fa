"""The providers this instance offers, from the operator's environment (a systemd
EnvironmentFile, README "Taking real money"). Only names and file paths are read here; the
keys are read from their files by the provider itself and never logged or stored.

    WeChat Pay: RESPONDER_WECHAT_MCHID, RESPONDER_WECHAT_APPID,
      RESPONDER_WECHAT_MERCHANT_SERIAL, RESPONDER_WECHAT_PRIVATE_KEY_FILE,
      RESPONDER_WECHAT_APIV3_KEY_FILE, RESPONDER_WECHAT_PLATFORM_KEY_FILES (one or more,
      separated by ':'), RESPONDER_WECHAT_PLATFORM_KEY_ID (for a bare public key),
      RESPONDER_WECHAT_NOTIFY_URL, optional RESPONDER_WECHAT_APP_SECRET_FILE (JSAPI),
      RESPONDER_WECHAT_GATEWAY, RESPONDER_WECHAT_OAUTH_GATEWAY
    Alipay: RESPONDER_ALIPAY_APP_ID, RESPONDER_ALIPAY_SELLER_ID,
      RESPONDER_ALIPAY_PRIVATE_KEY_FILE, RESPONDER_ALIPAY_PUBLIC_KEY_FILE,
      RESPONDER_ALIPAY_NOTIFY_URL, optional RESPONDER_ALIPAY_GATEWAY
    RESPONDER_PAY_SANDBOX: 1 offers the sandbox too (default: only when no real provider is
      set, so a live server never sells a free chat by mistake)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from responder_server.core.config import ServerConfig
from responder_server.core.payment_providers import PaymentProvider, Providers
from responder_server.payments import alipay, wechat
from responder_server.payments.providers import SandboxProvider


class PaymentSetupError(ValueError):
    """A merchant setting is missing or unreadable: the server does not start."""


def _need(env: Mapping[str, str], name: str) -> str:
    value = env.get(name, "").strip()
    if not value:
        raise PaymentSetupError(f"{name} is not set (needed with the other merchant settings)")
    return value


def wechat_settings(env: Mapping[str, str]) -> wechat.WeChatSettings | None:
    if not env.get("RESPONDER_WECHAT_MCHID"):
        return None
    secret = env.get("RESPONDER_WECHAT_APP_SECRET_FILE", "").strip()
    return wechat.WeChatSettings(
        mchid=_need(env, "RESPONDER_WECHAT_MCHID"), appid=_need(env, "RESPONDER_WECHAT_APPID"),
        merchant_serial=_need(env, "RESPONDER_WECHAT_MERCHANT_SERIAL"),
        private_key_file=Path(_need(env, "RESPONDER_WECHAT_PRIVATE_KEY_FILE")),
        api_v3_key_file=Path(_need(env, "RESPONDER_WECHAT_APIV3_KEY_FILE")),
        platform_key_files=tuple(Path(p) for p in _need(
            env, "RESPONDER_WECHAT_PLATFORM_KEY_FILES").split(os.pathsep) if p),
        platform_key_id=env.get("RESPONDER_WECHAT_PLATFORM_KEY_ID", "").strip(),
        notify_url=_need(env, "RESPONDER_WECHAT_NOTIFY_URL"),
        gateway=env.get("RESPONDER_WECHAT_GATEWAY", "").strip() or wechat.GATEWAY,
        app_secret_file=Path(secret) if secret else None,
        oauth_gateway=env.get("RESPONDER_WECHAT_OAUTH_GATEWAY", "").strip()
        or "https://api.weixin.qq.com")


def alipay_settings(env: Mapping[str, str]) -> alipay.AlipaySettings | None:
    if not env.get("RESPONDER_ALIPAY_APP_ID"):
        return None
    return alipay.AlipaySettings(
        app_id=_need(env, "RESPONDER_ALIPAY_APP_ID"),
        seller_id=_need(env, "RESPONDER_ALIPAY_SELLER_ID"),
        private_key_file=Path(_need(env, "RESPONDER_ALIPAY_PRIVATE_KEY_FILE")),
        alipay_public_key_file=Path(_need(env, "RESPONDER_ALIPAY_PUBLIC_KEY_FILE")),
        notify_url=_need(env, "RESPONDER_ALIPAY_NOTIFY_URL"),
        gateway=env.get("RESPONDER_ALIPAY_GATEWAY", "").strip() or alipay.GATEWAY)


def build_providers(config: ServerConfig, clock: Callable[[], datetime],
                    env: Mapping[str, str] | None = None) -> Providers:
    env = os.environ if env is None else env
    real: list[PaymentProvider] = []
    try:
        if (settings := wechat_settings(env)) is not None:
            real.append(wechat.WeChatPay(settings, clock))
        if (ali := alipay_settings(env)) is not None:
            real.append(alipay.Alipay(ali, clock))
    except (OSError, ValueError) as exc:
        raise PaymentSetupError(str(exc)) from None
    sandbox = env.get("RESPONDER_PAY_SANDBOX", "").strip()
    offer_sandbox = sandbox == "1" if sandbox else not real
    providers = Providers(*real)
    if offer_sandbox:
        providers.register(SandboxProvider(config.sandbox_webhook_secret))
    return providers
