"""The owner's page of operators: add one, change a role, disable an account."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import RedirectResponse

from responder_server.auth.deps import State
from responder_server.console import operators
from responder_server.console.deps import ChangeOperators, ViewOperators, form_of
from responder_server.console.messages import plain
from responder_server.console.operators import OperatorError, Role
from responder_server.console.web import language_of, render, translator

router = APIRouter()


async def _page(request: Request, state: State, notice: str = "", error: str = "",
                status: int = 200) -> Response:
    async with state.db.read() as session:
        rows = await operators.all_operators(session)
    return render(request, "operators.html", {"operators": rows, "roles": [r.value for r in Role],
                                              "notice": notice, "error": error}, status)


@router.get("/operators")
async def operators_page(request: Request, state: State,
                         _: ViewOperators) -> Response:
    return await _page(request, state)


@router.post("/operators")
async def add_operator(request: Request, state: State, operator: ChangeOperators) -> Response:
    t = translator(language_of(request))
    form = await form_of(request)
    email, role, password = form.get("email", ""), form.get("role", ""), form.get("password", "")
    try:
        async with state.db.write() as session:
            await operators.create_operator(session, operator.actor, email, password, role,
                                            state.clock.now())
    except OperatorError as exc:
        return await _page(request, state, error=plain(str(exc), translator(language_of(request))),
                           status=400)
    return await _page(request, state, notice=t("operator_added", email=email))


@router.post("/operators/{operator_id}/role")
async def set_role(request: Request, state: State, operator_id: int,
                   operator: ChangeOperators) -> Response:
    role = (await form_of(request)).get("role", "")
    try:
        async with state.db.write() as session:
            await operators.set_role(session, operator.actor, operator_id, role,
                                     state.clock.now())
    except OperatorError as exc:
        return await _page(request, state, error=plain(str(exc), translator(language_of(request))),
                           status=400)
    return RedirectResponse("/console/operators", status_code=303)


@router.get("/operators/{operator_id}/disable")
async def confirm_disable(request: Request, operator_id: int,
                          _: ViewOperators) -> Response:
    t = translator(language_of(request))
    return render(request, "confirm.html", {
        "title": t("disable"), "question": t("disable_question"),
        "action": f"/console/operators/{operator_id}/disable", "fields": {},
        "confirm_label": t("disable"), "back": "/console/operators"})


@router.post("/operators/{operator_id}/disable")
async def disable(request: Request, state: State, operator_id: int,
                  operator: ChangeOperators) -> Response:
    try:
        async with state.db.write() as session:
            await operators.set_role(session, operator.actor, operator_id, None,
                                     state.clock.now())
    except OperatorError as exc:
        return await _page(request, state, error=plain(str(exc), translator(language_of(request))),
                           status=400)
    return RedirectResponse("/console/operators", status_code=303)
