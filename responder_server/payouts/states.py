"""A payout line's states only move forward, each change one conditional UPDATE:

    created -> sent -> waiting_confirm (WeChat: the responder confirms) -> processing -> paid
    created | sent | waiting_confirm | processing -> failed (refused for good)
    sent | waiting_confirm | processing -> returned (unconfirmed, real name did not match)

`paid`, `failed` and `returned` are where a line ends. A failed or returned line gives its
entries back (their `payout_items` rows go, in the same transaction): they are pending
again and the next run (or the operator's retry) pays them on a new line with a new number.
A timeout or an answer we could not read keeps the line `sent`: the sweep asks the provider
and only sends again (with the same number) if the provider never heard of it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.ext.asyncio import AsyncSession

from responder_server.core.models import Payout, PayoutItem
from responder_wire.payouts import PayoutState

CREATED, SENT, WAITING, PROCESSING, PAID, FAILED, RETURNED = (
    PayoutState.CREATED.value, PayoutState.SENT.value, PayoutState.WAITING_CONFIRM.value,
    PayoutState.PROCESSING.value, PayoutState.PAID.value, PayoutState.FAILED.value,
    PayoutState.RETURNED.value)
IN_FLIGHT = (CREATED, SENT, WAITING, PROCESSING)
ENDED = (PAID, FAILED, RETURNED)
GIVES_BACK = (FAILED, RETURNED)
FORWARD: dict[str, tuple[str, ...]] = {
    SENT: (CREATED,),
    WAITING: (SENT,),
    PROCESSING: (SENT, WAITING),
    PAID: (SENT, WAITING, PROCESSING),
    FAILED: (CREATED, SENT, WAITING, PROCESSING),
    RETURNED: (SENT, WAITING, PROCESSING),
}


async def move(session: AsyncSession, line_id: int, to: str, **values: Any) -> bool:
    """Move the line to `to` if it may go there from where it is now; True if it moved.
    A line that ends failed or returned gives its entries back in the same transaction."""
    moved = await session.execute(
        update(Payout).where(Payout.id == line_id, Payout.state.in_(FORWARD[to]))
        .values(state=to, **values))
    if not getattr(moved, "rowcount", 0):
        return False
    if to in GIVES_BACK:
        await session.execute(delete(PayoutItem).where(PayoutItem.payout_id == line_id))
    return True
