"""The audit log page: filter by who, what, on what and when; export what is shown as CSV.
Read-only: no route of the console (or of anything else) edits the log."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlencode

from fastapi import APIRouter, Request, Response

from responder_server.audit import service as audit
from responder_server.auth.deps import State
from responder_server.console.deps import ViewAudit
from responder_server.console.web import render

router = APIRouter()


def _day(text: str) -> datetime | None:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _filter(actor: str, action: str, target: str, since: str, until: str) -> audit.AuditFilter:
    end = _day(until)
    return audit.AuditFilter(actor=actor.strip(), action=action.strip(), target=target.strip(),
                             since=_day(since), until=end + timedelta(days=1) if end else None)


@router.get("/audit")
async def audit_page(request: Request, state: State, _: ViewAudit, actor: str = "",
                     action: str = "", target: str = "", since: str = "", until: str = ""
                     ) -> Response:
    where = _filter(actor, action, target, since, until)
    async with state.db.read() as session:
        rows = await audit.entries(session, where)
        names = await audit.actions(session)
    query = urlencode({"actor": actor, "action": action, "target": target, "since": since,
                       "until": until})
    return render(request, "audit.html", {"entries": rows, "actions": names, "where": where,
                                          "since": since, "until": until, "query": query})


@router.get("/audit.csv")
async def audit_csv(state: State, _: ViewAudit, actor: str = "", action: str = "",
                    target: str = "", since: str = "", until: str = "") -> Response:
    where = _filter(actor, action, target, since, until)
    async with state.db.read() as session:
        rows = await audit.entries(session, where, limit=None)
    return Response(audit.to_csv(rows), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="audit-log.csv"',
                             "Cache-Control": "no-store"})
