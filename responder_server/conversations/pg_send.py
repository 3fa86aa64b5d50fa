"""The send on PostgreSQL as one statement: one round trip, one implicit transaction.

The claim (the conversation's conditional UPDATE, as `service._claim`), the message
INSERT, its search-index row, and its event (whose payload is the message's JSON with the
position the INSERT gave it spliced in) are data-modifying parts of one statement,
prepared once per connection (core/pg_direct.py). The event log's trigger numbers the
event (migration 0012_event_order). The statement tells the log's NOTIFY trigger that this
transaction announces its event itself after its commit (migration 0018_pg_scale): the
caller calls `EventHub.announce()`, which merges the announcements of many sends into one
NOTIFY, so no send's commit takes PostgreSQL's cluster-wide NOTIFY lock. Nothing else is
said to the database: no BEGIN, no COMMIT, no pre-ping.

No row back means the claim matched nothing (a retry, a closed chat, someone else's
chat): the caller asks `service._refused` why, as on SQLite.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError

from responder_server.core.pg_direct import Direct
from responder_wire import ConversationState, EventType, MessageOut, SenderRole

_SENTINEL = 1 << 62  # a position no message has: where the real one goes in the JSON
_ACTIVE, _QUEUED = ConversationState.ACTIVE.value, ConversationState.QUEUED.value


def _statement(responder: bool, capped: bool) -> str:
    """$1 conversation, $2 message id, $3 now, $4 sender, $5 body, $6 search terms,
    $7/$8 the event's JSON before/after the position, $9 the responder (responder's
    send) or the cap on unanswered messages (capped client's send)."""
    sets = "last_message_at = $3, last_message_sender = $4"
    where = "id = $1 AND NOT EXISTS (SELECT 1 FROM messages WHERE id = $2)"
    if responder:
        sets += ", first_reply_at = coalesce(first_reply_at, $3), needs_take = false"
        where += f" AND state = '{_ACTIVE}' AND responder_id = $9"
    else:
        where += f" AND (state = '{_ACTIVE}' OR state = '{_QUEUED}')"
        if capped:  # at most N messages before anyone has answered
            where += (" AND (first_reply_at IS NOT NULL OR (SELECT count(*) FROM messages"
                      f" WHERE conversation_id = $1 AND sender = '{SenderRole.CLIENT.value}')"
                      " < $9::integer)")
    return f"""
WITH claim AS (
  UPDATE conversations SET {sets} WHERE {where} RETURNING responder_id
), message AS (
  INSERT INTO messages (id, conversation_id, sender, body, created_at)
  SELECT $2, $1, $4, $5, $3 FROM claim RETURNING position
), indexed AS (
  INSERT INTO message_fts (rowid, terms)
  SELECT position, array_to_tsvector(string_to_array($6::text, ' '))
  FROM message WHERE $6::text <> ''
), event AS (
  INSERT INTO events (type, created_at, conversation_id, responder_id, client_visible,
                      payload)
  SELECT '{EventType.MESSAGE_CREATED.value}', $3, $1, claim.responder_id, true,
         $7::text || message.position::text || $8::text
  FROM claim, message
), announce AS (
  SELECT set_config('responder.announce', 'after', true)
)
SELECT (SELECT position FROM message) FROM announce"""


_STATEMENTS = {(responder, capped): _statement(responder, capped)
               for responder in (True, False) for capped in (True, False)}


async def store(direct: Direct, *, responder_id: int | None, capped: bool,
                max_unanswered: int, conversation_id: str, message_id: str,
                sender: SenderRole, body: str, now: datetime, terms: str,
                ) -> MessageOut | None:
    """The message stored with its event (None: the claim refused; nothing written); the
    caller announces it (`EventHub.announce()`) once this returns.
    A lost connection is retried once by `Direct.run`; the message id makes that safe
    (a retry of a committed send finds the id used and is refused, then answered with
    the original by the caller). Raises IntegrityError when another request stored the
    same id between this statement's check and its INSERT."""
    responder = sender is SenderRole.RESPONDER
    sql = _STATEMENTS[(responder, capped and not responder)]
    head, _, tail = MessageOut(
        id=message_id, conversation_id=conversation_id, position=_SENTINEL, sender=sender,
        body=body, created_at=now).model_dump_json().partition(f'"position":{_SENTINEL}')
    args: list[object] = [conversation_id, message_id, now, sender.value, body, terms,
                          head + '"position":', tail]
    if responder:
        args.append(responder_id)
    elif capped:
        args.append(max_unanswered)
    import asyncpg

    try:
        position = await direct.run(lambda c: c.fetchval(sql, *args))
    except asyncpg.UniqueViolationError as error:  # said as the SQLite path says it
        raise IntegrityError(sql, args, error) from error
    if position is None:
        return None
    return MessageOut(id=message_id, conversation_id=conversation_id, position=position,
                      sender=sender, body=body, created_at=now)
