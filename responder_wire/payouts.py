"""Wire models for money out: where a responder is paid, their identity for tax, payout
lines and the next payout. Money is integer fen. Shared by the backend and the app.

Routes (responder's bearer token):
- `GET /api/v1/payouts/account` → `PayoutAccountOut` (what is bound, masked)
- `PUT /api/v1/payouts/identity` `IdentityIn` → `PayoutAccountOut` (real name + ID, once)
- `PUT /api/v1/payouts/account/alipay` `AlipayAccountIn` → `PayoutAccountOut`
- `POST /api/v1/payouts/account/wechat` → `WechatBindStarted` (a QR to scan in WeChat)
- `DELETE /api/v1/payouts/account` → `PayoutAccountOut` (nothing bound)
- `GET /api/v1/payouts/next` → `NextPayout`
- `GET /api/v1/payouts` → `PayoutList` (the responder's payout lines, newest first)
- `POST /api/v1/payouts/{line_id}/confirm-link` → `PayoutConfirmLink` (a WeChat line
  waiting for the responder: a QR to scan in WeChat and confirm receipt)
The confirm page (no sign-in, the link's token is the proof):
- `GET /api/v1/payouts/confirm/{token}?url=PAGE_URL` → `PayoutConfirmPage`
- `POST /api/v1/payouts/confirm/{token}/done` → `PayoutConfirmPage` (the line asked about now)
The SSE event `payout.changed` (data: `PayoutLineOut`) tells the app a line moved.

Identity (real name, ID number) is never sent back in full: only the masks below.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from responder_wire.strict import StrictRequest

__all__ = [
    "PAYOUT_CHANGED",
    "AlipayAccountIn",
    "IdentityIn",
    "NextPayout",
    "PayoutAccountOut",
    "PayoutChannel",
    "PayoutConfirmLink",
    "PayoutConfirmPage",
    "PayoutLineOut",
    "PayoutList",
    "PayoutState",
    "WechatBindStarted",
    "WxConfig",
    "id_number_problem",
    "mask_account",
    "mask_id_number",
    "mask_name",
]

PAYOUT_CHANGED = "payout.changed"


class _Model(StrictRequest):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, defer_build=True)


class PayoutChannel(StrEnum):
    WECHAT = "wechat"  # 商家转账 to the WeChat balance (scene 佣金报酬), by openid
    ALIPAY = "alipay"  # alipay.fund.trans.uni.transfer to an Alipay account + real name
    SANDBOX = "sandbox"  # demos and tests: pays at once


class PayoutState(StrEnum):
    """A payout line's state; it only moves forward (see the order in payouts/states.py)."""

    CREATED = "created"  # in a run, not sent yet
    SENT = "sent"  # asked the provider; no answer yet (a retry reuses the transfer number)
    WAITING_CONFIRM = "waiting_confirm"  # WeChat: the responder must confirm in WeChat
    PROCESSING = "processing"  # the provider accepted it and is moving the money
    PAID = "paid"  # arrived
    FAILED = "failed"  # refused for good; its entries are pending again, with the reason
    RETURNED = "returned"  # came back (unconfirmed, real-name mismatch): pending again


# A line in these states has left (or is leaving) but has not arrived: its entries are
# neither pending nor paid (EntryStatus.IN_FLIGHT).
IN_FLIGHT_STATES = frozenset({PayoutState.CREATED, PayoutState.SENT,
                              PayoutState.WAITING_CONFIRM, PayoutState.PROCESSING})


# ---- identity and accounts ---------------------------------------------------------------

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_NAME = re.compile(r"^[\u3400-\u9fff\u00b7\u30fb A-Za-z.'-]{2,40}$")
_ALIPAY_ACCOUNT = re.compile(r"^(1\d{10}|[^@\s]{1,64}@[^@\s]{1,190}\.[A-Za-z]{2,24})$")


def id_number_problem(value: str) -> str | None:
    """Why an 18-character resident ID number is not valid (None: it is)."""
    if not re.fullmatch(r"\d{17}[\dXx]", value):
        return "an ID number has 18 characters: 17 digits and a digit or X"
    total = sum(int(d) * w for d, w in zip(value[:17], _ID_WEIGHTS, strict=True))
    if _ID_CHECK[total % 11] != value[17].upper():
        return "this ID number's last character does not match: please check it"
    return None


