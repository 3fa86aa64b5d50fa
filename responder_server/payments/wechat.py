"""WeChat Pay API v3: a thin async client on httpx and cryptography.

- Every request is signed: `Authorization: WECHATPAY2-SHA256-RSA2048 mchid=...,
  nonce_str=...,signature=...,timestamp=...,serial_no=...` over
  `METHOD\\nPATH?QUERY\\nTIMESTAMP\\nNONCE\\nBODY\\n` with the merchant's private key.
- Every answer and notice is checked: RSA-SHA256 over `TIMESTAMP\\nNONCE\\nBODY\\n` with the
  platform certificate or public key named by `Wechatpay-Serial`, the timestamp within 5
  minutes of our clock, and WeChat's signature probe (`WECHATPAY/SIGNTEST/...`) refused.
- A notice's `resource` is AES-256-GCM with the API v3 key (nonce and associated data given).
- Amounts are fen; our order number is `out_trade_no`, our refund number `out_refund_no`.

Keys come from the operator's files (`payments/setup.py`), never the database or a log.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import httpx
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from responder_server.core.payment_providers import (
    CHARGE_CLOSED,
    CHARGE_PAID,
    CHARGE_PENDING,
    REFUND_ABNORMAL,
    REFUND_CLOSED,
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
from responder_server.earnings.money import AmountError, check_fen, yuan_to_fen
from responder_server.payments import signing

GATEWAY = "https://api.mch.weixin.qq.com"
TOLERANCE_S = 300
SIGN_PROBE = "WECHATPAY/SIGNTEST/"
BEIJING = timezone(timedelta(hours=8))
_TRADE_STATES = {"SUCCESS": CHARGE_PAID, "REFUND": CHARGE_PAID, "NOTPAY": CHARGE_PENDING,
                 "USERPAYING": CHARGE_PENDING, "CLOSED": CHARGE_CLOSED,
                 "REVOKED": CHARGE_CLOSED, "PAYERROR": CHARGE_CLOSED}
_REFUND_STATES = {"SUCCESS": REFUND_DONE, "PROCESSING": REFUND_PROCESSING,
                  "ABNORMAL": REFUND_ABNORMAL, "CLOSED": REFUND_CLOSED}


@dataclass(frozen=True)
class WeChatSettings:
    """The operator's merchant settings (payments/setup.py reads them; paths, not keys)."""

    mchid: str
    appid: str
    merchant_serial: str  # the serial of the merchant's API certificate
    private_key_file: Path  # apiclient_key.pem
    api_v3_key_file: Path  # the 32-character API v3 key
    platform_key_files: tuple[Path, ...]  # platform certificates or WeChat's public key
    platform_key_id: str  # the public key's id (PUB_KEY_ID_...), when it is a bare key
    notify_url: str  # https://<your host>/api/v1/payments/wechat/webhook
    gateway: str = GATEWAY
    app_secret_file: Path | None = None  # the official account's AppSecret (JSAPI openid)
    oauth_gateway: str = "https://api.weixin.qq.com"


