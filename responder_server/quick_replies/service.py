"""Quick replies: each responder's own phrases, one versioned row per responder.

A save is a compare-and-set in the database, safe across instances: an UPDATE that only
matches the row at `base_version` (one wins of two saves from the same base), or for the
first save an INSERT that the primary key lets in only once. The loser gets 409
`quick-replies-conflict` and nothing is overwritten. Every save is pushed to the
responder's own streams, so their other PC updates at once.
"""

from __future__ import annotations

import json

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from responder_server.core.events import append_event
from responder_server.core.models import QuickReplySet
from responder_server.core.problems import ProblemError
from responder_server.core.state import ServerState
from responder_wire.models import EventType
from responder_wire.quick_replies import QuickReplies, QuickRepliesUpdate, QuickReply

__all__ = ["get_quick_replies", "save_quick_replies"]


def _out(row: QuickReplySet | None) -> QuickReplies:
    if row is None:
        return QuickReplies(version=0, phrases=[])
    return QuickReplies(version=row.version,
                        phrases=[QuickReply(**p) for p in json.loads(row.phrases or "[]")])


def _conflict() -> ProblemError:
    return ProblemError(
        409, "quick-replies-conflict", "Quick replies changed elsewhere",
        "Your quick replies were saved from another device since you started editing. "
        "The latest ones are shown again; make your change once more.")


async def get_quick_replies(state: ServerState, responder_id: int) -> QuickReplies:
    async with state.db.read() as session:
        return _out(await session.get(QuickReplySet, responder_id))


async def save_quick_replies(state: ServerState, responder_id: int,
                             body: QuickRepliesUpdate) -> QuickReplies:
    now = state.clock.now()
    phrases = json.dumps([p.model_dump() for p in body.phrases], ensure_ascii=False)
    try:
        async with state.db.write() as session:
            if body.base_version == 0:
                session.add(QuickReplySet(responder_id=responder_id, phrases=phrases,
                                          version=1, updated_at=now))
                await session.flush()  # a second first save fails here (primary key)
            else:
                result = await session.execute(
                    update(QuickReplySet)
                    .where(QuickReplySet.responder_id == responder_id,
                           QuickReplySet.version == body.base_version)
                    .values(phrases=phrases, version=QuickReplySet.version + 1,
                            updated_at=now)
                    .execution_options(synchronize_session=False))
                if getattr(result, "rowcount", 0) != 1:
                    raise _conflict()
            row = await session.scalar(
                select(QuickReplySet).where(QuickReplySet.responder_id == responder_id)
                .execution_options(populate_existing=True))
            saved = _out(row)
            await append_event(session, EventType.QUICK_REPLIES_CHANGED, saved, now=now,
                               responder_id=responder_id)
    except IntegrityError:
        raise _conflict() from None
    return saved
