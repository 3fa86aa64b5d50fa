"""`record`: the one way an operator change is written down. Called by each operator
action's service function, in the caller's transaction, so the change and its row commit
or roll back together. Nothing here updates or deletes a row (and the database refuses it:
migration 0011_console)."""

from __future__ import annotations

import csv
import getpass
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import AuditEntry

PAGE_SIZE = 100


def cli_actor() -> str:
    """Who ran a command on the server: the operating-system user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a bare container)
        user = "unknown"
    return f"cli:{user}"


def operator_actor(email: str) -> str:
    return f"operator:{email}"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


async def record(session: AsyncSession, actor: str, action: str, target: str,
                 before: Any, after: Any, *, now: datetime) -> AuditEntry:
    """Adds one row to the audit log in `session`'s transaction (flushed, not committed)."""
    entry = AuditEntry(created_at=now, actor=actor[:300], action=action[:60],
                       target=target[:200], before=_json(before), after=_json(after))
    session.add(entry)
    await session.flush()
    return entry


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    action: str = ""
    target: str = ""
    since: datetime | None = None
    until: datetime | None = None

    def apply(self, query: Select[tuple[AuditEntry]]) -> Select[tuple[AuditEntry]]:
        if self.actor:
            query = query.where(AuditEntry.actor.contains(self.actor))
        if self.action:
            query = query.where(AuditEntry.action == self.action)
        if self.target:
            query = query.where(AuditEntry.target.contains(self.target))
        if self.since is not None:
            query = query.where(AuditEntry.created_at >= self.since)
        if self.until is not None:
            query = query.where(AuditEntry.created_at < self.until)
        return query


async def entries(session: AsyncSession, where: AuditFilter, limit: int | None = PAGE_SIZE
                  ) -> list[AuditEntry]:
    """Newest first."""
    query = where.apply(select(AuditEntry)).order_by(AuditEntry.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return list(await session.scalars(query))


async def actions(session: AsyncSession) -> list[str]:
    return sorted(await session.scalars(select(AuditEntry.action).distinct()))


CSV_HEADER = ["id", "created_at", "actor", "action", "target", "before", "after"]


def safe_cell(value: object) -> str:
    """A spreadsheet never reads a cell as a formula (text starting =, +, -, @, tab, CR)."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") \
        and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """UTF-8 with a BOM (Excel then reads Chinese right), like the responders' export."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def to_csv(rows: Sequence[AuditEntry]) -> bytes:
    """One row per change."""
    return csv_bytes(CSV_HEADER, [[row.id, row.created_at.isoformat(), row.actor, row.action,
                                   row.target, row.before, row.after] for row in rows])