class WeChatPay:
    name = "wechat"
    sandbox = False
    methods: tuple[str, ...] = ("wechat-jsapi", "wechat-h5", "wechat-native")

    def __init__(self, settings: WeChatSettings, clock: Callable[[], datetime],
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self._clock = clock
        self._key = signing.load_private_key(settings.private_key_file)
        api_v3_key = settings.api_v3_key_file.read_text().strip().encode()
        if len(api_v3_key) != 32:
            raise signing.KeyFileError(f"{settings.api_v3_key_file}: the API v3 key is 32 "
                                       "characters")
        self._aead = AESGCM(api_v3_key)
        self._platform: dict[str, rsa.RSAPublicKey] = {}
        for path in settings.platform_key_files:
            key, serial = signing.load_public_key(path)
            self._platform[serial or settings.platform_key_id] = key
        self._app_secret = (settings.app_secret_file.read_text().strip()
                            if settings.app_secret_file else "")
        # Inside WeChat the payer's openid comes from the official account's OAuth: only
        # with its AppSecret is JSAPI offered (the page asks for `oauth_app_id`'s sign-in).
        self.oauth_app_id = settings.appid if self._app_secret else None
        if not self._app_secret:
            self.methods = ("wechat-h5", "wechat-native")
        self._http = httpx.AsyncClient(base_url=settings.gateway, timeout=10.0,
                                       transport=transport)
        self._oauth = httpx.AsyncClient(base_url=settings.oauth_gateway, timeout=10.0,
                                        transport=transport)
        self._access: tuple[str, float] | None = None  # (token, good until)
        self._ticket: tuple[str, float] | None = None

    # ---- signing -------------------------------------------------------------------

    def authorization(self, method: str, path: str, body: str, *,
                      timestamp: str | None = None, nonce: str | None = None) -> str:
        timestamp = timestamp or str(int(self._clock().timestamp()))
        nonce = nonce or secrets.token_hex(16)
        message = f"{method}\n{path}\n{timestamp}\n{nonce}\n{body}\n".encode()
        signature = signing.sign(self._key, message)
        return (f'WECHATPAY2-SHA256-RSA2048 mchid="{self.settings.mchid}",'
                f'nonce_str="{nonce}",signature="{signature}",timestamp="{timestamp}",'
                f'serial_no="{self.settings.merchant_serial}"')

    def check_signed(self, body: bytes, headers: Mapping[str, str], now: datetime) -> None:
        """An answer's or notice's signature, serial and age (BadWebhook if not right); the
        payouts' transfer client checks its answers with this too."""
        signature = headers.get("Wechatpay-Signature", "")
        timestamp = headers.get("Wechatpay-Timestamp", "")
        nonce = headers.get("Wechatpay-Nonce", "")
        serial = headers.get("Wechatpay-Serial", "")
        if not (signature and timestamp and nonce and serial):
            raise BadWebhook("the WeChat Pay signature headers are missing")
        if signature.startswith(SIGN_PROBE):
            raise BadWebhook("WeChat Pay's signature probe")
        try:
            age = abs(now.timestamp() - int(timestamp))
        except ValueError:
            raise BadWebhook("the signature's time is not a number") from None
        if age > TOLERANCE_S:
            raise BadWebhook("the signature is older than 5 minutes")
        key = self._platform.get(serial)
        if key is None:
            raise BadWebhook(f"unknown platform certificate serial {serial[:64]!r}")
        if not signing.verify(key, f"{timestamp}\n{nonce}\n".encode() + body + b"\n",
                              signature):
            raise BadWebhook("the signature does not match")

    async def _call(self, method: str, path: str, payload: Mapping[str, Any] | None = None
                    ) -> tuple[int, Any]:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")) if payload else ""
        headers = {"Authorization": self.authorization(method, path, body),
                   "Accept": "application/json", "Content-Type": "application/json",
                   "User-Agent": "responder-server"}
        response = await self._http.request(method, path, content=body.encode(),
                                            headers=headers)
        if response.status_code >= 500:
            raise ProviderError(f"WeChat Pay answered {response.status_code}")
        if response.content or response.status_code < 300:
            try:
                self.check_signed(response.content, response.headers, self._clock())
            except BadWebhook as exc:
                raise ProviderError(f"WeChat Pay's answer is not signed right: {exc}") from None
        data = response.json() if response.content else {}
        return response.status_code, data

    # ---- charges -------------------------------------------------------------------

    async def openid_for(self, code: str) -> str:
        """The official-account OAuth code the page got -> the payer's openid."""
        if not self._app_secret:
            raise ProviderError("no AppSecret is set for WeChat JSAPI")
        response = await self._oauth.get("/sns/oauth2/access_token", params={
            "appid": self.settings.appid, "secret": self._app_secret, "code": code,
            "grant_type": "authorization_code"})
        openid = response.json().get("openid") if response.status_code == 200 else None
        if not openid:
            raise ProviderError("WeChat did not give the payer's openid for this code")
        return str(openid)

    async def _official(self, path: str, params: dict[str, str]) -> dict[str, Any]:
        """A call to the official account's API; ProviderError unless it answered errcode 0."""
        response = await self._oauth.get(path, params=params)
        data = response.json() if response.status_code == 200 else {}
        if not isinstance(data, dict) or data.get("errcode", 0) != 0:
            code = data.get("errcode") if isinstance(data, dict) else response.status_code
            raise ProviderError(f"WeChat refused {path} ({code})")
        return data

    async def jsapi_ticket(self) -> str:
        """The official account's JS-SDK ticket (wx.config's signature), with the access
        token it needs, each cached until 5 minutes before it expires: WeChat limits how
        often both may be fetched, and a new access token ends the old one."""
        if not self._app_secret:
            raise ProviderError("no AppSecret is set for the official account")
        now = self._clock().timestamp()
        if self._ticket and self._ticket[1] > now:
            return self._ticket[0]
        if not (self._access and self._access[1] > now):
            data = await self._official("/cgi-bin/token", {
                "grant_type": "client_credential", "appid": self.settings.appid,
                "secret": self._app_secret})
            self._access = (str(data["access_token"]),
                            now + int(data.get("expires_in", 7200)) - 300)
        data = await self._official("/cgi-bin/ticket/getticket", {
            "access_token": self._access[0], "type": "jsapi"})
        self._ticket = (str(data["ticket"]), now + int(data.get("expires_in", 7200)) - 300)
        return self._ticket[0]

    async def create_charge(self, request: ChargeRequest) -> ProviderCharge:
        kind = request.method.removeprefix("wechat-")
        payload: dict[str, Any] = {
            "appid": self.settings.appid, "mchid": self.settings.mchid,
            "description": request.description[:127], "out_trade_no": request.out_trade_no,
            "time_expire": request.expires_at.astimezone(BEIJING).isoformat(
                timespec="seconds"),
            "notify_url": self.settings.notify_url,
            "amount": {"total": check_fen(request.amount_fen), "currency": "CNY"}}
        if kind == "jsapi":
            if not request.openid:
                raise ProviderError("WeChat JSAPI needs the payer's openid")
            payload["payer"] = {"openid": request.openid}
        elif kind == "h5":
            payload["scene_info"] = {"payer_client_ip": request.client_ip or "127.0.0.1",
                                     "h5_info": {"type": "Wap"}}
        elif kind != "native":
            raise ProviderError(f"WeChat Pay does not take {request.method!r}")
        status, data = await self._call("POST", f"/v3/pay/transactions/{kind}", payload)
        if status >= 300:
            raise ProviderError(f"WeChat Pay refused the order: {data.get('code', status)}")
        if kind == "jsapi":
            prepay_id = str(data["prepay_id"])
            return ProviderCharge(reference=prepay_id, jsapi=self._jsapi(prepay_id))
        if kind == "h5":
            url = str(data["h5_url"])
            if request.return_url:
                url += ("&" if "?" in url else "?") + "redirect_url=" + quote(
                    request.return_url, safe="")
            return ProviderCharge(reference="", pay_url=url)
        return ProviderCharge(reference="", qr_code=str(data["code_url"]))

    def _jsapi(self, prepay_id: str) -> dict[str, str]:
        """WeixinJSBridge's `getBrandWCPayRequest` parameters, signed for the page."""
        timestamp, nonce = str(int(self._clock().timestamp())), secrets.token_hex(16)
        package = f"prepay_id={prepay_id}"
        message = f"{self.settings.appid}\n{timestamp}\n{nonce}\n{package}\n".encode()
        return {"appId": self.settings.appid, "timeStamp": timestamp, "nonceStr": nonce,
                "package": package, "signType": "RSA",
                "paySign": signing.sign(self._key, message)}

    def _charge(self, data: Mapping[str, Any]) -> ProviderCharge:
        amount = data.get("amount") or {}
        return ProviderCharge(
            reference=str(data.get("transaction_id") or ""),
            state=_TRADE_STATES.get(str(data.get("trade_state")), CHARGE_PENDING),
            amount_fen=int(amount["total"]) if "total" in amount else None,
            mismatch=self._mismatch(data))

    def _mismatch(self, data: Mapping[str, Any]) -> str | None:
        if data.get("mchid") not in (None, self.settings.mchid):
            return "merchant id is not ours"
        if data.get("appid") not in (None, self.settings.appid):
            return "app id is not ours"
        return None

    async def query_charge(self, out_trade_no: str) -> ProviderCharge:
        status, data = await self._call(
            "GET", f"/v3/pay/transactions/out-trade-no/{out_trade_no}?mchid="
                   f"{self.settings.mchid}")
        if status == 404:
            return ProviderCharge(reference="")
        if status >= 300:
            raise ProviderError(f"WeChat Pay refused the query: {data.get('code', status)}")
        return self._charge(data)

    async def close_charge(self, out_trade_no: str) -> ProviderCharge:
        status, data = await self._call(
            "POST", f"/v3/pay/transactions/out-trade-no/{out_trade_no}/close",
            {"mchid": self.settings.mchid})
        if status >= 300 and status != 404 and data.get("code") != "ORDERPAID":
            raise ProviderError(f"WeChat Pay refused to close: {data.get('code', status)}")
        # Closed, or paid a moment before: what the order is now decides.
        return await self.query_charge(out_trade_no)

    # ---- refunds -------------------------------------------------------------------

    def _refund(self, data: Mapping[str, Any]) -> ProviderRefund:
        state = _REFUND_STATES.get(str(data.get("status") or data.get("refund_status")))
        if state is None:
            raise ProviderError("WeChat Pay's refund answer has no known status")
        return ProviderRefund(reference=str(data.get("refund_id") or ""), state=state)

    async def refund(self, request: RefundRequest) -> ProviderRefund:
        status, data = await self._call("POST", "/v3/refund/domestic/refunds", {
            "out_trade_no": request.out_trade_no, "out_refund_no": request.out_refund_no,
            "reason": request.reason[:80], "notify_url": self.settings.notify_url,
            "amount": {"refund": check_fen(request.amount_fen),
                       "total": check_fen(request.total_fen), "currency": "CNY"}})
        if status >= 300:
            raise ProviderError(f"WeChat Pay refused the refund: {data.get('code', status)}")
        return self._refund(data)

    async def query_refund(self, out_trade_no: str, out_refund_no: str) -> ProviderRefund:
        status, data = await self._call("GET", f"/v3/refund/domestic/refunds/{out_refund_no}")
        if status >= 300:
            raise ProviderError(f"WeChat Pay refused the refund query: "
                                f"{data.get('code', status)}")
        return self._refund(data)

    # ---- the daily bill ------------------------------------------------------------

    async def bill(self, day: date) -> list[BillLine]:
        status, data = await self._call(
            "GET", "/v3/bill/tradebill?" + urlencode({"bill_date": day.isoformat(),
                                                       "bill_type": "ALL"}))
        if status == 400 and data.get("code") == "NO_STATEMENT_EXIST":
            return []
        if status >= 300:
            raise ProviderError(f"WeChat Pay refused the bill: {data.get('code', status)}")
        url = httpx.URL(str(data["download_url"]))
        path = url.raw_path.decode()
        response = await self._http.get(str(url), headers={
            "Authorization": self.authorization("GET", path, "")})
        if hashlib.sha1(response.content).hexdigest() != str(data.get("hash_value", "")
                                                           ).lower():
            raise ProviderError("WeChat Pay's bill does not match its hash")
        return parse_trade_bill(response.content.decode("utf-8-sig"))

    # ---- notices -------------------------------------------------------------------

    def verify_webhook(self, body: bytes, headers: Mapping[str, str], now: datetime
                       ) -> WebhookNotice:
        self.check_signed(body, headers, now)
        envelope, data = self.open_notice(body)
        event = str(envelope["event_type"])
        notice_id = str(envelope["id"])[:100]
        amount = data.get("amount") or {}
        if event.startswith("REFUND."):
            state = _REFUND_STATES.get(str(data.get("refund_status")))
            if state is None:
                raise BadWebhook("the refund notice has no known status")
            return WebhookNotice(
                notice_id=notice_id, kind="refund", out_trade_no=str(data["out_trade_no"]),
                out_refund_no=str(data.get("out_refund_no", "")),
                reference=str(data.get("refund_id", "")), state=state,
                amount_fen=_int(amount.get("refund")), mismatch=self._mismatch(data))
        return WebhookNotice(
            notice_id=notice_id, kind="payment", out_trade_no=str(data["out_trade_no"]),
            reference=str(data.get("transaction_id", "")),
            state=_TRADE_STATES.get(str(data.get("trade_state")), CHARGE_PENDING),
            amount_fen=_int(amount.get("total")), mismatch=self._mismatch(data))

    def open_notice(self, body: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
        """A signed notice's envelope and its decrypted `resource` (AES-256-GCM with the API
        v3 key); the envelope has a string `id` and `event_type`. BadWebhook otherwise."""
        try:
            envelope = json.loads(body)
            resource = envelope["resource"]
            if resource.get("algorithm") != "AEAD_AES_256_GCM":
                raise BadWebhook("the notice is not AES-256-GCM")
            plain = self._aead.decrypt(str(resource["nonce"]).encode(),
                                       base64.b64decode(resource["ciphertext"]),
                                       str(resource.get("associated_data", "")).encode())
            data = json.loads(plain)
            if not isinstance(data, dict) or not isinstance(envelope.get("id"), str) or \
                    not isinstance(envelope.get("event_type"), str):
                raise ValueError
        except InvalidTag:
            raise BadWebhook("the notice does not decrypt with our API v3 key") from None
        except (ValueError, KeyError, TypeError, AttributeError):
            raise BadWebhook("the body is not a WeChat Pay notice") from None
        return envelope, data

    def encrypt_for_platform(self, text: str) -> tuple[str, str]:
        """(the platform key's serial or id, `text` RSA-OAEP encrypted to it): how a
        sensitive field such as a payee's real name is sent; the serial goes in the
        request's `Wechatpay-Serial` header."""
        serial = self.settings.platform_key_id if self.settings.platform_key_id in \
            self._platform else next(iter(self._platform))
        return serial, signing.encrypt_oaep(self._platform[serial], text)

    def answer(self, accepted: bool) -> WebhookAnswer:
        if accepted:
            return WebhookAnswer(204, "application/json")
        return WebhookAnswer(401, "application/json", json.dumps(
            {"code": "FAIL", "message": "signature not verified"}).encode())


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def parse_trade_bill(text: str) -> list[BillLine]:
    """WeChat Pay's trade bill: a CSV with a header row, every value prefixed with a
    backtick, amounts in yuan, then a summary block we skip."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return []
    header = [name.strip() for name in rows[0]]
    lines: list[BillLine] = []
    for row in rows[1:]:
        if len(row) != len(header):
            break  # the summary block
        cell = {name: value.strip().lstrip("`") for name, value in zip(header, row,
                                                                        strict=True)}
        try:
            if cell.get("交易状态") == "REFUND":
                lines.append(BillLine(
                    kind="refund", out_trade_no=cell["商户订单号"],
                    reference=cell.get("微信退款单号", ""),
                    amount_fen=yuan_to_fen(cell["退款金额"]),
                    state=_REFUND_STATES.get(cell.get("退款状态", ""), REFUND_PROCESSING),
                    out_refund_no=cell.get("商户退款单号", "")))
            elif cell.get("交易状态") == "SUCCESS":
                lines.append(BillLine(
                    kind="payment", out_trade_no=cell["商户订单号"],
                    reference=cell.get("微信订单号", ""),
                    amount_fen=yuan_to_fen(cell.get("订单金额") or cell["应结订单金额"]),
                    state=CHARGE_PAID))
        except (KeyError, AmountError) as exc:
            raise ProviderError(f"WeChat Pay's bill has a line we cannot read: {exc}") from None
    return lines
