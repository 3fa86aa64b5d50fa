"""WeChat Pay API v3 商家转账: money to a responder's WeChat balance (零钱), by openid.

- `POST /v3/fund-app/mch-transfer/transfer-bills` with our `out_bill_no`, the scene 佣金报酬
  (`transfer_scene_id` "1005") and its report infos (岗位类型, 报酬说明), what the responder
  sees (`user_recv_perception` 劳务报酬, `transfer_remark`), the amount in fen, and from
  ¥2,000 the real name (`user_name`, RSA-OAEP to the platform key named in
  `Wechatpay-Serial`; sent from ¥0.30, below which WeChat refuses it).
- The answer's `state`: WAIT_USER_CONFIRM (the responder confirms in WeChat with the
  `package_info`), ACCEPTED / PROCESSING / TRANSFERING / CANCELING (moving), SUCCESS, FAIL
  (with `fail_reason`), CANCELLED. Unconfirmed for 24 hours: FAIL, OVERDUE_CLOSE.
- `GET .../transfer-bills/out-bill-no/{out_bill_no}`: what WeChat knows of our number.
- The notice MCHTRANSFER.BILL.FINISHED is signed and encrypted like payment notices.

The same request with the same `out_bill_no` answers the same transfer, so a retry after a
time-out pays once. WeChat asks that a non-200 answer is never taken as the transfer's
state: after one we ask for the bill by our number before saying anything. Signing,
checking and decrypting are payments/wechat.py's (the same merchant, the same keys).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx

from responder_server.core.payment_providers import ProviderError
from responder_server.core.payout_providers import (
    BadWebhook,
    ProviderTransfer,
    TransferNotice,
    TransferRequest,
    TransferUnknown,
    WebhookAnswer,
)
from responder_server.payments import wechat
from responder_server.payouts import transfer_reasons as reasons
from responder_wire.payouts import PayoutChannel, PayoutState

log = logging.getLogger(__name__)

TRANSFER_PATH = "/v3/fund-app/mch-transfer/transfer-bills"
NOTICE_EVENT = "MCHTRANSFER.BILL.FINISHED"
SCENE_COMMISSION = "1005"  # 佣金报酬
NAME_REQUIRED_FEN = 200_000  # ¥2,000 and more: the payee's real name is required
NAME_ALLOWED_FEN = 30  # below ¥0.30 WeChat refuses a name
_NUMBER = re.compile(r"[0-9A-Za-z]{5,32}")
# Codes after which nothing can be said yet: asked again later, with the same number.
_TRY_LATER = {"SYSTEM_ERROR", "FREQUENCY_LIMITED", "FREQUENCY_LIMIT_EXCEED"}
_MOVING = {"ACCEPTED", "PROCESSING", "TRANSFERING", "CANCELING"}


@dataclass(frozen=True)
class WeChatTransferSettings:
    pay: wechat.WeChatSettings  # the merchant that pays out (keys and gateway)
    notify_url: str  # https://<your host>/api/v1/payouts/notify/wechat
    job_type: str = "在线咨询"  # 岗位类型, reported with every transfer of scene 1005
    perception: str = "劳务报酬"  # what the responder's WeChat says the money is
    scene_id: str = SCENE_COMMISSION
    timeout_s: float = 10.0


class WeChatTransfer:
    channel = PayoutChannel.WECHAT.value
    sandbox = False

    def __init__(self, settings: WeChatTransferSettings, clock: Callable[[], datetime],
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self._clock = clock
        self._pay = wechat.WeChatPay(settings.pay, clock, transport)
        # Signs the responder's confirm links (payouts/confirming.py): derived from the API
        # v3 key, a secret only this server holds, so no other secret has to be kept.
        self.link_key = hmac.new(settings.pay.api_v3_key_file.read_text().strip().encode(),
                                 b"responder payout confirm link", hashlib.sha256).digest()
        self._http = httpx.AsyncClient(base_url=settings.pay.gateway,
                                       timeout=settings.timeout_s, transport=transport)

    async def aclose(self) -> None:
        await self._http.aclose()

    # ---- calls ---------------------------------------------------------------------

    async def _call(self, method: str, path: str, payload: Mapping[str, Any] | None = None,
                    serial: str = "") -> tuple[int, dict[str, Any]]:
        """(status, the answer) of a signed call whose answer is signed right; anything we
        cannot be sure of (no answer, 5xx, a bad signature, not JSON) is TransferUnknown."""
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")) if payload else ""
        headers = {"Authorization": self._pay.authorization(method, path, body),
                   "Accept": "application/json", "Content-Type": "application/json",
                   "User-Agent": "responder-server"}
        if serial:
            headers["Wechatpay-Serial"] = serial
        try:
            response = await self._http.request(method, path, content=body.encode(),
                                                headers=headers)
        except httpx.HTTPError as exc:
            raise TransferUnknown(f"WeChat Pay did not answer ({type(exc).__name__})"
                                  ) from None
        if response.status_code >= 500:
            raise TransferUnknown(f"WeChat Pay answered {response.status_code}")
        try:
            self._pay.check_signed(response.content, response.headers, self._clock())
            data = json.loads(response.content) if response.content else {}
        except BadWebhook as exc:
            raise TransferUnknown(f"WeChat Pay's answer is not signed right: {exc}") from None
        except ValueError:
            raise TransferUnknown("WeChat Pay's answer is not JSON") from None
        if not isinstance(data, dict):
            raise TransferUnknown("WeChat Pay's answer is not an object")
        return response.status_code, data

    def _payload(self, request: TransferRequest) -> tuple[dict[str, Any], str]:
        if not _NUMBER.fullmatch(request.transfer_no):
            raise ProviderError("the transfer number is not 5-32 letters and digits")
        amount = reasons.checked_amount(request.amount_fen)
        if amount >= NAME_REQUIRED_FEN and not request.real_name:  # WeChat's rule from ¥2,000
            raise ProviderError(reasons.NEEDS_REAL_NAME)
        remark = request.remark[:32]
        payload: dict[str, Any] = {
            "appid": self.settings.pay.appid, "out_bill_no": request.transfer_no,
            "transfer_scene_id": self.settings.scene_id, "openid": request.account,
            "transfer_amount": amount, "transfer_remark": remark,
            "notify_url": self.settings.notify_url,
            "user_recv_perception": self.settings.perception,
            "transfer_scene_report_infos": [
                {"info_type": "岗位类型", "info_content": self.settings.job_type[:32]},
                {"info_type": "报酬说明", "info_content": remark}]}
        serial = ""
        if request.real_name and amount >= NAME_ALLOWED_FEN:
            serial, payload["user_name"] = self._pay.encrypt_for_platform(request.real_name)
        return payload, serial

    async def transfer(self, request: TransferRequest) -> ProviderTransfer:
        payload, serial = self._payload(request)
        status, data = await self._call("POST", TRANSFER_PATH, payload, serial)
        if status < 300:
            if data.get("out_bill_no") not in (None, request.transfer_no):
                raise TransferUnknown("WeChat Pay answered about another transfer")
            return self._transfer(data)
        code = str(data.get("code", status))
        log.warning("WeChat Pay refused transfer %s: %s", request.transfer_no, code)
        if code in _TRY_LATER:
            raise TransferUnknown(f"WeChat Pay said {code}")
        # Not the transfer's state (WeChat's rule): the bill, if it exists, says that.
        known = await self.query(request.transfer_no)
        if known is not None:
            return known
        reason = {"NOT_ENOUGH": reasons.PLATFORM_CANNOT_PAY,
                  "NO_AUTH": reasons.PLATFORM_CANNOT_PAY}.get(code, reasons.OTHER)
        raise ProviderError(reason)

    async def query(self, transfer_no: str) -> ProviderTransfer | None:
        """None: WeChat has no bill with our number. TransferUnknown: it could not say."""
        status, data = await self._call("GET", f"{TRANSFER_PATH}/out-bill-no/{transfer_no}")
        if status == 404:
            return None
        if status >= 300:
            raise TransferUnknown(f"WeChat Pay refused the query: {data.get('code', status)}")
        if data.get("out_bill_no") not in (None, transfer_no) or \
                data.get("mch_id") not in (None, self.settings.pay.mchid):
            raise TransferUnknown("WeChat Pay answered about another transfer")
        return self._transfer(data)

    def _transfer(self, data: Mapping[str, Any]) -> ProviderTransfer:
        """A bill's `state` -> ours; an unknown state is TransferUnknown, never a guess."""
        state = str(data.get("state", ""))
        reference = str(data.get("transfer_bill_no") or "")[:100]
        if state == "WAIT_USER_CONFIRM":
            package = data.get("package_info")
            return ProviderTransfer(PayoutState.WAITING_CONFIRM.value, reference,
                                    confirm_package=str(package) if package else None)
        if state in _MOVING:
            return ProviderTransfer(PayoutState.PROCESSING.value, reference)
        if state == "SUCCESS":
            return ProviderTransfer(PayoutState.PAID.value, reference)
        if state == "CANCELLED":
            return ProviderTransfer(PayoutState.FAILED.value, reference, reasons.CANCELLED)
        if state == "FAIL":
            code = str(data.get("fail_reason", ""))
            reason, returned = reasons.of(reasons.WECHAT_FAIL, code)
            log.info("WeChat Pay transfer %s ended %s", data.get("out_bill_no"), code)
            return ProviderTransfer(
                (PayoutState.RETURNED if returned else PayoutState.FAILED).value, reference,
                reason)
        raise TransferUnknown(f"WeChat Pay's transfer state {state[:32]!r} is not known")

    def confirm_params(self, package: str) -> dict[str, str]:
        """What the page in the responder's WeChat passes to `requestMerchantTransfer`
        (WeixinJSBridge, or wx.requestMerchantTransfer after wx.config) to show WeChat's
        confirmation: our merchant, our AppID and the transfer's `package_info`."""
        return {"mchId": self.settings.pay.mchid, "appId": self.settings.pay.appid,
                "package": package}

    @property
    def official_app_id(self) -> str | None:
        """The official account the confirm page's wx.config names (its AppSecret set)."""
        return self._pay.oauth_app_id

    async def jsapi_ticket(self) -> str:
        return await self._pay.jsapi_ticket()

    # ---- the notice ----------------------------------------------------------------

    def verify_notice(self, body: bytes, headers: Mapping[str, str], now: datetime
                      ) -> TransferNotice:
        self._pay.check_signed(body, headers, now)  # forged, or older than 5 minutes
        envelope, data = self._pay.open_notice(body)
        if envelope["event_type"] != NOTICE_EVENT:
            raise BadWebhook(f"not a transfer notice ({envelope['event_type'][:40]})")
        if data.get("mch_id") not in (None, self.settings.pay.mchid):
            raise BadWebhook("the notice is for another merchant")
        number = data.get("out_bill_no")
        amount = data.get("transfer_amount")
        if not isinstance(number, str) or not _NUMBER.fullmatch(number):
            raise BadWebhook("the notice has no transfer number of ours")
        try:
            transfer = self._transfer(data)
        except TransferUnknown as exc:
            raise BadWebhook(str(exc)) from None
        return TransferNotice(
            notice_id=envelope["id"][:100], transfer_no=number, transfer=transfer,
            amount_fen=amount if isinstance(amount, int) and not isinstance(amount, bool)
            else None)

    def answer(self, accepted: bool) -> WebhookAnswer:
        return self._pay.answer(accepted)
