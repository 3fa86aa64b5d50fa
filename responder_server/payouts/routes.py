"""Money out over the API: the responder's next payout and their payout lines, and where a
payout provider tells the backend a transfer moved."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from responder_server.auth.deps import ResponderPrincipal, State
from responder_server.payouts import notices, views
from responder_wire.payouts import NextPayout, PayoutList

router = APIRouter(tags=["payouts"])


@router.get("/payouts/next")
async def next_payout(principal: ResponderPrincipal, state: State) -> NextPayout:
    """What the next payout run would pay this responder: pending income (before tax), the
    tax the rule would withhold now, the operator's minimum, where it would go (masked),
    and the line still on its way, if any."""
    assert principal.responder_id is not None
    return await views.next_payout(state, principal.responder_id)


@router.get("/payouts")
async def payouts(principal: ResponderPrincipal, state: State) -> PayoutList:
    """This responder's payout lines, newest first (at most 100)."""
    assert principal.responder_id is not None
    return await views.payout_list(state, principal.responder_id)


@router.post("/payouts/notify/{channel}", openapi_extra={
    "requestBody": {"required": True, "content": {"application/json": {}}}})
async def payout_notice(channel: str, request: Request, state: State) -> Response:
    """A payout provider's signed notice about a transfer (`wechat`, `alipay`, `sandbox`).
    Verified over the raw body (refused otherwise: nothing stored or changed), stored once,
    then applied once: a replay changes nothing; one whose amount is not the line's is held
    for the operator's review. Answered as the provider expects (WeChat Pay 200/204, Alipay
    the text `success`, the sandbox JSON `{"accepted": true}`; 401 when refused)."""
    answer = await notices.receive(state, channel, await request.body(), request.headers)
    return Response(answer.body, status_code=answer.status_code,
                    media_type=answer.media_type, headers=dict(answer.headers))
