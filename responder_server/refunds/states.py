"""A refund's states only move forward, each change one conditional UPDATE:

    requested -> processing -> done
    requested | processing -> abnormal (WeChat Pay: the payer's account cannot take it)
    abnormal -> done (a later SUCCESS) | in_review
    requested | processing | abnormal -> in_review (CLOSED, or a notice that does not match)

`done` and `in_review` are where a refund ends; the operator takes it from `in_review`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import Refund

REQUESTED, PROCESSING, DONE, ABNORMAL, IN_REVIEW = (
    "requested", "processing", "done", "abnormal", "in_review")
FORWARD: dict[str, tuple[str, ...]] = {
    PROCESSING: (REQUESTED,),
    DONE: (REQUESTED, PROCESSING, ABNORMAL),
    ABNORMAL: (REQUESTED, PROCESSING),
    IN_REVIEW: (REQUESTED, PROCESSING, ABNORMAL),
}


async def move(session: AsyncSession, refund_id: str, to: str, **values: Any) -> bool:
    moved = await session.execute(
        update(Refund).where(Refund.id == refund_id, Refund.status.in_(FORWARD[to]))
        .values(status=to, **values))
    return bool(getattr(moved, "rowcount", 0))
