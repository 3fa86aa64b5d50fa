"""Private client notes (versioned) and returning-client briefs (who a client is across
sessions is `clients/service.py`).

Notes are keyed by (responder, client) and only ever read or written with the caller's own
responder id, so one responder can never reach another's notes. A responder may keep notes
only on a client they have had a conversation with (404 otherwise: existence stays hidden).
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.clients import service as clients
from responder_server.core.models import ClientNote, Conversation
from responder_server.core.principal import Principal
from responder_server.core.problems import ProblemError, not_found
from responder_server.core.state import ServerState
from responder_server.search import service as search
from responder_wire import ConversationState
from responder_wire.notes import ClientBrief, ClientNotes, ClientNotesUpdate, PastSession

HISTORY_LIMIT = 10


def notes_out(client_id: str, note: ClientNote | None) -> ClientNotes:
    if note is None:
        return ClientNotes(client_id=client_id)
    return ClientNotes(client_id=client_id, text=note.text, tags=search.tags(note.tags),
                       call_me=note.call_me, avoid=note.avoid, version=note.version,
                       updated_at=note.updated_at)


async def _require_known_client(session: AsyncSession, responder_id: int, client_id: str) -> None:
    known = await session.scalar(
        select(Conversation.id).where(Conversation.client_id == client_id,
                                      Conversation.responder_id == responder_id).limit(1)
    )
    if known is None:
        raise not_found("client")


async def _own_note(session: AsyncSession, responder_id: int, client_id: str, *,
                    for_update: bool = False) -> ClientNote | None:
    query = select(ClientNote).where(ClientNote.responder_id == responder_id,
                                     ClientNote.client_id == client_id)
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    note: ClientNote | None = await session.scalar(query)
    return note


def _notes_conflict() -> ProblemError:
    return ProblemError(
        409, "notes-conflict", "Notes changed elsewhere",
        "These notes were saved from another device since you started editing. "
        "Compare both versions and merge them.")


async def get_notes(state: ServerState, principal: Principal, client_id: str) -> ClientNotes:
    assert principal.responder_id is not None
    async with state.db.read() as session:
        await _require_known_client(session, principal.responder_id, client_id)
        return notes_out(client_id, await _own_note(session, principal.responder_id, client_id))


async def save_notes(state: ServerState, principal: Principal, client_id: str,
                     update: ClientNotesUpdate) -> ClientNotes:
    assert principal.responder_id is not None
    now = state.clock.now()
    try:
        return await _save_notes(state, principal.responder_id, client_id, update, now)
    except IntegrityError:
        # Two first saves at once (two devices, two instances): the unique (responder,
        # client) index let one in; this one was based on version 0, which is gone.
        raise _notes_conflict() from None


async def _save_notes(state: ServerState, responder_id: int, client_id: str,
                      update: ClientNotesUpdate, now: datetime) -> ClientNotes:
    """Compare-and-set on the version: the note's row is locked while its version is
    compared and raised, so of two saves from the same base only one succeeds."""
    async with state.db.write() as session:
        await _require_known_client(session, responder_id, client_id)
        note = await _own_note(session, responder_id, client_id, for_update=True)
        current = note.version if note else 0
        if update.base_version != current:
            raise _notes_conflict()
        if note is None:
            note = ClientNote(responder_id=responder_id, client_id=client_id,
                              created_at=now, version=0)
            session.add(note)
        else:
            await search.unindex_note(session, note.id, search.note_text(note))
        note.text = update.text
        note.tags = json.dumps(update.tags, ensure_ascii=False)
        note.call_me = update.call_me.strip()
        note.avoid = update.avoid
        note.version = current + 1
        note.updated_at = now
        await session.flush()
        await search.index_note(session, note)
        return notes_out(client_id, note)


async def delete_notes(state: ServerState, principal: Principal, client_id: str) -> None:
    assert principal.responder_id is not None
    async with state.db.write() as session:
        await _require_known_client(session, principal.responder_id, client_id)
        note = await _own_note(session, principal.responder_id, client_id)
        if note is not None:
            await search.unindex_note(session, note.id, search.note_text(note))
            await session.delete(note)


async def brief(state: ServerState, principal: Principal, conversation_id: str) -> ClientBrief:
    """Notes and past sessions of the client in this (visible) conversation."""
    responder_id = principal.responder_id
    assert responder_id is not None
    async with state.db.write() as session:
        conversation = await session.get(Conversation, conversation_id)
        if conversation is None or conversation.responder_id != responder_id:
            raise not_found()
        if conversation.client_id is None:  # a conversation from before client identities
            client = await clients.client_for_session(session, None, conversation.created_at)
            conversation.client_id = client.id
        client_id = conversation.client_id
        note = await _own_note(session, responder_id, client_id)
        past = await session.scalars(
            select(Conversation)
            .where(Conversation.client_id == client_id,
                   Conversation.responder_id == responder_id,
                   Conversation.id != conversation_id,
                   Conversation.state == ConversationState.CLOSED.value)
            .order_by(Conversation.created_at.desc()).limit(HISTORY_LIMIT)
        )
        history = [
            PastSession(conversation_id=c.id, started_at=c.offered_at or c.created_at,
                        topic=c.topic, length_minutes=c.length_minutes,
                        earned_fen=0 if c.refunded_at else c.price_fen,
                        wrap_up_note=c.wrap_up_note, refunded=c.refunded_at is not None)
            for c in past
        ]
        notes = notes_out(client_id, note)
        return ClientBrief(conversation_id=conversation_id, client_id=client_id,
                           returning=bool(history) or not notes.is_empty,
                           notes=notes, history=history)
