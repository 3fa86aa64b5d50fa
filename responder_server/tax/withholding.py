"""The seam between payout runs and the withholding rule.

INTERIM (coordinator's seam, replaced by the tax work of issue 26): the signatures are
final; the bodies withhold nothing until the rule is built.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession


async def withhold_for_payout(session: AsyncSession, *, responder_id: int, now: datetime,
                              actor: str) -> int:
    """Post the `tax` ledger entry due on the responder's pending income if it were paid
    now (cumulative method), left pending so the payout that follows settles it with the
    income. Returns the fen withheld (0: no entry posted)."""
    del session, responder_id, now, actor
    return 0


async def expected_tax(session: AsyncSession, *, responder_id: int, now: datetime) -> int:
    """What `withhold_for_payout` would withhold now, posting nothing (the app's preview)."""
    del session, responder_id, now
    return 0
