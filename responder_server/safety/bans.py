"""Platform-wide bans: `responder-server clients ban CLIENT_ID --reason ...` / `unban`.

A banned client starts no paid session: `refuse_banned` is the one check, called first by
checkout and by session start (a 403 problem `client-banned`), and the page asks
`POST /client/standing` on load to say, in plain words, that the service is not
available to them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.clients import service as clients
from responder_server.core.models import Client
from responder_server.core.problems import ProblemError
from responder_server.core.state import ServerState
from responder_wire.safety import ClientStanding


def banned_problem() -> ProblemError:
    return ProblemError(403, "client-banned", "Service not available",
                        "This service is not available to you.")


async def refuse_banned(session: AsyncSession, client_key: str | None = None,
                        client_id: str | None = None, key_digest: str | None = None) -> None:
    """Called first by checkout and by session start: a banned client starts nothing.
    `key_digest`: the key's SHA-256, where only that was kept (a payment)."""
    if client_key:
        key_digest = clients.key_hash(client_key)
    if key_digest:
        query = select(Client.banned_at).where(Client.key_hash == key_digest)
    elif client_id:
        query = select(Client.banned_at).where(Client.id == client_id)
    else:
        return  # a client without a key is a new one-off identity: never banned
    if await session.scalar(query) is not None:
        raise banned_problem()


async def standing(state: ServerState, client_key: str) -> ClientStanding:
    async with state.db.read() as session:
        row = (await session.execute(select(Client.banned_at, Client.ban_expires_at).where(
            Client.key_hash == clients.key_hash(client_key)))).first()
    lapsed = row is not None and row.ban_expires_at is not None \
        and row.ban_expires_at <= state.clock.now()
    return ClientStanding(banned=row is not None and row.banned_at is not None and not lapsed)


def _ban_state(client: Client) -> dict[str, str | None]:
    return {"banned_at": client.banned_at.isoformat() if client.banned_at else None,
            "reason": client.ban_reason,
            "expires_at": client.ban_expires_at.isoformat() if client.ban_expires_at else None}


async def set_ban(session: AsyncSession, client_id: str, reason: str | None,
                  now: datetime, *, actor: str, expires_at: datetime | None = None
                  ) -> Client | None:
    """Ban (`reason` given; until `expires_at`, or for good) or unban (`reason` None) a
    client; None if there is no such. `actor` (the operator: console or command line) is
    audited in the same transaction. A ban lapses at its expiry (core/retention.py)."""
    if expires_at is not None and expires_at <= now:
        raise ValueError("the ban's end must be in the future")
    client = await session.get(Client, client_id, with_for_update=True)
    if client is None:
        return None
    before = _ban_state(client)
    if reason is None:
        client.banned_at = None
        client.ban_reason = ""
        client.ban_expires_at = None
    else:
        client.banned_at = client.banned_at or now
        client.ban_reason = reason
        client.ban_expires_at = expires_at
    await audit.record(session, actor, "client.ban" if reason is not None else "client.unban",
                       f"client:{client_id}", before, _ban_state(client), now=now)
    return client
