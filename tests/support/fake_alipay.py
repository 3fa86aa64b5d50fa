"""An Alipay open-platform gateway (RSA2) in the test process, on a loopback port.

It VERIFIES every request's signature with the app's public key and its clock (5
minutes), keeps trades and refunds, answers `{"<method>_response": {...}, "sign": ...}`
signed with an Alipay key made at test time, signs the notices it makes, and can be told
to fail a refund after making it. `open_cashier` is the client's browser following the
checkout's `pay_url` (the wap.pay/page.pay parameters are verified there too).
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import uvicorn
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.support.backend import free_port
from tests.support.fake_wechat import new_key, pem_private, pem_public, rsa_sign

BEIJING = timezone(timedelta(hours=8))


def signing_string(params: dict[str, str], leave_out: tuple[str, ...] = ("sign",)) -> bytes:
    """Alipay's rule, written here apart from the server's: every non-empty parameter but
    those left out, sorted by name, `k=v` joined with `&`, not URL-encoded."""
    pairs = sorted((k, v) for k, v in params.items() if k not in leave_out and v)
    return "&".join(f"{k}={v}" for k, v in pairs).encode()


def verify_rsa2(key: rsa.RSAPrivateKey, message: bytes, signature: str) -> bool:
    import base64

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    try:
        key.public_key().verify(base64.b64decode(signature), message, padding.PKCS1v15(),
                                hashes.SHA256())
    except Exception:
        return False
    return True


@dataclass
class FakeAlipay:
    app_id: str = "2021000000000024"
    seller_id: str = "2088000000000024"
    app_key: rsa.RSAPrivateKey = field(default_factory=new_key)  # the merchant's app key
    alipay_key: rsa.RSAPrivateKey = field(default_factory=new_key)
    clock_offset_s: float = 0.0
    trades: dict[str, dict[str, Any]] = field(default_factory=dict)
    refunds: dict[tuple[str, str], str] = field(default_factory=dict)  # -> refund amount
    refused: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    drop_next: set[str] = field(default_factory=set)
    port: int = 0

    def env(self, folder: Path, notify_url: str) -> dict[str, str]:
        (folder / "app_private_key.pem").write_bytes(pem_private(self.app_key))
        # Alipay's console shows its public key as bare base64: accepted as it is.
        bare = b"".join(pem_public(self.alipay_key).splitlines()[1:-1]).decode()
        (folder / "alipay_public_key.txt").write_text(bare)
        return {"RESPONDER_ALIPAY_APP_ID": self.app_id,
                "RESPONDER_ALIPAY_SELLER_ID": self.seller_id,
                "RESPONDER_ALIPAY_PRIVATE_KEY_FILE": str(folder / "app_private_key.pem"),
                "RESPONDER_ALIPAY_PUBLIC_KEY_FILE": str(folder / "alipay_public_key.txt"),
                "RESPONDER_ALIPAY_NOTIFY_URL": notify_url,
                "RESPONDER_ALIPAY_GATEWAY": f"{self.url}/gateway.do"}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def now(self) -> float:
        return time.time() + self.clock_offset_s

    def _check(self, params: dict[str, str]) -> str | None:
        if params.get("app_id") != self.app_id or params.get("sign_type") != "RSA2":
            return "wrong app id or sign type"
        try:
            sent = datetime.strptime(params["timestamp"], "%Y-%m-%d %H:%M:%S").replace(
                tzinfo=BEIJING)
        except (KeyError, ValueError):
            return "no timestamp"
        if abs(sent.timestamp() - self.now()) > 300:
            return "the request's clock is more than 5 minutes off"
        if not verify_rsa2(self.app_key, signing_string(params), params.get("sign", "")):
            return "the signature does not verify"
        return None

    def open_cashier(self, pay_url: str) -> dict[str, Any]:
        """The client's browser opens the pay URL: the trade now exists (WAIT_BUYER_PAY)."""
        params = dict(parse_qsl(urlsplit(pay_url).query))
        why = self._check(params)
        assert why is None, why
        biz = json.loads(params["biz_content"])
        assert params["method"] in ("alipay.trade.wap.pay", "alipay.trade.page.pay")
        trade = self.trades.setdefault(biz["out_trade_no"], {
            "out_trade_no": biz["out_trade_no"], "total_amount": biz["total_amount"],
            "trade_no": "2026" + secrets.token_hex(10), "trade_status": "WAIT_BUYER_PAY"})
        return trade

    def pay(self, out_trade_no: str) -> None:
        self.trades[out_trade_no]["trade_status"] = "TRADE_SUCCESS"

    def notice(self, out_trade_no: str, *, key: rsa.RSAPrivateKey | None = None,
               **changes: str) -> bytes:
        trade = self.trades[out_trade_no]
        trade["trade_status"] = "TRADE_SUCCESS"
        form = {"notify_time": datetime.now(BEIJING).strftime("%Y-%m-%d %H:%M:%S"),
                "notify_type": "trade_status_sync", "notify_id": secrets.token_hex(16),
                "charset": "utf-8", "version": "1.0", "sign_type": "RSA2",
                "app_id": self.app_id, "seller_id": self.seller_id,
                "trade_no": trade["trade_no"], "out_trade_no": out_trade_no,
                "trade_status": "TRADE_SUCCESS", "total_amount": trade["total_amount"],
                "receipt_amount": trade["total_amount"], "subject": "chat", **changes}
        form["sign"] = rsa_sign(key or self.alipay_key,
                                signing_string(form, ("sign", "sign_type")))
        return urlencode(form).encode()

    def _answer(self, method: str, data: dict[str, Any]) -> Response:
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        sign = rsa_sign(self.alipay_key, raw.encode())
        key = method.replace(".", "_") + "_response"
        return Response(f'{{"{key}":{raw},"sign":"{sign}"}}',
                        media_type="application/json;charset=utf-8")

    async def _route(self, request: Request) -> Response:
        params = dict(parse_qsl((await request.body()).decode()))
        why = self._check(params)
        method = params.get("method", "")
        if why is not None:
            self.refused.append(why)
            return self._answer(method, {"code": "40002", "msg": "Invalid Arguments",
                                         "sub_code": "isv.invalid-signature"})
        self.calls.append(method)
        biz = json.loads(params["biz_content"])
        trade = self.trades.get(biz.get("out_trade_no", ""))
        missing = {"code": "40004", "msg": "Business Failed", "sub_code": "ACQ.TRADE_NOT_EXIST"}
        if method == "alipay.trade.query":
            if trade is None:
                return self._answer(method, missing)
            return self._answer(method, {"code": "10000", "msg": "Success", **trade})
        if method == "alipay.trade.close":
            if trade is None:
                return self._answer(method, missing)
            if trade["trade_status"] == "WAIT_BUYER_PAY":
                trade["trade_status"] = "TRADE_CLOSED"
            return self._answer(method, {"code": "10000", "msg": "Success",
                                         "out_trade_no": trade["out_trade_no"]})
        if method == "alipay.trade.refund":
            assert trade is not None and trade["trade_status"] == "TRADE_SUCCESS"
            key = (trade["out_trade_no"], biz["out_request_no"])
            fresh = key not in self.refunds
            self.refunds.setdefault(key, biz["refund_amount"])
            assert Decimal(biz["refund_amount"]) <= Decimal(trade["total_amount"])
            if "refund" in self.drop_next:
                self.drop_next.discard("refund")
                return Response(b"", status_code=504)
            return self._answer(method, {"code": "10000", "msg": "Success",
                                         "trade_no": trade["trade_no"],
                                         "refund_fee": biz["refund_amount"],
                                         "fund_change": "Y" if fresh else "N"})
        if method == "alipay.trade.fastpay.refund.query":
            amount = self.refunds.get((biz["out_trade_no"], biz["out_request_no"]))
            return self._answer(method, {"code": "10000", "msg": "Success",
                                         **({"refund_status": "REFUND_SUCCESS",
                                             "refund_amount": amount} if amount else {})})
        return self._answer(method, {"code": "40004", "sub_code": "ACQ.UNKNOWN"})

    def start(self) -> None:
        self.port = free_port()

        async def route(request: Request) -> Response:
            return await self._route(request)

        app = Starlette(routes=[Route("/gateway.do", route, methods=["POST"])])
        self._server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                     log_level="critical", lifespan="off"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        while not self._server.started:
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
