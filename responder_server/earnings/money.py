"""Fen on our side and WeChat Pay's, a yuan string on Alipay's: exact both ways, and
nothing else accepted (a float would turn ¥12.90 into 1289 fen one day).

The largest amount is the rate card's largest price (`rate_card.MAX_PRICE_FEN`) or the
largest tip, whichever is larger; the smallest is one fen. A payout to a responder settles
many chats: its own largest amount (`MAX_TRANSFER_FEN`) is passed as `most`.
"""

from __future__ import annotations

import re

from responder_server.earnings.rate_card import MAX_PRICE_FEN
from responder_wire.earnings import MAX_TIP_FEN

MAX_AMOUNT_FEN = max(MAX_PRICE_FEN, MAX_TIP_FEN)
MAX_TRANSFER_FEN = 10_000_000  # ¥100,000 in one payout is surely a mistake
_YUAN = re.compile(r"(0|[1-9][0-9]{0,9})(?:\.([0-9]{1,2}))?")


class AmountError(ValueError):
    """An amount that is not a whole number of fen in range; the message is plain words."""


def check_fen(fen: object, most: int = MAX_AMOUNT_FEN) -> int:
    if not isinstance(fen, int) or isinstance(fen, bool):
        raise AmountError(f"The amount {fen!r} is not a whole number of fen.")
    if fen < 1:
        raise AmountError(f"The amount {fen} fen is below the smallest payment of ¥0.01.")
    if fen > most:
        raise AmountError(f"The amount {fen} fen is over the largest payment of "
                          f"{fen_to_yuan(most)} yuan.")
    return fen


def fen_to_yuan(fen: int) -> str:
    """1290 -> "12.90" (Alipay's `total_amount`: two decimals, a dot, no sign)."""
    if not isinstance(fen, int) or isinstance(fen, bool) or fen < 0:
        raise AmountError(f"The amount {fen!r} is not a whole number of fen.")
    return f"{fen // 100}.{fen % 100:02d}"


def grouped_yuan(fen: int, thousands: str = ",", point: str = ".") -> str:
    """-1234567 -> "-12,345.67": what a person reads (the console, the CLIs); the separators
    are the language's. Integer arithmetic: fen stay fen until this string."""
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}".replace(",", thousands) + f"{point}{cents:02d}"


def yuan_to_fen(yuan: str, most: int = MAX_AMOUNT_FEN) -> int:
    """"12.90" / "12.9" / "12" -> 1290; anything else (a sign, three decimals, an exponent,
    spaces) is refused in plain words."""
    match = _YUAN.fullmatch(yuan) if isinstance(yuan, str) else None
    if match is None:
        raise AmountError(f"The amount {yuan!r} is not a yuan amount like 12.90.")
    whole, cents = match.group(1), (match.group(2) or "").ljust(2, "0")
    return check_fen(int(whole) * 100 + int(cents), most)
