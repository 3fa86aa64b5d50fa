"""The page: the responder's own (`GET`/`PUT /me/page`), what a client sees
(`POST /client/pages/{handle}`), and "talk to them again" (`POST /client/again`)."""

from __future__ import annotations

import json
import statistics
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.clients import service as clients
from responder_server.core.models import (
    Client,
    ClientBlock,
    Conversation,
    Responder,
    ResponderPage,
)
from responder_server.core.principal import Principal
from responder_server.core.problems import ProblemError, not_found
from responder_server.core.state import ServerState
from responder_server.earnings import rate_card
from responder_server.responder_page import sellable, stats
from responder_server.responder_page.text_check import check_page_text
from responder_wire.models import SESSION_LENGTHS_MINUTES
from responder_wire.responder_page import (
    AgainOffer,
    PublicPage,
    ResponderPageIn,
    ResponderPageOut,
)

FIRST_REPLY_WINDOW = timedelta(days=30)
MIN_REPLIES_FOR_TYPICAL = 3  # fewer than this says nothing about how fast they are


def page_path(handle: str) -> str:
    return f"/r/{handle}"


def _out(page: ResponderPage) -> ResponderPageOut:
    return ResponderPageOut(handle=page.handle, intro=page.intro,
                            topics_like=json.loads(page.topics_like),
                            topics_avoid=json.loads(page.topics_avoid),
                            languages=json.loads(page.languages), path=page_path(page.handle),
                            hidden=page.hidden_at is not None, updated_at=page.updated_at)


def _no_page() -> ProblemError:
    return ProblemError(404, "not-found", "No page yet",
                        "You have not made your page yet.")


async def my_page(state: ServerState, principal: Principal) -> ResponderPageOut:
    async with state.db.read() as session:
        page = await session.get(ResponderPage, require_responder(principal))
        if page is None:
            raise _no_page()
        return _out(page)


def _handle_taken() -> ProblemError:
    return ProblemError(409, "page-handle-taken", "Address taken",
                        "Another responder already uses this address. Please choose another.")


async def save_page(state: ServerState, principal: Principal, body: ResponderPageIn
                    ) -> ResponderPageOut:
    """Create or replace the responder's page. The text goes through the operator's phrase
    list and the contact-detail check first (422 `page-text-refused`: nothing saved)."""
    now = state.clock.now()
    me = require_responder(principal)
    try:
        async with state.db.write() as session:
            await check_page_text(session, [body.intro, *body.topics_like,
                                            *body.topics_avoid])
            taken = await session.scalar(select(ResponderPage.responder_id).where(
                ResponderPage.handle == body.handle,
                ResponderPage.responder_id != me))
            if taken is not None:
                raise _handle_taken()
            page = await session.get(ResponderPage, me)
            if page is None:
                page = ResponderPage(responder_id=me, updated_at=now)
                session.add(page)
            page.handle = body.handle
            page.intro = body.intro
            page.topics_like = json.dumps(body.topics_like, ensure_ascii=False)
            page.topics_avoid = json.dumps(body.topics_avoid, ensure_ascii=False)
            page.languages = json.dumps(body.languages)
            page.updated_at = now
            await session.flush()
            out = _out(page)
    except IntegrityError:  # the same address saved a moment ago by someone else
        raise _handle_taken() from None
    return out


async def visible_page(session: AsyncSession, handle: str) -> tuple[ResponderPage, Responder]:
    """A page clients may see: 404 in plain words for a hidden page, an unknown address or
    a suspended responder."""
    row = (await session.execute(
        select(ResponderPage, Responder).join(Responder,
                                              Responder.id == ResponderPage.responder_id)
        .where(ResponderPage.handle == handle.lower()))).first()
    if row is None or row[0].hidden_at is not None or row[1].suspended_at is not None:
        raise ProblemError(404, "page-not-found", "No such page",
                           "There is no page at this address. It may have been taken down.")
    return row[0], row[1]


