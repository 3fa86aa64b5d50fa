"""The operator's side of reports and supervisor flags: resolve one with a note, purge old
resolved ones. One function each, called by `responder-server reports ...` and by the
console, auditing in the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.audit import service as audit
from responder_server.core.models import SafetyLogEntry, SafetyReport


class ReportRefused(ValueError):
    """A request about a report that cannot be done; the message says why."""


async def resolve(session: AsyncSession, report_id: int, note: str, now: datetime, *,
                  actor: str) -> SafetyReport:
    report = await session.get(SafetyReport, report_id, with_for_update=True)
    if report is None:
        raise ReportRefused(f"There is no report {report_id}.")
    if report.resolved_at is not None:
        raise ReportRefused(f"Report {report_id} was already resolved on "
                            f"{report.resolved_at:%Y-%m-%d %H:%M} UTC.")
    if not note.strip():
        raise ReportRefused("Say what was done: resolving needs a note.")
    report.resolved_at = now
    report.resolution_note = note.strip()
    await audit.record(session, actor, "report.resolve", f"report:{report_id}",
                       {"resolved": False}, {"resolved": True, "note": report.resolution_note},
                       now=now)
    return report


@dataclass(frozen=True)
class Purged:
    reports: int
    log_entries: int


async def purge(session: AsyncSession, older_than_days: int, now: datetime, *, actor: str
                ) -> Purged:
    cutoff = now - timedelta(days=max(older_than_days, 0))
    reports = await session.execute(delete(SafetyReport).where(
        SafetyReport.resolved_at.is_not(None), SafetyReport.resolved_at < cutoff))
    entries = await session.execute(delete(SafetyLogEntry).where(
        SafetyLogEntry.created_at < cutoff))
    result = Purged(int(reports.rowcount or 0),  # type: ignore[attr-defined]
                    int(entries.rowcount or 0))  # type: ignore[attr-defined]
    await audit.record(session, actor, "reports.purge", f"older_than_days:{older_than_days}",
                       None, {"reports": result.reports, "log_entries": result.log_entries},
                       now=now)
    return result
