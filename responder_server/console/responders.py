"""Responders: the list, one responder's page (figures, exposure, settings), inviting a new
one (a one-time link), suspending and reinstating; and the invitation's own page where the
responder sets their password (no operator session: the link is the credential)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import RedirectResponse

from responder_server.audit import service as audit
from responder_server.auth import invitations
from responder_server.auth import service as auth
from responder_server.auth.deps import State
from responder_server.auth.service import add_responder
from responder_server.console import figures
from responder_server.console.deps import (
    ChangeOperators,
    ChangeRespondersInvite,
    ChangeRespondersState,
    ViewOperators,
    ViewRespondersState,
    ViewRespondersView,
    check_origin,
    form_of,
)
from responder_server.console.live import board
from responder_server.console.messages import plain
from responder_server.console.web import language_of, render, translator
from responder_server.core.models import Responder
from responder_server.core.problems import ProblemError
from responder_server.earnings import rate_card
from responder_server.erasure.responder import (
    ERASED_NAME,
    TAX_RECORD_RETENTION_YEARS,
    erase_responder,
)
from responder_server.presence import service as presence
from responder_server.responder_page import operator as responder_pages
from responder_wire.presence import MAX_CLIENT_NAME_LENGTH, MAX_CONCURRENT_LIMIT

router = APIRouter()


async def _list(request: Request, state: State, status: int = 200, **extra: object
                ) -> Response:
    async with state.db.read() as session:
        current = await board(session, state.clock.now(), state.notifier.position)
    return render(request, "responders.html", {"board": current, **extra}, status)


@router.get("/responders")
async def responders_page(request: Request, state: State, _: ViewRespondersView) -> Response:
    return await _list(request, state)


@router.post("/responders/invite")
async def invite(request: Request, state: State, operator: ChangeRespondersInvite) -> Response:
    t = translator(language_of(request))
    form = await form_of(request)
    email = form.get("email", "").strip()
    try:
        capacity = int(form.get("max_concurrent", "3"))
    except ValueError:
        capacity = 0
    if "@" not in email or not 1 <= capacity <= MAX_CONCURRENT_LIMIT:
        return await _list(request, state, error=t("invite_refused",
                                                   limit=MAX_CONCURRENT_LIMIT), status=400)
    now = state.clock.now()
    try:
        async with state.db.write() as session:
            responder = await add_responder(session, operator.actor, email, None,
                                            form.get("display_name", "").strip()[:100], now,
                                            max_concurrent=capacity)
            token = await invitations.create_invitation(session, responder.id, now)
    except ValueError as exc:
        return await _list(request, state, error=plain(str(exc), t), status=400)
    link = f"{request.url.scheme}://{request.url.netloc}/console/invite/{token}"
    return await _list(request, state, notice=t("invited", email=responder.email),
                       invitation=link)


async def _responder(state: State, responder_id: int) -> Responder:
    async with state.db.read() as session:
        responder = await session.get(Responder, responder_id)
    if responder is None:
        raise ProblemError(404, "not-found", "Not found", "There is no such responder.")
    return responder


@router.get("/responders/{responder_id}")
async def responder_page(request: Request, state: State, responder_id: int,
                         _: ViewRespondersView, notice: str = "", error: str = "") -> Response:
    responder = await _responder(state, responder_id)
    now = state.clock.now()
    async with state.db.read() as session:
        zone = (await rate_card.current_card(session)).zone
        days = await figures.per_day(session, responder_id, now, zone)
        worked = await figures.shifts(session, responder_id, now)
        page = await responder_pages.page_of(session, responder_id)
    t = translator(language_of(request))
    return render(request, "responder.html", {
        "r": responder, "days": days, "zone": str(zone), "shifts": worked, "page": page,
        "name_limit": MAX_CLIENT_NAME_LENGTH,
        "cap_limit": MAX_CONCURRENT_LIMIT, "notice": t(notice) if notice else "",
        "error": t(error) if error else ""})


def _back(responder_id: int, **query: str) -> Response:
    suffix = "&".join(f"{k}={v}" for k, v in query.items())
    return RedirectResponse(f"/console/responders/{responder_id}" + (f"?{suffix}" if suffix
                                                                      else ""),
                            status_code=303)


@router.post("/responders/{responder_id}/settings")
async def settings(request: Request, state: State, responder_id: int,
                   operator: ChangeRespondersState) -> Response:
    form = await form_of(request)
    responder = await _responder(state, responder_id)
    try:
        capacity = int(form.get("max_concurrent", ""))
    except ValueError:
        capacity = 0
    name = " ".join(form.get("client_name", "").split())
    if not 1 <= capacity <= MAX_CONCURRENT_LIMIT or not 1 <= len(name) <= MAX_CLIENT_NAME_LENGTH:
        return _back(responder_id, error="settings_refused")
    if capacity != responder.max_concurrent:
        await presence.set_capacity(state, responder_id, capacity, actor=operator.actor)
    if name != responder.client_name:
        await presence.set_client_name(state, responder_id, name, actor=operator.actor)
    return _back(responder_id, notice="saved")


@router.get("/responders/{responder_id}/suspend")
async def confirm_suspend(request: Request, state: State, responder_id: int,
                          _: ViewRespondersState) -> Response:
    responder = await _responder(state, responder_id)
    t = translator(language_of(request))
    return render(request, "confirm.html", {
        "title": t("suspend"), "question": t("suspend_question", name=responder.display_name),
        "action": f"/console/responders/{responder_id}/suspend", "fields": {},
        "confirm_label": t("suspend"), "back": f"/console/responders/{responder_id}"})


@router.post("/responders/{responder_id}/suspend")
async def suspend(state: State, responder_id: int, operator: ChangeRespondersState
                  ) -> Response:
    await presence.set_suspended(state, responder_id, True, operator.actor)
    return _back(responder_id, notice="suspended_notice")


@router.post("/responders/{responder_id}/reinstate")
async def reinstate(state: State, responder_id: int, operator: ChangeRespondersState
                    ) -> Response:
    await presence.set_suspended(state, responder_id, False, operator.actor)
    return _back(responder_id, notice="reinstated_notice")


@router.get("/responders/{responder_id}/erase")
async def confirm_erase(request: Request, state: State, responder_id: int,
                        _: ViewOperators) -> Response:
    """Owners only: erasing a responder on request cannot be undone (erasure/responder.py)."""
    responder = await _responder(state, responder_id)
    t = translator(language_of(request))
    return render(request, "confirm.html", {
        "title": t("erase_responder"),
        "question": t("erase_responder_question", name=responder.display_name,
                      email=responder.email, years=TAX_RECORD_RETENTION_YEARS),
        "action": f"/console/responders/{responder_id}/erase", "fields": {},
        "confirm_label": t("erase_responder"), "back": f"/console/responders/{responder_id}"})


@router.post("/responders/{responder_id}/erase")
async def erase(state: State, responder_id: int, operator: ChangeOperators) -> Response:
    """Audited as `responder.erase` in the erasure's own transaction."""
    responder = await _responder(state, responder_id)
    if responder.display_name != ERASED_NAME or responder.suspended_at is None:
        await erase_responder(state.db, responder_id, actor=operator.actor,
                              now=state.clock.now())
    return _back(responder_id, notice="erased_notice")


