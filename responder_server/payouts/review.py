"""Lines held for the operator's review (a notice whose amount was not the line's, a
rebind while a transfer may still be paid, a transfer the provider no longer knows): the
operator looks, then lifts the hold (audited) and the provider is asked again at once."""

from __future__ import annotations

from sqlalchemy import update

from responder_server.audit import service as audit
from responder_server.core.models import Payout
from responder_server.core.state import ServerState
from responder_server.payouts import sending, states
from responder_server.payouts.runs import PayoutError


async def release_line(state: ServerState, line_id: int, actor: str) -> Payout:
    now = state.clock.now()
    async with state.db.write() as session:
        line = await session.get(Payout, line_id)
        if line is None or line.run_id is None:
            raise PayoutError(f"There is no payout line {line_id}.", "payout_no_line",
                              id=line_id)
        held = line.review_reason
        moved = await session.execute(
            update(Payout).where(Payout.id == line_id, Payout.review_reason != "")
            .values(review_reason="", updated_at=now))
        if not getattr(moved, "rowcount", 0):
            raise PayoutError(f"Line {line_id} is not held for review.", "payout_not_held",
                              id=line_id)
        await audit.record(session, actor, "payout.release", f"payout:{line_id}",
                           {"held": held, "state": line.state}, {"held": ""}, now=now)
    if line.state in states.IN_FLIGHT and line.state != states.CREATED:
        await sending.ask(state, line, now_due=True)
    return line