def client_name(responder: Responder) -> str:
    return responder.client_name or responder.display_name.split(" ")[0]


async def _typical_first_reply_s(session: AsyncSession, responder_id: int,
                                 now: datetime) -> int | None:
    rows = (await session.execute(
        select(Conversation.first_reply_at, Conversation.offered_at)
        .where(Conversation.responder_id == responder_id,
               Conversation.first_reply_at >= now - FIRST_REPLY_WINDOW))).all()
    waits = [(r - o).total_seconds() for r, o in rows if r is not None and o is not None]
    if len(waits) < MIN_REPLIES_FOR_TYPICAL:
        return None
    return round(statistics.median(waits))


async def public_page(state: ServerState, handle: str, client_key: str | None) -> PublicPage:
    """The page as a client sees it (and one visit counted). `client_key`: a client this
    responder blocked sees them as away, with no hours to come back at."""
    now = state.clock.now()
    async with state.db.write() as session:
        page, responder = await visible_page(session, handle)
        await stats.count_visit(session, responder.id, now)
        digest = clients.key_hash(client_key) if client_key else None
        available = await sellable.page_availability(session, state.config, responder,
                                                      digest, now)
        chats = await session.scalar(select(func.count(Conversation.id)).where(
            Conversation.responder_id == responder.id,
            Conversation.first_reply_at.is_not(None)))
        shortest = min(SESSION_LENGTHS_MINUTES)
        price = await rate_card.quote(session, shortest, now)
        return PublicPage(
            handle=page.handle, name=client_name(responder), intro=page.intro,
            topics_like=json.loads(page.topics_like),
            topics_avoid=json.loads(page.topics_avoid),
            languages=json.loads(page.languages),
            typical_first_reply_s=await _typical_first_reply_s(session, responder.id, now),
            chats=int(chats or 0), price_fen=price.price_fen, price_minutes=shortest,
            availability=available)


async def again(state: ServerState, client_key: str) -> list[AgainOffer]:
    """The responders this client talked to before who have a visible page and are online
    with room now (never one who blocked them), most recent first."""
    digest = clients.key_hash(client_key)
    async with state.db.read() as session:
        rows = (await session.execute(
            select(Responder, ResponderPage.handle, func.max(Conversation.created_at))
            .join(Conversation, Conversation.responder_id == Responder.id)
            .join(ResponderPage, ResponderPage.responder_id == Responder.id)
            .where(Conversation.client_id == select(Client.id)
                   .where(Client.key_hash == digest).scalar_subquery(),
                   Conversation.first_reply_at.is_not(None),
                   ResponderPage.hidden_at.is_(None), Responder.suspended_at.is_(None),
                   ~select(ClientBlock.responder_id).where(
                       ClientBlock.responder_id == Responder.id,
                       ClientBlock.client_id == Conversation.client_id).exists())
            .group_by(Responder.id, ResponderPage.handle)
            .order_by(func.max(Conversation.created_at).desc()).limit(5))).all()
        offers: list[AgainOffer] = []
        for responder, handle, _last in rows:
            if await sellable.has_room(session, responder):
                offers.append(AgainOffer(handle=handle, name=client_name(responder)))
        return offers[:1]  # one offer: the start page names one person


async def page_responder_for_checkout(state: ServerState, session: AsyncSession, handle: str,
                                      key_digest: str | None, wait: bool, *,
                                      check: bool = True) -> int:
    """Checkout from a page: the responder's id if a chat with them may be sold now
    (room now, or the client chose to wait while they are online); else 409 and nothing
    is sold."""
    _page, responder = await visible_page(session, handle)
    if not check:  # a retry of a checkout already made: the same payment answers
        return responder.id
    await sellable.refuse_unsellable(session, state.config, responder, key_digest, wait,
                                     state.clock.now())
    return responder.id


def require_responder(principal: Principal) -> int:
    if not principal.is_responder or principal.responder_id is None:
        raise not_found()
    return principal.responder_id

