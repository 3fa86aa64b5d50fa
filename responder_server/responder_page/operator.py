"""The operator's hold on pages: hide a page (clients get 404 in words, "again" stops
offering it) or show it again; each change audited in its own transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.core.models import ResponderPage
from responder_server.core.problems import ProblemError
from responder_server.core.state import ServerState


@dataclass(frozen=True)
class PageSummary:
    handle: str
    path: str
    hidden: bool


async def page_of(session: AsyncSession, responder_id: int) -> PageSummary | None:
    page = await session.get(ResponderPage, responder_id)
    if page is None:
        return None
    return PageSummary(handle=page.handle, path=f"/r/{page.handle}",
                       hidden=page.hidden_at is not None)


async def set_hidden(state: ServerState, responder_id: int, hidden: bool, actor: str) -> bool:
    """Hide or show a responder's page. True if it changed (a repeat changes nothing and
    writes no audit row)."""
    now = state.clock.now()
    async with state.db.write() as session:
        page = await session.get(ResponderPage, responder_id)
        if page is None:
            raise ProblemError(404, "not-found", "No page",
                               "This responder has not made a page.")
        moved = (await session.execute(
            update(ResponderPage).where(ResponderPage.responder_id == responder_id,
                                        ResponderPage.hidden_at.is_(None) if hidden
                                        else ResponderPage.hidden_at.is_not(None))
            .values(hidden_at=now if hidden else None)
            .returning(ResponderPage.responder_id))).first()
        if moved is None:
            return False
        await audit.record(session, actor, "responder_page.hide" if hidden
                           else "responder_page.show", f"responder:{responder_id}",
                           {"handle": page.handle, "hidden": not hidden},
                           {"handle": page.handle, "hidden": hidden}, now=now)
    return True
