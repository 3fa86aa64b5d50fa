"""Client identity across sessions: a client is recognised by an optional `client_key`
the client side keeps; the server stores only its hash and hands responders an opaque
server-side `client_id` (blocks, bans, notes and erasure follow that id)."""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import Client


def key_hash(client_key: str) -> str:
    return hashlib.sha256(client_key.encode()).hexdigest()


async def client_for_session(session: AsyncSession, client_key: str | None,
                             now: datetime) -> Client:
    """The client presenting this key (created on first sight); a one-off without a key."""
    return await client_for_digest(session, key_hash(client_key) if client_key else None, now)


async def client_for_digest(session: AsyncSession, digest: str | None, now: datetime) -> Client:
    """As `client_for_session`, from the key's SHA-256 (a checkout keeps only that)."""
    if digest:
        existing = await session.scalar(select(Client).where(Client.key_hash == digest))
        if existing is not None:
            return existing
    client = Client(id=str(uuid.uuid4()), key_hash=digest, created_at=now)
    session.add(client)
    await session.flush()
    return client
