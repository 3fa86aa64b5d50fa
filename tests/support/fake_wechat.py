"""A WeChat Pay API v3 gateway in the test process, on a loopback port the backend reaches.

It keeps orders and refunds, VERIFIES every request's signature (the merchant's public key),
merchant id, certificate serial and clock (5 minutes), signs every answer and notice with a
platform key made at test time, encrypts notices with the API v3 key (AES-256-GCM), and can
be told to drop a call after acting on it (a time-out), answer a refund PROCESSING, or pay an
order after it was closed. The notices it makes are posted by the test (twice, out of order,
late or never, as the test says).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.support.backend import free_port

_AUTH = re.compile(r'(\w+)="([^"]*)"')


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def pem_private(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def pem_public(key: rsa.RSAPrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


def rsa_sign(key: rsa.RSAPrivateKey, message: bytes) -> str:
    return base64.b64encode(key.sign(message, padding.PKCS1v15(), hashes.SHA256())).decode()


class Dropped(Exception):
    """Acted on, then the connection is dropped: the caller sees a failed call."""


@dataclass
class Order:
    out_trade_no: str
    total: int
    kind: str
    state: str = "NOTPAY"
    transaction_id: str = ""
    creates: int = 0


@dataclass
class FakeWeChat:
    mchid: str = "1900000001"
    appid: str = "wxfake00000000001"
    merchant_serial: str = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1"
    platform_id: str = "PUB_KEY_ID_0000000000000024"
    merchant_key: rsa.RSAPrivateKey = field(default_factory=new_key)
    platform_key: rsa.RSAPrivateKey = field(default_factory=new_key)
    api_v3_key: str = field(default_factory=lambda: secrets.token_hex(16))
    clock_offset_s: float = 0.0
    orders: dict[str, Order] = field(default_factory=dict)
    refunds: dict[str, dict[str, Any]] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)  # why requests were refused
    calls: list[str] = field(default_factory=list)  # "POST /v3/..." for each accepted call
    drop_next: set[str] = field(default_factory=set)  # "create" | "refund"
    refund_status: str = "SUCCESS"  # the refund call's answer
    bill_lines: list[str] = field(default_factory=list)
    app_secret: str = field(default_factory=lambda: secrets.token_hex(16))
    oauth_codes: list[str] = field(default_factory=list)
    jsapi_ticket: str = field(default_factory=lambda: "kgt8ON7yVITDhtdwci0qe" +
                              secrets.token_hex(8))
    official_calls: list[str] = field(default_factory=list)  # /cgi-bin/... paths asked
    port: int = 0

    # ---- the operator's files -------------------------------------------------------

    def env(self, folder: Path, notify_url: str) -> dict[str, str]:
        (folder / "apiclient_key.pem").write_bytes(pem_private(self.merchant_key))
        (folder / "apiv3.key").write_text(self.api_v3_key)
        (folder / "wechatpay_pub.pem").write_bytes(pem_public(self.platform_key))
        return {"RESPONDER_WECHAT_MCHID": self.mchid, "RESPONDER_WECHAT_APPID": self.appid,
                "RESPONDER_WECHAT_MERCHANT_SERIAL": self.merchant_serial,
                "RESPONDER_WECHAT_PRIVATE_KEY_FILE": str(folder / "apiclient_key.pem"),
                "RESPONDER_WECHAT_APIV3_KEY_FILE": str(folder / "apiv3.key"),
                "RESPONDER_WECHAT_PLATFORM_KEY_FILES": str(folder / "wechatpay_pub.pem"),
                "RESPONDER_WECHAT_PLATFORM_KEY_ID": self.platform_id,
                "RESPONDER_WECHAT_NOTIFY_URL": notify_url,
                "RESPONDER_WECHAT_GATEWAY": self.url}

    def jsapi_env(self, folder: Path) -> dict[str, str]:
        """JSAPI too: the official account's AppSecret, and its OAuth here."""
        (folder / "appsecret").write_text(self.app_secret)
        return {"RESPONDER_WECHAT_APP_SECRET_FILE": str(folder / "appsecret"),
                "RESPONDER_WECHAT_OAUTH_GATEWAY": self.url}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def now(self) -> float:
        return time.time() + self.clock_offset_s

    # ---- signing ------------------------------------------------------------------

    def signed_headers(self, body: bytes, *, key: rsa.RSAPrivateKey | None = None,
                       serial: str | None = None, timestamp: int | None = None
                       ) -> dict[str, str]:
        stamp = str(timestamp if timestamp is not None else int(self.now()))
        nonce = secrets.token_hex(16)
        signature = rsa_sign(key or self.platform_key,
                             f"{stamp}\n{nonce}\n".encode() + body + b"\n")
        return {"Wechatpay-Timestamp": stamp, "Wechatpay-Nonce": nonce,
                "Wechatpay-Signature": signature, "Wechatpay-Serial": serial or self.platform_id,
                "Content-Type": "application/json"}

    def _answer(self, status: int, data: dict[str, Any] | None = None) -> Response:
        body = json.dumps(data).encode() if data is not None else b""
        return Response(body, status_code=status, headers=self.signed_headers(body))

    def _check(self, request: Request, body: bytes) -> str | None:
        """Why our request is refused (None: it is signed right)."""
        header = request.headers.get("authorization", "")
        if not header.startswith("WECHATPAY2-SHA256-RSA2048 "):
            return "no WECHATPAY2-SHA256-RSA2048 authorization"
        parts = dict(_AUTH.findall(header))
        if parts.get("mchid") != self.mchid or parts.get("serial_no") != self.merchant_serial:
            return "wrong merchant id or certificate serial"
        if abs(self.now() - int(parts.get("timestamp", "0"))) > 300:
            return "the request's clock is more than 5 minutes off"
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        message = (f"{request.method}\n{path}\n{parts['timestamp']}\n{parts['nonce_str']}\n"
                   .encode() + body + b"\n")
        try:
            self.merchant_key.public_key().verify(base64.b64decode(parts["signature"]),
                                                  message, padding.PKCS1v15(),
                                                  hashes.SHA256())
        except Exception:
            return "the signature does not verify"
        return None

    # ---- notices ------------------------------------------------------------------

    def encrypt(self, data: dict[str, Any], key: str | None = None) -> dict[str, str]:
        nonce, aad = secrets.token_hex(6), "transaction"
        cipher = AESGCM((key or self.api_v3_key).encode()).encrypt(
            nonce.encode(), json.dumps(data).encode(), aad.encode())
        return {"algorithm": "AEAD_AES_256_GCM", "ciphertext": base64.b64encode(cipher).decode(),
                "associated_data": aad, "nonce": nonce, "original_type": "transaction"}

    def notice(self, event: str, data: dict[str, Any], *, api_v3_key: str | None = None,
               notice_id: str | None = None) -> tuple[bytes, dict[str, Any]]:
        """(body, the decrypted resource) of a notice; sign it with `signed_headers`."""
        body = json.dumps({
            "id": notice_id or secrets.token_hex(16), "create_time": "2026-12-07T10:00:00+08:00",
            "resource_type": "encrypt-resource", "event_type": event, "summary": "ok",
            "resource": self.encrypt(data, api_v3_key)}).encode()
        return body, data

    def payment_notice(self, out_trade_no: str, *, total: int | None = None,
                       mchid: str | None = None, appid: str | None = None,
                       api_v3_key: str | None = None) -> bytes:
        order = self.orders[out_trade_no]
        if not order.transaction_id:
            order.transaction_id = "4200" + secrets.token_hex(12)
        order.state = "SUCCESS"
        return self.notice("TRANSACTION.SUCCESS", {
            "mchid": mchid or self.mchid, "appid": appid or self.appid,
            "out_trade_no": out_trade_no, "transaction_id": order.transaction_id,
            "trade_state": "SUCCESS", "trade_type": order.kind.upper(),
            "amount": {"total": order.total if total is None else total,
                       "payer_total": order.total, "currency": "CNY"},
            "payer": {"openid": "o-fake-payer"}}, api_v3_key=api_v3_key)[0]

    def refund_notice(self, out_refund_no: str, status: str) -> bytes:
        refund = self.refunds[out_refund_no]
        refund["status"] = status
        return self.notice(f"REFUND.{status}", {
            "mchid": self.mchid, "out_trade_no": refund["out_trade_no"],
            "transaction_id": self.orders[refund["out_trade_no"]].transaction_id,
            "out_refund_no": out_refund_no, "refund_id": refund["refund_id"],
            "refund_status": status, "amount": {"total": refund["total"],
                                                "refund": refund["refund"],
                                                "payer_total": refund["total"],
                                                "payer_refund": refund["refund"]}})[0]

    def pay(self, out_trade_no: str) -> None:
        """The payer pays (also after a close: a race the provider can lose)."""
        order = self.orders[out_trade_no]
        order.state = "SUCCESS"
        order.transaction_id = order.transaction_id or "4200" + secrets.token_hex(12)

    # ---- the gateway ---------------------------------------------------------------

    async def _route(self, request: Request) -> Response:
        body = await request.body()
        if request.url.path == "/sns/oauth2/access_token":  # the official account's OAuth
            query = request.query_params
            if (query.get("appid"), query.get("secret")) != (self.appid, self.app_secret) or \
                    not query.get("code"):
                return JSONResponse({"errcode": 40029, "errmsg": "invalid code"})
            self.oauth_codes.append(query["code"])
            return JSONResponse({"access_token": "x", "openid": "o-fake-payer",
                                 "scope": "snsapi_base"})
        if request.url.path.startswith("/cgi-bin/"):  # the official account's JS-SDK
            return self._official(request)
        why = self._check(request, body)
        if why is not None:
            self.refused.append(why)
            return JSONResponse({"code": "SIGN_ERROR", "message": why}, status_code=401)
        self.calls.append(f"{request.method} {request.url.path}")
        data = json.loads(body) if body else {}
        path = request.url.path
        try:
            if request.method == "POST" and path.startswith("/v3/pay/transactions/") and \
                    path.count("/") == 4:
                return self._create(path.rsplit("/", 1)[1], data)
            if path.startswith("/v3/pay/transactions/out-trade-no/"):
                number = path.split("/")[5]
                if path.endswith("/close"):
                    return self._close(number)
                order = self.orders.get(number)
                if order is None:
                    return self._answer(404, {"code": "ORDER_NOT_EXIST", "message": "no"})
                return self._answer(200, self._order(order))
            if path == "/v3/refund/domestic/refunds":
                return self._refund(data)
            if path.startswith("/v3/refund/domestic/refunds/"):
                refund = self.refunds.get(path.rsplit("/", 1)[1])
                if refund is None:
                    return self._answer(404, {"code": "RESOURCE_NOT_EXISTS"})
                return self._answer(200, self._refund_out(refund))
            if path == "/v3/bill/tradebill":
                return self._bill(request)
            if path == "/bill/download":
                return Response(self._bill_text().encode())
        except Dropped:
            raise
        return self._answer(404, {"code": "NOT_FOUND"})

    def _official(self, request: Request) -> Response:
        """cgi-bin/token (client_credential) and cgi-bin/ticket/getticket (jsapi), as the
        official account's API answers them: errcode 40001 for a wrong secret or token."""
        query, path = request.query_params, request.url.path
        self.official_calls.append(path)
        if path == "/cgi-bin/token":
            if (query.get("grant_type"), query.get("appid"), query.get("secret")) != (
                    "client_credential", self.appid, self.app_secret):
                return JSONResponse({"errcode": 40001, "errmsg": "invalid credential"})
            return JSONResponse({"access_token": self._access_token(), "expires_in": 7200})
        if path == "/cgi-bin/ticket/getticket":
            if query.get("access_token") != self._access_token() or query.get("type") != "jsapi":
                return JSONResponse({"errcode": 40001, "errmsg": "invalid credential"})
            return JSONResponse({"errcode": 0, "errmsg": "ok", "ticket": self.jsapi_ticket,
                                 "expires_in": 7200})
        return JSONResponse({"errcode": 40066, "errmsg": "invalid url"})

    def _access_token(self) -> str:
        return "ACCESS-" + hashlib.sha256(self.app_secret.encode()).hexdigest()[:24]

    def _order(self, order: Order) -> dict[str, Any]:
        return {"appid": self.appid, "mchid": self.mchid, "out_trade_no": order.out_trade_no,
                "transaction_id": order.transaction_id, "trade_state": order.state,
                "amount": {"total": order.total, "payer_total": order.total, "currency": "CNY"}}

    def _create(self, kind: str, data: dict[str, Any]) -> Response:
        number = data["out_trade_no"]
        assert 6 <= len(number) <= 32 and re.fullmatch(r"[0-9A-Za-z_\-|*]+", number), number
        total = data["amount"]["total"]
        assert isinstance(total, int) and data["amount"]["currency"] == "CNY"
        order = self.orders.get(number)
        if order is not None and (order.total, order.kind) != (total, kind):
            return self._answer(400, {"code": "INVALID_REQUEST", "message": "order exists"})
        if order is None:
            order = self.orders[number] = Order(number, total, kind)
        order.creates += 1
        if "create" in self.drop_next:
            self.drop_next.discard("create")
            raise Dropped
        if kind == "jsapi":
            return self._answer(200, {"prepay_id": f"wx{number}"})
        if kind == "h5":
            return self._answer(200, {"h5_url": f"https://wx.tenpay.com/h5?prepay={number}"})
        return self._answer(200, {"code_url": f"weixin://wxpay/bizpayurl?pr={number[:7]}"})

    def _close(self, number: str) -> Response:
        order = self.orders.get(number)
        if order is None:
            return self._answer(404, {"code": "ORDER_NOT_EXIST"})
        if order.state == "SUCCESS":
            return self._answer(400, {"code": "ORDERPAID", "message": "paid"})
        order.state = "CLOSED"
        return self._answer(204)

    def _refund(self, data: dict[str, Any]) -> Response:
        number = data["out_refund_no"]
        refund = self.refunds.get(number)
        if refund is None:
            order = self.orders[data["out_trade_no"]]
            assert order.state in ("SUCCESS", "REFUND"), order.state
            refund = self.refunds[number] = {
                "out_refund_no": number, "out_trade_no": data["out_trade_no"],
                "refund_id": "5030" + secrets.token_hex(12), "status": self.refund_status,
                "refund": data["amount"]["refund"], "total": data["amount"]["total"]}
            order.state = "REFUND"
        if "refund" in self.drop_next:
            self.drop_next.discard("refund")
            raise Dropped
        return self._answer(200, self._refund_out(refund))

    def _refund_out(self, refund: dict[str, Any]) -> dict[str, Any]:
        return {"refund_id": refund["refund_id"], "out_refund_no": refund["out_refund_no"],
                "out_trade_no": refund["out_trade_no"], "status": refund["status"],
                "amount": {"refund": refund["refund"], "total": refund["total"],
                           "currency": "CNY"}}

    def _bill_text(self) -> str:
        header = ("交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,"
                  "交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,"
                  "商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,"
                  "手续费,费率,订单金额,申请退款金额,费率备注")
        return "\n".join([header, *self.bill_lines, "总交易单数,应结订单总金额",
                          "`1,`0.01"]) + "\n"

    def bill_line(self, out_trade_no: str, yuan: str, *, refund_no: str = "",
                  refund_yuan: str = "0.00", refund_status: str = "") -> None:
        state = "REFUND" if refund_no else "SUCCESS"
        cells = ["2026-12-06 10:00:00", self.appid, self.mchid, "0", "", "4200fake",
                 out_trade_no, "o-fake", "NATIVE", state, "OTHERS", "CNY", yuan, "0.00",
                 "5030fake" if refund_no else "", refund_no, refund_yuan, "0.00",
                 "ORIGINAL" if refund_no else "", refund_status, "chat", "", "0.00", "0.60%",
                 yuan, refund_yuan, ""]
        self.bill_lines.append(",".join(f"`{c}" for c in cells))

    def _bill(self, request: Request) -> Response:
        if not self.bill_lines:
            return self._answer(400, {"code": "NO_STATEMENT_EXIST", "message": "none"})
        text = self._bill_text().encode()
        return self._answer(200, {"hash_type": "SHA1",
                                  "hash_value": hashlib.sha1(text).hexdigest(),
                                  "download_url": f"{self.url}/bill/download?token=x"})

    # ---- serving ------------------------------------------------------------------

    def start(self) -> None:
        self.port = free_port()

        async def app_route(request: Request) -> Response:
            return await self._route(request)

        app = Starlette(routes=[Route("/{path:path}", app_route,
                                      methods=["GET", "POST"])])
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="critical",
                                lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        while not self._server.started:
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
