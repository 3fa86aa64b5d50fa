"""What `erase-client` does with safety records (called by erasure/service.py).

Reports, flags and blocks lose every word written about the client (notes, the operator's
resolution and ban reason); their reason, kind and dates stay, so the operator's counts add
up. A block or a ban protects people, so it outlives the erasure: the bare client row (a
random id and the hash of the client's key, nothing they wrote) is kept while a block or a
ban refers to it, and the same key stays blocked or banned. Without either, the client row
goes and the records only keep the conversation they were about.
"""

from __future__ import annotations

from sqlalchemy import exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from responder_server.core.models import Client, ClientBlock, Payment, SafetyReport


async def forget(session: AsyncSession, client_id: str | None,
                 conversation_ids: list[str]) -> bool:
    """Blanks the safety records' text; True if the client row must be kept (see above)."""
    about: list[ColumnElement[bool]] = [SafetyReport.conversation_id.in_(conversation_ids)]
    if client_id is not None:
        about.append(SafetyReport.client_id == client_id)
    await session.execute(update(SafetyReport).where(or_(*about))
                          .values(note="", resolution_note=""))
    if client_id is None:
        return False
    await session.execute(update(ClientBlock).where(ClientBlock.client_id == client_id)
                          .values(note=""))
    banned = await session.scalar(select(Client.banned_at).where(Client.id == client_id))
    blocked = await session.scalar(select(exists().where(ClientBlock.client_id == client_id)))
    keep = banned is not None or bool(blocked)
    if keep:
        await session.execute(update(Client).where(Client.id == client_id)
                              .values(ban_reason=""))
        return True
    await session.execute(update(SafetyReport).where(SafetyReport.client_id == client_id)
                          .values(client_id=None))
    await session.execute(update(Payment).where(Payment.client_id == client_id)
                          .values(client_id=None))
    return False
