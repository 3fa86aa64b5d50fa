"""Resume codes: ten characters of Crockford's base32 (no I, L, O, U: nothing to misread),
about 50 bits, of which only the SHA-256 is kept. One code per chat: a new one replaces the
old. Tried codes are limited per address (`resume.address`, 10 a minute by default), so
guessing one of 2^50 is hopeless. A code opens its chat only while it is open; the end of
the chat deletes it (conversations.end_now, refunds' queue expiry), and so does erasure."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from responder_server.auth import service as auth
from responder_server.conversations.service import load_summary
from responder_server.core.models import Conversation, Payment, ResumeCode
from responder_server.core.principal import Principal
from responder_server.core.problems import ProblemError, not_found
from responder_server.core.state import ServerState
from responder_wire import ConversationState
from responder_wire.payments import WebSessionStarted
from responder_wire.resume import ResumeLink

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32
CODE_LENGTH = 10
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})
OPEN_STATES = (ConversationState.QUEUED.value, ConversationState.ACTIVE.value)


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalise(code: str) -> str:
    """As typed or read aloud: case, spaces and dashes ignored; O read as 0, I and L as 1."""
    return "".join(code.split()).replace("-", "").upper().translate(_READ_AS)


def code_hash(code: str) -> str:
    return hashlib.sha256(normalise(code).encode()).hexdigest()


async def new_link(state: ServerState, principal: Principal, conversation_id: str
                   ) -> ResumeLink:
    """A new code for this open chat (the client's token only); the previous one stops."""
    if principal.is_responder:
        raise ProblemError(403, "forbidden", "Only the client can resume",
                           "Only the client of this chat can make a link to it.")
    if principal.conversation_id != conversation_id:
        raise not_found()
    now = state.clock.now()
    for _attempt in range(3):  # a collision of two random codes: simply another one
        code = new_code()
        try:
            async with state.db.write() as session:
                conversation = await session.get(Conversation, conversation_id)
                if conversation is None:
                    raise not_found()
                if conversation.state not in OPEN_STATES:
                    raise _ended()
                await session.execute(delete(ResumeCode).where(
                    ResumeCode.conversation_id == conversation_id))
                session.add(ResumeCode(code_hash=code_hash(code),
                                       conversation_id=conversation_id, created_at=now))
            return ResumeLink(code=code, path=f"/chat/#resume={code}",
                              conversation_id=conversation_id)
        except IntegrityError:
            continue
    raise ProblemError(503, "try-again", "Try again",  # pragma: no cover
                       "A new link could not be made just now. Please try again.")


def _ended() -> ProblemError:
    return ProblemError(410, "resume-ended", "Chat ended",
                        "This chat has ended, so its link no longer opens it.")


async def resume(state: ServerState, code: str) -> WebSessionStarted:
    """A fresh client token of the code's chat while it is open."""
    ended = False
    async with state.db.write() as session:
        row = await session.get(ResumeCode, code_hash(code))
        if row is None:
            raise ProblemError(404, "resume-unknown", "Unknown code",
                               "This link or code is not known. Check it, or start a new "
                               "chat.")
        conversation = await session.get(Conversation, row.conversation_id)
        if conversation is None or conversation.state not in OPEN_STATES:
            await session.delete(row)  # tidied here if its end did not
            ended = True
        else:
            token, expires = auth.issue_client_token(state, session, conversation.id)
            payment_id = await session.scalar(select(Payment.id).where(
                Payment.conversation_id == conversation.id))
            started = WebSessionStarted(
                conversation=await load_summary(session, conversation), client_token=token,
                client_token_expires_at=expires, payment_id=payment_id or "")
    if ended:
        raise _ended()
    return started
