"""The app's own checks before anything is sent, in words the responder can act on (the
server checks the same with responder_wire/payouts.py)."""

from __future__ import annotations

import re

from pydantic import ValidationError

from responder_app.services.i18n import translate
from responder_wire.payouts import AlipayAccountIn, IdentityIn, id_number_problem

__all__ = ["alipay_problem", "identity_problem"]



def identity_problem(real_name: str, id_number: str) -> str | None:
    """Why this name and ID number would be refused (None: they will be accepted)."""
    name, number = real_name.strip(), id_number.strip().replace(" ", "")
    if not name:
        return translate("PayoutChecks", "Enter your real name, exactly as on your ID card.")
    if not number:
        return translate("PayoutChecks", "Enter your 18-character resident ID number.")
    if id_number_problem(number) is not None:
        if not re.fullmatch(r"\d{17}[\dXx]", number):
            return translate("PayoutChecks", "An ID number has 18 characters: 17 digits, then a "
                                       "digit or X. Please check it against your ID card.")
        return translate("PayoutChecks", "This ID number does not add up: its last character does "
                                   "not match the others, so one character is probably "
                                   "mistyped. Please check it against your ID card.")
    try:
        IdentityIn(real_name=name, id_number=number)
    except ValidationError:
        return translate("PayoutChecks", "A real name is 2 to 40 letters (Chinese characters or "
                                   "Latin letters), as on your ID card.")
    return None


def alipay_problem(account: str) -> str | None:
    if not account.strip():
        return translate("PayoutChecks", "Enter your Alipay account: the mobile number or email "
                                   "you sign in to Alipay with.")
    try:
        AlipayAccountIn(account=account)
    except ValidationError:
        return translate("PayoutChecks", "An Alipay account is a mainland mobile number "
                                         "(11 digits) or an email address.")
    return None