def mask_name(name: str) -> str:
    """王小明 → *小明; Li Wei → *i Wei: enough for the responder to recognise, no more."""
    return "*" + name[1:] if len(name) > 1 else "*"


def mask_id_number(value: str) -> str:
    return value[:3] + "*" * (len(value) - 7) + value[-4:] if len(value) > 7 else "*" * len(value)


def mask_account(account: str) -> str:
    """A phone 138****5678, an email a***@example.com, an openid …last 4."""
    if "@" in account:
        user, _, host = account.partition("@")
        return user[:1] + "***@" + host
    if len(account) == 11 and account.isdigit():
        return account[:3] + "****" + account[-4:]
    return "…" + account[-4:]


class IdentityIn(_Model):
    """Collected once, for the tax the platform withholds (stored encrypted)."""

    real_name: str = Field(min_length=2, max_length=40)
    id_number: str = Field(min_length=18, max_length=18)

    @field_validator("real_name")
    @classmethod
    def _name(cls, value: str) -> str:
        value = value.strip()
        if not _NAME.match(value):
            raise ValueError("a real name is 2 to 40 letters, as on the ID card")
        return value

    @field_validator("id_number")
    @classmethod
    def _id(cls, value: str) -> str:
        problem = id_number_problem(value)
        if problem:
            raise ValueError(problem)
        return value.upper()


class AlipayAccountIn(_Model):
    """An Alipay login (a mainland phone number or an email); paid to the identity's name."""

    account: str = Field(min_length=3, max_length=100)

    @field_validator("account")
    @classmethod
    def _account(cls, value: str) -> str:
        value = value.strip()
        if not _ALIPAY_ACCOUNT.match(value):
            raise ValueError("an Alipay account is a mainland phone number or an email")
        return value


class WechatBindStarted(_Response):
    bind_url: str  # shown as a QR code; opened in WeChat, it binds the scanner's openid
    expires_at: datetime


class PayoutAccountOut(_Response):
    channel: PayoutChannel | None = None  # None: nothing bound yet
    account_mask: str = ""  # mask_account(...)
    bound_at: datetime | None = None
    has_identity: bool = False
    real_name_mask: str = ""  # mask_name(...)
    id_number_mask: str = ""  # mask_id_number(...)
    wechat_bind_pending: bool = False  # a QR is out and not scanned yet


# ---- payouts -----------------------------------------------------------------------------


class PayoutLineOut(_Response):
    id: int
    run_id: int | None = None
    state: PayoutState
    channel: PayoutChannel
    account_mask: str = ""
    gross_fen: int  # the income this line settles, before tax
    tax_fen: int  # withheld for this line
    amount_fen: int  # transferred: gross_fen - tax_fen
    transfer_no: str = ""  # our number for the transfer (the same on every retry)
    provider_reference: str = ""  # the provider's id, once known
    reason: str = ""  # why it failed or came back, in plain words
    created_at: datetime
    updated_at: datetime


class PayoutList(_Response):
    lines: list[PayoutLineOut]


class NextPayout(_Response):
    pending_fen: int  # income not yet paid out (net of fees, before tax)
    expected_tax_fen: int  # what the withholding rule would take if paid now
    minimum_fen: int  # the operator's minimum for a payout run
    account: PayoutAccountOut
    in_flight: PayoutLineOut | None = None  # a line sent and not yet paid or returned


class PayoutConfirmLink(_Response):
    confirm_url: str  # shown as a QR code; opened in WeChat, the responder confirms receipt
    expires_at: datetime  # then ask for a new one (the line may still be waiting)


class WxConfig(_Response):
    """What the confirm page passes to the WeChat JS-SDK's wx.config (signed for its URL)."""

    app_id: str
    timestamp: int
    nonce_str: str
    signature: str  # SHA-1 of jsapi_ticket=…&noncestr=…&timestamp=…&url=…


class PayoutConfirmPage(_Response):
    """A waiting line as its confirm page sees it; once it no longer waits, only its state
    (and why it ended, in plain words, if it failed or came back)."""

    state: PayoutState
    amount_fen: int
    reason: str = ""
    confirm: dict[str, str] | None = None  # requestMerchantTransfer's {mchId, appId, package}
    wx_config: WxConfig | None = None
