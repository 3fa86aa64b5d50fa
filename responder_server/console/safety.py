"""Safety: the queue of reports and flags, one report (resolve with a note), bans (with a
reason and an optional expiry; unban after a confirmation), and the phrase lists and
hotlines with their versions (a new version is validated as the CLI's file is)."""

from __future__ import annotations

import json
from datetime import timedelta

from fastapi import APIRouter, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from responder_server.auth.deps import State
from responder_server.console import safety_queue
from responder_server.console.deps import ChangeSafety, ViewSafety, form_of
from responder_server.console.messages import plain
from responder_server.console.web import language_of, render, translator
from responder_server.core.models import SafetyDocument
from responder_server.core.problems import not_found
from responder_server.safety import bans, documents
from responder_server.safety import reports as safety_reports

router = APIRouter()
MAX_BAN_DAYS = 3650


@router.get("/safety")
async def queue_page(request: Request, state: State, _: ViewSafety, resolved: bool = False
                     ) -> Response:
    async with state.db.read() as session:
        items = await safety_queue.queue(session, resolved)
    return render(request, "safety.html", {"items": items, "resolved": resolved})


async def _report(request: Request, state: State, report_id: int, status: int = 200,
                  error: str = "", notice: str = "") -> Response:
    async with state.db.read() as session:
        found = await safety_queue.report_view(session, report_id)
    if found is None:
        raise not_found("report")
    return render(request, "report.html", {"v": found, "error": error, "notice": notice},
                  status)


@router.get("/safety/reports/{report_id}")
async def report_page(request: Request, state: State, report_id: int, _: ViewSafety
                      ) -> Response:
    return await _report(request, state, report_id)


@router.post("/safety/reports/{report_id}/resolve")
async def resolve(request: Request, state: State, report_id: int, operator: ChangeSafety
                  ) -> Response:
    t = translator(language_of(request))
    note = (await form_of(request)).get("note", "")
    try:
        async with state.db.write() as session:
            await safety_reports.resolve(session, report_id, note, state.clock.now(),
                                         actor=operator.actor)
    except safety_reports.ReportRefused as exc:
        return await _report(request, state, report_id, 400, error=plain(str(exc), t))
    return await _report(request, state, report_id, notice=t("report_resolved"))


async def _bans(request: Request, state: State, status: int = 200, **extra: object
                ) -> Response:
    async with state.db.read() as session:
        clients = await safety_queue.banned(session)
    return render(request, "bans.html", {"clients": clients, "max_days": MAX_BAN_DAYS, **extra},
                  status)


@router.get("/safety/bans")
async def bans_page(request: Request, state: State, _: ViewSafety, client: str = ""
                    ) -> Response:
    return await _bans(request, state, client=client)


@router.post("/safety/bans")
async def ban(request: Request, state: State, operator: ChangeSafety) -> Response:
    t = translator(language_of(request))
    form = await form_of(request)
    client_id, reason = form.get("client_id", "").strip(), form.get("reason", "").strip()
    days_text = form.get("days", "").strip()
    try:
        days = int(days_text) if days_text else None
    except ValueError:
        days = 0
    if not client_id or not reason or (days is not None and not 1 <= days <= MAX_BAN_DAYS):
        return await _bans(request, state, 400, error=t("ban_refused", max=MAX_BAN_DAYS),
                           client=client_id)
    now = state.clock.now()
    async with state.db.write() as session:
        client = await bans.set_ban(session, client_id, reason, now, actor=operator.actor,
                                    expires_at=now + timedelta(days=days) if days else None)
    if client is None:
        return await _bans(request, state, 404, error=t("no_such_client"), client=client_id)
    return await _bans(request, state, notice=t("banned_notice"))


@router.get("/safety/bans/{client_id}/unban")
async def confirm_unban(request: Request, client_id: str, _: ViewSafety) -> Response:
    t = translator(language_of(request))
    return render(request, "confirm.html", {
        "title": t("unban"), "question": t("unban_question", client=client_id),
        "action": f"/console/safety/bans/{client_id}/unban", "fields": {},
        "confirm_label": t("unban"), "back": "/console/safety/bans"})


@router.post("/safety/bans/{client_id}/unban")
async def unban(request: Request, state: State, client_id: str, operator: ChangeSafety
                ) -> Response:
    async with state.db.write() as session:
        client = await bans.set_ban(session, client_id, None, state.clock.now(),
                                    actor=operator.actor)
    if client is None:
        raise not_found("client")
    return RedirectResponse("/console/safety/bans", status_code=303)


async def _documents(request: Request, state: State, status: int = 200, **extra: object
                     ) -> Response:
    async with state.db.read() as session:
        current = {kind: await documents.current_document(session, kind)
                   for kind in documents.KINDS}
        history = list(await session.scalars(select(SafetyDocument).order_by(
            SafetyDocument.id.desc()).limit(50)))
    shown = {kind: (version, json.dumps(doc, ensure_ascii=False, indent=2))
             for kind, (version, doc) in current.items()}
    return render(request, "documents.html", {"current": shown, "history": history, **extra},
                  status)


@router.get("/safety/documents")
async def documents_page(request: Request, state: State, _: ViewSafety) -> Response:
    return await _documents(request, state)


@router.post("/safety/documents/{kind}")
async def set_document(request: Request, state: State, kind: str, operator: ChangeSafety
                       ) -> Response:
    t = translator(language_of(request))
    if kind not in documents.KINDS:
        raise not_found("document")
    text = (await form_of(request)).get("document", "")
    try:
        document = documents.parse_document(kind, json.loads(text))  # type: ignore[arg-type]
    except (ValueError, documents.SafetyDocumentError) as exc:
        return await _documents(request, state, 400,
                                error=t("document_refused", reason=str(exc)))
    async with state.db.write() as session:
        version = await documents.store_document(session, kind, document,  # type: ignore[arg-type]
                                                 state.clock.now(), "console",
                                                 actor=operator.actor)
    return await _documents(request, state, notice=t("document_saved", version=version))
