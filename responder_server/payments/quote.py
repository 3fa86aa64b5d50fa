"""The page's price of a session: the current rate card in the database, as checkout will
charge it (`GET /client/quote`)."""

from __future__ import annotations

from datetime import datetime

from responder_server.core.problems import ProblemError
from responder_server.core.state import ServerState
from responder_server.earnings import rate_card
from responder_wire import SESSION_LENGTHS_MINUTES
from responder_wire.payments import PayMethod, PriceWindow, Quote


async def current_price(state: ServerState, length_minutes: int, now: datetime
                        ) -> tuple[int, PriceWindow]:
    """The page's price: the current rate card in the database (the operator may have set a
    new one through another instance) at `now`, as checkout will charge it."""
    async with state.db.read() as session:
        price = await rate_card.quote(session, length_minutes, now)
    return price.price_fen, PriceWindow(price.window)


async def quote(state: ServerState, length_minutes: int) -> Quote:
    if length_minutes not in SESSION_LENGTHS_MINUTES:
        allowed = ", ".join(str(m) for m in SESSION_LENGTHS_MINUTES)
        raise ProblemError(422, "validation-failed", "Unknown session length",
                           f"A session lasts {allowed} minutes.")
    now = state.clock.now()
    price, window = await current_price(state, length_minutes, now)
    methods = [PayMethod(m) for p in state.payments.all() for m in p.methods]
    app_id = next((getattr(p, "oauth_app_id", None) for p in state.payments.all()
                   if getattr(p, "oauth_app_id", None)), None)
    return Quote(length_minutes=length_minutes, price_fen=price, window=window, quoted_at=now,
                 lengths_minutes=list(SESSION_LENGTHS_MINUTES), methods=methods,
                 wechat_app_id=app_id)
