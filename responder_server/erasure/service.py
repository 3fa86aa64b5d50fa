"""Erasing a client on request: `responder-server erase-client ...`.

Everything the client wrote or that was written about them goes: their messages, every
responder's notes on them, wrap-up notes, aliases and topics, the event log entries of
their sessions, their tokens and the search index rows. What stays is the money: each
session row keeps only its length, price, times and responder, so the earnings ledger
still adds up. SQLite's `secure_delete` overwrites the freed space and the database is
vacuumed, so the erased text is not left behind in the file either. PostgreSQL has no such
switch: the rows are gone for every query, but their bytes stay in the table files until
the space is reused and in WAL until it is recycled; the README's operator section says
what to run where the bytes themselves must go (VACUUM FULL rewrites and locks tables, so
it is not run here on a live cluster).

Safety records (reports, flags, blocks, bans) lose their text but a block or a ban is kept
against the bare client id and key hash, so it still protects: see safety/erasure.py.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from sqlalchemy import String, Text, delete, or_, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.clients.service import key_hash
from responder_server.core.clock import Clock
from responder_server.core.db import Database
from responder_server.core.events import queue_revocation
from responder_server.core.models import (
    AuthToken,
    Base,
    Client,
    ClientNote,
    Conversation,
    Event,
    Message,
    Payment,
    ResumeCode,
)
from responder_server.safety import erasure as safety_erasure
from responder_server.search import service as search

ERASED_ALIAS = "(erased)"
# Client text other features keep beside a conversation (payments, ratings, ...): any
# column of these names in a table with a `conversation_id` is blanked too.
CLIENT_TEXT_COLUMNS = {"alias", "topic", "comment", "body", "note", "text", "wrap_up_note",
                       "client_key_hash"}


@dataclass(frozen=True)
class ErasureReport:
    conversations: int
    messages: int
    notes: int


async def find_client_id(session: AsyncSession, *, client_key: str | None = None,
                         client_id: str | None = None,
                         conversation_id: str | None = None) -> str | None:
    if client_key:
        found: str | None = await session.scalar(
            select(Client.id).where(Client.key_hash == key_hash(client_key)))
        return found
    if conversation_id:
        conversation = await session.get(Conversation, conversation_id)
        if conversation is None:
            return None
        if conversation.client_id is None:  # from before client identities: just that one
            return f"conversation:{conversation.id}"
        return conversation.client_id
    if client_id and await session.get(Client, client_id) is not None:
        return client_id
    return None


async def erase_client(db: Database, target: str, *, actor: str = "") -> ErasureReport:
    """Erase the client `target` (a client id, or `conversation:<id>`). `actor`: the
    operator who asked (audited in the same transaction; "" only for internal tools)."""
    async with db.write() as session:
        if actor:
            await audit.record(session, actor, "client.erase", target, None,
                               {"erased": True}, now=Clock().now())
        if db.is_sqlite:
            await session.execute(text("PRAGMA secure_delete = ON"))
        if target.startswith("conversation:"):
            ids = [target.removeprefix("conversation:")]
            client_id: str | None = None
        else:
            client_id = target
            ids = list(await session.scalars(
                select(Conversation.id).where(Conversation.client_id == client_id)))
        note_ids: list[int] = []
        if client_id is not None:
            note_ids = list(await session.scalars(
                select(ClientNote.id).where(ClientNote.client_id == client_id)))
        await search.forget(session, ids, note_ids)  # while the text is still there
        messages = await session.execute(
            delete(Message).where(Message.conversation_id.in_(ids)))
        notes = 0
        if client_id is not None:
            notes = len(note_ids)
            await session.execute(delete(ClientNote).where(ClientNote.client_id == client_id))
        for conversation_id in ids:
            await session.execute(delete(Event).where(or_(
                Event.conversation_id == conversation_id,
                Event.payload.contains(conversation_id))))
        # The client's tokens go; the revocation event ends their open streams and drops
        # them from every instance's principal cache (core/principal_cache.py).
        deleted = await session.scalars(delete(AuthToken)
                                        .where(AuthToken.conversation_id.in_(ids))
                                        .returning(AuthToken.id))
        queue_revocation(session.sync_session, list(deleted), Clock().now())
        await session.execute(
            update(Conversation).where(Conversation.id.in_(ids))
            .values(alias=ERASED_ALIAS, topic="", wrap_up_note="", client_id=None))
        for table in Base.metadata.sorted_tables:
            if table.name == Conversation.__tablename__ or "conversation_id" not in table.c:
                continue
            blank = {c.name: "" for c in table.c if c.name in CLIENT_TEXT_COLUMNS
                     and isinstance(c.type, String | Text) and not c.foreign_keys}
            if blank:
                await session.execute(
                    update(table).where(table.c.conversation_id.in_(ids)).values(**blank))
        # Extensions name their chat in `extends_conversation_id` (their own
        # `conversation_id` is None): the same text goes; and the chats' resume codes.
        await session.execute(update(Payment).where(Payment.extends_conversation_id.in_(ids))
                              .values(alias="", topic="", client_key_hash=""))
        await session.execute(delete(ResumeCode).where(ResumeCode.conversation_id.in_(ids)))
        keep_client = await safety_erasure.forget(session, client_id, ids)
        if client_id is not None and not keep_client:
            await session.execute(delete(Client).where(Client.id == client_id))
        report = ErasureReport(conversations=len(ids),
                               messages=int(messages.rowcount or 0),  # type: ignore[attr-defined]
                               notes=notes)
    if db.is_sqlite:
        # Rebuild the file without the freed pages, and fold the WAL back into it. Best
        # effort: when a busy server keeps it from running, secure_delete has already
        # overwritten the freed space with zeros, so the text is gone either way.
        with contextlib.suppress(OperationalError):
            async with db.engine.connect() as conn:
                conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
                await conn.execute(text("VACUUM"))
                await conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return report
