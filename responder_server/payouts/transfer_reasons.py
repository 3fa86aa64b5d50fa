"""Why a transfer failed, came back or was refused, in plain words a responder reads; and
the amounts both providers accept.

Each reason is one of the fixed English sentences below, never a provider's raw text (it
may carry a name or an account). The app shows a line's `reason` through its translations
(zh-CN first, en, vi) with these exact sentences as the source text; a sentence it does not
know is shown as it is. The provider's code, for the operator, is in the server's log.
"""

from __future__ import annotations

from responder_server.core.payment_providers import ProviderError
from responder_server.earnings.money import MAX_TRANSFER_FEN, AmountError, check_fen

MIN_TRANSFER_FEN = 10  # ¥0.10, the smallest transfer WeChat Pay and Alipay make

NOT_CONFIRMED = "Not confirmed in WeChat within 24 hours."
NAME_MISMATCH = "The real name does not match the account."
NOT_REAL_NAME = "The account has not completed real-name verification."
NO_ACCOUNT = "The account does not exist."
ACCOUNT_BLOCKED = "The account cannot receive money at the moment."
PAYEE_LIMIT = "The account has reached its limit for receiving money."
PLATFORM_CANNOT_PAY = "The platform cannot make transfers at the moment."
CANCELLED = "The platform cancelled the transfer."
OTHER = "The provider did not complete the transfer."
# Refused before anything was sent (ProviderError carries these too).
NEEDS_REAL_NAME = "Your real name is needed for this payout."
TOO_SMALL = "The amount is below the smallest transfer of ¥0.10."
TOO_LARGE = "The amount is over the largest single payout of ¥100,000."  # MAX_TRANSFER_FEN

ALL = (NOT_CONFIRMED, NAME_MISMATCH, NOT_REAL_NAME, NO_ACCOUNT, ACCOUNT_BLOCKED, PAYEE_LIMIT,
       PLATFORM_CANNOT_PAY, CANCELLED, OTHER, NEEDS_REAL_NAME, TOO_SMALL, TOO_LARGE)

# WeChat Pay's `fail_reason` (商家转账 订单失败原因说明) -> (reason, came back to the
# responder's side: True means `returned`, False `failed`).
WECHAT_FAIL: dict[str, tuple[str, bool]] = {
    "OVERDUE_CLOSE": (NOT_CONFIRMED, True),
    "NAME_NOT_CORRECT": (NAME_MISMATCH, True),
    "ID_CARD_NOT_CORRECT": (NAME_MISMATCH, True),
    "REAL_NAME_CHECK_FAIL": (NOT_REAL_NAME, True),
    "ACCOUNT_NOT_EXIST": (NO_ACCOUNT, True),
    "OPENID_INVALID": (NO_ACCOUNT, True),
    "ACCOUNT_FROZEN": (ACCOUNT_BLOCKED, True),
    "PAYEE_ACCOUNT_ABNORMAL": (ACCOUNT_BLOCKED, True),
    "BLOCK_B2C_USERLIMITAMOUNT_MONTH": (ACCOUNT_BLOCKED, True),
    "REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED": (PAYEE_LIMIT, True),
    "BLOCK_B2C_USERLIMITAMOUNT_BSRULE_MONTH": (PAYEE_LIMIT, True),
    "DAY_RECEIVED_COUNT_EXCEED": (PAYEE_LIMIT, True),
    "DAY_RECEIVED_QUOTA_EXCEED": (PAYEE_LIMIT, True),
    "TRANSFER_QUOTA_EXCEED": (PAYEE_LIMIT, True),
    "PAYER_ACCOUNT_ABNORMAL": (PLATFORM_CANNOT_PAY, False),
    "PRODUCT_AUTH_CHECK_FAIL": (PLATFORM_CANNOT_PAY, False),
    "MERCHANT_REJECT": (CANCELLED, False),
    "MERCHANT_NOT_CONFIRM": (CANCELLED, False),
    "MCH_CANCEL": (CANCELLED, False),
}

# Alipay's `sub_code` on alipay.fund.trans.uni.transfer (and the notice's `error_code`).
ALIPAY_FAIL: dict[str, tuple[str, bool]] = {
    "PAYEE_USER_INFO_ERROR": (NAME_MISMATCH, True),
    "PAYEE_NOT_RELNAME_CERTIFY": (NOT_REAL_NAME, True),
    "PAYEE_NOT_EXIST": (NO_ACCOUNT, True),
    "PAYEE_ACCOUNT_STATUS_ERROR": (ACCOUNT_BLOCKED, True),
    "PAYEE_ACC_OCUPIED": (ACCOUNT_BLOCKED, True),
    "PERMIT_NON_BANK_LIMIT_PAYEE": (ACCOUNT_BLOCKED, True),
    "PAYEE_ACCOUNT_NOT_EXSIT": (NO_ACCOUNT, True),
    "EXCEED_LIMIT_PERSONAL_SM_AMOUNT": (PAYEE_LIMIT, True),
    "EXCEED_LIMIT_UNRN_DM_AMOUNT": (PAYEE_LIMIT, True),
    "PAYER_BALANCE_NOT_ENOUGH": (PLATFORM_CANNOT_PAY, False),
    "BALANCE_IS_NOT_ENOUGH": (PLATFORM_CANNOT_PAY, False),
    "PAYER_STATUS_ERROR": (PLATFORM_CANNOT_PAY, False),
    "PAYER_CERTIFY_CHECK_FAIL": (PLATFORM_CANNOT_PAY, False),
    "PERMIT_CHECK_PERM_LIMITED": (PLATFORM_CANNOT_PAY, False),
    "EXCEED_LIMIT_DM_AMOUNT": (PLATFORM_CANNOT_PAY, False),
    "EXCEED_LIMIT_SM_AMOUNT": (PLATFORM_CANNOT_PAY, False),
}


def of(table: dict[str, tuple[str, bool]], code: str) -> tuple[str, bool]:
    """(the reason, returned?) for a provider's code; an unknown code is a failure."""
    return table.get(code, (OTHER, False))


def checked_amount(fen: int) -> int:
    """Whole fen from ¥0.10 to the largest payout; otherwise ProviderError in plain words."""
    try:
        check_fen(fen, MAX_TRANSFER_FEN)
    except AmountError:
        too_large = isinstance(fen, int) and fen > MAX_TRANSFER_FEN
        raise ProviderError(TOO_LARGE if too_large else TOO_SMALL) from None
    if fen < MIN_TRANSFER_FEN:
        raise ProviderError(TOO_SMALL)
    return fen
