"""The retention sweep: rows nobody can use any more are deleted, periodically, by every
instance (each delete is idempotent, so several instances sweeping at once only repeat
each other's work): expired stream tickets, limiter windows that have turned, expired
tokens (console sessions and invitation links too), and presence hours older than 35 days
(the usual hours look back 28); and bans whose expiry has come are lifted.

An access token is kept for as long as a refresh token could still be presented after
it expired, so an app with a stale access token still hears "expired, refresh" (not
"unknown, sign in again"). Refresh and client tokens are kept a day past their expiry
for the same reason.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from responder_server.core import limits
from responder_server.core.jobs import in_background
from responder_server.core.models import (
    AuthToken,
    Client,
    OperatorSession,
    PresenceHour,
    ResponderInvitation,
    StreamTicket,
)
from responder_server.core.state import ServerState

log = logging.getLogger(__name__)

TOKEN_GRACE = timedelta(days=1)
PRESENCE_HOURS_KEPT = timedelta(days=35)


@dataclass(frozen=True)
class Swept:
    tokens: int
    tickets: int
    limit_windows: int
    presence_hours: int = 0


def _count(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


async def sweep(state: ServerState) -> Swept:
    now = state.clock.now()
    access_cutoff = now - timedelta(seconds=state.config.refresh_token_ttl_s)

    def purge(session: Session) -> Swept:
        tokens = _count(session.execute(delete(AuthToken).where(
            AuthToken.kind == "access", AuthToken.expires_at <= access_cutoff)))
        tokens += _count(session.execute(delete(AuthToken).where(
            AuthToken.kind != "access", AuthToken.expires_at <= now - TOKEN_GRACE)))
        tickets = _count(session.execute(delete(StreamTicket).where(
            StreamTicket.expires_at <= now)))
        hours = _count(session.execute(delete(PresenceHour).where(
            PresenceHour.hour_start < now - PRESENCE_HOURS_KEPT)))
        # Console sessions and invitation links nobody can use any more.
        tokens += _count(session.execute(delete(OperatorSession).where(
            OperatorSession.expires_at <= now - TOKEN_GRACE)))
        session.execute(delete(ResponderInvitation).where(
            ResponderInvitation.expires_at <= now - TOKEN_GRACE))
        # A ban with an expiry lapses (safety/bans.py; its setting was audited).
        session.execute(update(Client).where(Client.ban_expires_at <= now).values(
            banned_at=None, ban_reason="", ban_expires_at=None))
        return Swept(tokens, tickets, limits.purge_expired(session, now), hours)

    return await state.db.run_write(purge)


async def run_sweeper(state: ServerState) -> None:
    while True:
        await asyncio.sleep(state.config.retention_sweep_s)
        try:
            await sweep(state)
        except asyncio.CancelledError:
            raise
        except Exception:  # the database was busy or away: the next round tries again
            log.warning("retention sweep failed", exc_info=True)


def sweeper(state: ServerState) -> AbstractAsyncContextManager[None]:
    """The job (app.py's JOBS): runs the sweep for the lifetime of the app."""
    return in_background(run_sweeper(state), name="retention sweep")