@router.post("/responders/{responder_id}/invitation")
async def new_invitation(request: Request, state: State, responder_id: int,
                         operator: ChangeRespondersInvite) -> Response:
    """A fresh link (the earlier one stops working), e.g. for a responder who lost theirs.
    The link sets the account's password, so who made it is audited (same transaction)."""
    await _responder(state, responder_id)
    now = state.clock.now()
    async with state.db.write() as session:
        token = await invitations.create_invitation(session, responder_id, now)
        await audit.record(session, operator.actor, "responder.invitation",
                           f"responder:{responder_id}", None,
                           {"expires_at": (now + invitations.INVITATION_TTL).isoformat()},
                           now=now)
    t = translator(language_of(request))
    link = f"{request.url.scheme}://{request.url.netloc}/console/invite/{token}"
    return await _list(request, state, notice=t("invitation_renewed"), invitation=link)


# -- the invitation's own page (the responder, not an operator) --


@router.get("/invite/{token}")
async def invitation_page(request: Request, state: State, token: str) -> Response:
    async with state.db.read() as session:
        responder = await invitations.invited(session, token, state.clock.now())
    if responder is None:
        return render(request, "invitation.html", {"error_key": "invitation_unusable"}, 404)
    return render(request, "invitation.html", {"email": responder.email, "token": token})


@router.post("/invite/{token}")
async def accept_invitation(request: Request, state: State, token: str) -> Response:
    check_origin(request)
    form = await form_of(request)
    password = form.get("password", "")
    if password != form.get("password_again", ""):
        return render(request, "invitation.html", {"token": token,
                                                   "error_key": "passwords_differ"}, 400)
    try:
        async with state.db.write() as session:
            now = state.clock.now()
            responder = await invitations.accept(session, token, password, now)
            # A renewed link is how a lost or stolen password is replaced: every sign-in
            # made with the old one ends with it.
            revoked = await auth.revoke_responder_tokens(session, responder.id, now)
    except invitations.InvitationError as exc:
        status = 400 if str(exc) == "too_short" else 404
        return render(request, "invitation.html", {"token": token,
                                                   "error_key": str(exc)}, status)
    state.principals.forget_tokens(revoked)  # committed: refused here at once
    return render(request, "invitation.html", {"done": True, "email": responder.email})

