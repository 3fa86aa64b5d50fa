"""Invitations: a one-time link a new responder opens in a browser to set their password
(the console makes it; no password is ever typed on a command line or seen by an
operator). Only the link's SHA-256 is stored; it works once, for a week."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.core import security
from responder_server.core.models import Responder, ResponderInvitation

INVITATION_TTL = timedelta(days=7)
MIN_PASSWORD = 8


class InvitationError(ValueError):
    """The link cannot be used (unknown, used or expired) or the password is refused."""


async def create_invitation(session: AsyncSession, responder_id: int, now: datetime) -> str:
    """A new link's token for this responder (earlier unused links stop working)."""
    await session.execute(update(ResponderInvitation).where(
        ResponderInvitation.responder_id == responder_id,
        ResponderInvitation.used_at.is_(None)).values(used_at=now))
    token = security.new_token()
    session.add(ResponderInvitation(token_hash=security.token_digest(token),
                                    responder_id=responder_id, created_at=now,
                                    expires_at=now + INVITATION_TTL))
    await session.flush()
    return token


async def invited(session: AsyncSession, token: str, now: datetime) -> Responder | None:
    """The responder an unused, unexpired link is for."""
    row = await session.scalar(select(ResponderInvitation).where(
        ResponderInvitation.token_hash == security.token_digest(token)))
    if row is None or row.used_at is not None or row.expires_at <= now:
        return None
    return await session.get(Responder, row.responder_id)


async def accept(session: AsyncSession, token: str, password: str, now: datetime) -> Responder:
    """Sets the responder's password from the link, once (a conditional update: a second
    use of the same link finds it used)."""
    if len(password) < MIN_PASSWORD:
        raise InvitationError("too_short")
    used = await session.execute(update(ResponderInvitation).where(
        ResponderInvitation.token_hash == security.token_digest(token),
        ResponderInvitation.used_at.is_(None), ResponderInvitation.expires_at > now)
        .values(used_at=now).returning(ResponderInvitation.responder_id))
    responder_id = used.scalar()
    responder = await session.get(Responder, responder_id) if responder_id else None
    if responder is None:
        raise InvitationError("invitation_unusable")
    responder.password_hash = security.hash_password(password)
    await audit.record(session, f"responder:{responder.email}", "responder.password_set",
                       f"responder:{responder.id}", None, {"from_invitation": True}, now=now)
    return responder
