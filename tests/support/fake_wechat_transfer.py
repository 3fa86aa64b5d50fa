"""WeChat Pay 商家转账 (transfer-bills) in the test process: FakeWeChat's gateway (the same
merchant and keys, OUR signature checked on every call, every answer signed with the
platform key made at test time) with the transfer calls added.

It keeps transfers by our `out_bill_no`: the same request again answers the same bill (a
different one with that number is refused), so a retry never pays twice; `paid_for` is the
money that left for a number. It checks what WeChat checks for scene 1005 (佣金报酬):
the report infos 岗位类型 and 报酬说明, the perception 劳务报酬, a remark of at most 32
characters, the real name (RSA-OAEP to the platform key, its id in `Wechatpay-Serial`) from ¥2,000.

Programmable: the responder confirms (`confirm`; a name that is not the account holder's
then fails NAME_NOT_CORRECT), never confirms (`expire`: FAIL OVERDUE_CLOSE after 24 h),
the next call hangs past the client's time-out or answers 500 after acting
(`hang_next` / `drop_next`), an answer signed with a wrong key (`bad_signature_next`);
`transfer_notice` makes the MCHTRANSFER.BILL.FINISHED notice, posted by the test when it
likes (late, twice, or never).
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.support.backend import free_port
from tests.support.fake_wechat import FakeWeChat, new_key

TRANSFER_PATH = "/v3/fund-app/mch-transfer/transfer-bills"
PERCEPTIONS_1005 = ("劳务报酬", "报销款", "企业补贴", "开工利是")


@dataclass
class Bill:
    out_bill_no: str
    request: dict[str, Any]  # what was asked (user_name decrypted): a repeat must match
    transfer_bill_no: str = field(default_factory=lambda: "1330" + secrets.token_hex(14))
    state: str = "WAIT_USER_CONFIRM"
    fail_reason: str = ""
    creates: int = 0
    paid: int = 0  # fen that left the merchant for this bill


@dataclass
class FakeWeChatTransfer(FakeWeChat):
    bills: dict[str, Bill] = field(default_factory=dict)
    account_names: dict[str, str] = field(default_factory=dict)  # openid -> real name
    hang_next: set[str] = field(default_factory=set)  # "transfer" | "query"
    drop_next: set[str] = field(default_factory=set)
    bad_signature_next: set[str] = field(default_factory=set)
    requests_seen: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    _release: threading.Event = field(default_factory=threading.Event)

    # ---- signing: as WeChat signs, including the header the SDKs insist on ----------

    def signed_headers(self, body: bytes, *, key: rsa.RSAPrivateKey | None = None,
                       serial: str | None = None, timestamp: int | None = None
                       ) -> dict[str, str]:
        headers = super().signed_headers(body, key=key, serial=serial, timestamp=timestamp)
        return {**headers, "Wechatpay-Signature-Type": "WECHATPAY2-SHA256-RSA2048"}

    def _signed(self, status: int, data: dict[str, Any] | None, what: str) -> Response:
        body = json.dumps(data, ensure_ascii=False).encode() if data is not None else b""
        key = None
        if what in self.bad_signature_next:
            self.bad_signature_next.discard(what)
            key = new_key()
        return Response(body, status_code=status, headers=self.signed_headers(body, key=key))

    # ---- what the responder (and 24 hours) do ---------------------------------------

    def confirm(self, out_bill_no: str) -> None:
        """The responder confirms in WeChat; the name, if given, is checked now."""
        bill = self.bills[out_bill_no]
        assert bill.state == "WAIT_USER_CONFIRM", bill.state
        name = bill.request.get("user_name")
        holder = self.account_names.get(bill.request["openid"])
        if name is not None and holder is not None and name != holder:
            bill.state, bill.fail_reason = "FAIL", "NAME_NOT_CORRECT"
            return
        bill.state = "SUCCESS"
        bill.paid += bill.request["transfer_amount"]

    def paid_for(self, out_bill_no: str) -> int:
        """The money that left for our number, over every request that named it."""
        bill = self.bills.get(out_bill_no)
        return bill.paid if bill else 0

    def expire(self, out_bill_no: str) -> None:
        """24 hours without the responder's confirmation: WeChat closes the bill."""
        bill = self.bills[out_bill_no]
        assert bill.state == "WAIT_USER_CONFIRM", bill.state
        bill.state, bill.fail_reason = "FAIL", "OVERDUE_CLOSE"

    def transfer_notice(self, out_bill_no: str, *, notice_id: str | None = None,
                        mchid: str | None = None, event: str = "MCHTRANSFER.BILL.FINISHED",
                        **changes: Any) -> bytes:
        bill = self.bills[out_bill_no]
        data = {"out_bill_no": out_bill_no, "transfer_bill_no": bill.transfer_bill_no,
                "state": bill.state, "mch_id": mchid or self.mchid,
                "transfer_amount": bill.request["transfer_amount"],
                "openid": bill.request["openid"],
                "create_time": "2026-12-07T10:00:00+08:00",
                "update_time": "2026-12-07T10:05:00+08:00", **changes}
        if bill.fail_reason:
            data.setdefault("fail_reason", bill.fail_reason)
        nonce, aad = secrets.token_hex(6), "mch_payment"
        cipher = AESGCM(self.api_v3_key.encode()).encrypt(
            nonce.encode(), json.dumps(data, ensure_ascii=False).encode(), aad.encode())
        return json.dumps({
            "id": notice_id or str(uuid.uuid4()), "create_time": "2026-12-07T10:05:00+08:00",
            "resource_type": "encrypt-resource", "event_type": event,
            "summary": "商家转账单据终态通知",
            "resource": {"original_type": "mch_payment", "algorithm": "AEAD_AES_256_GCM",
                         "ciphertext": base64.b64encode(cipher).decode(),
                         "associated_data": aad, "nonce": nonce}},
            ensure_ascii=False).encode()

    # ---- the gateway ---------------------------------------------------------------

    def _bill_out(self, bill: Bill, *, created: bool) -> dict[str, Any]:
        out: dict[str, Any] = {"out_bill_no": bill.out_bill_no,
                               "transfer_bill_no": bill.transfer_bill_no,
                               "create_time": "2026-12-07T10:00:00+08:00", "state": bill.state}
        if created and bill.state == "WAIT_USER_CONFIRM":
            out["package_info"] = f"affffddafdfafddffda==+{bill.transfer_bill_no[-8:]}"
        if not created:
            out.update(mch_id=self.mchid, appid=self.appid,
                       transfer_amount=bill.request["transfer_amount"],
                       transfer_remark=bill.request["transfer_remark"],
                       openid=bill.request["openid"],
                       update_time="2026-12-07T10:05:00+08:00")
            if bill.fail_reason:
                out["fail_reason"] = bill.fail_reason
        return out

    def _why_not(self, request: Request, data: dict[str, Any]) -> str | None:
        """Why WeChat would refuse this transfer (PARAM_ERROR), None if it would not."""
        number = data.get("out_bill_no", "")
        if not re.fullmatch(r"[0-9A-Za-z]{5,32}", number):
            return "out_bill_no is 5-32 letters and digits"
        if data.get("appid") != self.appid or not data.get("openid"):
            return "appid and openid are needed"
        amount = data.get("transfer_amount")
        if not isinstance(amount, int) or isinstance(amount, bool) or amount < 1:
            return "transfer_amount is whole fen"
        remark = data.get("transfer_remark", "")
        if not remark or len(remark) > 32:
            return "transfer_remark is 1-32 characters"
        if data.get("transfer_scene_id") != "1005":
            return "the merchant has scene 1005 only"
        infos = {i.get("info_type"): i.get("info_content")
                 for i in data.get("transfer_scene_report_infos") or []}
        if set(infos) != {"岗位类型", "报酬说明"} or not all(infos.values()):
            return "需传入转账场景报备信息: 岗位类型 and 报酬说明"
        if data.get("user_recv_perception") not in PERCEPTIONS_1005:
            return "暂不支持展示当前传入的用户收款感知"
        if amount >= 200_000 and "user_name" not in data:
            return "user_name is needed from 2,000 yuan"
        if "user_name" in data:
            if amount < 30:
                return "user_name is not allowed below 0.30 yuan"
            if request.headers.get("wechatpay-serial") != self.platform_id:
                return "Wechatpay-Serial does not name the key user_name is encrypted to"
            try:
                data["user_name"] = self.platform_key.decrypt(
                    base64.b64decode(data["user_name"]),
                    padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(),
                                 label=None)).decode()
            except ValueError:
                return "user_name does not decrypt with the platform key"
        if not str(data.get("notify_url", "")).startswith("https://"):
            return "notify_url is https"
        return None

    async def _act_then(self, what: str, answer: Response) -> Response:
        if what in self.hang_next:
            self.hang_next.discard(what)
            # Past any client's time-out; released when the fake stops.
            await asyncio.get_running_loop().run_in_executor(None, self._release.wait, 60)
        if what in self.drop_next:
            self.drop_next.discard(what)
            return Response(b"upstream broke", status_code=502)
        return answer

    async def _route(self, request: Request) -> Response:
        path = request.url.path
        if not path.startswith(TRANSFER_PATH):
            return await super()._route(request)
        body = await request.body()
        why = self._check(request, body)
        if why is not None:
            self.refused.append(why)
            return JSONResponse({"code": "SIGN_ERROR", "message": why}, status_code=401)
        self.calls.append(f"{request.method} {path}")
        self.requests_seen.append((dict(request.headers), body))
        if request.method == "POST" and path == TRANSFER_PATH:
            data = json.loads(body)
            why = self._why_not(request, data)
            if why is not None:
                self.refused.append(why)
                return self._signed(400, {"code": "PARAM_ERROR", "message": why}, "transfer")
            bill = self.bills.get(data["out_bill_no"])
            if bill is not None and bill.request != data:
                return self._signed(400, {"code": "INVALID_REQUEST",
                                          "message": "商户单号重复,请求参数与原单不一致"},
                                    "transfer")
            if bill is None:
                bill = self.bills[data["out_bill_no"]] = Bill(data["out_bill_no"], data)
            bill.creates += 1
            return await self._act_then("transfer", self._signed(
                200, self._bill_out(bill, created=True), "transfer"))
        prefix = f"{TRANSFER_PATH}/out-bill-no/"
        if request.method == "GET" and path.startswith(prefix):
            bill = self.bills.get(path.removeprefix(prefix))
            if bill is None:
                return self._signed(404, {"code": "NOT_FOUND", "message": "记录不存在"}, "query")
            return await self._act_then("query", self._signed(
                200, self._bill_out(bill, created=False), "query"))
        return self._signed(404, {"code": "NOT_FOUND", "message": "no such call"}, "other")

    def start(self) -> None:
        self.port = free_port()

        async def app_route(request: Request) -> Response:
            return await self._route(request)

        app = Starlette(routes=[Route("/{path:path}", app_route, methods=["GET", "POST"])])
        self._server = uvicorn.Server(uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="critical", lifespan="off"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        while not self._server.started:
            time.sleep(0.01)

    def stop(self) -> None:
        self._release.set()
        super().stop()
