"""Binding WeChat by QR code: the app shows a link with a token good once for ten minutes;
opened in WeChat, our page (web/) gets the scanner's openid through the official account's
OAuth (snsapi_base) and the token binds it. Only the token's SHA-256 is stored."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import PayoutBindToken
from responder_server.core.problems import ProblemError

BIND_TTL = timedelta(minutes=10)
BIND_PATH = "/bind/wechat/"  # the page, served by routes.py


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def link_gone() -> ProblemError:
    return ProblemError(410, "bind-link-expired", "This link has expired",
                        "Bind links work once, for 10 minutes: show a new QR code in the app.")


async def start(session: AsyncSession, responder_id: int, now: datetime) -> tuple[str, datetime]:
    """A new token (32 hex: it is also the OAuth `state`); earlier ones stop working."""
    await session.execute(delete(PayoutBindToken).where(
        PayoutBindToken.responder_id == responder_id))
    token = secrets.token_hex(16)
    expires_at = now + BIND_TTL
    session.add(PayoutBindToken(token_hash=token_hash(token), responder_id=responder_id,
                                created_at=now, expires_at=expires_at))
    await session.flush()
    return token, expires_at


async def forget(session: AsyncSession, responder_id: int) -> None:
    """No QR code out any more (unbound, or bound another way)."""
    await session.execute(delete(PayoutBindToken).where(
        PayoutBindToken.responder_id == responder_id))


async def pending(session: AsyncSession, responder_id: int, now: datetime) -> bool:
    found = await session.scalar(select(exists().where(
        PayoutBindToken.responder_id == responder_id, PayoutBindToken.used_at.is_(None),
        PayoutBindToken.expires_at > now)))
    return bool(found)


async def check(session: AsyncSession, token: str, now: datetime) -> int:
    """The responder a live token belongs to; 410 when it is unknown, used or expired."""
    row = await session.get(PayoutBindToken, token_hash(token))
    if row is None or row.used_at is not None or row.expires_at <= now:
        raise link_gone()
    return row.responder_id


async def use(session: AsyncSession, token: str, now: datetime) -> int:
    """Spends the token (a conditional UPDATE: of two scans at once, one binds)."""
    responder_id = await session.scalar(
        update(PayoutBindToken)
        .where(PayoutBindToken.token_hash == token_hash(token),
               PayoutBindToken.used_at.is_(None), PayoutBindToken.expires_at > now)
        .values(used_at=now).returning(PayoutBindToken.responder_id))
    if responder_id is None:
        raise link_gone()
    # Spent and expired tokens of anybody are not worth keeping.
    await session.execute(delete(PayoutBindToken).where(or_(
        PayoutBindToken.expires_at <= now, PayoutBindToken.used_at < now)))
    return int(responder_id)
