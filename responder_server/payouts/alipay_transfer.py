"""Alipay 单笔转账: money to a responder's Alipay account, by login (phone or e-mail) and
real name.

- `alipay.fund.trans.uni.transfer` with our `out_biz_no`, product TRANS_ACCOUNT_NO_PWD,
  scene DIRECT_TRANSFER, `payee_info` {identity, identity_type ALIPAY_LOGON_ID, name} (the
  name is required with a login; Alipay checks it against the account), `trans_amount` in
  yuan ("12.90"), `order_title` (what the responder's bill shows). Answers: code 10000 with
  `status` SUCCESS / DEALING (/ FAIL / REFUND); a business failure (40004) names its
  `sub_code`: PAYEE_NOT_EXIST, PAYEE_USER_INFO_ERROR (the name does not match: the money
  comes back to the responder's pending balance with that reason), ... SYSTEM_ERROR and
  20000 say nothing of the transfer: unknown, asked again with the same number.
- `alipay.fund.trans.common.query` by `out_biz_no`: ORDER_NOT_EXIST when Alipay never made it.
- The notice is the message `alipay.fund.trans.order.changed`, posted to the app's gateway
  address set in Alipay's console: a form whose `biz_content` holds the transfer, signed
  like every Alipay notice; we answer `success`.

Alipay offers transfers only to apps in public-key-certificate mode: every call carries
`app_cert_sn` and `alipay_root_cert_sn`, and Alipay's key comes from its certificate. The
same `out_biz_no` with the same content answers the same transfer, so a retry pays once.
Signing and checking are payments/alipay.py's.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
from cryptography import x509

from responder_server.core.payment_providers import ProviderError
from responder_server.core.payout_providers import (
    BadWebhook,
    ProviderTransfer,
    TransferNotice,
    TransferRequest,
    TransferUnknown,
    WebhookAnswer,
)
from responder_server.earnings.money import (
    MAX_TRANSFER_FEN,
    AmountError,
    fen_to_yuan,
    yuan_to_fen,
)
from responder_server.payments import alipay, signing
from responder_server.payouts import transfer_reasons as reasons
from responder_wire.payouts import PayoutChannel, PayoutState

log = logging.getLogger(__name__)

TRANSFER = "alipay.fund.trans.uni.transfer"
QUERY = "alipay.fund.trans.common.query"
NOTICE = "alipay.fund.trans.order.changed"
PRODUCT = {"product_code": "TRANS_ACCOUNT_NO_PWD", "biz_scene": "DIRECT_TRANSFER"}
# Alipay sends a message again for about a day; one older than this is a replay.
NOTICE_MAX_AGE = timedelta(hours=26)
_NUMBER = re.compile(r"[0-9A-Za-z]{5,32}")
_TRY_LATER = {"SYSTEM_ERROR", "isp.unknow-error", "aop.SYSTEM_ERROR", "ACQ.SYSTEM_ERROR"}
_MOVING = {"DEALING", "WAIT_PAY", "INIT"}


@dataclass(frozen=True)
class AlipayTransferSettings:
    pay: alipay.AlipaySettings  # app id, private key, Alipay's certificate, gateway
    app_cert_file: Path  # appCertPublicKey_<app id>.crt
    root_cert_file: Path  # alipayRootCert.crt
    timeout_s: float = 10.0


class AlipayTransfer:
    channel = PayoutChannel.ALIPAY.value
    sandbox = False

    def __init__(self, settings: AlipayTransferSettings, clock: Callable[[], datetime],
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self._clock = clock
        self._alipay = alipay.Alipay(settings.pay, clock, transport)
        try:
            app_cert = x509.load_pem_x509_certificate(settings.app_cert_file.read_bytes())
            root = settings.root_cert_file.read_text()
        except (OSError, ValueError):
            raise signing.KeyFileError(f"{settings.app_cert_file} or {settings.root_cert_file}"
                                       ": not a readable certificate") from None
        self._cert_params = {"app_cert_sn": alipay.cert_sn(app_cert),
                             "alipay_root_cert_sn": alipay.root_cert_sn(root)}
        if not self._cert_params["alipay_root_cert_sn"]:
            raise signing.KeyFileError(f"{settings.root_cert_file}: no RSA root certificate")
        self._http = httpx.AsyncClient(timeout=settings.timeout_s, transport=transport)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _call(self, method: str, biz: Mapping[str, Any]) -> dict[str, Any]:
        """The answer's object, its signature checked; TransferUnknown for no answer, a
        non-200, an unreadable or badly signed answer, or Alipay's 'try later'."""
        params = self._alipay.signed_params(method, biz, self._cert_params)
        try:
            response = await self._http.post(self.settings.pay.gateway, data=params)
        except httpx.HTTPError as exc:
            raise TransferUnknown(f"Alipay did not answer ({type(exc).__name__})") from None
        if response.status_code != 200:
            raise TransferUnknown(f"Alipay answered {response.status_code}")
        try:
            data = self._alipay.read_answer(method, response.text)
        except ProviderError as exc:
            raise TransferUnknown(str(exc)) from None
        code, sub_code = str(data.get("code", "")), str(data.get("sub_code", ""))
        if code == "20000" or sub_code in _TRY_LATER:
            raise TransferUnknown(f"Alipay said {sub_code or code}")
        return data

    async def transfer(self, request: TransferRequest) -> ProviderTransfer:
        if not _NUMBER.fullmatch(request.transfer_no):
            raise ProviderError("the transfer number is not 5-32 letters and digits")
        if not request.real_name:  # Alipay's rule with a login (ALIPAY_LOGON_ID)
            raise ProviderError(reasons.NEEDS_REAL_NAME)
        amount = fen_to_yuan(reasons.checked_amount(request.amount_fen))
        data = await self._call(TRANSFER, {
            "out_biz_no": request.transfer_no, "trans_amount": amount, **PRODUCT,
            "order_title": request.remark[:128], "remark": request.remark[:200],
            "payee_info": {"identity": request.account, "identity_type": "ALIPAY_LOGON_ID",
                           "name": request.real_name}})
        if data.get("code") == "10000":
            if data.get("out_biz_no") not in (None, request.transfer_no):
                raise TransferUnknown("Alipay answered about another transfer")
            return self._transfer(data)
        sub_code = str(data.get("sub_code", ""))
        log.warning("Alipay refused transfer %s: %s", request.transfer_no, sub_code)
        if sub_code in reasons.ALIPAY_FAIL:
            reason, returned = reasons.ALIPAY_FAIL[sub_code]
            state = PayoutState.RETURNED if returned else PayoutState.FAILED
            return ProviderTransfer(state.value, "", reason)
        # The same number with other content, or anything else: what Alipay has decides.
        known = await self.query(request.transfer_no)
        if known is not None:
            return known
        raise ProviderError(reasons.OTHER)

    async def query(self, transfer_no: str) -> ProviderTransfer | None:
        """None: Alipay has no transfer with our number. TransferUnknown: it could not say."""
        data = await self._call(QUERY, {"out_biz_no": transfer_no, **PRODUCT})
        if data.get("code") != "10000":
            if data.get("sub_code") == "ORDER_NOT_EXIST":
                return None
            raise TransferUnknown(f"Alipay refused the query: {data.get('sub_code')}")
        if data.get("out_biz_no") not in (None, transfer_no):
            raise TransferUnknown("Alipay answered about another transfer")
        return self._transfer(data)

    def _transfer(self, data: Mapping[str, Any]) -> ProviderTransfer:
        """A transfer's `status` -> ours; an unknown one is TransferUnknown, never a guess."""
        status = str(data.get("status", ""))
        reference = str(data.get("order_id") or "")[:100]
        if status == "SUCCESS":
            return ProviderTransfer(PayoutState.PAID.value, reference)
        if status in _MOVING:
            return ProviderTransfer(PayoutState.PROCESSING.value, reference)
        if status in ("FAIL", "REFUND", "CLOSED"):
            code = str(data.get("error_code") or data.get("sub_code") or "")
            reason, returned = reasons.of(reasons.ALIPAY_FAIL, code)
            returned = returned or status == "REFUND"  # paid, then sent back to us
            log.info("Alipay transfer %s ended %s %s", data.get("out_biz_no"), status, code)
            return ProviderTransfer(
                (PayoutState.RETURNED if returned else PayoutState.FAILED).value, reference,
                reason)
        raise TransferUnknown(f"Alipay's transfer status {status[:32]!r} is not known")

    # ---- the notice ----------------------------------------------------------------

    def verify_notice(self, body: bytes, headers: Mapping[str, str], now: datetime
                      ) -> TransferNotice:
        try:
            form = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True,
                                  strict_parsing=True))
        except (UnicodeDecodeError, ValueError):
            raise BadWebhook("the body is not an Alipay message form") from None
        if form.get("sign_type") != "RSA2":
            raise BadWebhook("the message is not signed RSA2")
        if not self._alipay.verify_form(form):
            raise BadWebhook("the signature does not match")
        if form.get("app_id") != self.settings.pay.app_id:
            raise BadWebhook("the message is for another app")
        if form.get("msg_method") != NOTICE:
            raise BadWebhook(f"not a transfer message ({form.get('msg_method', '')[:60]})")
        try:
            sent = int(form["utc_timestamp"]) / 1000
            data = json.loads(form["biz_content"])
            number = data["out_biz_no"]
        except (KeyError, ValueError, TypeError):
            raise BadWebhook("the message has no time, transfer or number") from None
        age = now.timestamp() - sent
        if age > NOTICE_MAX_AGE.total_seconds() or age < -300:
            raise BadWebhook("the message is older than Alipay's retries (or from the future)")
        if not isinstance(number, str) or not _NUMBER.fullmatch(number) or \
                not form.get("notify_id"):
            raise BadWebhook("the message has no notify_id or transfer number of ours")
        try:
            transfer = self._transfer(data)
        except TransferUnknown as exc:
            raise BadWebhook(str(exc)) from None
        try:
            amount: int | None = yuan_to_fen(str(data.get("trans_amount")), MAX_TRANSFER_FEN)
        except AmountError:
            amount = None
        return TransferNotice(notice_id=form["notify_id"][:100], transfer_no=number,
                              transfer=transfer, amount_fen=amount)

    def answer(self, accepted: bool) -> WebhookAnswer:
        return self._alipay.answer(accepted)
