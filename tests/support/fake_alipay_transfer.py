"""Alipay 单笔转账 in the test process: FakeAlipay's gateway (OUR RSA2 signature and clock
checked on every call, answers signed with an Alipay key made at test time) with the
transfer calls, in public-key-certificate mode as Alipay requires for transfers.

At start it makes a root CA, the app's certificate (the app key) and Alipay's certificate
(the Alipay key), and expects `app_cert_sn` / `alipay_root_cert_sn` as python-alipay-sdk
computes them (an implementation apart from ours). It keeps transfers by our `out_biz_no`:
the same request again answers the same transfer, other content with that number is
refused (PAYMENT_INFO_INCONSISTENCY), so a retry never pays twice (`paid_for`). Accounts
are login -> real name: an unknown login is PAYEE_NOT_EXIST, another name
PAYEE_USER_INFO_ERROR.

Programmable: the next transfer DEALING instead of SUCCESS (`deal_next`), later settled
(`settle`), the next call hangs past the client's time-out, answers 504 or SYSTEM_ERROR
after acting, or is signed with a wrong key; `transfer_notice` makes the
`alipay.fund.trans.order.changed` message, posted by the test when it likes.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
import time
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import uvicorn
from alipay import DCAliPay
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.support.backend import free_port
from tests.support.fake_alipay import FakeAlipay, signing_string
from tests.support.fake_wechat import new_key, pem_private, rsa_sign

TRANSFER = "alipay.fund.trans.uni.transfer"
QUERY = "alipay.fund.trans.common.query"


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ant Financial"),
                      x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME,
                                         "Certification Authority"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(subject: str, public: Any, issuer: str, issuer_key: Any) -> x509.Certificate:
    now = datetime.now(UTC)
    return (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(_name(issuer))
            .public_key(public).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
            .sign(issuer_key, hashes.SHA256()))


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode()


@dataclass
class Transfer:
    biz: dict[str, Any]
    order_id: str = field(default_factory=lambda: "2026" + secrets.token_hex(12))
    status: str = "SUCCESS"
    error_code: str = ""
    paid: int = 0  # fen that left the merchant
    creates: int = 0


@dataclass
class FakeAlipayTransfer(FakeAlipay):
    transfers: dict[str, Transfer] = field(default_factory=dict)
    accounts: dict[str, str] = field(default_factory=dict)  # login -> real name
    deal_next: bool = False
    hang_next: set[str] = field(default_factory=set)  # "transfer" | "query"
    drop_next: set[str] = field(default_factory=set)
    system_error_next: set[str] = field(default_factory=set)
    bad_signature_next: set[str] = field(default_factory=set)
    requests_seen: list[dict[str, str]] = field(default_factory=list)
    _release: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        root_key = new_key()
        self.root_cert = _cert("Ant Financial Certification Authority R1", root_key.public_key(),
                               "Ant Financial Certification Authority R1", root_key)
        other_root = new_key()
        self.other_root_cert = _cert("Ant Financial Certification Authority Class 2 R1",
                                     other_root.public_key(),
                                     "Ant Financial Certification Authority Class 2 R1",
                                     other_root)
        ec_key = ec.generate_private_key(ec.SECP256R1())  # stands in for the SM2 root
        self.ec_root_cert = _cert("Ant Financial Certification Authority E1",
                                  ec_key.public_key(),
                                  "Ant Financial Certification Authority E1", ec_key)
        self.app_cert = _cert(self.app_id, self.app_key.public_key(),
                              "Ant Financial Certification Authority R1", root_key)
        self.alipay_cert = _cert("Alipay", self.alipay_key.public_key(),
                                 "Ant Financial Certification Authority R1", root_key)
        # Alipay's file: certificates one after another, a blank line between them.
        self.root_chain = "\n".join([_pem(self.root_cert), _pem(self.ec_root_cert),
                                     _pem(self.other_root_cert)])
        with warnings.catch_warnings():  # the SDK reads certificates with pyOpenSSL's old API
            warnings.simplefilter("ignore", DeprecationWarning)
            self.app_cert_sn = DCAliPay.get_cert_sn(_pem(self.app_cert))
            self.alipay_root_cert_sn = DCAliPay.get_root_cert_sn(self.root_chain)
            self.alipay_cert_sn = DCAliPay.get_cert_sn(_pem(self.alipay_cert))

    def transfer_env(self, folder: Path) -> dict[str, str]:
        (folder / "app_private_key.pem").write_bytes(pem_private(self.app_key))
        (folder / "appCertPublicKey.crt").write_text(_pem(self.app_cert))
        (folder / "alipayCertPublicKey_RSA2.crt").write_text(_pem(self.alipay_cert))
        (folder / "alipayRootCert.crt").write_text(self.root_chain)
        return {"RESPONDER_ALIPAY_APP_ID": self.app_id,
                "RESPONDER_ALIPAY_PRIVATE_KEY_FILE": str(folder / "app_private_key.pem"),
                "RESPONDER_ALIPAY_TRANSFER_APP_CERT_FILE": str(folder / "appCertPublicKey.crt"),
                "RESPONDER_ALIPAY_TRANSFER_ALIPAY_CERT_FILE":
                    str(folder / "alipayCertPublicKey_RSA2.crt"),
                "RESPONDER_ALIPAY_TRANSFER_ROOT_CERT_FILE": str(folder / "alipayRootCert.crt"),
                "RESPONDER_ALIPAY_GATEWAY": f"{self.url}/gateway.do"}

    # ---- what happens at Alipay later -----------------------------------------------

    def settle(self, out_biz_no: str, status: str, error_code: str = "") -> None:
        transfer = self.transfers[out_biz_no]
        transfer.status, transfer.error_code = status, error_code
        if status == "SUCCESS":
            transfer.paid = self._fen(transfer.biz["trans_amount"])

    def paid_for(self, out_biz_no: str) -> int:
        transfer = self.transfers.get(out_biz_no)
        return transfer.paid if transfer else 0

    def transfer_notice(self, out_biz_no: str, *, key: rsa.RSAPrivateKey | None = None,
                        sent: datetime | None = None, notify_id: str | None = None,
                        app_id: str | None = None, msg_method: str = "", **changes: Any
                        ) -> bytes:
        transfer = self.transfers[out_biz_no]
        biz = {"out_biz_no": out_biz_no, "order_id": transfer.order_id,
               "pay_fund_order_id": transfer.order_id + "01", "status": transfer.status,
               "trans_amount": transfer.biz["trans_amount"], "product_code":
               "TRANS_ACCOUNT_NO_PWD", "biz_scene": "DIRECT_TRANSFER",
               "origin_interface": TRANSFER, "action_type": "FINISH",
               "pay_date": "2026-12-07 10:05:00", **changes}
        if transfer.error_code:
            biz.setdefault("error_code", transfer.error_code)
        form = {"charset": "utf-8", "biz_content": json.dumps(biz, ensure_ascii=False),
                "msg_method": msg_method or "alipay.fund.trans.order.changed",
                "utc_timestamp": str(int((sent or datetime.now(UTC)).timestamp() * 1000)),
                "version": "1.1", "sign_type": "RSA2",
                "notify_id": notify_id or secrets.token_hex(16), "app_id": app_id or self.app_id}
        form["sign"] = rsa_sign(key or self.alipay_key,
                                signing_string(form, ("sign", "sign_type")))
        return urlencode(form).encode()

    # ---- the gateway ---------------------------------------------------------------

    @staticmethod
    def _fen(yuan: str) -> int:
        return int(Decimal(yuan) * 100)

    def _answer_signed(self, method: str, data: dict[str, Any]) -> Response:
        what = "transfer" if method == TRANSFER else "query"
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        key = self.alipay_key
        if what in self.bad_signature_next:
            self.bad_signature_next.discard(what)
            key = new_key()
        body = (f'{{"{method.replace(".", "_")}_response":{raw},'
                f'"alipay_cert_sn":"{self.alipay_cert_sn}",'
                f'"sign":"{rsa_sign(key, raw.encode())}"}}')
        return Response(body, media_type="application/json;charset=utf-8")

    async def _act_then(self, what: str, method: str, data: dict[str, Any]) -> Response:
        if what in self.hang_next:
            self.hang_next.discard(what)
            await asyncio.get_running_loop().run_in_executor(None, self._release.wait, 60)
        if what in self.drop_next:
            self.drop_next.discard(what)
            return Response(b"", status_code=504)
        if what in self.system_error_next:
            self.system_error_next.discard(what)
            data = {"code": "40004", "msg": "Business Failed", "sub_code": "SYSTEM_ERROR",
                    "sub_msg": "系统繁忙"}
        return self._answer_signed(method, data)

    def _why_not(self, biz: dict[str, Any]) -> str | None:
        if (biz.get("product_code"), biz.get("biz_scene")) != ("TRANS_ACCOUNT_NO_PWD",
                                                               "DIRECT_TRANSFER"):
            return "product_code TRANS_ACCOUNT_NO_PWD and biz_scene DIRECT_TRANSFER"
        payee = biz.get("payee_info") or {}
        if payee.get("identity_type") != "ALIPAY_LOGON_ID" or not payee.get("name"):
            return "a login needs the payee's name"
        amount = str(biz.get("trans_amount", ""))
        if "." not in amount or len(amount.split(".")[1]) != 2 or Decimal(amount) < \
                Decimal("0.10"):
            return "trans_amount is yuan with two decimals, at least 0.10"
        if not biz.get("order_title") or not 1 <= len(biz.get("out_biz_no", "")) <= 64:
            return "order_title and out_biz_no are needed"
        return None

    def _transfer(self, biz: dict[str, Any]) -> dict[str, Any]:
        why = self._why_not(biz)
        if why is not None:
            self.refused.append(why)
            return {"code": "40004", "msg": "Business Failed", "sub_code": "INVALID_PARAMETER",
                    "sub_msg": why}
        number = biz["out_biz_no"]
        transfer = self.transfers.get(number)
        if transfer is not None and transfer.biz != biz:
            return {"code": "40004", "msg": "Business Failed",
                    "sub_code": "PAYMENT_INFO_INCONSISTENCY", "sub_msg": "两次请求商户单号一样"}
        if transfer is None:
            payee = biz["payee_info"]
            holder = self.accounts.get(payee["identity"])
            if holder is None:
                return {"code": "40004", "msg": "Business Failed",
                        "sub_code": "PAYEE_NOT_EXIST", "sub_msg": "收款账号不存在"}
            if holder != payee["name"]:
                return {"code": "40004", "msg": "Business Failed",
                        "sub_code": "PAYEE_USER_INFO_ERROR",
                        "sub_msg": "支付宝账号和姓名不匹配,请确认姓名是否正确"}
            transfer = self.transfers[number] = Transfer(biz)
            if self.deal_next:
                self.deal_next, transfer.status = False, "DEALING"
            else:
                transfer.paid = self._fen(biz["trans_amount"])
        transfer.creates += 1
        return {"code": "10000", "msg": "Success", "out_biz_no": number,
                "order_id": transfer.order_id, "pay_fund_order_id": transfer.order_id + "01",
                "status": transfer.status, "trans_date": "2026-12-07 10:00:00"}

    def _query(self, biz: dict[str, Any]) -> dict[str, Any]:
        transfer = self.transfers.get(biz.get("out_biz_no", ""))
        if transfer is None:
            return {"code": "40004", "msg": "Business Failed", "sub_code": "ORDER_NOT_EXIST",
                    "sub_msg": "转账订单不存在"}
        out = {"code": "10000", "msg": "Success", "out_biz_no": biz["out_biz_no"],
               "order_id": transfer.order_id, "pay_fund_order_id": transfer.order_id + "01",
               "status": transfer.status, "trans_amount": transfer.biz["trans_amount"]}
        if transfer.error_code:
            out.update(error_code=transfer.error_code, fail_reason="转账失败")
        return out

    async def _route(self, request: Request) -> Response:
        params = dict(parse_qsl((await request.body()).decode()))
        method = params.get("method", "")
        if method not in (TRANSFER, QUERY):
            return await super()._route(request)
        why = self._check(params)
        if why is None and (params.get("app_cert_sn"), params.get("alipay_root_cert_sn")) != \
                (self.app_cert_sn, self.alipay_root_cert_sn):
            why = "app_cert_sn / alipay_root_cert_sn are not the certificates' (cert mode only)"
        if why is not None:
            self.refused.append(why)
            return self._answer_signed(method, {"code": "40002", "msg": "Invalid Arguments",
                                                "sub_code": "isv.invalid-signature"})
        self.calls.append(method)
        self.requests_seen.append(params)
        biz = json.loads(params["biz_content"])
        if method == TRANSFER:
            return await self._act_then("transfer", method, self._transfer(biz))
        return await self._act_then("query", method, self._query(biz))

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
        self._release.set()
        super().stop()
