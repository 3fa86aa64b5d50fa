"""Payout runs on the money page (finance): a run previewed (each line with its tax, who is
left out and why), then made and sent; runs and their lines with state and reason; a
failed or returned line retried once the responder can be paid. Every change goes through
payouts/runs.py, which audits it."""

from __future__ import annotations

import asyncio
import json

from fastapi import APIRouter, Request, Response
from fastapi.responses import RedirectResponse
from sqlalchemy import func, select

from responder_server.auth.deps import State
from responder_server.console.deps import ChangeMoney, ViewMoney, form_of
from responder_server.console.web import fen, language_of, render, translator
from responder_server.core.models import Payout, PayoutRun, Responder
from responder_server.payouts import review, runs, sending

router = APIRouter()
BASE = "/console/money/payout-runs"
# A run is sent after the answer (hundreds of lines take a while); the sweep sends
# whatever a stopped server left behind.
_sending: set[asyncio.Task[int]] = set()


def _send_in_background(state: State, run_id: int) -> None:
    task = asyncio.create_task(sending.send_run(state, run_id))
    _sending.add(task)
    task.add_done_callback(_sending.discard)


def _error(exc: runs.PayoutError, t: object) -> str:
    assert callable(t)
    if not exc.key:
        return str(exc)
    values = dict(exc.values)
    if "reason" in values:
        values["reason"] = t(f"payout_skip_{values['reason']}")
    return str(t(exc.key, **values))


async def _page(request: Request, state: State, status: int = 200, **extra: object
                ) -> Response:
    async with state.db.read() as session:
        listed = (await session.execute(
            select(PayoutRun, func.count(Payout.id), func.coalesce(func.sum(Payout.amount_fen),
                                                                     0))
            .outerjoin(Payout, Payout.run_id == PayoutRun.id)
            .group_by(PayoutRun.id).order_by(PayoutRun.id.desc()).limit(30))).all()
        minimum = await runs.minimum_now(session)
    context: dict[str, object] = {
        "runs": [(run, count, int(total), len(json.loads(run.skipped)))
                 for run, count, total in listed],
        "minimum": minimum, "sandbox": runs.sandbox_only(state), **extra}
    return render(request, "payout_runs.html", context, status)


@router.get("/money/payout-runs")
async def runs_page(request: Request, state: State, _: ViewMoney) -> Response:
    return await _page(request, state)


def _minimum(form: dict[str, str]) -> int:
    return int(form.get("minimum_fen", "").strip())


@router.post("/money/payout-runs")
async def start_run(request: Request, state: State, operator: ChangeMoney) -> Response:
    """First a preview (`confirm` absent), then, with `confirm`, the run made and sent."""
    t = translator(language_of(request))
    form = await form_of(request)
    try:
        minimum = _minimum(form)
        if form.get("confirm") != "yes":
            plan = await runs.plan(state, minimum)
            return await _page(request, state, plan=plan, minimum=minimum)
        made = await runs.make_run(state, minimum, operator.actor)
    except ValueError as exc:
        message = _error(exc, t) if isinstance(exc, runs.PayoutError) else t("whole_fen")
        return await _page(request, state, 400, error=message, typed=form)
    assert made.run_id is not None
    _send_in_background(state, made.run_id)
    return RedirectResponse(f"{BASE}/{made.run_id}?made=1", status_code=303)


async def _run_page(request: Request, state: State, run_id: int, status: int = 200,
                    **extra: object) -> Response:
    async with state.db.read() as session:
        run = await session.get(PayoutRun, run_id)
        if run is None:
            return render(request, "refusal.html", {"key": "payout_no_such"}, status=404)
        rows = (await session.execute(
            select(Payout, Responder.display_name, Responder.email)
            .join(Responder, Responder.id == Payout.responder_id)
            .where(Payout.run_id == run_id).order_by(Payout.id))).all()
        retried = set(await session.scalars(select(Payout.retry_of).where(
            Payout.run_id == run_id, Payout.retry_of.is_not(None))))
    lines = [(line, name, email) for line, name, email in rows]
    context: dict[str, object] = {
        "run": run, "lines": lines, "retried": retried, "skipped": json.loads(run.skipped),
        "total": sum(line.amount_fen for line, _, _ in lines
                     if line.state not in ("failed", "returned")),
        "unsent": sum(1 for line, _, _ in lines if line.state == "created"),
        "sandbox": runs.sandbox_only(state), **extra}
    return render(request, "payout_run.html", context, status)


@router.get("/money/payout-runs/{run_id}")
async def run_page(run_id: int, request: Request, state: State, _: ViewMoney) -> Response:
    t = translator(language_of(request))
    notice = t("payout_run_made", id=run_id) if request.query_params.get("made") else None
    return await _run_page(request, state, run_id, notice=notice)


@router.post("/money/payout-runs/lines/{line_id}/retry")
async def retry(line_id: int, request: Request, state: State, operator: ChangeMoney
                ) -> Response:
    t = translator(language_of(request))
    async with state.db.read() as session:
        old = await session.get(Payout, line_id)
    if old is None or old.run_id is None:
        return render(request, "refusal.html", {"key": "payout_no_such"}, status=404)
    try:
        new = await runs.retry_line(state, line_id, operator.actor)
    except runs.PayoutError as exc:
        return await _run_page(request, state, old.run_id, 409, error=_error(exc, t))
    await sending.send_line(state, new)
    return await _run_page(request, state, old.run_id, notice=t(
        "payout_line_retried", old=line_id, new=new.id,
        amount=fen(new.amount_fen, language_of(request))))


@router.post("/money/payout-runs/lines/{line_id}/release")
async def release(line_id: int, request: Request, state: State, operator: ChangeMoney
                  ) -> Response:
    """A held line looked at: the hold lifted and the provider asked again."""
    t = translator(language_of(request))
    async with state.db.read() as session:
        old = await session.get(Payout, line_id)
    if old is None or old.run_id is None:
        return render(request, "refusal.html", {"key": "payout_no_such"}, status=404)
    try:
        await review.release_line(state, line_id, operator.actor)
    except runs.PayoutError as exc:
        return await _run_page(request, state, old.run_id, 409, error=_error(exc, t))
    return await _run_page(request, state, old.run_id,
                           notice=t("payout_released", id=line_id))
