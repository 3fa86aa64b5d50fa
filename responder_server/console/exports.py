"""Exports: one CSV with a row per conversation (times, waits, first reply, length, price,
refund, rating), UTF-8 with a BOM like the responders' own export, for a range of days."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

from fastapi import APIRouter, Request, Response

from responder_server.audit.service import csv_bytes
from responder_server.auth.deps import State
from responder_server.console import conversations, tax_report
from responder_server.console.deps import ViewExports
from responder_server.console.web import render

router = APIRouter()
MAX_DAYS = 366
HEADER = ["conversation_id", "created_at", "offered_at", "first_reply_at", "ended_at",
          "closed_at", "queue_wait_s", "first_reply_s", "length_s", "length_minutes",
          "paid_minutes", "state", "ended_by", "responder", "price_fen", "paid_fen",
          "refunded_fen", "refund_reason", "rating"]


def _iso(moment: datetime | None) -> str:
    return moment.astimezone(UTC).isoformat() if moment else ""


def _num(value: float | None) -> str:
    return "" if value is None else str(int(value))


def _range(since: str, until: str, today: date) -> tuple[datetime, datetime]:
    try:
        start = date.fromisoformat(since) if since else today - timedelta(days=30)
        end = date.fromisoformat(until) if until else today
    except ValueError:
        start, end = today - timedelta(days=30), today
    if end < start or (end - start).days > MAX_DAYS:
        start = end - timedelta(days=30)
    return (datetime(start.year, start.month, start.day, tzinfo=UTC),
            datetime(end.year, end.month, end.day, tzinfo=UTC) + timedelta(days=1))


@router.get("/exports")
async def exports_page(request: Request, state: State, _: ViewExports) -> Response:
    today = state.clock.now().date()
    return render(request, "exports.html", {"since": (today - timedelta(days=30)).isoformat(),
                                            "until": today.isoformat(),
                                            **tax_report.form_context(today)})


@router.get("/exports/conversations.csv")
async def conversations_csv(state: State, _: ViewExports, since: str = "", until: str = ""
                            ) -> Response:
    start, end = _range(since, until, state.clock.now().date())
    rows = await state.db.run_read(lambda session: conversations.between(session, start, end))
    body = await asyncio.to_thread(_csv, rows)  # off the event loop: chats go on meanwhile
    name = f"conversations-{start:%Y%m%d}-{(end - timedelta(days=1)):%Y%m%d}.csv"
    return Response(body, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"',
                             "Cache-Control": "no-store"})


def _csv(rows: list[conversations.Timings]) -> bytes:
    return csv_bytes(HEADER, [[
        r.conversation.id, _iso(r.conversation.created_at), _iso(r.conversation.offered_at),
        _iso(r.conversation.first_reply_at), _iso(r.conversation.ended_at),
        _iso(r.conversation.closed_at), _num(r.queue_wait_s), _num(r.first_reply_s),
        _num(r.length_s), r.conversation.length_minutes, r.conversation.paid_minutes,
        r.conversation.state, r.conversation.ended_by or "", r.responder,
        r.conversation.price_fen, r.paid_fen, r.refunded_fen,
        r.conversation.refund_reason or "", "" if r.rating is None else r.rating,
    ] for r in rows])
