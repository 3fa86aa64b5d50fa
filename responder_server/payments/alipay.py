"""Alipay open platform, RSA2: a thin async client on httpx and cryptography.

- A request's parameters (with `biz_content` as a JSON string) are signed: every non-empty
  parameter but `sign`, sorted by name, joined as `k=v&k=v` (not URL-encoded), RSA-SHA256
  with the app's private key, base64.
- An answer is `{"<method>_response": {...}, "sign": "..."}`: the signature covers the raw
  text of the response object, checked with Alipay's public key.
- The asynchronous notice is a form: verified the same way without `sign` and `sign_type`,
  then checked for our `app_id` and `seller_id`; the amount (`total_amount`, yuan) is the
  checkout's to compare. We answer the literal text `success`.
- `alipay.trade.wap.pay` / `alipay.trade.page.pay` are not calls: the client's browser is
  sent to the gateway with the signed parameters.
- Transfers (payouts/alipay_transfer.py) are only offered in public-key-certificate mode:
  `app_cert_sn` and `alipay_root_cert_sn` (`cert_sn`, `root_cert_sn`) are signed with the
  other parameters, and Alipay's key is read from its certificate.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
from cryptography import x509

from responder_server.core.payment_providers import (
    CHARGE_CLOSED,
    CHARGE_PAID,
    CHARGE_PENDING,
    REFUND_DONE,
    REFUND_PROCESSING,
    BadWebhook,
    BillLine,
    ChargeRequest,
    ProviderCharge,
    ProviderError,
    ProviderRefund,
    RefundRequest,
    WebhookAnswer,
    WebhookNotice,
)
from responder_server.earnings.money import AmountError, check_fen, fen_to_yuan, yuan_to_fen
from responder_server.payments import signing

GATEWAY = "https://openapi.alipay.com/gateway.do"
SANDBOX_GATEWAY = "https://openapi-sandbox.dl.alipaydev.com/gateway.do"
BEIJING = timezone(timedelta(hours=8))
_RSA_SIGNATURES = "1.2.840.113549.1.1."  # PKCS #1: sha1WithRSAEncryption, sha256With...
_TRADE_STATES = {"TRADE_SUCCESS": CHARGE_PAID, "TRADE_FINISHED": CHARGE_PAID,
                 "WAIT_BUYER_PAY": CHARGE_PENDING, "TRADE_CLOSED": CHARGE_CLOSED}


@dataclass(frozen=True)
class AlipaySettings:
    app_id: str
    seller_id: str  # the merchant's PID (2088...)
    private_key_file: Path  # the app's private key (PKCS#8 PEM or bare base64)
    alipay_public_key_file: Path  # Alipay's public key from the open platform console
    notify_url: str  # https://<your host>/api/v1/payments/alipay/webhook
    gateway: str = GATEWAY


def cert_sn(cert: x509.Certificate) -> str:
    """Alipay's name for a certificate in public-key-certificate mode: MD5 of the issuer's
    distinguished name (RFC 2253 order, as Java prints it) followed by the decimal serial."""
    issuer = cert.issuer.rfc4514_string()
    return hashlib.md5(f"{issuer}{cert.serial_number}".encode()).hexdigest()


def root_cert_sn(chain_pem: str) -> str:
    """`alipay_root_cert_sn`: the RSA-signed certificates of Alipay's root chain (SM2 and
    other ones are left out), their `cert_sn` joined with `_`."""
    names = []
    for block in re.findall(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----",
                            chain_pem, re.S):
        try:
            cert = x509.load_pem_x509_certificate(block.encode())
            algorithm = cert.signature_algorithm_oid
        except ValueError:
            continue  # an SM2 certificate this library cannot read
        if algorithm.dotted_string.startswith(_RSA_SIGNATURES):
            names.append(cert_sn(cert))
    return "_".join(names)


def signing_string(params: Mapping[str, str], *, leave_out: tuple[str, ...] = ("sign",)
                   ) -> bytes:
    return "&".join(f"{k}={params[k]}" for k in sorted(params)
                    if k not in leave_out and params[k] != "").encode()


class Alipay:
    name = "alipay"
    sandbox = False
    methods: tuple[str, ...] = ("alipay-wap", "alipay-page")

    def __init__(self, settings: AlipaySettings, clock: Callable[[], datetime],
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self._clock = clock
        self._key = signing.load_private_key(settings.private_key_file)
        self._alipay_key, _ = signing.load_public_key(settings.alipay_public_key_file)
        self._http = httpx.AsyncClient(timeout=10.0, transport=transport)

    def signed_params(self, method: str, biz: Mapping[str, Any],
                      extra: Mapping[str, str] | None = None) -> dict[str, str]:
        params = {"app_id": self.settings.app_id, "method": method, "format": "JSON",
                  "charset": "utf-8", "sign_type": "RSA2", "version": "1.0",
                  "timestamp": self._clock().astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S"),
                  "biz_content": json.dumps(biz, ensure_ascii=False, separators=(",", ":")),
                  **(extra or {})}
        params["sign"] = signing.sign(self._key, signing_string(params))
        return params

    async def _call(self, method: str, biz: Mapping[str, Any]) -> dict[str, Any]:
        params = self.signed_params(method, biz)
        response = await self._http.post(self.settings.gateway, data=params)
        if response.status_code != 200:
            raise ProviderError(f"Alipay answered {response.status_code}")
        return self.read_answer(method, response.text)

    def read_answer(self, method: str, text: str) -> dict[str, Any]:
        """The `<method>_response` object of an answer, its signature (over the object's raw
        text) checked; ProviderError if it is missing, unreadable or not signed right."""
        key = method.replace(".", "_") + "_response"
        try:
            start = text.find(f'"{key}"')
            if start < 0:
                raise ProviderError("Alipay's answer has no response object")
            start = text.index("{", start + len(key) + 2)
            data, end = json.JSONDecoder().raw_decode(text, start)
            sign = json.loads(text).get("sign", "")
        except (ValueError, AttributeError):
            raise ProviderError("Alipay's answer is not readable") from None
        if not isinstance(data, dict) or not isinstance(sign, str) or \
                not signing.verify(self._alipay_key, text[start:end].encode(), sign):
            raise ProviderError("Alipay's answer is not signed right")
        return dict(data)

    # ---- charges -------------------------------------------------------------------

    async def create_charge(self, request: ChargeRequest) -> ProviderCharge:
        method, product = {"alipay-wap": ("alipay.trade.wap.pay", "QUICK_WAP_WAY"),
                           "alipay-page": ("alipay.trade.page.pay", "FAST_INSTANT_TRADE_PAY")
                           }.get(request.method, ("", ""))
        if not method:
            raise ProviderError(f"Alipay does not take {request.method!r}")
        biz = {"out_trade_no": request.out_trade_no,
               "total_amount": fen_to_yuan(check_fen(request.amount_fen)),
               "subject": request.description[:256], "product_code": product,
               "time_expire": request.expires_at.astimezone(BEIJING).strftime(
                   "%Y-%m-%d %H:%M:%S")}
        if request.method == "alipay-wap" and request.return_url:
            biz["quit_url"] = request.return_url
        extra = {"notify_url": self.settings.notify_url}
        if request.return_url:
            extra["return_url"] = request.return_url
        params = self.signed_params(method, biz, extra)
        # Nothing exists at Alipay until the client opens this; its query says so meanwhile.
        return ProviderCharge(reference="", pay_url=f"{self.settings.gateway}?"
                              f"{urlencode(params)}")

    def _check_ids(self, data: Mapping[str, Any]) -> str | None:
        if data.get("app_id") not in (None, self.settings.app_id):
            return "app id is not ours"
        if data.get("seller_id") not in (None, self.settings.seller_id):
            return "seller id is not ours"
        return None

    async def query_charge(self, out_trade_no: str) -> ProviderCharge:
        data = await self._call("alipay.trade.query", {"out_trade_no": out_trade_no})
        if data.get("code") != "10000":
            if data.get("sub_code") == "ACQ.TRADE_NOT_EXIST":
                return ProviderCharge(reference="")
            raise ProviderError(f"Alipay refused the query: {data.get('sub_code')}")
        try:
            amount = yuan_to_fen(str(data.get("total_amount")))
        except AmountError:
            amount = None
        return ProviderCharge(reference=str(data.get("trade_no", "")),
                              state=_TRADE_STATES.get(str(data.get("trade_status")),
                                                      CHARGE_PENDING),
                              amount_fen=amount)

    async def close_charge(self, out_trade_no: str) -> ProviderCharge:
        data = await self._call("alipay.trade.close", {"out_trade_no": out_trade_no})
        if data.get("code") != "10000" and data.get("sub_code") not in (
                "ACQ.TRADE_NOT_EXIST", "ACQ.TRADE_STATUS_ERROR"):
            raise ProviderError(f"Alipay refused to close: {data.get('sub_code')}")
        charge = await self.query_charge(out_trade_no)
        if charge.state == CHARGE_PENDING and not charge.reference:
            # Never opened: with `time_expire` passed it can no longer be paid.
            return ProviderCharge(reference="", state=CHARGE_CLOSED)
        return charge

    # ---- refunds -------------------------------------------------------------------

    async def refund(self, request: RefundRequest) -> ProviderRefund:
        data = await self._call("alipay.trade.refund", {
            "out_trade_no": request.out_trade_no,
            "refund_amount": fen_to_yuan(check_fen(request.amount_fen)),
            "out_request_no": request.out_refund_no, "refund_reason": request.reason[:256]})
        if data.get("code") != "10000":
            raise ProviderError(f"Alipay refused the refund: {data.get('sub_code')}")
        # fund_change N on a repeat of a refund already made: still done, once.
        return ProviderRefund(reference=str(data.get("trade_no", "")), state=REFUND_DONE)

    async def query_refund(self, out_trade_no: str, out_refund_no: str) -> ProviderRefund:
        data = await self._call("alipay.trade.fastpay.refund.query", {
            "out_trade_no": out_trade_no, "out_request_no": out_refund_no})
        if data.get("code") != "10000":
            raise ProviderError(f"Alipay refused the refund query: {data.get('sub_code')}")
        done = data.get("refund_status") == "REFUND_SUCCESS"
        return ProviderRefund(reference=str(data.get("trade_no", "")),
                              state=REFUND_DONE if done else REFUND_PROCESSING)

    async def bill(self, day: date) -> list[BillLine] | None:
        # Alipay's bill is a zipped GBK CSV from a download URL, not read yet: Alipay is
        # reconciled through the query path (payments/reconcile.py).
        return None

    # ---- notices -------------------------------------------------------------------

    def verify_webhook(self, body: bytes, headers: Mapping[str, str], now: datetime
                       ) -> WebhookNotice:
        try:
            form = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True,
                                  strict_parsing=True))
        except (UnicodeDecodeError, ValueError):
            raise BadWebhook("the body is not an Alipay notice form") from None
        if form.get("sign_type") != "RSA2":
            raise BadWebhook("the notice is not signed RSA2")
        if not self.verify_form(form):
            raise BadWebhook("the signature does not match")
        if not form.get("notify_id") or not form.get("out_trade_no"):
            raise BadWebhook("the notice has no notify_id or out_trade_no")
        mismatch = self._check_ids(form)
        try:
            amount: int | None = yuan_to_fen(form.get("total_amount", ""))
        except AmountError:
            amount, mismatch = None, mismatch or "total_amount is not a yuan amount"
        return WebhookNotice(
            notice_id=form["notify_id"][:100], kind="payment",
            out_trade_no=form["out_trade_no"][:64], reference=form.get("trade_no", "")[:100],
            state=_TRADE_STATES.get(form.get("trade_status", ""), CHARGE_PENDING),
            amount_fen=amount, mismatch=mismatch)

    def verify_form(self, form: Mapping[str, str]) -> bool:
        """A notice form's RSA2 signature: every parameter but `sign` and `sign_type`."""
        return signing.verify(self._alipay_key,
                              signing_string(form, leave_out=("sign", "sign_type")),
                              form.get("sign", ""))

    def answer(self, accepted: bool) -> WebhookAnswer:
        # Alipay retries anything but the literal text `success` for ~25 hours.
        return WebhookAnswer(200, "text/plain", b"success" if accepted else b"fail")
