"""The hours responders were online: one `presence_hours` row per responder and UTC hour,
recorded by a job every minute (and when a responder goes online), so the page can say
when listeners are usually around (availability/). Rows are inserted with ON CONFLICT DO
NOTHING: every instance records, and an hour is kept once. Retention purges rows older
than 35 days (core/retention.py)."""

from __future__ import annotations

import asyncio
import logging
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any

from sqlalchemy import literal, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.jobs import in_background
from responder_server.core.models import PresenceHour, Responder
from responder_server.core.state import ServerState
from responder_wire import Availability

log = logging.getLogger(__name__)

RECORD_INTERVAL_S = 60.0


def hour_start(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


async def record(session: AsyncSession, now: datetime, responder_id: int | None = None) -> None:
    """This hour, for every online responder (or just this one, who went online now)."""
    online = select(literal(hour_start(now), PresenceHour.hour_start.type).label("hour_start"),
                    Responder.id).where(Responder.availability == Availability.ONLINE.value)
    if responder_id is not None:
        online = online.where(Responder.id == responder_id)
    dialect = session.get_bind().dialect.name
    make: Any = pg_insert if dialect == "postgresql" else sqlite_insert
    await session.execute(make(PresenceHour).from_select(["hour_start", "responder_id"], online)
                          .on_conflict_do_nothing())


async def _run(state: ServerState) -> None:
    while True:
        try:
            async with state.db.write() as session:
                await record(session, state.clock.now())
        except asyncio.CancelledError:
            raise
        except Exception:  # the database was busy: the next minute records the hour
            log.warning("recording presence hours failed", exc_info=True)
        await asyncio.sleep(RECORD_INTERVAL_S)


def recorder(state: ServerState) -> AbstractAsyncContextManager[None]:
    """The job (app.py's JOBS): records the online responders' hour every minute."""
    return in_background(_run(state), name="presence hours")
