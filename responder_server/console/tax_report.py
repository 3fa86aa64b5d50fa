"""The quarterly tax report (Decree No. 810) on the exports page: a CSV with each
responder's identity in full and income by category, for the finance role; every download
is audited (who took the identities of which quarter)."""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request, Response

from responder_server.audit import service as audit
from responder_server.audit.service import csv_bytes
from responder_server.auth.deps import State
from responder_server.console.deps import ViewExports
from responder_server.console.web import render
from responder_server.earnings.rate_card import current_card
from responder_server.tax import report

router = APIRouter()


def form_context(today: date) -> dict[str, Any]:
    """The form's default: the quarter that ended last (reports are filed after it)."""
    quarter = (today.month - 1) // 3  # 0: the last quarter of last year
    return {"tax_year": today.year if quarter else today.year - 1,
            "tax_quarter": quarter or 4}


@router.get("/exports/tax-report.csv")
async def tax_report_csv(request: Request, state: State, operator: ViewExports,
                         year: str = "", quarter: str = "") -> Response:
    try:
        y, q = int(year), int(quarter)
        if not 2000 <= y <= 2100:  # first: a year past 9999 is no date at all
            raise ValueError
        report.quarter_bounds(y, q)
    except ValueError:
        return render(request, "exports.html", {
            "since": "", "until": "", "refused": "tax_report_refused",
            **form_context(state.clock.now().date())}, status=422)
    now = state.clock.now()
    async with state.db.write() as session:
        zone = ZoneInfo((await current_card(session)).time_zone)
        rows = await report.quarter_rows(session, y, q, zone)
        await audit.record(session, operator.actor, "export.tax_report",
                           f"tax_report:{y}Q{q}", None,
                           {"year": y, "quarter": q, "responders": len(rows)}, now=now)
    body = csv_bytes(report.HEADER, report.csv_cells(rows, y, q))
    return Response(body, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition":
                             f'attachment; filename="tax-report-{y}Q{q}.csv"',
                             "Cache-Control": "no-store"})
