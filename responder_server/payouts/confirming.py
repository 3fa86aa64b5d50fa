"""Confirming receipt of a WeChat payout: WeChat holds a 商家转账 until the responder
confirms it in WeChat (WAIT_USER_CONFIRM, 24 hours). The app shows a link as a QR code; the
page it opens in WeChat (web/confirm.*) shows the amount and calls
`requestMerchantTransfer` with the line's package.

The link's token is `<line id>.<expiry>.<signature>`: an HMAC over the line's id, its
transfer number and the expiry with a key only this server holds (the WeChat provider's
`link_key`), so nothing is stored and it works for that line only, until it expires.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from datetime import datetime, timedelta
from typing import Protocol
from urllib.parse import urlsplit

import httpx

from responder_server.core.models import Payout
from responder_server.core.payout_providers import ProviderError
from responder_server.core.problems import ProblemError, not_found
from responder_server.core.state import ServerState
from responder_server.payouts import states
from responder_wire.payouts import PayoutConfirmPage, PayoutState, WxConfig

LINK_TTL = timedelta(minutes=30)
CONFIRM_PATH = "/payouts/confirm/"  # the page, served by routes.py
TOKEN_PATTERN = r"^[0-9]{1,18}\.[0-9]{1,12}\.[A-Za-z0-9_-]{22}$"
_TOKEN = re.compile(TOKEN_PATTERN)


class Confirmable(Protocol):
    """The WeChat transfer provider (payouts/wechat_transfer.py), as this module uses it."""

    link_key: bytes
    official_app_id: str | None

    def confirm_params(self, package: str) -> dict[str, str]: ...

    async def jsapi_ticket(self) -> str: ...


def _provider(state: ServerState, line: Payout) -> Confirmable | None:
    provider = state.payout_providers.get(line.provider)
    return provider if hasattr(provider, "link_key") else None  # type: ignore[return-value]


def _signature(key: bytes, line: Payout, expires: int) -> str:
    message = f"{line.id}.{expires}.{line.transfer_no}".encode()
    digest = hmac.new(key, message, hashlib.sha256).digest()[:16]
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def link_gone() -> ProblemError:
    return ProblemError(410, "confirm-link-expired", "This link has expired",
                        "Confirm links work for 30 minutes: scan the new QR code in the app.")


def new_link(state: ServerState, line: Payout | None, responder_id: int
             ) -> tuple[str, datetime]:
    """A token for the responder's own line waiting for them; 404 / 409 in plain words."""
    if line is None or line.responder_id != responder_id:
        raise not_found("payout")
    if line.state != states.WAITING or not line.confirm_package:
        raise ProblemError(409, "payout-not-waiting", "This payout is not waiting for you",
                           f"It is {line.state.replace('_', ' ')}: there is nothing to "
                           "confirm.")
    provider = _provider(state, line)
    if provider is None or not provider.official_app_id:
        raise ProblemError(409, "payout-confirm-unavailable",
                           "Confirming in WeChat is not set up",
                           "This server has no official account to open the confirm page "
                           "with: ask the operator.")
    expires_at = state.clock.now() + LINK_TTL
    expires = int(expires_at.timestamp())
    return f"{line.id}.{expires}.{_signature(provider.link_key, line, expires)}", expires_at


def line_id_of(token: str) -> int:
    if not _TOKEN.fullmatch(token):
        raise link_gone()
    return int(token.split(".", 1)[0])


def check(state: ServerState, line: Payout | None, token: str) -> Confirmable:
    """The provider of the line the token is good for; 410 when it is not (any more)."""
    if line is None or not _TOKEN.fullmatch(token):
        raise link_gone()
    provider = _provider(state, line)
    _, expires, signature = token.split(".")
    if provider is None or int(expires) <= state.clock.now().timestamp() or \
            not hmac.compare_digest(signature, _signature(provider.link_key, line, int(expires))):
        raise link_gone()
    return provider


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    try:
        port = parts.port or default
    except ValueError:  # a port that is not a number
        port = -1
    return parts.scheme.lower(), (parts.hostname or "").lower(), port


def check_page_url(url: str, base_url: str) -> None:
    """WeChat's JS-SDK signature vouches for a page: sign only our own confirm page, at
    our public origin (`base_url`), never another site's address sent to us."""
    ours = _origin(base_url)
    if _origin(url) != ours or not urlsplit(url).path.startswith(CONFIRM_PATH):
        scheme, host, port = ours
        shown = f"{scheme}://{host}" + ("" if port in (80, 443) else f":{port}")
        raise ProblemError(422, "bad-page-url", "The page address is not ours",
                           f"Only this server's confirm page ({shown}{CONFIRM_PATH}) is "
                           "signed for WeChat.")


def wx_signature(ticket: str, nonce: str, timestamp: int, url: str) -> str:
    """The JS-SDK's signature: SHA-1 over the four fields in this order (WeChat's rule)."""
    plain = f"jsapi_ticket={ticket}&noncestr={nonce}&timestamp={timestamp}&url={url}"
    return hashlib.sha1(plain.encode()).hexdigest()


def state_only(line: Payout) -> PayoutConfirmPage:
    return PayoutConfirmPage(state=PayoutState(line.state), amount_fen=line.amount_fen,
                             reason=line.reason)


async def page(state: ServerState, provider: Confirmable, line: Payout, url: str
               ) -> PayoutConfirmPage:
    """What the page shows: the amount and, while the line waits, what WeChat needs."""
    out = state_only(line)
    if line.state != states.WAITING or not line.confirm_package:
        return out
    app_id = provider.official_app_id
    assert app_id
    nonce = secrets.token_hex(8)
    timestamp = int(state.clock.now().timestamp())
    try:
        ticket = await provider.jsapi_ticket()
    except (ProviderError, httpx.HTTPError, ValueError, KeyError) as exc:
        raise ProblemError(502, "wechat-unavailable", "WeChat did not answer",
                           "Try again in a minute.") from exc
    return out.model_copy(update={
        "confirm": provider.confirm_params(line.confirm_package),
        "wx_config": WxConfig(app_id=app_id, timestamp=timestamp, nonce_str=nonce,
                              signature=wx_signature(ticket, nonce, timestamp, url))})
